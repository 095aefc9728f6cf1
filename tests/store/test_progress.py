"""Recording progress in the school file: updates move the row, codes stay unique, chỉ tiêu are kept."""
from __future__ import annotations

from datetime import date

import pytest

from kehoach_desktop.catalogs import framework
from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.plan import ProgressUpdate, Target
from kehoach_desktop.store import plans, progress
from kehoach_desktop.store.dashboard import load_report
from kehoach_desktop.store.database import open_school_file
from kehoach_desktop.store.monitoring import fill_monitoring


@pytest.fixture
def db(demo_file):
    database = open_school_file(demo_file)
    yield database
    database.close()


def plan_of(db, year):
    return plans.find_plan(db, year)


def row_with(db, year, code):
    return next(r for r in plan_of(db, year).rows if r.criterion_code == code)


def test_a_principal_reports_60_percent_on_criterion_3_4_and_the_row_follows(db):
    plan = plan_of(db, "2026-2027")
    target = row_with(db, "2026-2027", "3.4")
    assert target.status == "not_started"
    progress.add_update(db, target.id, ProgressUpdate(date(2027, 1, 15), 60, note="Đã mua 40 bộ thiết bị",
                                                      reporter="Lê Quang Vinh", evidence=["MC.3.4.01"],
                                                      spent=6_000_000))
    after = plans.get_row(db, target.id)
    assert (after.status, after.percent, after.spent) == ("in_progress", 60, 6_000_000)
    assert "MC.3.4.01" in progress.evidence_codes(db, plan.id)
    [update] = progress.list_updates(db, target.id)
    assert (update.note, update.reporter, update.evidence) == ("Đã mua 40 bộ thiết bị", "Lê Quang Vinh",
                                                               ["MC.3.4.01"])


def test_a_backdated_update_does_not_override_the_latest_one(db):
    target = row_with(db, "2026-2027", "3.4")
    progress.add_update(db, target.id, ProgressUpdate(date(2027, 3, 1), 70))
    progress.add_update(db, target.id, ProgressUpdate(date(2027, 1, 10), 20))
    assert plans.get_row(db, target.id).percent == 70


def test_a_code_of_the_wrong_framework_or_already_used_is_refused_and_nothing_is_written(db):
    target = row_with(db, "2026-2027", "3.4")
    with pytest.raises(InputError, match="không đúng mẫu"):
        progress.add_update(db, target.id, ProgressUpdate(date(2027, 1, 15), 60, evidence=["[H3-3.4-01]"]))
    with pytest.raises(InputError, match=r"MC.1.3.01 đã được dùng trong kế hoạch này \(dòng \d+\)"):
        progress.add_update(db, target.id, ProgressUpdate(date(2027, 1, 15), 60, evidence=["MC.1.3.01"]))
    assert progress.list_updates(db, target.id) == []
    assert plans.get_row(db, target.id).status == "not_started"


def test_the_same_code_may_serve_in_another_plan(db):
    # "[H3-3.4-02]" belongs to the 2024-2025 plan; a new TT18 plan may use it again
    from kehoach_desktop.domain.plan import Plan, PlanRow
    new = Plan(school_year="2025-2026", framework_id="tt18", rows=[PlanRow(criterion_code="3.4", target_level=3,
                                                                            tasks="Duy trì")])
    plans.save_plan(db, new)
    progress.add_update(db, new.rows[0].id, ProgressUpdate(date(2025, 10, 1), 10, evidence=["[H3-3.4-02]"]))


def test_a_status_set_by_hand_holds_until_handed_back(db):
    target = row_with(db, "2026-2027", "1.3")
    progress.set_status(db, target.id, "paused")
    progress.add_update(db, target.id, ProgressUpdate(date(2026, 12, 18), 55))
    assert (plans.get_row(db, target.id).status, plans.get_row(db, target.id).percent) == ("paused", 40)
    progress.follow_updates_again(db, target.id)
    assert (plans.get_row(db, target.id).status, plans.get_row(db, target.id).percent) == ("in_progress", 55)


def test_deleting_the_latest_update_puts_the_row_back(db):
    target = row_with(db, "2026-2027", "1.3")
    update_id = progress.add_update(db, target.id, ProgressUpdate(date(2026, 12, 18), 100, evidence=["MC.1.3.05"]))
    assert plans.get_row(db, target.id).status == "done"
    progress.delete_update(db, update_id)
    assert (plans.get_row(db, target.id).status, plans.get_row(db, target.id).percent) == ("in_progress", 40)
    assert "MC.1.3.05" not in progress.evidence_codes(db, plan_of(db, "2026-2027").id)


def test_chi_tieu_are_set_by_name_and_keep_figures_not_given(db):
    plan = plan_of(db, "2026-2027")
    progress.set_target(db, plan.id, Target("Tỉ lệ học sinh bỏ học", 0.5, "%", "≤", actuals={"Học kỳ I": 0.3}))
    progress.set_target(db, plan.id, Target("Tỉ lệ học sinh bỏ học", 0.5, "%", "<=", actuals={"Cả năm": 0.6}))
    dropout = next(t for t in progress.list_targets(db, plan.id) if t.name == "Tỉ lệ học sinh bỏ học")
    assert dropout.actuals == {"Học kỳ I": 0.3, "Cả năm": 0.6}
    with pytest.raises(InputError, match="So sánh"):
        progress.set_target(db, plan.id, Target("X", 1, "%", ">>"))
    with pytest.raises(InputError, match="Kỳ «Tháng 3» không hợp lệ"):
        progress.set_target(db, plan.id, Target("X", 1, "%", ">=", actuals={"Tháng 3": 1}))


def test_looking_back_shows_the_rows_as_they_stood(db):
    plan = plan_of(db, "2024-2025")
    fw = framework("tt18")
    december = load_report(db, plan.id, fw, "2024-12")
    june = load_report(db, plan.id, fw, "2025-06")
    assert december.overall.percent < june.overall.percent
    assert june.overall.by_status["done"] == 14
    assert december.overall.by_status["done"] == 2     # 1.1 and 3.4 were completed on 20/12/2024


def test_the_2026_monitoring_table_is_written_from_the_reviews_and_keeps_what_was_typed(db):
    plan = plan_of(db, "2026-2027")
    fw = framework("tt57-pt")
    assert fill_monitoring(db, plan.id, fw, "2026-12") == plans.get_plan(db, plan.id).monitoring
    term_one = [m for m in fill_monitoring(db, plan.id, fw, "2027-01") if m.when == "Cuối học kỳ I"]
    assert len(term_one) == 1
    assert term_one[0].result.startswith("Hoàn thành 0/9 nội dung; đang thực hiện 4")
    assert "Bảo đảm đủ giáo viên theo môn học (hạn tháng 1/2027)" in term_one[0].adjustment
    stored = plans.get_plan(db, plan.id)
    stored.monitoring[0].adjustment = "Bổ sung giáo viên Tin học hợp đồng"
    plans.save_plan_header(db, stored)
    again = fill_monitoring(db, plan.id, fw, "2027-05")
    assert [m.when for m in again] == ["Cuối học kỳ I", "Cuối năm học"]
    assert again[0].adjustment == "Bổ sung giáo viên Tin học hợp đồng"
