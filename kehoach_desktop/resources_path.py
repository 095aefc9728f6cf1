"""Where the bundled data lives: the one place that knows.

``resources/`` and ``translations/`` sit at the top of the source tree. The wheel maps
them in as the subpackages ``kehoach_desktop.resources`` and
``kehoach_desktop.translations`` (see pyproject.toml), and the PyInstaller spec copies
them next to the frozen program (``sys._MEIPASS``). Everything else asks this module,
so no other code cares which of the three it is running from.
"""
from __future__ import annotations

import importlib.resources
import sys
from importlib.resources.abc import Traversable
from pathlib import Path

_SOURCE_ROOT = Path(__file__).resolve().parent.parent


def _top_level(folder: str) -> Traversable:
    """The top-level ``folder`` (``resources`` or ``translations``) wherever we run from."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and frozen_root:
        return Path(frozen_root) / folder
    try:
        packaged = importlib.resources.files(f"kehoach_desktop.{folder}")
    except ModuleNotFoundError:
        packaged = None
    if packaged is not None and packaged.is_dir():
        return packaged
    inside = importlib.resources.files("kehoach_desktop") / folder
    if inside.is_dir():
        return inside
    return _SOURCE_ROOT / folder


def resource_dir(name: str) -> Traversable:
    """The bundled resource folder ``name``, e.g. ``resource_dir("criteria")``."""
    return _top_level("resources") / name


def translations_dir() -> Traversable:
    """The folder holding ``kehoach_vi.qm`` / ``kehoach_en.qm`` (and their ``.ts`` sources)."""
    return _top_level("translations")
