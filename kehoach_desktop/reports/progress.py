"""Báo cáo kết quả thực hiện kế hoạch: where the plan stands as of a month.

Rows are taken as they stood at the end of that month (domain.replay, as the
dashboard takes them), grouped by standard with totals; late rows
are listed, chỉ tiêu are judged on the period the month has reached (domain.targets),
and what is not done becomes the basis of next year's plan. Nothing is cut short: every
cell and list line wraps, so each word of a note or a row's name is on the paper. Numbers
are written one way throughout (domain.number_text).
"""
from __future__ import annotations

import os
from datetime import date
from typing import IO, Mapping

from reportlab.lib.units import mm

from kehoach_desktop.domain import progress as rules
from kehoach_desktop.domain.administration import governing_body_on
from kehoach_desktop.domain.catalog import Framework
from kehoach_desktop.domain.number_text import format_percent, format_quantity
from kehoach_desktop.domain.plan import PERIODS, STATUSES, Plan, PlanRow, ProgressUpdate, School
from kehoach_desktop.domain.replay import rows_as_of
from kehoach_desktop.domain.row_order import standard_of
from kehoach_desktop.domain.targets import judge, judged_period, periods_reached
from kehoach_desktop.domain.values import Month, nfc
from kehoach_desktop.reports import letterhead
from kehoach_desktop.reports.build_progress import Progress, Ticker
from kehoach_desktop.reports.document import LANDSCAPE, PAGES, PORTRAIT, build
from kehoach_desktop.reports.plan_common import (
    criterion_label, heading, landscape_table, school_year_words, standard_label, table_heading,
)
from kehoach_desktop.reports.styles import para
from kehoach_desktop.reports.tables import Row, ruled_table

SUMMARY_COLUMNS = (("Tiêu chuẩn", 45), ("Số nội dung", 18), ("Hoàn thành", 18), ("Đang thực hiện", 18),
                   ("Chưa thực hiện", 18), ("Tạm dừng", 16), ("Chậm tiến độ", 16), ("Tỉ lệ hoàn thành", 16))
ROW_COLUMNS = (("TT", 10), ("Tiêu chuẩn, tiêu chí", 38), ("Công việc/giải pháp", 60), ("Thời gian thực hiện", 26),
               ("Trạng thái", 28), ("Tỉ lệ (%)", 14), ("Minh chứng", 30), ("Ghi chú gần nhất", 41))
TARGET_COLUMNS = (("Chỉ tiêu", 65), ("Kế hoạch", 25), ("Học kỳ I", 22), ("Cả năm", 22), ("Đánh giá", 31))
for _columns, _page in ((SUMMARY_COLUMNS, PORTRAIT), (ROW_COLUMNS, LANDSCAPE), (TARGET_COLUMNS, PORTRAIT)):
    assert abs(sum(w for _, w in _columns) * mm - PAGES[_page].frame_width) < 0.01, "columns must fill the frame"


def _table(columns, rows: list[Row], page: str) -> object:
    header = [[para(title, "cell_head") for title, _ in columns]]
    return ruled_table(header, rows, [w * mm for _, w in columns], PAGES[page].frame_height)


def report_date(as_of: Month, today: date) -> date:
    """The day the report is dated: always within its as-of month, since that is the month it speaks for.

    Printed during that month it is dated today, the day the principal signs it. Printed later (last
    April's report reprinted in June) it keeps the end of its month, the day it reported on. Printed
    before its month (January's report prepared in December) it is dated the end of that month: its
    figures are "as of" then, and a principal signs it then; dating it in December would have it
    report on a month not yet lived.
    """
    return today if Month.of(today) == as_of else rules.month_end(as_of)


def _summary_table(report: rules.ProgressReport, fw: Framework) -> object:
    def cells(label: str, s: rules.Summary, bold: bool) -> Row:
        style = "cell_bold" if bold else "cell"
        centre = "cell_head" if bold else "cell_centre"
        counts = [s.rows, s.by_status["done"], s.by_status["in_progress"], s.by_status["not_started"],
                  s.by_status["paused"], s.late]
        return Row([para(label, style)] + [para(str(n), centre) for n in counts] + [para(format_percent(s.percent), centre)])
    rows = [cells(standard_label(g.no, fw) if g.no else g.label(), g.summary, False) for g in report.standards]
    rows.append(cells("Tổng cộng", report.overall, True))
    return _table(SUMMARY_COLUMNS, rows, PORTRAIT)


