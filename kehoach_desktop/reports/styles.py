"""Paragraph styles of Nghị định 30 and the one way text enters a Paragraph.

Everything a user typed goes through ``esc``: NFC (ReportLab does no mark
positioning, so NFD tone marks would print beside their letter) and XML
escaping (Paragraph text is markup; a "<" in a note must not eat the row).
"""
from __future__ import annotations

from functools import lru_cache

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import cleanBlockQuotedText
from reportlab.platypus.paraparser import ParaFrag, ParaParser

from kehoach_desktop.domain.values import nfc
from kehoach_desktop.reports.fonts import BOLD, BOLD_ITALIC, ITALIC, REGULAR, register_fonts


def escape(text: str) -> str:
    # Not xml.sax.saxutils.escape: importing it drags in urllib and email (~13 ms of start-up).
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def esc(value: object) -> str:
    """User text as safe Paragraph markup: NFC, escaped, line breaks kept."""
    text = nfc("" if value is None else str(value)).replace("\r\n", "\n").replace("\r", "\n")
    return escape(text).replace("\n", "<br/>")


@lru_cache(maxsize=None)
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle("body", fontName=REGULAR, fontSize=13, leading=17, alignment=TA_JUSTIFY,
                          firstLineIndent=1 * cm, spaceAfter=6)
    cell = dict(fontSize=11, leading=13.5, alignment=TA_LEFT)
    head = dict(fontSize=13, leading=16, alignment=TA_CENTER)
    # name: (font, overrides); everything else as the body but with no indent and no space after
    table = {
        "plain": (REGULAR, {"spaceAfter": 6}),
        "bullet": (REGULAR, {"firstLineIndent": 1 * cm, "spaceAfter": 6}),
        "basis": (ITALIC, {"firstLineIndent": 1 * cm, "spaceAfter": 6}),
        "heading": (BOLD, {"firstLineIndent": 1 * cm, "spaceAfter": 6, "spaceBefore": 6, "keepWithNext": 1}),
        "heading_loose": (BOLD, {"firstLineIndent": 1 * cm, "spaceAfter": 6, "spaceBefore": 6}),
        "subheading": (BOLD, {"firstLineIndent": 1 * cm, "spaceAfter": 6, "keepWithNext": 1}),
        "title": (BOLD, {"fontSize": 14, "leading": 18, "alignment": TA_CENTER, "keepWithNext": 1}),
        "subject": (BOLD, {"fontSize": 14, "leading": 18, "alignment": TA_CENTER, "keepWithNext": 1}),
        "centre": (REGULAR, {"alignment": TA_CENTER}),
        "centre_bold": (BOLD, {"alignment": TA_CENTER}),
        "centre_italic": (ITALIC, {"alignment": TA_CENTER}),
        "head_regular": (REGULAR, head),
        "head_bold": (BOLD, head),
        "head_bold_12": (BOLD, {**head, "fontSize": 12, "leading": 15}),
        "motto_country": (BOLD, {"fontSize": 12, "leading": 15, "alignment": TA_CENTER}),
        "recipients_label": (BOLD_ITALIC, {"fontSize": 12, "leading": 14, "alignment": TA_LEFT}),
        "recipients": (REGULAR, {"fontSize": 11, "leading": 13, "alignment": TA_LEFT}),
        "cell": (REGULAR, cell),
        "cell_centre": (REGULAR, {**cell, "alignment": TA_CENTER}),
        "cell_head": (BOLD, {**cell, "alignment": TA_CENTER}),
        "cell_bold": (BOLD, cell),
    }
    made = {"body": base}
    for name, (font, overrides) in table.items():
        options = {"firstLineIndent": 0, "spaceAfter": 0, **overrides}
        made[name] = ParagraphStyle(name, parent=base, fontName=font, **options)
    return made


def para(value: object, style: str = "body", markup: str = "") -> Paragraph:
    """A Paragraph of user text in a named style; ``markup`` is trusted text put before it."""
    text = nfc("" if value is None else str(value))
    if not markup and text.strip() and "\n" not in text and "\r" not in text:
        # One line of plain text needs no markup parser: a copy of the style's single run with
        # this text is exactly what the parser would make, at a tenth of its cost (the parser
        # was a sixth of the time to print a plan).
        words = cleanBlockQuotedText(text)
        return Paragraph(escape(words), styles()[style], frags=[_plain_run(style).clone(text=words, link=[], us_lines=[])])
    return Paragraph(markup + esc(value), styles()[style])


@lru_cache(maxsize=None)
def _plain_run(style: str) -> ParaFrag:
    """The text run the markup parser makes for plain text in ``style``."""
    _, frags, _ = ParaParser().parse("x", styles()[style])
    return frags[0]
