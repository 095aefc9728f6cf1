"""The page machinery of the self-assessment papers: one pass, yet a table of contents with real page
numbers and a footer «Trang n/N».

A two-pass build (ReportLab's multiBuild) lays the whole report out twice. Here every number that is
not known when its page is drawn — a Mục lục row's page, the total N of the footer — is a PDF form
XObject drawn by reference and defined once at the end (``Marks.define``, from the canvas's ``save``),
when every heading has been placed. The text stays real text: pdftotext and pypdf read it.

Headings (``Heading``) record their page, leave a named destination (the Mục lục and the PDF's
outline point to it) and never split; ``glue`` asks for room for a heading and the first lines after
it instead of keepWithNext, which drags a whole long paragraph or table to the next page.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import IO

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, CondPageBreak, Flowable, Frame, LayoutError, PageTemplate
from reportlab.platypus import Paragraph

from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.reports.build_progress import Progress, Ticker
from kehoach_desktop.reports.document import BOTTOM, LEFT, PAGES, PORTRAIT, TOP
from kehoach_desktop.reports.fonts import REGULAR, register_fonts

FOOTER_SIZE = 11
PAGE = PAGES[PORTRAIT]
FRAME_WIDTH, FRAME_HEIGHT = PAGE.frame_width, PAGE.frame_height


@dataclass
class Marks:
    """What one build learns as it draws: each heading's page, the pages in all, the slots to fill."""

    pages: dict[str, int] = field(default_factory=dict)     # heading key → page (1 = the cover)
    slots: dict[str, tuple[str, float, float, float]] = field(default_factory=dict)  # form → key, width, height, size
    total: int = 0

    def slot_form(self, key: str, width: float, height: float, size: float) -> str:
        name = f"khPage{len(self.slots)}_{_safe(key)}"
        self.slots[name] = (key, width, height, size)
        return name

    def define(self, canvas: Canvas) -> None:
        """Every form drawn by reference, now that the pages are known (called once, before saving)."""
        for name, (key, width, height, size) in self.slots.items():
            page = self.pages.get(key)
            canvas.beginForm(name, 0, 0, width, height)
            canvas.setFont(REGULAR, size)
            # on the baseline of a paragraph of ``size`` points set at the slot's top
            canvas.drawCentredString(width / 2, height - size, str(page) if page else "…")
            canvas.endForm()
        canvas.beginForm(TOTAL_FORM, 0, 0, 30 * mm, FOOTER_SIZE * 1.5)
        canvas.setFont(REGULAR, FOOTER_SIZE)
        canvas.drawString(0, FOOTER_SIZE * 0.3, str(self.total))
        canvas.endForm()


TOTAL_FORM = "khTotalPages"


def _safe(key: str) -> str:
    return "".join(ch if ch.isalnum() else "_" for ch in key)


class _MarkingCanvas(Canvas):
    """A canvas that defines the build's late forms just before it writes the file."""

    marks: Marks

    def save(self) -> None:
        self.marks.define(self)
        super().save()


class Heading(Paragraph):
    """A heading that records its page, is a link target (``#key``) and an outline entry; never split."""

    def __init__(self, text: str, style, key: str, marks: Marks, outline: str | None = None,
                 level: int = 0) -> None:
        super().__init__(text, style)
        self.key, self.marks, self.outline, self.level = key, marks, outline, level

    def split(self, availWidth, availHeight):
        return []

    def draw(self) -> None:
        canvas = self.canv
        canvas.bookmarkHorizontal(self.key, 0, self.height + 4)
        if self.outline is not None:
            canvas.addOutlineEntry(self.outline, self.key, self.level, closed=self.level >= 1)
        self.marks.pages.setdefault(self.key, canvas.getPageNumber())
        super().draw()


@dataclass
class Contents:
    """The report's headings as it is built: the Mục lục's rows (key, text, level) and their pages."""

    marks: Marks = field(default_factory=Marks)
    entries: list[tuple[str, str, int]] = field(default_factory=list)

    def heading(self, markup: str, style, key: str, level: int, toc: str | None = None,
                outline: str | None = None) -> Heading:
        """A heading; ``toc`` (plain text) lists it in the Mục lục at ``level``; ``outline`` in the PDF's outline."""
        if toc is not None:
            self.entries.append((key, toc, level))
        return Heading(markup, style, key, self.marks, outline or toc, level)


class PageSlot(Flowable):
    """The page number of heading ``key``, centred in a cell: a form filled in at the end, and a link."""

    def __init__(self, key: str, marks: Marks, width: float, height: float, size: float = 12) -> None:
        super().__init__()
        self.key, self.width, self.height = key, width, height
        self.form = marks.slot_form(key, width, height, size)

    def wrap(self, availWidth, availHeight):
        return self.width, self.height

    def draw(self) -> None:
        self.canv.doForm(self.form)
        self.canv.linkRect("", self.key, (0, 0, self.width, self.height), relative=1, thickness=0)


