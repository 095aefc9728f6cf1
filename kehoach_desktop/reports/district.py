"""The office's summary report: one row per school, its progress overall and per standard.

Takes the overview as plain dicts (``SchoolProgress.to_dict()``), like the Excel workbook, and
the office's identity of the report's date (``domain.office``), so it needs nothing from the
store. Landscape A4 with the Nghị định 30 header of the office (its governing body above it),
"Số: …/BC-…", the signer's title and name, and the office's Nơi nhận.

A Sở's schools are grouped by commune (``commune`` of each school: the commune its file came
through, else its own; in the order given, which the overview sorts by commune): a heading row
per commune, «Trường nhập trực tiếp» for schools with none. An office whose schools name no
commune prints no heading rows.
"""
from __future__ import annotations

import os
from datetime import date
from typing import IO, Iterable

from reportlab.lib.units import mm

from kehoach_desktop.domain.office import OfficeIdentity, legacy_identity, report_number
from kehoach_desktop.domain.values import nfc
from kehoach_desktop.reports import letterhead
from kehoach_desktop.reports.document import LANDSCAPE, PAGES, build
from kehoach_desktop.reports.plan_common import heading, table_heading
from kehoach_desktop.reports.styles import para
from kehoach_desktop.reports.tables import Row, ruled_table

FIXED = (("TT", 10), ("Trường (mã trường)", 72), ("Năm học", 22), ("Số nội dung", 18), ("Hoàn thành", 19),
         ("Trễ hạn", 16), ("Tiến độ chung", 20))
MIN_STANDARD_WIDTH = 14      # "Không gắn TC" without breaking a word


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


def story(office: OfficeIdentity, schools: list[dict], today: date, school_year: str = "",
          number: str = "", recipients: list[str] | None = None) -> list:
    standards = sorted({k for s in schools for k in s.get("standards", {})},
                       key=lambda k: (not k.isdigit(), int(k) if k.isdigit() else 0))
    width = PAGES[LANDSCAPE].frame_width
    flow = [letterhead.header(office.governing_body, office.office_line, report_number(number, office.symbol),
                              letterhead.date_line(today, office.place), width)]
    year = f" năm học {school_year}" if school_year else ""
    flow += letterhead.title_block("Báo cáo", [
        "TỔNG HỢP TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC",
        f"của các trường{year} (tính đến tháng {today.month}/{today.year})"])
    with_plan = [s for s in schools if s["school_year"]]
    late_schools = sum(1 for s in with_plan if s["late"])
    mean = sum(s["percent"] for s in with_plan) / len(with_plan) if with_plan else 0
    flow.append(heading("I. TÌNH HÌNH CHUNG"))
    without = len(schools) - len(with_plan)
    missing = f" {without} trường chưa gửi kế hoạch{year}." if without and school_year else ""
    flow.append(para(f"{office.name} đã nhận tệp kế hoạch{year} của {len(with_plan)} trường. Tiến độ chung "
                     f"bình quân {_percent(mean)}; {late_schools} trường có nội dung chậm tiến độ.{missing}", "body"))
    flow += table_heading("II. TIẾN ĐỘ TỪNG TRƯỜNG")
    header = [[para(t, "cell_head") for t, _ in FIXED] + [para(f"TC {k}" if k != "-" else "Không gắn TC", "cell_head")
                                                           for k in standards]]
    rows = []
    grouped = any(s.get("commune") for s in schools)
    for position, s in enumerate(schools, 1):
        commune = s.get("commune") or ""
        if grouped and (position == 1 or _key(commune) != _key(schools[position - 2].get("commune") or "")):
            count = sum(_key(o.get("commune") or "") == _key(commune) for o in schools)
            rows.append(Row([para(f"{commune or 'Trường nhập trực tiếp'} ({count} trường)", "cell_bold")],
                            span_from=0, keep_with_next=True))
        planned = bool(s["school_year"])
        cells = [para(str(position), "cell_centre"), para(f"{s['name']} ({s['code']})", "cell"),
                 para(s["school_year"] or "—", "cell_centre"), para(str(s["rows"]) if planned else "", "cell_centre"),
                 para(str(s["done"]) if planned else "", "cell_centre"), para(str(s["late"] or ""), "cell_centre"),
                 para(_percent(s["percent"]) if planned else "", "cell_centre")]
        cells += [para(_percent(s["standards"].get(k), 0), "cell_centre") for k in standards]
        rows.append(Row(cells))
    if not rows:
        rows.append(Row([para("Chưa nhận tệp của trường nào.", "cell")], span_from=0))
    flow.append(ruled_table(header, rows, _widths(standards), PAGES[LANDSCAPE].frame_height))
    lines = list(office.recipients) if recipients is None else recipients
    flow.append(letterhead.closing(lines, office.signer_title, office.signer_name, width))
    return flow


def _key(commune: str) -> str:
    return nfc(commune).casefold()


def print_district_summary(office: OfficeIdentity | str, schools: Iterable[dict], out: str | os.PathLike | IO[bytes],
                           today: date | None = None, *, school_year: str = "", number: str = "",
                           recipients: list[str] | None = None) -> None:
    """``office`` is the office's identity on ``today``; a bare name is a Phòng GD&ĐT as files were before
    offices had a kind. ``number`` and ``recipients`` replace the office's own for this report."""
    identity = legacy_identity(office) if isinstance(office, str) else office
    schools = list(schools)
    build(story(identity, schools, today or date.today(), school_year, number, recipients), out,
          title=nfc(f"Báo cáo tổng hợp tiến độ các trường - {identity.name}"), author=nfc(identity.name),
          first=LANDSCAPE)
