"""Báo cáo tổng hợp của Phòng GD&ĐT: one row per school, its progress overall and per standard.

Takes the district overview as plain dicts (``SchoolProgress.to_dict()``), like the
Excel workbook, so it needs nothing from the store. Landscape A4 with the
Nghị định 30 header of the Phòng; the signer is the head of the Phòng.
"""
from __future__ import annotations

import os
import re
from datetime import date
from typing import IO, Iterable

from reportlab.lib.units import mm

from kehoach_desktop.domain.values import nfc
from kehoach_desktop.reports import letterhead
from kehoach_desktop.reports.document import LANDSCAPE, PAGES, build
from kehoach_desktop.reports.plan_common import heading, table_heading
from kehoach_desktop.reports.styles import para
from kehoach_desktop.reports.tables import Row, ruled_table

FIXED = (("TT", 10), ("Trường (mã trường)", 72), ("Năm học", 22), ("Số nội dung", 18), ("Hoàn thành", 19),
         ("Trễ hạn", 16), ("Tiến độ chung", 20))
MIN_STANDARD_WIDTH = 12


def place_of(district: str) -> str:
    """"Phòng GD&ĐT Quận 3" → "Quận 3", the place named in the date line."""
    return re.sub(r"^\s*Phòng\s+(GD\s*&\s*ĐT|GDĐT|Giáo dục và Đào tạo)\s*", "", nfc(district), flags=re.I).strip()


def _percent(value, decimals: int = 1) -> str:
    return "" if value is None else f"{value:.{decimals}f}%".replace(".", ",")


def _widths(standards: list[str]) -> list[float]:
    frame = PAGES[LANDSCAPE].frame_width / mm
    fixed = [w for _, w in FIXED]
    if not standards:
        fixed[1] += frame - sum(fixed)
        return [w * mm for w in fixed]
    each = max((frame - sum(fixed)) / len(standards), MIN_STANDARD_WIDTH)
    fixed[1] += frame - sum(fixed) - each * len(standards)   # the school name takes what is left
    return [w * mm for w in fixed + [each] * len(standards)]


def story(district: str, schools: list[dict], today: date) -> list:
    standards = sorted({k for s in schools for k in s.get("standards", {})},
                       key=lambda k: (not k.isdigit(), int(k) if k.isdigit() else 0))
    width = PAGES[LANDSCAPE].frame_width
    flow = [letterhead.header("", district, "\u00a0" * 8 + "/BC", letterhead.date_line(today, place_of(district)),
                              width)]
    flow += letterhead.title_block("Báo cáo", [
        "TỔNG HỢP TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC",
        f"của các trường (tính đến tháng {today.month}/{today.year})"])
    late_schools = sum(1 for s in schools if s["late"])
    mean = sum(s["percent"] for s in schools) / len(schools) if schools else 0
    flow.append(heading("I. TÌNH HÌNH CHUNG"))
    flow.append(para(f"{district} đã nhận tệp kế hoạch của {len(schools)} trường. Tiến độ chung bình quân "
                     f"{_percent(mean)}; {late_schools} trường có nội dung chậm tiến độ.", "body"))
    flow += table_heading("II. TIẾN ĐỘ TỪNG TRƯỜNG")
    header = [[para(t, "cell_head") for t, _ in FIXED] + [para(f"TC {k}" if k != "-" else "Không gắn TC", "cell_head")
                                                           for k in standards]]
    rows = []
    for number, s in enumerate(schools, 1):
        cells = [para(str(number), "cell_centre"), para(f"{s['name']} ({s['code']})", "cell"),
                 para(s["school_year"] or "—", "cell_centre"), para(str(s["rows"]), "cell_centre"),
                 para(str(s["done"]), "cell_centre"), para(str(s["late"] or ""), "cell_centre"),
                 para(_percent(s["percent"]), "cell_centre")]
        cells += [para(_percent(s["standards"].get(k), 0), "cell_centre") for k in standards]
        rows.append(Row(cells))
    if not rows:
        rows.append(Row([para("Chưa nhận tệp của trường nào.", "cell")], span_from=0))
    flow.append(ruled_table(header, rows, _widths(standards), PAGES[LANDSCAPE].frame_height))
    flow.append(letterhead.closing(["- Như trên;", "- Lưu: VT."], "TRƯỞNG PHÒNG", "", width))
    return flow


def print_district_summary(district: str, schools: Iterable[dict], out: str | os.PathLike | IO[bytes],
                           today: date | None = None) -> None:
    schools = list(schools)
    build(story(nfc(district), schools, today or date.today()), out,
          title=nfc(f"Báo cáo tổng hợp tiến độ các trường - {district}"), author=nfc(district), first=LANDSCAPE)
