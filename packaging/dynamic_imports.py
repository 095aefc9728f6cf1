"""Modules the frozen program needs that no import statement names: the spec's hidden imports.

PyInstaller follows ``import`` statements. Some libraries load modules by a name built at run
time: ReportLab's barcode widgets run ``from reportlab.graphics.barcode.code128 import …`` through
exec() (the QR footer of every printed plan pulls them in), and the program imports its own
command modules and windows inside handlers. Everything here is bundled whether or not the
analysis sees it; tests/packaging/test_dynamic_imports.py prints every document and fails when a
module was loaded that neither the static analysis nor this list would put in the folder.
"""
from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

# Packages whose modules are loaded by computed names, each module bundled.
DYNAMIC_PACKAGES = ("reportlab.graphics.barcode",)
# Single modules loaded by computed names: ReportLab's C accelerator (without it the frozen
# program prints with the slow pure-Python fallback) and its settings (rl_exec), lxml's path module,
# and the cffi backend cryptography's bindings load by name (domain.signing: a file's key is made on upgrade).
DYNAMIC_MODULES = ("_rl_accel", "reportlab.rl_settings", "lxml._elementpath", "_cffi_backend")
# Named for what they bring rather than for an import: QtSvg for the icon engine plugin,
# QtPrintSupport so that printing from the window (and its CUPS plugin) is there.
QT_MODULES = ("PySide6.QtSvg", "PySide6.QtPrintSupport")
PROGRAM_PACKAGES = ("commands", "ui", "reports", "store", "domain")


def package_modules(package: str) -> list[str]:
    """Every module of an installed package, by dotted name (its test scripts left out)."""
    found = importlib.import_module(package)
    return [package] + sorted(info.name for info in pkgutil.walk_packages(found.__path__, package + ".")
                              if not info.name.rsplit(".", 1)[-1].startswith("test"))


def program_modules(root: Path) -> list[str]:
    """Every module of kehoach_desktop's layers (command modules and windows load by name)."""
    names = []
    for package in PROGRAM_PACKAGES:
        for module in sorted((root / "kehoach_desktop" / package).rglob("*.py")):
            dotted = ".".join(module.relative_to(root).with_suffix("").parts)
            names.append(dotted.removesuffix(".__init__"))
    return names


def hidden_imports(root: Path) -> list[str]:
    names = list(QT_MODULES) + list(DYNAMIC_MODULES) + program_modules(root)
    for package in DYNAMIC_PACKAGES:
        names += package_modules(package)
    return names
