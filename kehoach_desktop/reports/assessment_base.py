"""What the self-assessment papers share: the values they print from, their styles, and small blocks.

``AssessmentPaper`` is everything the report, the evidence list and the council papers print, read
by the use case (usecases/assessment_documents.py) before the build; nothing here reads the store.
"""
from __future__ import annotations

import copy

from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property, lru_cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.paragraph import cleanBlockQuotedText
from reportlab.platypus.paraparser import ParaParser

from kehoach_desktop.domain.administration import after_reform, former_names_in, proposed_bodies
from kehoach_desktop.domain.catalog import Framework
from kehoach_desktop.domain.citations import citations
from kehoach_desktop.domain.evidence_register import EvidenceItem
from kehoach_desktop.domain.level_rule import Verdict
from kehoach_desktop.domain.plan import Plan, School
from kehoach_desktop.domain.self_assessment import SelfAssessment
from kehoach_desktop.domain.printable import printable_line, printable_text
from kehoach_desktop.domain.values import nfc
from kehoach_desktop.reports import letterhead
from kehoach_desktop.reports.assessment_layout import FRAME_WIDTH, glue
from kehoach_desktop.reports.fonts import BOLD, BOLD_ITALIC, ITALIC, REGULAR
from kehoach_desktop.reports.inspection import dots
from kehoach_desktop.reports.plain_text import TextRun
from kehoach_desktop.reports.styles import PlainParagraph, escape, styles

LINK_COLOUR = "#1f3f8f"        # dark blue: visible on screen, a dark grey on a black-and-white printer


@dataclass
class AssessmentPaper:
    """One year's self-assessment as its papers print it."""

    assessment: SelfAssessment
    school: School
    framework: Framework
    items: list[EvidenceItem]                  # the year's register, sorted by code
    citing: dict[str, list[str]] = field(default_factory=dict)   # code → criteria citing it, primary first
    verdict: Verdict | None = None
    plan: Plan | None = None

    def __post_init__(self) -> None:
        # Names that reach the letterhead and signature blocks (shared with the plan's papers) are cleaned
        # here once: a file edited by hand may hold a direction override that would reverse them on paper.
        self.school = replace(self.school, **{f: printable_line(getattr(self.school, f) or "")
                                              for f in ("name", "governing_body", "place", "principal", "address",
                                                        "phone", "email", "commune", "province",
                                                        "governing_body_sentence", "receiving_office")
                                              if isinstance(getattr(self.school, f, None), str)})
        council = self.assessment.council
        members = [replace(m, name=printable_line(m.name), position=printable_line(m.position),
                           role=printable_line(m.role), group=printable_line(m.group)) for m in council.members]
        self.assessment = copy.copy(self.assessment)
        self.assessment.council = replace(council, members=members)

    @property
    def day(self) -> date | None:
        """The report's date: the day the council approved it (None: not yet, the date is left to write)."""
        return self.assessment.approved_on

    @property
    def end_year(self) -> int:
        return int(self.assessment.school_year[-4:])

    @cached_property
    def known_codes(self) -> set[str]:
        """The register's codes: a citation of one of them is a link."""
        return {i.code for i in self.items}


def managing_body(paper: AssessmentPaper) -> str:
    """The cover's and letterheads' managing body: the school's (its body today, as the report is
    written now), else its plan's of the same year; a district named after 01/7/2025 gives way to
    the body the school's commune proposes (domain.administration), or to nothing to print."""
    school, plan = paper.school, paper.plan
    body = nfc(school.governing_body or (plan.governing_body if plan else "")).strip()
    day = paper.day or date(paper.end_year, 6, 1)
    if body and after_reform(day) and former_names_in(body):
        proposed = proposed_bodies(school.level, school.commune, school.province).governing_body
        body = proposed
    return body


def school_year_words(year: str) -> str:
    return nfc(year).replace("-", " - ")


def vn_day(day: date | None) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}" if day else "……/……/……"