def _status_text(row: PlanRow, late: bool) -> str:
    text = STATUSES.get(row.status, row.status)
    return text + (" (chậm tiến độ)" if late else "")


def _rows_table(plan: Plan, rows: list[PlanRow], fw: Framework, updates, as_of: Month,
                ticker: Ticker | None = None) -> list:
    until = rules.month_end(as_of)
    table_rows: list[Row] = []
    current, counter = object(), 0
    for row in rows:
        standard = standard_of(row.criterion_code, fw)
        if standard != current:
            counter += 1
            label = standard_label(standard, fw) if standard else "Nội dung không gắn tiêu chí"
            table_rows.append(Row([para(str(counter), "cell_centre"), para(label, "cell_bold")], span_from=1,
                                  keep_with_next=True))
            current = standard
        row_updates = [u for u in updates.get(row.id, []) if u.on_date <= until]
        last = rules.latest(row_updates)
        evidence = [code for u in row_updates for code in u.evidence]
        note = f"{last.on_date:%d/%m/%Y}: {last.note}" if last and last.note else ""
        title = row.content or criterion_label(row, fw)
        table_rows.append(Row(["", para(title, "cell"), para(row.tasks, "cell"),
                               para(row.timeframe.display(), "cell"),
                               para(_status_text(row, rules.is_late(row, as_of)), "cell"),
                               para(str(row.percent), "cell_centre"), para(", ".join(evidence), "cell"),
                               para(note, "cell")]))
    return landscape_table("II. KẾT QUẢ THỰC HIỆN TỪNG NỘI DUNG", [[para(t, "cell_head") for t, _ in ROW_COLUMNS]],
                           table_rows, [w * mm for _, w in ROW_COLUMNS], ticker)


def _full_label(row: PlanRow) -> str:
    """The row's name as the report prints it: whole (the dashboard's lists cut theirs)."""
    return rules.row_label(row, limit=None).rstrip(". ")


def _deadline_lines(items: list[rules.DeadlineRow], rows: list[PlanRow], empty: str) -> list:
    if not items:
        return [para(empty, "bullet")]
    return [para(f"- Nội dung {d.number} ({_full_label(rows[d.number - 1])}): hạn tháng {d.end}, "
                 f"{STATUSES.get(d.status, d.status).lower()}, {format_percent(d.percent)}.", "bullet")
            for d in items]


def _targets_section(report: rules.ProgressReport, school_year: str) -> list:
    """The chỉ tiêu, judged on the period the as-of month has reached (domain.targets): an April report
    shows and judges the Học kỳ I figures and leaves the year's column empty."""
    if not report.targets:
        return [para("- Kế hoạch không đặt chỉ tiêu định lượng.", "bullet")]
    period = judged_period(school_year, report.as_of)
    shown = periods_reached(school_year, report.as_of)
    words = "học kỳ I" if period == PERIODS[0] else "cả năm học"
    rows = []
    for target, results in report.targets:
        by_period = {r.period: r for r in results}
        cells = [para(target.name, "cell"), para(rules.target_text(target), "cell_centre")]
        for column in PERIODS:
            result = by_period.get(column)
            figure = format_quantity(result.actual, target.unit) if result and column in shown else ""
            cells.append(para(figure, "cell_centre"))
        met = judge(target, school_year, report.as_of).met
        cells.append(para("Chưa có số liệu" if met is None else "Đạt" if met else "Chưa đạt", "cell_centre"))
        rows.append(Row(cells))
    return [para(f"Chỉ tiêu được đánh giá theo kết quả {words} (tính đến tháng {report.as_of}).", "body"),
            _table(TARGET_COLUMNS, rows, PORTRAIT)]


