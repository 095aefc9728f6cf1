"""The program's icon (resources/icons), for the window, the About box and the welcome page."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QIcon, QPixmap

from kehoach_desktop.resources_path import resource_dir

SIZES = (16, 24, 32, 48, 64, 128, 256)


def icon_folder() -> Path:
    return Path(str(resource_dir("icons")))


def app_icon() -> QIcon:
    """Every drawn size, so a title bar (16) and a dock (256) each get a crisp one."""
    icon = QIcon()
    for size in SIZES:
        path = icon_folder() / f"kehoach-{size}.png"
        if path.exists():
            icon.addFile(str(path))
    return icon


def app_pixmap(size: int) -> QPixmap:
    return app_icon().pixmap(size, size)
