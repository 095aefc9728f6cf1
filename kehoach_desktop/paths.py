"""Where the program keeps its own files: user catalogs, backups, settings.

``KEHOACH_DATA_DIR`` overrides the platform's user data folder, so tests and a
portable install on a USB stick never touch the real profile.
"""
from __future__ import annotations

import os
from pathlib import Path


def user_data_dir() -> Path:
    override = os.environ.get("KEHOACH_DATA_DIR")
    if override:
        path = Path(override)
    else:
        from platformdirs import user_data_dir as platform_dir
        path = Path(platform_dir("kehoach", appauthor=False))
    return path


def user_catalog_dir() -> Path:
    return user_data_dir() / "criteria"
