"""The bundled serif covers every Vietnamese letter (Debian's Liberation 1.07 lacks 90 of them)."""
from __future__ import annotations

import unicodedata

from reportlab.pdfbase import pdfmetrics

from kehoach_desktop.reports import fonts
from kehoach_desktop.resources_path import resource_dir

BASES = "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY"
TONES = ("", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323")   # huyền, sắc, ngã, hỏi, nặng


def vietnamese_letters() -> set[str]:
    letters = {unicodedata.normalize("NFC", base + tone) for base in BASES for tone in TONES}
    return letters | set("đĐ")


def test_every_vowel_with_every_tone_and_d_bar_have_a_glyph_in_every_style():
    fonts.register_fonts()
    letters = vietnamese_letters()
    assert len(letters) == 24 * 6 + 2          # 12 vowels in two cases, 6 tone forms each; đ, Đ
    for name in (fonts.REGULAR, fonts.BOLD, fonts.ITALIC, fonts.BOLD_ITALIC):
        glyphs = pdfmetrics.getFont(name).face.charToGlyph
        missing = sorted(ch for ch in letters if ord(ch) not in glyphs)
        assert missing == [], (name, missing)


def test_the_fonts_are_registered_once_and_ship_with_their_licence():
    assert fonts.register_fonts() == fonts.register_fonts() == fonts.FAMILY
    folder = resource_dir("fonts")
    names = {p.name for p in folder.iterdir()}
    assert {"LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf",
            "LiberationSerif-BoldItalic.ttf", "LICENSE-LiberationSerif.txt"} <= names
    assert "SIL OPEN FONT LICENSE" in (folder / "LICENSE-LiberationSerif.txt").read_text(encoding="utf-8").upper()
    assert pdfmetrics.getFont(fonts.REGULAR).face.name.decode().startswith("LiberationSerif")
