"""The district office's workbook: one row per school, with its progress per standard.

Takes the district overview as plain dicts (``SchoolProgress.to_dict()``), so this module
needs nothing from the store; percentages are numbers formatted as percent, and the time a
school's file came in is a real date and time in this computer's zone (stored in UTC), as the
officer's window shows it. Prints like the plan's workbook (xlsx_plan.print_setup). The column
«Xã/phường» is the school's commune (the one its file came through, else its own), so a Sở can filter
and sort by it.

«Mức tự đánh giá» is the level the office counted from the school's self-assessment of the year (blank: none
sent); a second sheet counts the schools at each level.

One school's bad value never stops the workbook (an office file may hold rows an older version let
in): text loses the control characters a workbook cannot hold, a figure that is not a number is left
empty, and a row that still cannot be written says «(không đọc được)» beside the school's code.
"""
from __future__ import annotations

from collections.abc import Iterable

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from kehoach_desktop.domain.moments import local_moment
from kehoach_desktop.domain.plan import SCHOOL_LEVELS
from kehoach_desktop.reports.district import level_counts, level_label
from kehoach_desktop.reports.xlsx_plan import PERCENT, header_row

LOCAL_TIME = "dd/mm/yyyy hh:mm"

FIXED = (("Mã trường", 14), ("Tên trường", 34), ("Cấp học", 16), ("Năm học", 11), ("Khung tiêu chí", 11),
         ("Số dòng", 8), ("Hoàn thành", 10), ("Trễ hạn", 8), ("Tiến độ chung", 10), ("Nhận tệp lúc", 19),
         ("Xã/phường", 22), ("Mức tự đánh giá", 14))


UNREADABLE = "(không đọc được)"


def _text(value) -> str | None:
    """Text a cell can hold: the characters a workbook refuses dropped."""
    if value is None or value == "":
        return None
    return ILLEGAL_CHARACTERS_RE.sub("", value if isinstance(value, str) else str(value))


def _fraction(value) -> float | None:
    return value / 100 if isinstance(value, (int, float)) and not isinstance(value, bool) and abs(value) < 1e9 else None


def _row(school: dict, standards: list[str]) -> list:
    level = school.get("level") or ""
    found = school.get("standards") or {}
    return ([_text(school["code"]), _text(school["name"]), _text(SCHOOL_LEVELS.get(level, level)),
             _text(school["school_year"]), _text(school["framework_id"]), school["rows"], school["done"],
             school["late"], _fraction(school["percent"]),
             local_moment(school["imported_at"]) or _text(school["imported_at"]), _text(school.get("commune")),
             _text(level_label(school))]
            + [_fraction(found.get(k)) for k in standards])


def district_workbook(schools: Iterable[dict], district: str = "") -> Workbook:
    schools = list(schools)
    standards = sorted({k for s in schools for k in s.get("standards", {})}, key=lambda k: (not k.isdigit(), k))
    wb = Workbook()
    ws = wb.active
    ws.title = "Các trường"
    header_row(ws, [t for t, _ in FIXED] + [f"Tiêu chuẩn {k}" for k in standards],
            [w for _, w in FIXED] + [11] * len(standards))
    for school in schools:
        try:
            ws.append(_row(school, standards))
        except Exception:   # noqa: BLE001  this school's row alone, never the workbook
            ws.append([_text(school.get("code")), UNREADABLE])
        line = ws.max_row
        for column in [9] + list(range(len(FIXED) + 1, len(FIXED) + len(standards) + 1)):
            ws.cell(row=line, column=column).number_format = PERCENT
        ws.cell(row=line, column=10).number_format = LOCAL_TIME
    ws.auto_filter.ref = ws.dimensions
    if schools:
        _level_sheet(wb, schools)
    wb.properties.title = f"Tiến độ kế hoạch cải tiến chất lượng các trường — {district}".rstrip(" —")
    wb.properties.creator = "Kế hoạch Desktop"
    return wb


def _level_sheet(wb: Workbook, schools: list[dict]) -> None:
    """How many schools at each self-assessed level, as the summary report says it."""
    ws = wb.create_sheet("Mức tự đánh giá")
    header_row(ws, ["Mức tự đánh giá", "Số trường"], [24, 12])
    for label, count in level_counts(schools).items():
        ws.append([label, count])
    ws.append(["Tổng số trường", len(schools)])
