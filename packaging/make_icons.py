"""Render resources/icons/kehoach.svg to the PNG sizes desktops ask for and one Windows .ico.

Run after editing the SVG and commit the results:  .venv/bin/python packaging/make_icons.py
Qt's own SVG renderer draws each size (no Inkscape needed); Pillow packs the .ico.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (Qt needs one)
    renderer = QSvgRenderer(str(ICONS / "kehoach.svg"))
    if not renderer.isValid():
        print("kehoach.svg is not a valid SVG", file=sys.stderr)
        return 1
    pngs = []
    for size in SIZES:
        path = ICONS / f"kehoach-{size}.png"
        if not render(renderer, size).save(str(path)):
            print(f"could not write {path}", file=sys.stderr)
            return 1
        pngs.append(path)
    # Each .ico size drawn by Qt at that size (crisper than Pillow downscaling the 256 one).
    images = [Image.open(p).convert("RGBA") for p in pngs]
    images[-1].save(ICONS / "kehoach.ico", format="ICO", sizes=[(s, s) for s in SIZES],
                    append_images=images[:-1])
    print(f"wrote {len(pngs)} PNG sizes and kehoach.ico in {ICONS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
