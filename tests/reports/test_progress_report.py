"""The principal prints where the plan stands in March: status and percent per row, late rows, chỉ tiêu."""
from __future__ import annotations

from datetime import date

import pytest

from kehoach_desktop.catalogs import framework
from kehoach_desktop.domain import progress as rules
from kehoach_desktop.domain.plan import STATUSES
from kehoach_desktop.domain.targets import judge
from kehoach_desktop.domain.values import Month
from kehoach_desktop.domain.replay import rows_as_of
from kehoach_desktop.reports.progress import print_progress
from kehoach_desktop.store.progress import list_targets, plan_updates
from tests.reports.conftest import demo_plan
from tests.reports.pdftext import all_fonts, embedded_fonts, missing_words, page_sizes, pages_text, text

AS_OF = Month(2025, 3)


@pytest.fixture(scope="module")
def printed(demo_db, demo_school, tmp_path_factory):
    plan = demo_plan(demo_db, "2024-2025")
    plan.targets = list_targets(demo_db, plan.id)
    updates = plan_updates(demo_db, plan.id)
    out = tmp_path_factory.mktemp("pdf") / "bao-cao.pdf"
    fw = framework(plan.framework_id)
    print_progress(plan, demo_school, fw, updates, AS_OF, out, today=date(2025, 3, 28))
    rows = rows_as_of(plan.rows, updates, rules.month_end(AS_OF))
    return plan, rows, updates, rules.build_report(rows, fw, AS_OF, plan.targets), out


def test_every_row_prints_with_its_status_percent_and_evidence_as_of_the_month(printed):
    plan, rows, updates, _, out = printed
    printed_text = text(out)
    statuses = " ".join(STATUSES[r.status] for r in rows)
    codes = " ".join(code for r in rows for u in updates.get(r.id, []) if u.on_date <= date(2025, 3, 31)
                     for code in u.evidence)
    assert codes
    assert missing_words(" ".join(r.tasks for r in rows) + " " + statuses, printed_text) == []
    assert all(code in " ".join(printed_text.split()).replace(" ", "") for code in codes.split())


def test_the_totals_match_the_roll_up_and_the_date_line_is_the_printing_day(printed):
    plan, _, _, report, out = printed
    first = " ".join(pages_text(out)[0].split())
    s = report.overall
    assert f"gồm {s.rows} nội dung" in first and f"{s.by_status['done']} nội dung hoàn thành" in first
    assert "ngày 28 tháng 3 năm 2025" in first and "(tính đến tháng 3/2025)" in first
    assert "BÁO CÁO" in first and "Số:" in first and "/BC-" in first


def test_late_rows_are_named_and_targets_are_judged_met_or_not(printed):
    _, _, _, report, out = printed
    flat = " ".join(text(out).split())
    section = flat.split("1. Chậm tiến độ")[1].split("2. Sắp đến hạn")[0]
    for late in report.late:
        assert f"Nội dung {late.number} " in section
    if not report.late:
        assert "Không có nội dung chậm tiến độ" in section
    judged = flat.split("IV. KẾT QUẢ THỰC HIỆN CHỈ TIÊU")[1].split("V. ĐỀ XUẤT")[0]
    assert report.targets
    position = 0
    for target, _ in report.targets:          # March: judged on Học kỳ I (tests/reports/test_progress_faithful.py)
        met = judge(target, "2024-2025", AS_OF).met
        verdict = "Chưa có số liệu" if met is None else "Đạt" if met else "Chưa đạt"
        position = judged.index(target.name, position)
        assert verdict in judged[position:]


def test_the_report_is_a4_with_a_landscape_row_table_and_embedded_fonts(printed):
    *_, out = printed
    sizes, pages = page_sizes(out), pages_text(out)
    assert sizes[0] == (595, 842)
    assert any(s == (842, 595) and "Ghi chú gần nhất" in " ".join(p.split()) for s, p in zip(sizes, pages))
    assert "Nơi nhận:" in pages[-1] and "HIỆU TRƯỞNG" in pages[-1]
    assert all_fonts(out) == embedded_fonts(out)


def test_rows_as_of_leaves_the_plan_untouched(printed):
    plan, rows, updates, _, _ = printed
    before = [(r.status, r.percent) for r in plan.rows]
    rows_as_of(plan.rows, updates, rules.month_end(Month(2024, 9)))
    assert [(r.status, r.percent) for r in plan.rows] == before