def month_line(paper: AssessmentPaper) -> str:
    """The cover's «Hòa Bình, tháng 5 năm 2026» (the month left blank before the council approves)."""
    place = nfc(paper.school.place).strip() or "……"
    if paper.day is None:
        return f"{place}, tháng …… năm {paper.end_year}"
    return f"{place}, tháng {paper.day.month} năm {paper.day.year}"


@lru_cache(maxsize=None)
def astyles() -> dict[str, ParagraphStyle]:
    """The report's styles: the plan's, with no widow or orphan line (a page never starts or ends on
    a paragraph's lone line)."""
    base = styles()
    body = ParagraphStyle("a_body", parent=base["body"], allowWidows=0, allowOrphans=0)
    made = {"body": body}
    specs = {
        "plain": (REGULAR, {"firstLineIndent": 0}),
        "item": (REGULAR, {"firstLineIndent": 1 * cm, "spaceAfter": 4}),
        "part": (BOLD, {"fontSize": 14, "leading": 18, "alignment": TA_CENTER, "firstLineIndent": 0,
                        "spaceBefore": 6, "spaceAfter": 10}),
        "section": (BOLD, {"spaceBefore": 6, "spaceAfter": 4}),
        "subsection": (BOLD_ITALIC, {"spaceAfter": 3}),
        "label": (BOLD, {"spaceAfter": 3}),
        "result": (REGULAR, {"spaceBefore": 4}),
        "standard": (BOLD, {"firstLineIndent": 0, "spaceBefore": 4, "spaceAfter": 6}),
        "toc0": (BOLD, {"fontSize": 12, "leading": 15, "alignment": TA_LEFT, "firstLineIndent": 0, "spaceAfter": 0}),
        "toc1": (REGULAR, {"fontSize": 12, "leading": 15, "alignment": TA_LEFT, "firstLineIndent": 0,
                           "spaceAfter": 0, "leftIndent": 0.6 * cm}),
        "toc2": (REGULAR, {"fontSize": 12, "leading": 15, "alignment": TA_LEFT, "firstLineIndent": 0,
                           "spaceAfter": 0, "leftIndent": 1.2 * cm}),
        "criterion": (BOLD, {"firstLineIndent": 0, "spaceBefore": 8, "spaceAfter": 6}),
        "title": (BOLD, {"fontSize": 14, "leading": 18, "alignment": TA_CENTER, "firstLineIndent": 0,
                         "spaceAfter": 2}),
        "cover_body": (REGULAR, {"fontSize": 14, "leading": 18, "alignment": TA_CENTER, "firstLineIndent": 0}),
        "cover_school": (BOLD, {"fontSize": 14, "leading": 18, "alignment": TA_CENTER, "firstLineIndent": 0}),
        "cover_title": (BOLD, {"fontSize": 24, "leading": 30, "alignment": TA_CENTER, "firstLineIndent": 0}),
        "cover_year": (BOLD, {"fontSize": 16, "leading": 20, "alignment": TA_CENTER, "firstLineIndent": 0}),
        "subtitle": (ITALIC, {"alignment": TA_CENTER, "firstLineIndent": 0, "spaceAfter": 8}),
        "note": (ITALIC, {"fontSize": 11, "leading": 13.5, "firstLineIndent": 0, "spaceBefore": 3,
                          "spaceAfter": 6}),
        "centre": (REGULAR, {"alignment": TA_CENTER, "firstLineIndent": 0, "spaceAfter": 0}),
        "centre_bold": (BOLD, {"alignment": TA_CENTER, "firstLineIndent": 0, "spaceAfter": 0}),
        "centre_italic": (ITALIC, {"alignment": TA_CENTER, "firstLineIndent": 0, "spaceAfter": 0}),
        "cell": (REGULAR, {"fontSize": 12, "leading": 15, "alignment": TA_LEFT, "firstLineIndent": 0,
                           "spaceAfter": 0}),
        "cell_text": (REGULAR, {"fontSize": 12, "leading": 15, "alignment": TA_JUSTIFY, "firstLineIndent": 0,
                                "spaceAfter": 0}),
        "cell_centre": (REGULAR, {"fontSize": 12, "leading": 15, "alignment": TA_CENTER, "firstLineIndent": 0,
                                  "spaceAfter": 0}),
        "cell_head": (BOLD, {"fontSize": 12, "leading": 15, "alignment": TA_CENTER, "firstLineIndent": 0,
                             "spaceAfter": 0}),
        "cell_indented": (REGULAR, {"fontSize": 12, "leading": 15, "alignment": TA_LEFT, "firstLineIndent": 0,
                                    "spaceAfter": 0, "leftIndent": 0.6 * cm}),
        "cell_bold": (BOLD, {"fontSize": 12, "leading": 15, "alignment": TA_LEFT, "firstLineIndent": 0,
                             "spaceAfter": 0}),
        "cell_small_centre": (REGULAR, {"fontSize": 11, "leading": 13.5, "alignment": TA_CENTER, "firstLineIndent": 0,
                                        "spaceAfter": 0}),
        "cell_small": (REGULAR, {"fontSize": 11, "leading": 13.5, "alignment": TA_LEFT, "firstLineIndent": 0,
                                 "spaceAfter": 0}),
    }
    for name, (font, options) in specs.items():
        made[name] = ParagraphStyle(f"a_{name}", parent=body, fontName=font, **options)
    return made


