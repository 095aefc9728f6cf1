"""A plan as an Excel workbook for the district: one row per plan row, numbers as numbers.

Sheet "Kế hoạch": every row with its levels, months (real dates, shown mm/yyyy), budget in
đồng beside the words the principal wrote, and its progress (status, percent, spent,
evidence codes, the latest note). Sheet "Theo tiêu chuẩn": rows, mean percent and money
per standard. Sheet "Chỉ tiêu": the quantitative targets with their reported figures.
Headers are Vietnamese, frozen, with filters; text wraps in sensibly wide columns. Printed from
Excel, every sheet is A4 landscape, one page wide, with its header row on every page (print_setup).
"""
from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any
from dataclasses import dataclass, field
from datetime import date

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.properties import PageSetupProperties

from kehoach_desktop.domain.catalog import Framework
from kehoach_desktop.domain.fields import PERCENT as PERCENT_KIND
from kehoach_desktop.domain.fields import BUDGET, CRITERION, STATUS, TIMEFRAME, Field, plan_fields, value_of
from kehoach_desktop.domain.status_text import status_label
from kehoach_desktop.domain.plan import (
    COMPARISONS, PERIODS, Plan, PlanRow, ProgressUpdate, School,
)
from kehoach_desktop.domain.progress import build_report
from kehoach_desktop.domain.row_order import standard_of
from kehoach_desktop.domain.values import Month

MONEY = '#,##0 "đ"'
PERCENT = "0%"
MONTH = "mm/yyyy"
HEAD_FILL = PatternFill("solid", fgColor="DDEBF7")
WRAP = Alignment(wrap_text=True, vertical="top")


@dataclass
class RowProgress:
    """What the store knows about a row beyond the plan itself."""

    evidence: list[str] = field(default_factory=list)
    latest_note: str = ""
    latest_date: date | None = None


def row_progress(updates: Mapping[int, list[ProgressUpdate]]) -> dict[int, RowProgress]:
    """Per row: every evidence code in date order, and the latest update's note and date."""
    progress = {}
    for row_id, listed in updates.items():
        dated = sorted(listed, key=lambda u: (u.on_date, u.id or 0))
        if dated:
            progress[row_id] = RowProgress(evidence=[c for u in dated for c in u.evidence],
                                           latest_note=dated[-1].note, latest_date=dated[-1].on_date)
    return progress


def _month(month: Month | None) -> date | None:
    return date(month.year, month.month, 1) if month else None


def _heading(f: Field, form: str) -> str:
    on = f.on(form)
    return f.excel_label or (on.form_label if on is not None else f.label)


def _field_columns(f: Field, form: str, fw: Framework) -> list[Column]:
    """A field's Excel columns by its kind: numbers as numbers beside the words as typed."""
    name = _heading(f, form)
    if f.kind == CRITERION:
        return [("Tiêu chuẩn", 9, lambda n, r, p: standard_of(r.criterion_code, fw) if r.criterion_code else None, None),
                (name, 8, lambda n, r, p: r.criterion_code, None)]
    if f.kind == TIMEFRAME:
        return [("Bắt đầu", 10, lambda n, r, p: _month(value_of(r, f).start), MONTH),
                ("Kết thúc", 10, lambda n, r, p: _month(value_of(r, f).end), MONTH),
                ("Thời gian (như đã ghi)", 22, lambda n, r, p: value_of(r, f).text, None)]
    if f.kind == BUDGET:
        return [("Kinh phí (đồng)", 15, lambda n, r, p: value_of(r, f).amount, MONEY),
                (f"{name} (như đã ghi)", 24, lambda n, r, p: value_of(r, f).text, None)]
    if f.kind == STATUS:     # the status alone: the percent has its own column (status_text)
        return [(name, f.excel_width, lambda n, r, p: status_label(value_of(r, f)), None)]
    if f.kind == PERCENT_KIND:
        return [(name, f.excel_width, lambda n, r, p: value_of(r, f) / 100, f.excel_format)]
    return [(name, f.excel_width, lambda n, r, p: value_of(r, f), f.excel_format)]


# (header, width, value of a row, number format or None): the registry's fields, then what the store
# knows of the row's progress beyond the plan.
Column = tuple[str, float, Callable[[int, PlanRow, RowProgress], Any], "str | None"]


def _columns(fw: Framework) -> list[Column]:
    columns: list[Column] = [("TT", 5, lambda n, r, p: n, None)]
    for f in plan_fields().excel_fields(fw.plan_form):
        columns += _field_columns(f, fw.plan_form, fw)
    columns += [
        ("Minh chứng", 22, lambda n, r, p: "; ".join(p.evidence), None),
        ("Cập nhật mới nhất", 12, lambda n, r, p: p.latest_date, "dd/mm/yyyy"),
        ("Ghi chú mới nhất", 40, lambda n, r, p: p.latest_note, None),
    ]
    return columns


