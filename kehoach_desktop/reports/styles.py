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
from reportlab.pdfbase.pdfmetrics import getAscentDescent, stringWidth
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import _processed_frags, _shy, cleanBlockQuotedText, split, strip
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
        run = _copy(_plain_run(style))          # ABag.clone passes every attribute as a keyword
        run.text, run.link, run.us_lines = words, [], []
        return PlainParagraph(escape(words), styles()[style], frags=[run])
    return Paragraph(markup + esc(value), styles()[style])


@lru_cache(maxsize=None)
def _plain_run(style: str) -> ParaFrag:
    """The text run the markup parser makes for plain text in ``style``."""
    _, frags, _ = ParaParser().parse("x", styles()[style])
    return frags[0]


class PlainParagraph(Paragraph):
    """A Paragraph of one run of plain text, broken into lines as ReportLab breaks it, faster.

    Breaking cells into lines was a fifth of the time to print a plan. For text without soft
    hyphens or words wider than the column (the common case), ``breakLines`` runs ReportLab's
    own loop for one run of text (hyphenation off, as in our styles) with each word's width
    looked up once per font: Vietnamese repeats its syllables. Anything else goes to ReportLab.
    """

    def breakLines(self, width):
        return _break_plain(self, width) or super().breakLines(width)


_WIDTHS: dict[tuple[str, float], dict[str, float]] = {}
_WIDTHS_KEPT = 50_000          # words per font and size, at most: the cache outlives documents


def _break_plain(para: Paragraph, width):
    """ReportLab's breakLines for one run of plain text (paragraph.py, its ``nFrags==1`` branch),
    or None where it would hyphenate, split a long word, or handle a bullet, bidi text or shaping."""
    style, frags = para.style, para.frags
    if (len(frags) != 1 or _processed_frags(frags) or not hasattr(frags[0], "text") or para.bulletText
            or style.wordWrap or style.shaping or style.endDots or getattr(style, "hyphenationLang", "")
            or style.uriWasteReduce or style.embeddedHyphenation or hasattr(frags[0], "cbDefn")
            or hasattr(frags[0], "backColor")):
        return None
    frag = frags[0]
    text = strip(frag.text)
    if not text or _shy in text:
        return None
    font_name, size = frag.fontName, frag.fontSize
    widths = _WIDTHS.get((font_name, size))
    if widths is None or len(widths) > _WIDTHS_KEPT:
        widths = _WIDTHS[font_name, size] = {}
    max_widths = list(width) if isinstance(width, (tuple, list)) else [width]
    last_width = len(max_widths) - 1
    space = stringWidth(" ", font_name, size, para.encoding)
    shrink = style.spaceShrinkage * space
    words = split(text) if "\xa0" in text else text.split()      # as paragraph.split does
    if "" in words:
        return None
    known = widths.get
    word_widths = [known(word) for word in words]
    for index, word_width in enumerate(word_widths):
        if word_width is None:
            word_widths[index] = widths[words[index]] = stringWidth(words[index], font_name, size, para.encoding)
    lines: list = []
    line: list = []
    current, number, widest, count = -space, 0, 0, 0      # count: the words on ``line``
    room = max_widths[0]
    for word, word_width in zip(words, word_widths):
        new = current + space + word_width
        if new <= room + shrink * count:
            line.append(word)
            current, count = new, count + 1
        elif style.splitLongWords and word_width > max_widths[min(number, last_width)]:
            return None                     # ReportLab splits the word across lines
        elif not count:
            line.append(word)
            current, count = new, 1
        else:
            widest = max(widest, current)
            lines.append((room - current, line))
            line, current, count = [word], word_width, 1
            number += 1
            room = max_widths[min(last_width, number)]
    if line:
        widest = max(widest, current)
        lines.append((room - current, line))
    para._width_max = widest
    para._splitLongWordCount = para._hyphenations = 0
    para.height = 0
    lined = _copy(frag)
    lined.ascent, lined.descent = getAscentDescent(font_name, size)
    lined.kind, lined.lines, lined.fontSize = 0, lines, size
    return lined


def _copy(thing):
    twin = object.__new__(type(thing))
    twin.__dict__.update(thing.__dict__)
    return twin