def user_text(value: object) -> str:
    """What a school typed, as printed: NFC, line breaks as "\n", no control or direction-override characters
    (a file edited by hand may hold U+202E, which would reverse a name on paper)."""
    text = nfc("" if value is None else str(value)).replace("\r\n", "\n").replace("\r", "\n")
    return printable_text(text)


def text_markup(value: object) -> str:
    """User text as Paragraph markup (NFC, escaped, line breaks kept)."""
    return escape(user_text(value)).replace("\n", "<br/>")


def linked(text: str, paper: AssessmentPaper) -> str:
    """``text`` as markup whose every cited code of the register is a link to its row of the evidence list
    (a code the register lacks stays plain text: the register's warnings name it)."""
    text = nfc(text or "").replace("\r\n", "\n").replace("\r", "\n")
    known = paper.known_codes
    out, last = [], 0
    for cited in citations(text, paper.framework.evidence_template):
        if cited.code not in known:
            continue
        out.append(text_markup(text[last:cited.start]))
        out.append(f'<a href="#{cited.code}" color="{LINK_COLOUR}">{escape(cited.code)}</a>')
        last = cited.end
    out.append(text_markup(text[last:]))
    return "".join(out)


_MARKUP = set("&<>\xa0\xad")       # entities and spaces ReportLab's parser treats apart


@lru_cache(maxsize=None)
def _plain_run(style: str):
    """The text run ReportLab's markup parser makes for plain text in ``style``."""
    return ParaParser().parse("x", astyles()[style])[1][0]


def plain(value: object, style: str = "cell") -> Paragraph:
    """A paragraph of plain user text without the markup parser (as styles.para does for the plan's
    styles): one run copied from the style, broken into lines by styles.PlainParagraph and drawn by
    plain_text.TextRun. The evidence list's 750 cells took half the report's build through the parser."""
    text = user_text(value)
    look = astyles()[style]
    if not text.strip() or _MARKUP & set(text) or ("\n" in text and look.alignment == TA_JUSTIFY):
        return Paragraph(text_markup(text), look)
    if "\n" in text:
        marked = cleanBlockQuotedText(text_markup(text))
        words = marked.replace("<br/>", "\n")
    else:
        words = cleanBlockQuotedText(text)
        marked = escape(words)
    run = object.__new__(type(_plain_run(style)))
    run.__dict__.update(_plain_run(style).__dict__)
    run.text, run.link, run.us_lines = words, [], []
    made = _Plain(marked, look, frags=[run])
    if "\n" in text:
        made._markup = text_markup(text)
    return made


