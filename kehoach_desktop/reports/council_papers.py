"""The self-assessment council's papers (source B's own layout; tt57-forms.md section 5).

Under the school's letterhead: «DANH SÁCH HỘI ĐỒNG TỰ ĐÁNH GIÁ» attached to the principal's
decision (its number and date), the members (TT | Họ và tên | Chức vụ | Vai trò), then «BẢNG PHÂN
CÔNG NHIỆM VỤ» (TT | Họ và tên | Nhóm công tác | Tiêu chí phụ trách | Nhiệm vụ cụ thể, điểm b khoản 3
Điều 9), signed by the council's secretary on the left and, for the council, its chair on the right.
A council that cannot sign (domain.council.council_problems: fewer than 05 members, an even number,
no chair …) is refused before anything is printed.
"""
from __future__ import annotations

import os
from typing import IO

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether

from kehoach_desktop.domain.council import Council, council_problems, council_rule
from kehoach_desktop.domain.errors import InputError, joined
from kehoach_desktop.domain.values import nfc
from kehoach_desktop.reports import letterhead
from kehoach_desktop.reports.assessment_base import (
    AssessmentPaper, grid, head_cells, managing_body, school_year_words, t, title_lines, vn_day,
)
from kehoach_desktop.reports.assessment_layout import FRAME_WIDTH, KeepClosing, Marks, build_numbered
from kehoach_desktop.reports.build_progress import Progress, Ticker

MEMBER_COLUMNS = (("TT", 10), ("Họ và tên", 50), ("Chức vụ", 65), ("Vai trò", 40))
TASK_COLUMNS = (("TT", 10), ("Họ và tên", 36), ("Nhóm công tác", 30), ("Tiêu chí phụ trách", 26),
                ("Nhiệm vụ cụ thể", 63))
for _columns in (MEMBER_COLUMNS, TASK_COLUMNS):
    assert abs(sum(w for _, w in _columns) * mm - FRAME_WIDTH) < 0.01, "columns must fill the frame"
CHAIR, SECRETARY = "Chủ tịch", "Thư ký"


def check_council(paper: AssessmentPaper) -> None:
    """An InputError naming every problem of a council that cannot sign its papers."""
    rule = council_rule(paper.framework.id)
    problems = council_problems(paper.assessment.council, rule) if rule else []
    if not paper.assessment.council.members:
        raise InputError("Chưa có danh sách Hội đồng tự đánh giá năm học {school_year}.", field="council",
                         school_year=paper.assessment.school_year)
    if problems:
        raise InputError("Chưa in được danh sách Hội đồng tự đánh giá: {problems}", field="council",
                         problems=joined(problems, " "))


def decision_line(council: Council, school_name: str) -> str:
    """«(Kèm theo Quyết định số 15/QĐ-THCS ngày 10/01/2026 của Hiệu trưởng Trường THCS Hòa Bình)»."""
    number = nfc(council.decision_number).strip() or "……"
    return (f"(Kèm theo Quyết định số {number} ngày {vn_day(council.decision_date)} "
            f"của Hiệu trưởng {nfc(school_name).strip()})")


def _widths(columns) -> list[float]:
    return [w * mm for _, w in columns]


def members_table(council: Council, signatures: bool = False):
    """TT | Họ và tên | Chức vụ | Vai trò (| Chữ ký: the report's signature page)."""
    columns = MEMBER_COLUMNS
    widths = _widths(columns)
    titles = [title for title, _ in columns]
    if signatures:
        widths = [10 * mm, 48 * mm, 52 * mm, 28 * mm, 27 * mm]
        titles.append("Chữ ký")
    rows = [head_cells(titles)]
    for number, member in enumerate(council.members, 1):
        row = [t(number, "cell_centre"), t(member.name, "cell"),
               t(member.position, "cell"), t(member.role, "cell")]
        rows.append(row + ([""] if signatures else []))
    extra = [("TOPPADDING", (0, 1), (-1, -1), 9), ("BOTTOMPADDING", (0, 1), (-1, -1), 9)] if signatures else []
    return grid(rows, widths, extra=extra)


def tasks_table(council: Council):
    rows = [head_cells([title for title, _ in TASK_COLUMNS])]
    for number, member in enumerate(council.members, 1):
        rows.append([t(number, "cell_centre"), t(member.name, "cell"),
                     t(member.group, "cell"), t(", ".join(member.criteria), "cell"),
                     t(member.task, "cell")])
    return grid(rows, _widths(TASK_COLUMNS))


def _signer(council: Council, role: str) -> str:
    return next((m.name for m in council.members if m.role == role), "")


def signatures(council: Council):
    """The secretary on the left, «TM. HỘI ĐỒNG TỰ ĐÁNH GIÁ / CHỦ TỊCH» on the right, names under them."""
    return letterhead.signature_grid([("Thư ký hội đồng", _signer(council, SECRETARY)),
                                      ("TM. Hội đồng tự đánh giá\nChủ tịch", _signer(council, CHAIR))], FRAME_WIDTH)


def story(paper: AssessmentPaper) -> list:
    council = paper.assessment.council
    year = school_year_words(paper.assessment.school_year)
    flow = [letterhead.header(managing_body(paper), paper.school.name, None,
                              letterhead.date_line(council.decision_date, nfc(paper.school.place).strip()),
                              FRAME_WIDTH)]
    flow += title_lines("Danh sách Hội đồng tự đánh giá", [f"Năm học {year}", decision_line(council, paper.school.name)])
    flow.append(members_table(council))
    # the task table signed where it ends: with its title on the next page rather than the names alone
    tasks = title_lines("Bảng phân công nhiệm vụ", [f"Hội đồng tự đánh giá năm học {year}"])
    tasks += [KeepClosing(tasks_table(council), signatures(council), gap=6 * mm)]
    flow.append(KeepTogether(tasks))
    return flow


def print_council(paper: AssessmentPaper, out: str | os.PathLike | IO[bytes], *,
                  progress: Progress | None = None) -> None:
    """The council's papers; refused (InputError) for a council that cannot sign."""
    check_council(paper)
    title = f"Hội đồng tự đánh giá năm học {paper.assessment.school_year} - {nfc(paper.school.name)}"
    build_numbered(story(paper), out, Marks(), title=title, author=nfc(paper.school.name), progress=Ticker(progress))
