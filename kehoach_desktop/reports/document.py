"""The page set-up every printed document shares: A4 with Nghị định 30 margins.

Two page templates, portrait for the text and landscape for wide tables; a
story switches between them with ``landscape_section``. Page numbers are
Arabic, 13 pt, centred in the top margin, from page 2 on.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import IO

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, LayoutError, Frame, NextPageTemplate, PageBreak, PageTemplate

from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.reports.build_progress import Progress, Ticker
from kehoach_desktop.reports.fonts import REGULAR, register_fonts

PORTRAIT, LANDSCAPE = "portrait", "landscape"
TOP = 20 * mm
# Nghị định 30 allows 20–25 mm. The bottom takes 25: the verification QR code, 14 mm tall, sits
# 10 mm above the paper's edge (reports.stamp), clear of the text and readable from a 150 dpi scan.
BOTTOM = 25 * mm
LEFT = 30 * mm
RIGHT_PORTRAIT = 15 * mm
RIGHT_LANDSCAPE = 20 * mm   # 297 - 30 - 20 = 247 mm of table width


@dataclass(frozen=True)
class Page:
    size: tuple[float, float]
    right: float

    @property
    def frame_width(self) -> float:
        return self.size[0] - LEFT - self.right

    @property
    def frame_height(self) -> float:
        return self.size[1] - TOP - BOTTOM


PAGES = {PORTRAIT: Page(A4, RIGHT_PORTRAIT), LANDSCAPE: Page(landscape(A4), RIGHT_LANDSCAPE)}


def _number_pages(canvas, doc) -> None:
    if doc.page < 2:
        return
    page = PAGES[doc.pageTemplate.id]
    canvas.saveState()
    canvas.setFont(REGULAR, 13)
    centre = LEFT + page.frame_width / 2
    canvas.drawCentredString(centre, page.size[1] - TOP / 2 - 4, str(doc.page))
    canvas.restoreState()


def _template(kind: str, footer=None) -> PageTemplate:
    page = PAGES[kind]
    frame = Frame(LEFT, BOTTOM, page.frame_width, page.frame_height, id=kind,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    on_page = _number_pages
    if footer is not None:   # e.g. reports.stamp.StampFooter: drawn in the free bottom margin of every page
        def on_page(canvas, doc) -> None:
            _number_pages(canvas, doc)
            footer.draw(canvas, LEFT + page.frame_width)
    return PageTemplate(id=kind, frames=[frame], onPage=on_page, pagesize=page.size)


def landscape_section(flowables: list) -> list:
    """``flowables`` on landscape pages of their own, then back to portrait."""
    return [NextPageTemplate(LANDSCAPE), PageBreak(), *flowables, NextPageTemplate(PORTRAIT), PageBreak()]


def build(story: list, out: str | os.PathLike | IO[bytes], *, title: str, author: str = "",
          first: str = PORTRAIT, footer=None, progress: Progress | Ticker | None = None) -> None:
    """Lay ``story`` out into ``out`` (a path or a binary file object); ``footer.draw(canvas, right)`` per page.

    ``progress`` (reports.build_progress) hears of every page; an exception it raises stops the build."""
    register_fonts()
    ticker = Ticker.of(progress)
    target = os.fspath(out) if isinstance(out, (str, os.PathLike)) else out
    templates = [_template(first, footer), _template(LANDSCAPE if first == PORTRAIT else PORTRAIT, footer)]
    doc = BaseDocTemplate(target, pagesize=PAGES[first].size, pageTemplates=templates,
                          leftMargin=LEFT, rightMargin=PAGES[first].right, topMargin=TOP, bottomMargin=BOTTOM,
                          title=title, author=author, creator="Kế hoạch Desktop", lang="vi",
                          # the canvas would start in Helvetica and list a font that is not embedded
                          initialFontName=REGULAR, initialFontSize=13)
    if ticker.progress is not None:
        # every landscape table page ends in a PageBreak (tables.paged_table): a fair guess at the length
        ticker.expected_pages = 1 + sum(type(f) is PageBreak for f in story)
        doc.setProgressCallBack(ticker.reportlab)
        ticker.beat()
    try:
        doc.build(story)
    except LayoutError:
        # one block taller than a page (a letterhead line of thousands of characters, a damaged
        # file): a refusal naming what to shorten, never a crash; the caller writes no file
        raise InputError("Không dàn được trang in: có một đoạn (thường là tên trường, cơ quan chủ quản hoặc "
                         "địa danh ở đầu văn bản) dài quá một trang giấy. Hãy rút ngắn rồi in lại.",
                         field="file") from None