class _Plain(PlainParagraph):
    """A plain paragraph that writes itself as a bare text object wherever it is drawn (a cell of
    ReportLab's own tables too, which draw their cells without reports.tables' pieces)."""

    def drawOn(self, canvas, x, y, _sW=0):
        canvas.setFillColor(colors.black)
        if not TextRun(canvas).paragraph(self, x, y):
            super().drawOn(canvas, x, y, _sW)


class Anchor(Flowable):
    """A paragraph that is also a link target named ``name`` (an evidence code's cell)."""

    def __init__(self, paragraph: Paragraph, name: str) -> None:
        super().__init__()
        self.paragraph, self.name = paragraph, name

    def wrap(self, availWidth, availHeight):
        self.width, self.height = self.paragraph.wrap(availWidth, availHeight)
        return self.width, self.height

    def draw(self) -> None:
        self.canv.bookmarkHorizontal(self.name, 0, self.height + 2)
        if not TextRun(self.canv).paragraph(self.paragraph, 0, 0):
            self.paragraph.drawOn(self.canv, 0, 0)


def p(markup: str, style: str = "body") -> Paragraph:
    """A paragraph of trusted markup (already escaped) in one of the report's styles."""
    return Paragraph(markup, astyles()[style])


def t(value: object, style: str = "body") -> Paragraph:
    """A paragraph of user text (plain text without the markup parser, see ``plain``)."""
    return plain(value, style)


def cell(value: object, style: str = "cell") -> Paragraph | str:
    """A table cell of user text; an empty one is an empty string, which costs the table nothing."""
    text = user_text(value).strip()
    return plain(text, style) if text else ""


def dotted(width: float = FRAME_WIDTH - 1 * cm, lines: int = 2) -> list:
    """Dotted lines to write on by hand where the school has not written the text yet."""
    return [p(escape(dots(width)), "item") for _ in range(lines)]


def paragraphs(text: str, paper: AssessmentPaper | None = None, style: str = "body") -> list:
    """A text of several paragraphs (one per line), citations linked; dotted lines when empty."""
    lines = [line.strip() for line in nfc(text or "").splitlines() if line.strip()]
    if not lines:
        return dotted()
    made = []
    for line in lines:
        markup = linked(line, paper) if paper else ""
        made.append(p(markup, style) if "<a " in markup else plain(line, style))
    return made


def grid(rows: list[list], widths: list[float], header_rows: int = 1, extra: list | None = None,
         repeat: bool = True) -> Table:
    """A small ruled table (a few rows): ReportLab's own, with the header repeated if it splits."""
    table = Table(rows, colWidths=widths, repeatRows=header_rows if repeat else 0, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, header_rows - 1), "MIDDLE"),
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        *(extra or []),
    ]))
    return table


def head_cells(titles: list[str]) -> list:
    return [t(title, "cell_head") for title in titles]


def title_lines(title: str, subtitles: list[str]) -> list:
    return [Spacer(1, 6 * mm), p(escape(letterhead.upper(title)), "title"),
            *[t(line, "subtitle") for line in subtitles if line]]


def glue_title(title: str, subtitles: list[str], rows: int = 2) -> list:
    """A table's title and subtitles, kept with room for the table's header and ``rows`` rows."""
    return glue(title_lines(title, subtitles), lines_after=rows + 2)


def principal_signature(paper: AssessmentPaper, dated: bool = True) -> Table:
    """«HIỆU TRƯỞNG (Ký tên, đóng dấu)» and the principal's name, lower right, with the date line above
    (to follow the last table through layout.EndsSigned, or after a KeepTogether's spacer)."""
    right = []
    if dated:
        right.append(t(letterhead.date_line(paper.day, nfc(paper.school.place).strip()),
                       "centre_italic"))
    right += [p("HIỆU TRƯỞNG", "centre_bold"), p("(Ký tên, đóng dấu)", "centre_italic"),
              Spacer(1, letterhead.SIGNATURE_ROOM), t(paper.school.principal, "centre_bold")]
    table = Table([["", right]], colWidths=[FRAME_WIDTH * 0.45, FRAME_WIDTH * 0.55])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return table