def story(plan: Plan, school: School, fw: Framework, updates: Mapping[int, list[ProgressUpdate]],
          as_of: Month, today: date | None = None, ticker: Ticker | None = None) -> list:
    rows = rows_as_of(plan.rows, updates, rules.month_end(as_of))
    report = rules.build_report(rows, fw, as_of, plan.targets)
    printed_on = report_date(as_of, today or date.today())
    suffix = plan.number.split("/", 1)[1].split("-", 1)[-1] if "/" in plan.number and "-" in plan.number else ""
    number = "\u00a0" * 8 + "/BC" + (f"-{suffix}" if suffix else "")
    width = PAGES[PORTRAIT].frame_width
    # the bodies of the report's own date: "UBND HUYỆN …" for April 2025, the commune's after 01/7/2025
    flow = [letterhead.header(governing_body_on(printed_on, plan, school), school.name, number,
                              letterhead.date_line(printed_on, plan.place or school.place), width)]
    flow += letterhead.title_block("Báo cáo", [
        "KẾT QUẢ THỰC HIỆN KẾ HOẠCH", "CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC",
        f"Năm học {school_year_words(plan.school_year)} (tính đến tháng {as_of})"])
    s = report.overall
    plan_ref = f"Kế hoạch số {plan.number}" if plan.number else "Kế hoạch"
    flow.append(heading("I. TÌNH HÌNH CHUNG"))
    flow.append(para(
        f"{plan_ref} của {nfc(school.name)} năm học {school_year_words(plan.school_year)} gồm {s.rows} nội dung "
        f"cải tiến thuộc {len(report.standards)} tiêu chuẩn. Tính đến tháng {as_of}: {s.by_status['done']} nội dung "
        f"hoàn thành, {s.by_status['in_progress']} đang thực hiện, {s.by_status['not_started']} chưa thực hiện, "
        f"{s.by_status['paused']} tạm dừng; {s.late} nội dung chậm tiến độ; tỉ lệ hoàn thành bình quân "
        f"{format_percent(s.percent)}.", "body"))
    flow.append(_summary_table(report, fw))
    flow += _rows_table(plan, rows, fw, updates, as_of, ticker)
    flow.append(heading("III. NỘI DUNG CHẬM TIẾN ĐỘ VÀ SẮP ĐẾN HẠN"))
    flow.append(para("1. Chậm tiến độ", "subheading"))
    flow += _deadline_lines(report.late, rows, "- Không có nội dung chậm tiến độ.")
    flow.append(para("2. Sắp đến hạn", "subheading"))
    flow += _deadline_lines(report.due_soon, rows, "- Không có nội dung sắp đến hạn.")
    flow += table_heading("IV. KẾT QUẢ THỰC HIỆN CHỈ TIÊU")
    flow += _targets_section(report, plan.school_year)
    flow.append(heading("V. ĐỀ XUẤT CHO KẾ HOẠCH NĂM HỌC SAU"))
    unfinished = [(n, r) for n, r in enumerate(rows, 1) if r.status != "done"]
    if unfinished:
        flow.append(para("Các nội dung chưa hoàn thành được tiếp tục đưa vào kế hoạch cải tiến chất lượng năm học sau:",
                         "body"))
        flow += [para(f"- Nội dung {n}: {_full_label(r)} ({format_percent(r.percent)}).", "bullet")
                 for n, r in unfinished]
    else:
        flow.append(para("Tất cả nội dung của kế hoạch đã hoàn thành.", "body"))
    flow.append(letterhead.closing(plan.recipients, plan.signer_title or "Hiệu trưởng",
                                   plan.signer_name or school.principal, width))
    return flow


def print_progress(plan: Plan, school: School, fw: Framework, updates: Mapping[int, list[ProgressUpdate]],
                   as_of: Month, out: str | os.PathLike | IO[bytes], today: date | None = None, *,
                   progress: Progress | None = None) -> None:
    """``progress``: see reports.build_progress (an exception it raises stops the build)."""
    title = f"Báo cáo kết quả thực hiện kế hoạch năm học {plan.school_year} - {school.name}"
    ticker = Ticker(progress)
    build(story(plan, school, fw, updates, as_of, today, ticker), out, title=nfc(title), author=nfc(school.name),
          progress=ticker)
