"""The bundled Liberation Serif family, registered with ReportLab once per process.

Liberation Serif 2.x is metric-compatible with Times New Roman (the face
Nghị định 30 asks for) and, unlike Debian's 1.07 "fonts-liberation", covers
every Vietnamese letter. It ships in resources/fonts/ with its OFL licence and
is embedded in each PDF as a subset with a ToUnicode map, so text extracted
from the paper is exactly the text we drew.
"""
from __future__ import annotations

import importlib.resources
import threading

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from kehoach_desktop.resources_path import resource_dir

FAMILY = "KHSerif"
REGULAR, BOLD, ITALIC, BOLD_ITALIC = FAMILY, f"{FAMILY}-Bold", f"{FAMILY}-Italic", f"{FAMILY}-BoldItalic"
_FILES = {
    REGULAR: "LiberationSerif-Regular.ttf",
    BOLD: "LiberationSerif-Bold.ttf",
    ITALIC: "LiberationSerif-Italic.ttf",
    BOLD_ITALIC: "LiberationSerif-BoldItalic.ttf",
}
_lock = threading.Lock()
_registered = False


def register_fonts() -> str:
    """Register the family (first call only; parsing four TTFs costs ~0.1 s) and return its name."""
    global _registered
    if _registered:
        return FAMILY
    with _lock:
        if not _registered:
            folder = resource_dir("fonts")
            for name, filename in _FILES.items():
                # as_file gives a real path even from a zip/wheel; TTFont reads it whole.
                with importlib.resources.as_file(folder / filename) as path:
                    pdfmetrics.registerFont(TTFont(name, str(path)))
            pdfmetrics.registerFontFamily(FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC)
            # <b>/<i> inside Paragraph markup resolve through these mappings.
            addMapping(FAMILY, 0, 0, REGULAR)
            addMapping(FAMILY, 1, 0, BOLD)
            addMapping(FAMILY, 0, 1, ITALIC)
            addMapping(FAMILY, 1, 1, BOLD_ITALIC)
            _registered = True
    return FAMILY
