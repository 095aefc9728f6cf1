"""Reading printed PDFs back the way a checker would: text, fonts, page sizes."""
from __future__ import annotations

import unicodedata
from collections import Counter
from pathlib import Path

from pypdf import PdfReader


def pages_text(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(str(path)).pages]


def text(path: Path) -> str:
    return "\n".join(pages_text(path))


def words(value: str) -> list[str]:
    return unicodedata.normalize("NFC", value).split()


def missing_words(expected: str, printed: str) -> list[str]:
    """Words of ``expected`` the PDF lacks, counting repeats (a word printed once cannot cover two)."""
    have = Counter(words(printed))
    need = Counter(words(expected))
    return sorted(w for w, n in need.items() if have[w] < n)


def page_sizes(path: Path) -> list[tuple[int, int]]:
    """(width, height) in whole points, page by page."""
    return [(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in PdfReader(str(path)).pages]


def embedded_fonts(path: Path) -> set[str]:
    """Base names of the fonts whose program is embedded in the file (FontFile2 for TrueType)."""
    names = set()
    for page in PdfReader(str(path)).pages:
        fonts = (page.get("/Resources") or {}).get("/Font") or {}
        for ref in fonts.values():
            font = ref.get_object()
            for candidate in [font] + [d.get_object() for d in font.get("/DescendantFonts", [])]:
                descriptor = candidate.get("/FontDescriptor")
                if descriptor is not None and any(k in descriptor.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                    names.add(str(font["/BaseFont"]).split("+")[-1])
    return names


def all_fonts(path: Path) -> set[str]:
    names = set()
    for page in PdfReader(str(path)).pages:
        fonts = (page.get("/Resources") or {}).get("/Font") or {}
        names |= {str(ref.get_object()["/BaseFont"]).split("+")[-1] for ref in fonts.values()}
    return names
