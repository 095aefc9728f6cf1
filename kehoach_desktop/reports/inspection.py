"""The inspection record (biên bản kiểm tra) of a plan, after the district template.

A record carries only the national motto block on the right (no date line in
the header, Nghị định 30); its body states the time, the place, who attended in
which role, the plan as inspected with the team's finding per row, the
comments, recommendations and conclusion, and ends with the time it closed.
Everyone signs: the principal and every member of the team, each name printed
under the signature. Without a stored inspection the same layout prints with
dotted blanks to fill by hand.
"""
from __future__ import annotations

import os
from datetime import datetime
from typing import IO

from reportlab.lib.units import cm, mm
from reportlab.platypus import KeepTogether, Spacer

from kehoach_desktop.domain.catalog import Framework
from kehoach_desktop.domain.field_text import scaled
from kehoach_desktop.domain.inspection import Inspection, TeamMember
from kehoach_desktop.domain.inspection_fields import NUMBER, inspection_columns
from kehoach_desktop.domain.inspection_paper import heading, signers
from kehoach_desktop.domain.parse import format_vn_date
from kehoach_desktop.domain.plan import Plan, School
from kehoach_desktop.domain.values import nfc
from kehoach_desktop.reports import letterhead
from kehoach_desktop.reports.build_progress import Progress, Ticker
from kehoach_desktop.reports.fonts import REGULAR
from kehoach_desktop.reports.document import LANDSCAPE, PAGES, PORTRAIT, build
from kehoach_desktop.reports.plan_common import grouped_rows, landscape_table, school_year_words, standard_label
from kehoach_desktop.reports.styles import para

_INDENTED = PAGES[PORTRAIT].frame_width - 1 * cm


