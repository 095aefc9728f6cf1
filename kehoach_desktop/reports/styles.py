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
    if not markup and text.strip():
        if "\n" not in text and "\r" not in text:
            # One line of plain text needs no markup parser: a copy of the style's single run with
            # this text is exactly what the parser would make, at a tenth of its cost (the parser
            # was a sixth of the time to print a plan).
            words = cleanBlockQuotedText(text)
            return _plain(escape(words), words, style)
        if not _MARKUP & set(text) and styles()[style].alignment != TA_JUSTIFY:
            # Lines of plain text (a cell's "…\n(Tiêu chí 1.3)"): broken line by line by
            # PlainParagraph, as ReportLab breaks the runs its parser makes of them, or parsed
            # as before when it cannot. Justified text is left to ReportLab: it does not stretch
            # a line that ends at a line break.
            marked = esc(text)
            cleaned = cleanBlockQuotedText(marked)
            paragraph = _plain(cleaned, cleaned.replace("<br/>", "\n"), style)
            paragraph._markup = marked
            return paragraph
    return Paragraph(markup + esc(value), styles()[style])


_MARKUP = set("&<>\xa0\xad")       # entities and spaces the parser and breakLines treat apart


def _plain(marked: str, words: str, style: str) -> PlainParagraph:
    run = _copy(_plain_run(style))          # ABag.clone passes every attribute as a keyword
    run.text, run.link, run.us_lines = words, [], []
    return PlainParagraph(marked, styles()[style], frags=[run])


@lru_cache(maxsize=None)
def _plain_run(style: str) -> ParaFrag:
    """The text run the markup parser makes for plain text in ``style``."""
    _, frags, _ = ParaParser().parse("x", styles()[style])
    return frags[0]


class PlainParagraph(Paragraph):
    """A Paragraph of plain text, broken into lines as ReportLab breaks it, faster.

    Breaking cells into lines was a fifth of the time to print a plan, and a cell of two lines
    (one run, a line break, another run) took ReportLab ten times as long as one of one line.
    For text without soft hyphens or words wider than the column (the common case),
    ``breakLines`` runs ReportLab's own loop (hyphenation off, as in our styles) with each
    word's width looked up once per font: Vietnamese repeats its syllables. One line of text
    gets the loop for one run of text; lines of text (``_markup``, what the parser was given)
    get the loop for runs separated by line breaks, each line broken on its own. Anything else
    goes to ReportLab, lines of text through the markup parser as before.
    """

    _markup: str | None = None

    def breakLines(self, width):
        lines = _break_plain(self, width)
        if lines is not None:
            return lines
        if self._markup is not None:          # the runs the markup parser makes of it, as before
            self.frags, self._markup = Paragraph(self._markup, self.style).frags, None
        return super().breakLines(width)


_WIDTHS: dict[tuple[str, float], dict[str, float]] = {}
_WIDTHS_KEPT = 50_000          # words per font and size, at most: the cache outlives documents


def _break_plain(para: PlainParagraph, width):
    """ReportLab's breakLines for plain text (paragraph.py: its ``nFrags==1`` branch for one line,
    its branch for several runs for lines), or None where it would hyphenate, split a long word,
    or handle a bullet, bidi text or shaping."""
    style, frags = para.style, para.frags
    if (len(frags) != 1 or _processed_frags(frags) or not hasattr(frags[0], "text") or para.bulletText
            or style.wordWrap or style.shaping or style.endDots or getattr(style, "hyphenationLang", "")
            or style.uriWasteReduce or style.embeddedHyphenation or hasattr(frags[0], "cbDefn")
            or hasattr(frags[0], "backColor")):
        return None
    frag = frags[0]
    lines_of_text = para._markup is not None
    text = frag.text if lines_of_text else strip(frag.text)
    if not text or _shy in text:
        return None
    font_name, size = frag.fontName, frag.fontSize
    widths = _WIDTHS.get((font_name, size))
    if widths is None or len(widths) > _WIDTHS_KEPT:
        widths = _WIDTHS[font_name, size] = {}
    measure = _Measure(widths, font_name, size, para.encoding, style,
                       list(width) if isinstance(width, (tuple, list)) else [width])
    lines = _lines_of_text(measure, text) if lines_of_text else _one_line(measure, text)
    if lines is None:
        return None
    para._width_max = measure.widest
    para._splitLongWordCount = para._hyphenations = 0
    para.height = 0
    lined = _copy(frag)
    lined.ascent, lined.descent = getAscentDescent(font_name, size)
    lined.kind, lined.lines, lined.fontSize = 0, lines, size
    return lined