class KeepClosing(Flowable):
    """A table and what closes it — a criterion's «Tự đánh giá: …» line, the signature under a long list —
    which never starts a page on its own: when the table ends too low for it, the table's last rows go
    on to the next page with it. With ``min_share``, when less than that share of a page is left and
    all of it fits on the next page, all of it moves there instead of leaving a table's first rows."""

    def __init__(self, table: Flowable, closing: Flowable, gap: float = 0.0, min_share: float = 0.0) -> None:
        super().__init__()
        self.table, self.closing, self.gap, self.min_share = table, closing, gap, min_share

    def _heights(self, availWidth, availHeight) -> tuple[float, float]:
        closing = self.closing
        return (self.table.wrap(availWidth, availHeight)[1],
                closing.wrap(availWidth, availHeight)[1] + closing.getSpaceBefore() + self.gap)

    def wrap(self, availWidth, availHeight):
        table, closing = self._heights(availWidth, availHeight)
        self.width, self.height, self._closing = availWidth, table + closing, closing
        return self.width, self.height

    def split(self, availWidth, availHeight):
        table, closing = self._heights(availWidth, availHeight)
        if table + closing <= availHeight:
            return [self]
        if availHeight < self.min_share * FRAME_HEIGHT and table + closing <= FRAME_HEIGHT:
            return []                            # little room left: all of it on the next page
        # the table's rows that fit, or all but its last rows when it ends too low for what closes it
        parts = self.table.split(availWidth, availHeight if table > availHeight else table - 1)
        if len(parts) < 2:
            return []                            # nothing of it fits here: all of it on the next page
        return [*parts[:-1], KeepClosing(parts[-1], self.closing, self.gap, self.min_share)]

    def draw(self) -> None:
        self.table.drawOn(self.canv, 0, self._closing)
        self.closing.drawOn(self.canv, 0, 0)


def glue(flowables: list, lines_after: int = 3, leading: float = 17) -> list:
    """``flowables`` (a heading or a label) kept with room for ``lines_after`` lines below them."""
    height = sum(f.wrap(FRAME_WIDTH, FRAME_HEIGHT)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in flowables)
    return [CondPageBreak(height + lines_after * leading), *flowables]


def footer_text(page: int) -> str:
    return f"Trang {page}/"


def _footer(canvas, doc, marks: Marks, from_page: int) -> None:
    marks.total = max(marks.total, doc.page)
    if doc.page < from_page:
        return
    text = footer_text(doc.page)
    width = stringWidth(text, REGULAR, FOOTER_SIZE)
    start = LEFT + FRAME_WIDTH / 2 - (width + stringWidth("00", REGULAR, FOOTER_SIZE)) / 2
    y = BOTTOM / 2 - FOOTER_SIZE / 2
    canvas.saveState()
    canvas.setFont(REGULAR, FOOTER_SIZE)
    canvas.drawString(start, y, text)
    canvas.translate(start + width, y - FOOTER_SIZE * 0.3)
    canvas.doForm(TOTAL_FORM)
    canvas.restoreState()


def build_numbered(story: list, out: str | os.PathLike | IO[bytes], marks: Marks, *, title: str, author: str = "",
                   footer_from: int = 1, first_page=None, progress: Progress | Ticker | None = None) -> None:
    """Lay ``story`` out on portrait A4 (Nghị định 30 margins) into ``out`` with «Trang n/N» at the foot of
    every page from ``footer_from``; ``first_page(canvas, doc)`` draws more on page 1 (the cover's frame)."""
    register_fonts()
    ticker = Ticker.of(progress)
    target = os.fspath(out) if isinstance(out, (str, os.PathLike)) else out

    def on_page(canvas, doc) -> None:
        if doc.page == 1 and first_page is not None:
            first_page(canvas, doc)
        _footer(canvas, doc, marks, footer_from)

    frame = Frame(LEFT, BOTTOM, FRAME_WIDTH, FRAME_HEIGHT, id=PORTRAIT,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc = BaseDocTemplate(target, pagesize=PAGE.size, pageTemplates=[PageTemplate(PORTRAIT, [frame], onPage=on_page)],
                          leftMargin=LEFT, rightMargin=PAGE.right, topMargin=TOP, bottomMargin=BOTTOM,
                          title=title, author=author, creator="Kế hoạch Desktop", lang="vi",
                          initialFontName=REGULAR, initialFontSize=13)
    if ticker.progress is not None:
        ticker.expected_pages = max(1, len(story) // 12)
        doc.setProgressCallBack(ticker.reportlab)
        ticker.beat()

    def canvas_maker(*args, **kwargs) -> _MarkingCanvas:
        canvas = _MarkingCanvas(*args, **kwargs)
        canvas.marks = marks
        canvas.showOutline()
        return canvas
    try:
        doc.build(story, canvasmaker=canvas_maker)
    except LayoutError:
        raise InputError("Không dàn được trang in: có một đoạn (thường là tên trường, cơ quan chủ quản hoặc "
                         "địa danh ở đầu văn bản) dài quá một trang giấy. Hãy rút ngắn rồi in lại.",
                         field="file") from None
