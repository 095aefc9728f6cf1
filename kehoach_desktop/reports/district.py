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

import math
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

FIXED = (("TT", 10), ("Trường (mã trường)", 70), ("Năm học", 20), ("Mức tự đánh giá", 20), ("Số nội dung", 16),
         ("Hoàn thành", 17), ("Trễ hạn", 14), ("Tiến độ chung", 18))
MIN_STANDARD_WIDTH = 14      # "Không gắn TC" without breaking a word


UNREADABLE = "(không đọc được)"


def _level(school: dict) -> int | None:
    level = school.get("assessment_level")
    return level if isinstance(level, int) and not isinstance(level, bool) and level >= 0 else None


def level_label(school: dict) -> str:
    """A school's self-assessed level as printed: «Mức 2», «Chưa đạt Mức 1»; '' when it sent none that year."""
    if not school.get("assessed"):
        return ""
    level = _level(school)
    if level is None:
        return "Chưa xếp mức"
    label = f"Mức {level}" if level > 0 else "Chưa đạt Mức 1"
    # A report whose council has not judged every criterion is a draft: its level is not the school's yet.
    return label + " (tạm tính)" if school.get("assessment_unjudged") else label


def level_counts(schools: Iterable[dict]) -> dict[str, int]:
    """How many schools at each level, highest first (at least Mức 2 and Mức 1), then «Chưa đạt», «Chưa xếp
    mức» when any, «Chưa gửi»: the keys are the printed words."""
    schools = list(schools)
    sent = [s for s in schools if s.get("assessed")]
    drafts = sum(1 for s in sent if s.get("assessment_unjudged"))
    levels = [_level(s) for s in sent if not s.get("assessment_unjudged")]
    top = max([2, *(v for v in levels if v is not None)])
    counts = {f"Mức {n}": levels.count(n) for n in range(top, 0, -1)}
    counts["Chưa đạt"] = levels.count(0)
    if None in levels:
        counts["Chưa xếp mức"] = levels.count(None)
    if drafts:      # a council still judging: its level is not counted as the school's
        counts["Chưa đánh giá xong"] = drafts
    counts["Chưa gửi"] = len(schools) - len(sent)
    return counts


def level_tally(schools: Iterable[dict]) -> str:
    """«Mức 2: 12 trường, Mức 1: 30, Chưa đạt: 3, Chưa gửi: 5»."""
    parts = [f"{label}: {count}" for label, count in level_counts(schools).items()]
    parts[0] += " trường"
    return ", ".join(parts)


def _percent(value, decimals: int = 1) -> str:
    if not _is_number(value):
        return ""
    return f"{value:.{decimals}f}%".replace(".", ",")


def _is_number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def _standard_key(key: str) -> tuple:
    """Standards in their number's order ("10" after "9"), anything else after them."""
    number = key.isdecimal() and key.isascii() and len(key) < 10
    return (not number, int(key) if number else 0, key)


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
    # A standard is a short number; a longer key (an older file's 5,000-digit "standard") has no column to fill.
    standards = sorted({str(k) for s in schools for k in (s.get("standards") or {}) if len(str(k)) <= 12},
                       key=_standard_key)
    width = PAGES[LANDSCAPE].frame_width
    flow = [letterhead.header(office.governing_body, office.office_line, report_number(number, office.symbol),
                              letterhead.date_line(today, office.place), width)]
    year = f" năm học {school_year}" if school_year else ""
    flow += letterhead.title_block("Báo cáo", [
        "TỔNG HỢP TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC",
        f"của các trường{year} (tính đến tháng {today.month}/{today.year})"])
    with_plan = [s for s in schools if s["school_year"]]
    late_schools = sum(1 for s in with_plan if s["late"])
    figures = [s["percent"] for s in with_plan if _is_number(s["percent"])]
    mean = sum(figures) / len(figures) if figures else 0
    flow.append(heading("I. TÌNH HÌNH CHUNG"))
    without = len(schools) - len(with_plan)
    missing = f" {without} trường chưa gửi kế hoạch{year}." if without and school_year else ""
    flow.append(para(f"{office.name} đã nhận tệp kế hoạch{year} của {len(with_plan)} trường. Tiến độ chung "
                     f"bình quân {_percent(mean)}; {late_schools} trường có nội dung chậm tiến độ.{missing}", "body"))
    flow.append(para(f"Mức tự đánh giá{year} (chương trình tính theo quy định từ kết quả từng tiêu chí trong báo cáo "
                     f"trường gửi): {level_tally(schools)}.", "body"))
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
        try:
            cells = _cells(position, s, standards)
        except Exception:   # noqa: BLE001  this school's row alone, never the report
            cells = [para(str(position), "cell_centre"), para(f"{s.get('code')} {UNREADABLE}", "cell")]
            cells += [para("", "cell")] * (len(FIXED) + len(standards) - 2)
        rows.append(Row(cells))
    if not rows:
        rows.append(Row([para("Chưa nhận tệp của trường nào.", "cell")], span_from=0))
    flow.append(ruled_table(header, rows, _widths(standards), PAGES[LANDSCAPE].frame_height))
    lines = list(office.recipients) if recipients is None else recipients
    flow.append(letterhead.closing(lines, office.signer_title, office.signer_name, width))
    return flow


def _cells(position: int, s: dict, standards: list[str]) -> list:
    planned = bool(s["school_year"])
    found = s.get("standards") or {}
    cells = [para(str(position), "cell_centre"), para(f"{s['name']} ({s['code']})", "cell"),
             para(s["school_year"] or "—", "cell_centre"), para(level_label(s), "cell_centre"),
             para(str(s["rows"]) if planned else "", "cell_centre"),
             para(str(s["done"]) if planned else "", "cell_centre"), para(str(s["late"] or ""), "cell_centre"),
             para(_percent(s["percent"]) if planned else "", "cell_centre")]
    return cells + [para(_percent(found.get(k), 0), "cell_centre") for k in standards]


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