class _Measure:
    """Word widths and the line widths of one paragraph being broken."""

    def __init__(self, widths: dict, font_name: str, size: float, encoding, style, max_widths: list) -> None:
        self.widths, self.font_name, self.size, self.encoding = widths, font_name, size, encoding
        self.max_widths, self.last = max_widths, len(max_widths) - 1
        self.space = stringWidth(" ", font_name, size, encoding)
        self.shrinkage, self.long_words = style.spaceShrinkage, style.splitLongWords
        self.widest: float = 0.0

    def of(self, words: list[str]) -> list[float]:
        known = self.widths.get
        found: list[float] = []
        for word in words:
            width = known(word)
            if width is None:
                width = self.widths[word] = stringWidth(word, self.font_name, self.size, self.encoding)
            found.append(width)
        return found

    def room(self, number: int) -> float:
        return self.max_widths[min(self.last, number)]


def _one_line(measure: _Measure, text: str) -> list | None:
    """The ``nFrags==1`` branch: a line may overrun by a share of a space per word on it."""
    words = split(text) if "\xa0" in text else text.split()      # as paragraph.split does
    if "" in words:
        return None
    space, shrink = measure.space, measure.shrinkage * measure.space
    lines: list = []
    line: list = []
    current, number, count = -space, 0, 0      # count: the words on ``line``
    room = measure.room(0)
    for word, word_width in zip(words, measure.of(words)):
        new = current + space + word_width
        if new <= room + shrink * count:
            line.append(word)
            current, count = new, count + 1
        elif measure.long_words and word_width > measure.room(number):
            return None                     # ReportLab splits the word across lines
        elif not count:
            line.append(word)
            current, count = new, 1
        else:
            measure.widest = max(measure.widest, current)
            lines.append((room - current, line))
            line, current, count = [word], word_width, 1
            number += 1
            room = measure.room(number)
    if line:
        measure.widest = max(measure.widest, current)
        lines.append((room - current, line))
    return lines


def _lines_of_text(measure: _Measure, text: str) -> list | None:
    """The several-runs branch for runs of plain text between line breaks: each line of text is
    broken on its own, may overrun by a share of the spaces on it and of the one after it, and
    ends at its line break (a blank line too); after the last line break, only words make a line."""
    space, shrinkage = measure.space, measure.shrinkage
    segments = text.split("\n")
    lines: list = []
    number = 0
    room = measure.room(0)
    for index, segment in enumerate(segments):
        words = segment.split()
        line: list = []
        current: float = 0.0
        count = 0
        for word, word_width in zip(words, measure.of(words)):
            if not word_width:
                return None                 # ReportLab does not add a space before a word of no width
            if count:
                new = current + space + word_width
                shrink = space + (count - 1) * space if count > 1 else space
                limit = room + shrink * shrinkage
            else:
                new, limit = 0 + 0 + word_width, room + 0 * shrinkage
            if new > limit:
                if measure.long_words and word_width > measure.room(number):
                    return None             # ReportLab splits the word across lines
                if count:
                    measure.widest = max(measure.widest, current)
                    lines.append((room - current, line))
                    number += 1
                    room = measure.room(number)
                    line, current, count = [word], word_width, 1
                    continue
            line.append(word)
            current, count = new, count + 1
        if line or index < len(segments) - 1:       # a line break ends even a blank line
            measure.widest = max(measure.widest, current)
            lines.append((room - current, line))
            number += 1
            room = measure.room(number)
    return lines


def _copy(thing):
    twin = object.__new__(type(thing))
    twin.__dict__.update(thing.__dict__)
    return twin
