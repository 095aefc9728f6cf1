"""The self-assessment report (Báo cáo tự đánh giá, Biểu 1 of Phụ lục V, Thông tư 57/2026) on portrait A4.

In the order both sources give (tt57-forms.md section 2): the cover; the council's list signed by its
members; the Mục lục with the page each part, standard and criterion starts on; Phần I TỔNG QUAN
(assessment_front); Phần II TỰ ĐÁNH GIÁ per standard and criterion (assessment_criteria); Phần III KẾT
LUẬN and Phần IV PHỤ LỤC with the evidence list, then the principal's signature (assessment_end).
Every page after the cover carries «Trang n/N» at its foot; the build is one pass (assessment_layout).
"""
from __future__ import annotations

import os
from typing import IO

from kehoach_desktop.domain.values import nfc
from kehoach_desktop.reports.assessment_base import AssessmentPaper
from kehoach_desktop.reports.assessment_criteria import part_two
from kehoach_desktop.reports.assessment_end import part_four, part_three
from kehoach_desktop.reports.assessment_front import contents_page, council_page, cover, cover_frame, part_one
from kehoach_desktop.reports.assessment_layout import Contents, build_numbered
from kehoach_desktop.reports.build_progress import Progress, Ticker


def story(paper: AssessmentPaper, contents: Contents, ticker: Ticker | None = None) -> list:
    """The whole report; the Mục lục is made last, once every heading it lists is known."""
    council = council_page(paper, contents)
    body = part_one(paper, contents) + part_two(paper, contents, ticker) + part_three(paper, contents)
    body += part_four(paper, contents)
    return cover(paper) + council + contents_page(contents) + body


def print_assessment(paper: AssessmentPaper, out: str | os.PathLike | IO[bytes], *,
                     progress: Progress | None = None) -> None:
    """``progress``: see reports.build_progress (an exception it raises stops the build)."""
    ticker = Ticker(progress)
    contents = Contents()
    flow = story(paper, contents, ticker)
    title = f"Báo cáo tự đánh giá năm học {paper.assessment.school_year} - {nfc(paper.school.name)}"
    build_numbered(flow, out, contents.marks, title=title, author=nfc(paper.school.name), footer_from=2,
                   first_page=cover_frame, progress=ticker)