def print_setup(ws) -> None:
    """How the sheet prints: A4 landscape, all its columns scaled onto one page's width (as many pages
    down as the rows need), the header row repeated on each page, the cell grid drawn (the cells have
    no borders of their own) and "Trang 2/5" at the foot."""
    ws.page_setup.orientation = ws.ORIENTATION_LANDSCAPE
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0          # 0: as many pages down as it takes
    ws.print_title_rows = "1:1"
    ws.print_options.gridLines = True
    ws.page_margins = PageMargins(left=0.4, right=0.4, top=0.6, bottom=0.6)
    ws.oddFooter.center.text = "Trang &P/&N"


def header_row(ws, titles: list[str], widths: Sequence[float]) -> None:
    """The sheet's first row: bold titles that wrap, frozen; the columns' widths; its print setup."""
    print_setup(ws)
    ws.append(titles)
    for index, width in enumerate(widths, 1):
        cell = ws.cell(row=1, column=index)
        cell.font, cell.fill = Font(bold=True), HEAD_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        ws.column_dimensions[get_column_letter(index)].width = width
    ws.freeze_panes = "A2"
    ws.row_dimensions[1].height = 32


def _rows_sheet(ws, plan: Plan, fw: Framework, progress: Mapping[int, RowProgress]) -> None:
    columns = _columns(fw)
    header_row(ws, [c[0] for c in columns], [c[1] for c in columns])
    for number, row in enumerate(plan.rows, 1):
        extra = progress.get(row.id, RowProgress()) if row.id is not None else RowProgress()
        ws.append([value(number, row, extra) for _, _, value, _ in columns])
        for index, (_, _, _, fmt) in enumerate(columns, 1):
            cell = ws.cell(row=number + 1, column=index)
            cell.alignment = WRAP
            if fmt:
                cell.number_format = fmt
    ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{len(plan.rows) + 1}"


def _standards_sheet(ws, plan: Plan, fw: Framework, as_of: date) -> None:
    report = build_report(plan.rows, fw, as_of)
    titles = ["Tiêu chuẩn", "Tên tiêu chuẩn", "Số dòng", "Hoàn thành", "Trễ hạn", "Hoàn thành trung bình",
              "Kinh phí dự kiến (đồng)", "Đã chi (đồng)"]
    header_row(ws, titles, [10, 45, 9, 11, 9, 12, 18, 16])
    groups = [(s.label(), s.title, s.summary) for s in report.standards] + [("Cả kế hoạch", "", report.overall)]
    for label, title, summary in groups:
        ws.append([label, title, summary.rows, summary.by_status.get("done", 0), summary.late,
                   summary.percent / 100, summary.budget_planned, summary.budget_spent])
        line = ws.max_row
        ws.cell(row=line, column=6).number_format = "0.0%"
        for column in (7, 8):
            ws.cell(row=line, column=column).number_format = MONEY
    ws.cell(row=ws.max_row, column=1).font = Font(bold=True)


def _targets_sheet(ws, plan: Plan) -> None:
    periods = list(PERIODS) + sorted({p for t in plan.targets for p in t.actuals} - set(PERIODS))
    header_row(ws, ["Chỉ tiêu", "So sánh", "Giá trị", "Đơn vị"] + periods, [50, 9, 10, 9] + [12] * len(periods))
    for target in plan.targets:
        ws.append([target.name, COMPARISONS.get(target.comparison, target.comparison), target.value, target.unit]
                  + [target.actuals.get(p) for p in periods])
        for column in range(1, ws.max_column + 1):
            ws.cell(row=ws.max_row, column=column).alignment = WRAP


def plans_workbook(entries: list[tuple[Plan, Framework, Mapping[int, RowProgress]]], school: School,
                   as_of: date | None = None) -> Workbook:
    """One workbook for several plans (each school year its own sheets, newest first)."""
    wb = Workbook()
    wb.remove(wb.active)
    several = len(entries) > 1
    for plan, fw, progress in entries:
        suffix = f" {plan.school_year}" if several else ""
        _rows_sheet(wb.create_sheet(f"Kế hoạch {plan.school_year}"[:31]), plan, fw, progress)
        _standards_sheet(wb.create_sheet(f"Theo tiêu chuẩn{suffix}"[:31]), plan, fw, as_of or date.today())
        _targets_sheet(wb.create_sheet(f"Chỉ tiêu{suffix}"[:31]), plan)
    years = ", ".join(plan.school_year for plan, _, _ in entries)
    wb.properties.title = f"Kế hoạch cải tiến chất lượng giáo dục năm học {years} — {school.name}"
    wb.properties.creator = "Kế hoạch Desktop"
    return wb


def write_plan_xlsx(plan: Plan, school: School, fw: Framework, out,
                    progress: Mapping[int, RowProgress] | None = None, as_of: date | None = None) -> None:
    """Save one plan's workbook to ``out``: a path or a binary stream."""
    plans_workbook([(plan, fw, progress or {})], school, as_of).save(out)