def dots(width: float, prefix: str = "") -> str:
    """``prefix`` then dots filling one line of ``width`` points at 13 pt: a blank to fill by hand."""
    room = width - letterhead.text_width(prefix, 13, REGULAR) - 4
    return prefix + "…" * max(int(room // letterhead.text_width("…", 13, REGULAR)), 3)


def _time_words(moment: datetime | None) -> str:
    if moment is None:
        return "…… giờ …… phút, ngày …… tháng …… năm ……"
    return f"{moment.hour:02d} giờ {moment.minute:02d} phút, {format_vn_date(moment.date())}"


def _numbered(lines: list[str]) -> list:
    last = len(lines)
    return [para(f"{i}. {line.rstrip(' ;.')}{'.' if i == last else ';'}", "bullet") for i, line in enumerate(lines, 1)]


def _team_line(member: TeamMember) -> str:
    return member.line()


def attendance(record: Inspection | None) -> list:
    flow = [para("1. Thành phần", "subheading"), para("a) Đoàn kiểm tra:", "bullet")]
    if record and record.team:
        flow += _numbered([_team_line(m) for m in record.team])
    else:
        flow += [para(dots(_INDENTED, f"{i}. "), "bullet") for i in range(1, 5)]
    flow.append(para("b) Phía nhà trường:", "bullet"))
    if record and record.school_side:
        flow += _numbered([f"{m.name}, chức vụ: {m.role}" if m.role else m.name for m in record.school_side])
    else:
        flow += [para(dots(_INDENTED, f"{i}. "), "bullet") for i in range(1, 4)]
    return flow


def findings_table(plan: Plan, fw: Framework, record: Inspection | None, ticker: Ticker | None = None) -> list:
    """The plan's rows with the team's finding, one column per column of domain.inspection_fields."""
    columns = inspection_columns(fw.plan_form)
    header = [[para(c.heading, "cell_head") for c in columns]]

    def cells(row) -> list:
        texts = columns.cells(row, record.finding_for(row.id) if record else None, fw)
        return ["" if c.name == NUMBER else para(text, "cell") for c, text in zip(columns, texts)]
    rows = grouped_rows(plan.rows, fw, cells, ticker)
    return landscape_table("2. Nội dung kiểm tra: kết quả thực hiện từng nội dung của kế hoạch", header, rows,
                           printed_widths(fw.plan_form), ticker)


def printed_widths(form: str | None = None) -> list[float]:
    """The columns' shares scaled to fill the landscape frame (a new column narrows the others)."""
    return scaled([c.printed for c in inspection_columns(form)], PAGES[LANDSCAPE].frame_width)


def _blank_lines(count: int) -> list:
    return [para(dots(PAGES[PORTRAIT].frame_width), "plain") for _ in range(count)]


def comments_section(record: Inspection | None, fw: Framework) -> list:
    flow = [para("3. Nhận xét của đoàn kiểm tra", "subheading")]
    comments = record.comments if record else []
    if not comments:
        return flow + _blank_lines(5)
    for comment in sorted(comments, key=lambda c: (c.standard is not None, c.standard or 0)):
        if comment.standard is None:
            flow.append(para(comment.text, "body"))
        else:
            flow.append(para(comment.text, "bullet", markup=f"- <b>{standard_label(comment.standard, fw)}</b>: "))
    return flow


def signatures(record: Inspection | None, school: School) -> list:
    return [letterhead.signature_grid(signers(record, school), PAGES[PORTRAIT].frame_width)]


def story(plan: Plan, school: School, fw: Framework, record: Inspection | None,
          ticker: Ticker | None = None) -> list:
    width = PAGES[PORTRAIT].frame_width
    head = heading(record, school)
    school_year = record.school_year if record and record.school_year else plan.school_year
    flow = [letterhead.header(head.authority, head.office_line, head.number, None, width)]
    flow += letterhead.title_block("Biên bản", ["KIỂM TRA KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC",
                                                f"Năm học {school_year_words(school_year)}"])
    if record and record.basis:
        flow.append(para(record.basis, "basis"))
    place = (record.place if record and record.place else "") or school.name
    plan_ref = f"Kế hoạch số {plan.number}" if plan.number else "Kế hoạch"
    if plan.issued_on:
        plan_ref += f" {format_vn_date(plan.issued_on)}"
    flow.append(para(
        f"Vào lúc {_time_words(record.started_at if record else None)}, tại {place}, đoàn kiểm tra của "
        f"{nfc(head.office)} tiến hành kiểm tra việc xây dựng và thực hiện kế hoạch cải tiến chất lượng giáo dục "
        f"năm học {school_year_words(school_year)} của {nfc(school.name)} ({plan_ref}).", "body"))
    flow += attendance(record)
    flow += findings_table(plan, fw, record, ticker)
    flow += comments_section(record, fw)
    flow.append(para("4. Kiến nghị", "subheading"))
    flow += letterhead.dash_list(record.recommendations) if record and record.recommendations else _blank_lines(3)
    flow.append(para("5. Kết luận", "subheading"))
    flow += [para(record.conclusion, "body")] if record and record.conclusion else _blank_lines(3)
    flow.append(para("Biên bản được lập thành 02 bản có giá trị như nhau: đoàn kiểm tra giữ 01 bản, nhà trường "
                     "giữ 01 bản; các thành viên đã thống nhất nội dung và cùng ký tên dưới đây.", "body"))
    # The closing line and every signature stay on one page: a record is signed where it ends.
    flow.append(KeepTogether([
        para(f"Buổi kiểm tra kết thúc vào lúc {_time_words(record.ended_at if record else None)}./.", "body"),
        Spacer(1, 4 * mm), *signatures(record, school)]))
    return flow


def print_inspection(plan: Plan, school: School, fw: Framework, record: Inspection | None,
                     out: str | os.PathLike | IO[bytes], *, progress: Progress | None = None) -> None:
    """``progress``: see reports.build_progress (an exception it raises stops the build)."""
    title = f"Biên bản kiểm tra kế hoạch cải tiến chất lượng giáo dục năm học {plan.school_year} - {school.name}"
    ticker = Ticker(progress)
    build(story(plan, school, fw, record, ticker), out, title=nfc(title),
          author=nfc(record.office if record else ""), progress=ticker)
