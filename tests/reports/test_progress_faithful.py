"""The progress report a principal signs says what it should: the chỉ tiêu judged on the period its
month has reached, every word of every cell, the date of its own month, numbers written one way."""
from __future__ import annotations

import copy
import re
from datetime import date

import pytest

from kehoach_desktop.catalogs import framework
from kehoach_desktop.domain import progress as rules
from kehoach_desktop.domain.plan import ProgressUpdate
from kehoach_desktop.domain.replay import rows_as_of
from kehoach_desktop.domain.targets import judge
from kehoach_desktop.domain.values import Month
from kehoach_desktop.reports.progress import print_progress, report_date
from kehoach_desktop.store.progress import list_targets, plan_updates
from tests.reports.conftest import demo_plan
from tests.reports.pdftext import missing_words, pages_text, text

APRIL = Month(2025, 4)
LONG_NOTE = ("Tổ chuyên môn Toán - Tin đã tổ chức ba chuyên đề nghiên cứu bài học về dạy học phân hóa, "
             "mời cán bộ Phòng Giáo dục dự giờ góp ý; tổ Ngữ văn hoàn thành hai chuyên đề, chuyên đề thứ ba "
             "dời sang tháng năm vì trùng lịch kiểm tra giữa kỳ; biên bản sinh hoạt chuyên môn lưu tại "
             "văn phòng, hồ sơ minh chứng đã cập nhật đầy đủ lên hệ thống quản lý của nhà trường.")


def _plan(db, year: str):
    plan = demo_plan(db, year)
    plan.targets = list_targets(db, plan.id)
    return plan, plan_updates(db, plan.id)


@pytest.fixture(scope="module")
def april(demo_db, demo_school, tmp_path_factory):
    """The 2024-2025 report as of April, one row given a long note and a long task text."""
    plan, updates = _plan(demo_db, "2024-2025")
    plan = copy.deepcopy(plan)
    fw = framework(plan.framework_id)
    rows = rows_as_of(plan.rows, updates, rules.month_end(APRIL))
    long_row = next(r for r in rows if r.status != "done" and r.end == Month(2025, 5))
    original = next(r for r in plan.rows if r.id == long_row.id)
    original.tasks = original.tasks.split("\n")[0] + " " + LONG_NOTE.replace(";", ",")
    updates = {k: list(v) for k, v in updates.items()}
    updates.setdefault(long_row.id, []).append(
        ProgressUpdate(date(2025, 4, 18), long_row.percent, LONG_NOTE, row_id=long_row.id, id=10_000))
    out = tmp_path_factory.mktemp("pdf") / "bao-cao-thang-4.pdf"
    print_progress(plan, demo_school, fw, updates, APRIL, out, today=date(2025, 4, 25))
    return plan, original, out


def _section(flat: str, start: str, end: str) -> str:
    return flat.split(start, 1)[1].split(end, 1)[0]


def test_an_april_report_judges_the_chi_tieu_on_hoc_ky_i(april):
    plan, _, out = april
    flat = " ".join(text(out).split())
    judged = _section(flat, "IV. KẾT QUẢ THỰC HIỆN CHỈ TIÊU", "V. ĐỀ XUẤT")
    assert "đánh giá theo kết quả học kỳ I (tính đến tháng 4/2025)" in judged
    rest = judged
    for number, target in enumerate(plan.targets):          # the table's rows, in the plan's order
        rest = rest.split(target.name, 1)[1]
        cells = rest.split(plan.targets[number + 1].name, 1)[0] if number + 1 < len(plan.targets) else rest
        result = judge(target, plan.school_year, APRIL)
        assert result.period == "Học kỳ I"
        verdict = "Chưa có số liệu" if result.met is None else "Đạt" if result.met else "Chưa đạt"
        assert cells.strip().endswith(verdict), (target.name, cells)
    good = next(t for t in plan.targets if t.name.endswith("mức Tốt, Khá") and "học tập" in t.name)
    assert good.actuals["Cả năm"] > good.value > good.actuals["Học kỳ I"]     # met for the year, not in term I
    assert judged.split(good.name, 1)[1].split("%")[2].strip().startswith("Chưa đạt")   # ≥ 65% 63,5% Chưa đạt
    year_figures = [f"{rules.format_number(t.actuals['Cả năm'])}" for t in plan.targets if "Cả năm" in t.actuals]
    assert year_figures and not any(f + "%" in judged or f + " học sinh" in judged for f in year_figures), \
        "the year's figures are not known in April"


def test_no_cell_of_the_report_ends_with_an_ellipsis_and_every_word_of_a_long_note_is_printed(april):
    _, row, out = april
    printed = text(out)
    assert "…" not in printed
    assert missing_words(LONG_NOTE, printed) == []
    # The row is due in May and not done: its whole task text is in the table, in III and in V.
    assert missing_words(" ".join([row.tasks] * 3), printed) == []


def test_numbers_are_written_one_way_throughout(april):
    _, _, out = april
    flat = " ".join(text(out).split())
    assert not re.search(r"\d %", flat), re.findall(r".{20}\d %", flat)
    assert "≥ 65%" in flat and "≤ 3%" in flat and "63,5%" in flat and "≥ 20 học sinh" in flat
    assert re.search(r"tỉ lệ hoàn thành bình quân \d+(,\d)?%", flat)


def test_the_report_as_of_01_2027_is_dated_in_january_2027(demo_db, demo_school, tmp_path):
    plan, updates = _plan(demo_db, "2026-2027")
    out = tmp_path / "bao-cao-thang-1.pdf"
    print_progress(plan, demo_school, framework(plan.framework_id), updates, Month(2027, 1), out,
                   today=date(2026, 12, 1))
    first = " ".join(pages_text(out)[0].split())
    assert "ngày 31 tháng 01 năm 2027" in first and "(tính đến tháng 1/2027)" in first
    assert "tháng 12 năm 2026" not in first


@pytest.mark.parametrize("today, dated", [
    (date(2025, 4, 25), date(2025, 4, 25)),      # printed in its month: the day it is signed
    (date(2025, 6, 3), date(2025, 4, 30)),       # reprinted later: the end of the month it reports on
    (date(2024, 12, 1), date(2025, 4, 30)),      # prepared early: the end of its month, not today
])
def test_the_report_is_dated_within_its_as_of_month(today, dated):
    assert report_date(APRIL, today) == dated
