"""The district office's workbook: one row per school, with its progress per standard.

Takes the district overview as plain dicts (``SchoolProgress.to_dict()``), so this module
needs nothing from the store; percentages are numbers formatted as percent, and the time a
school's file came in is a real date and time in this computer's zone (stored in UTC), as the
officer's window shows it. Prints like the plan's workbook (xlsx_plan.print_setup). The column
«Xã/phường» is the school's commune (the one its file came through, else its own), so a Sở can filter
and sort by it.
"""
from __future__ import annotations

from collections.abc import Iterable

from openpyxl import Workbook

from kehoach_desktop.domain.moments import local_moment
from kehoach_desktop.domain.plan import SCHOOL_LEVELS
from kehoach_desktop.reports.xlsx_plan import PERCENT, header_row

LOCAL_TIME = "dd/mm/yyyy hh:mm"

FIXED = (("Mã trường", 14), ("Tên trường", 34), ("Cấp học", 16), ("Năm học", 11), ("Khung tiêu chí", 11),
         ("Số dòng", 8), ("Hoàn thành", 10), ("Trễ hạn", 8), ("Tiến độ chung", 10), ("Nhận tệp lúc", 19),
         ("Xã/phường", 22))


def district_workbook(schools: Iterable[dict], district: str = "") -> Workbook:
    schools = list(schools)
    standards = sorted({k for s in schools for k in s.get("standards", {})}, key=lambda k: (not k.isdigit(), k))
    wb = Workbook()
    ws = wb.active
    ws.title = "Các trường"
    header_row(ws, [t for t, _ in FIXED] + [f"Tiêu chuẩn {k}" for k in standards],
            [w for _, w in FIXED] + [11] * len(standards))
    for school in schools:
        ws.append([school["code"], school["name"], SCHOOL_LEVELS.get(school["level"], school["level"]),
                   school["school_year"], school["framework_id"], school["rows"], school["done"], school["late"],
                   school["percent"] / 100, local_moment(school["imported_at"]) or school["imported_at"] or None,
                   school.get("commune") or None]
                  + [school["standards"][k] / 100 if k in school.get("standards", {}) else None for k in standards])
        line = ws.max_row
        for column in [9] + list(range(len(FIXED) + 1, len(FIXED) + len(standards) + 1)):
            ws.cell(row=line, column=column).number_format = PERCENT
        ws.cell(row=line, column=10).number_format = LOCAL_TIME
    ws.auto_filter.ref = ws.dimensions
    wb.properties.title = f"Tiến độ kế hoạch cải tiến chất lượng các trường — {district}".rstrip(" —")
    wb.properties.creator = "Kế hoạch Desktop"
    return wb
