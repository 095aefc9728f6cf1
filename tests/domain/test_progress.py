"""Where a plan stands: late and due-soon rows, percent rules, minh chứng codes, chỉ tiêu met."""
from __future__ import annotations

from datetime import date

import pytest

from kehoach_desktop.catalogs import framework
from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.parse import parse_timeframe
from kehoach_desktop.domain.plan import PlanRow, ProgressUpdate, Target
from kehoach_desktop.domain.progress import (
    as_month, build_report, check_evidence_codes, check_update, follow_updates, implementation_level,
    is_due_soon, is_late, manual_state, split_evidence_codes, target_results,
)
from kehoach_desktop.domain.values import Budget, Month


def row(timeframe: str, status: str = "in_progress", percent: int = 50, **kw) -> PlanRow:
    return PlanRow(timeframe=parse_timeframe(timeframe, school_year="2024-2025"), status=status,
                   percent=percent, **kw)


# -- late and due soon ---------------------------------------------------------------------------

def test_a_row_running_september_to_may_is_late_in_june_unless_complete():
    school_year_row = row("Tháng 9/2024 đến tháng 5/2025")
    assert is_late(school_year_row, "2025-06")
    assert is_late(school_year_row, date(2025, 6, 1))
    school_year_row.status, school_year_row.percent = "done", 100
    assert not is_late(school_year_row, "2025-06")


def test_a_row_is_not_late_during_its_end_month_but_due_soon():
    may_row = row("Tháng 9/2024 đến tháng 5/2025")
    assert not is_late(may_row, "2025-05")
    assert is_due_soon(may_row, "2025-05")
    assert is_due_soon(may_row, "2025-04")          # ends within a month
    assert not is_due_soon(may_row, "2025-03")
    assert not is_due_soon(may_row, "2025-06")      # late, not "due soon"


def test_deadlines_cross_the_new_year():
    december_row = row("Tháng 9/2024 - tháng 12/2024")
    assert is_due_soon(december_row, "2024-11")
    assert is_late(december_row, "2025-01")
    assert not is_late(december_row, "2024-12")
    january_row = row("Tháng 10/2024 - tháng 01/2025")
    assert is_due_soon(january_row, "2024-12")      # December → January of the next calendar year
    assert not is_late(january_row, "2024-12")
    assert is_late(january_row, Month(2025, 2))


def test_a_paused_row_past_its_end_is_late_and_a_row_without_an_end_never_is():
    assert is_late(row("Tháng 11/2024 - tháng 3/2025", status="paused", percent=30), "2025-06")
    open_ended = PlanRow(status="in_progress")
    assert not is_late(open_ended, "2030-01") and not is_due_soon(open_ended, "2030-01")


def test_as_of_reads_the_ways_a_month_is_written():
    assert as_month("2025-06") == as_month("6/2025") == as_month(date(2025, 6, 30)) == Month(2025, 6)
    with pytest.raises(InputError, match="Không đọc được tháng"):
        as_month("tháng sáu")


# -- percent rules -------------------------------------------------------------------------------

def test_a_report_of_100_percent_completes_the_row_and_done_means_100():
    assert check_update(ProgressUpdate(date(2025, 1, 15), 100)).status == "done"
    assert check_update(ProgressUpdate(date(2025, 1, 15), 60)).status == "in_progress"
    assert check_update(ProgressUpdate(date(2025, 1, 15), 0)).status == "not_started"
    with pytest.raises(InputError, match="100%"):
        check_update(ProgressUpdate(date(2025, 1, 15), 80, status="done"))
    with pytest.raises(InputError, match="đã hoàn thành"):
        check_update(ProgressUpdate(date(2025, 1, 15), 100, status="paused"))
    with pytest.raises(InputError, match="từ 0 đến 100"):
        check_update(ProgressUpdate(date(2025, 1, 15), 120))


def test_the_row_follows_its_latest_update_by_date_not_by_entry():
    updates = [ProgressUpdate(date(2025, 3, 1), 80, status="in_progress", spent=4_000_000, id=2),
               ProgressUpdate(date(2024, 12, 1), 40, status="in_progress", spent=1_000_000, id=3)]
    followed = follow_updates(row("Tháng 9/2024 - tháng 5/2025"), updates)
    assert (followed.status, followed.percent, followed.spent) == ("in_progress", 80, 4_000_000)
    # as it stood at the end of term I
    back = follow_updates(row("Tháng 9/2024 - tháng 5/2025"), updates, until=date(2025, 1, 31))
    assert (back.percent, back.spent) == (40, 1_000_000)


def test_a_status_set_by_hand_stays_whatever_the_updates_say_but_spending_follows():
    paused = row("Tháng 11/2024 - tháng 8/2025", status="paused", percent=30, status_manual=True)
    followed = follow_updates(paused, [ProgressUpdate(date(2025, 4, 1), 70, status="in_progress", spent=9)])
    assert (followed.status, followed.percent, followed.spent) == ("paused", 30, 9)


def test_a_status_set_by_hand_keeps_done_and_100_together():
    assert manual_state("done", None) == ("done", 100)
    assert manual_state("not_started", None, current_percent=40) == ("not_started", 0)
    assert manual_state("paused", None, current_percent=40) == ("paused", 40)
    with pytest.raises(InputError):
        manual_state("done", 80)
    with pytest.raises(InputError):
        manual_state("in_progress", 100)


def test_the_2026_form_prints_the_status_as_muc_do_thuc_hien():
    assert implementation_level("done") == "Hoàn thành"
    assert implementation_level("in_progress") == "Đang thực hiện"
    assert implementation_level("not_started") == "Chưa hoàn thành"
    assert implementation_level("paused") == "Chưa hoàn thành"


# -- minh chứng codes ----------------------------------------------------------------------------

def test_evidence_codes_follow_the_plan_framework():
    tt18, tt57 = framework("tt18"), framework("tt57-pt")
    assert check_evidence_codes(["[H3-3.4-02]", " [H1-1.9-01] "], tt18) == ["[H3-3.4-02]", "[H1-1.9-01]"]
    assert check_evidence_codes(["MC.1.1.01"], tt57) == ["MC.1.1.01"]
    with pytest.raises(InputError, match="không đúng mẫu"):
        check_evidence_codes(["MC.1.1.01"], tt18)
    with pytest.raises(InputError, match="không đúng mẫu"):
        check_evidence_codes(["[H3-3.4-02]"], tt57)


def test_an_evidence_code_is_used_once_in_a_plan():
    tt18 = framework("tt18")
    with pytest.raises(InputError, match=r"\[H3-3.4-02\] đã được dùng trong kế hoạch này \(dòng 4\)"):
        check_evidence_codes(["[H3-3.4-02]"], tt18, {"[H3-3.4-02]": "dòng 4"})
    with pytest.raises(InputError, match="hai lần"):
        check_evidence_codes(["[H3-3.4-02]", "[H3-3.4-02]"], tt18)


def test_codes_typed_in_one_box_are_split_as_principals_write_them():
    assert split_evidence_codes("[H3-3.4-02], [H3-3.4-03]") == ["[H3-3.4-02]", "[H3-3.4-03]"]
    assert split_evidence_codes("(MC.1.1.01; MC.1.1.02)") == ["MC.1.1.01", "MC.1.1.02"]
    assert split_evidence_codes(["MC.1.1.01", "MC.1.1.02 MC.1.1.03"]) == ["MC.1.1.01", "MC.1.1.02", "MC.1.1.03"]


# -- chỉ tiêu ------------------------------------------------------------------------------------

@pytest.mark.parametrize("comparison, value, actual, met", [
    (">=", 95, 96.2, True), (">=", 95, 95, True), (">=", 95, 94.9, False),
    ("<=", 5, 4.1, True), ("<=", 5, 5, True), ("<=", 2, 2.6, False),
    ("=", 100, 100, True), ("=", 100, 97.1, False), ("=", 99.96, 99.96, True),
])
def test_a_target_is_met_or_not_for_each_comparison(comparison, value, actual, met):
    target = Target("Tỉ lệ học sinh", value, "%", comparison, actuals={"Cả năm": actual})
    result = {r.period: r for r in target_results(target)}
    assert result["Cả năm"].met is met
    assert result["Học kỳ I"].met is None and result["Học kỳ I"].actual is None


def test_targets_are_judged_per_period():
    # "Chưa đạt (Yếu, kém) <5%" from the Thạnh Trị plan, reported at term I and at year end
    weak = Target("Tỉ lệ học sinh chưa đạt", 5, "%", "<=", actuals={"Học kỳ I": 5.8, "Cả năm": 4.2})
    assert [(r.period, r.met) for r in target_results(weak)] == [("Học kỳ I", False), ("Cả năm", True)]


# -- roll-ups ------------------------------------------------------------------------------------

def test_the_plan_rolls_up_per_standard_and_overall():
    rows = [
        row("Tháng 9/2024 - tháng 12/2024", "done", 100, criterion_code="1.1", budget=Budget(2_000_000),
            spent=1_500_000, id=1),
        row("Tháng 9/2024 - tháng 5/2025", "in_progress", 60, criterion_code="1.4", budget=Budget(3_000_000),
            id=2),
        row("Tháng 10/2024 - tháng 01/2025", "in_progress", 40, criterion_code="3.4", id=3),
        row("Tháng 11/2024 - tháng 8/2025", "paused", 30, criterion_code="3.2", spent=700_000, id=4),
    ]
    report = build_report(rows, framework("tt18"), "2025-02")
    assert report.overall.rows == 4 and report.overall.percent == 57.5
    assert report.overall.by_status == {"not_started": 0, "in_progress": 2, "done": 1, "paused": 1}
    assert (report.overall.budget_planned, report.overall.budget_spent) == (5_000_000, 2_200_000)
    one, three = report.standards
    assert (one.no, one.summary.rows, one.summary.percent, one.summary.budget_planned) == (1, 2, 80.0, 5_000_000)
    assert (three.no, three.summary.percent, three.summary.late) == (3, 35.0, 1)
    assert [d.row_id for d in report.late] == [3]
    assert report.due_soon == []
    assert [d.row_id for d in build_report(rows, framework("tt18"), "2025-04").due_soon] == [2]


def test_the_dashboard_opens_on_this_month_kept_inside_the_plan_school_year():
    from kehoach_desktop.domain.progress import default_as_of
    assert default_as_of("2026-2027", date(2026, 11, 25)) == Month(2026, 11)
    assert default_as_of("2024-2025", date(2026, 11, 25)) == Month(2025, 8)    # an old plan shows its end
    assert default_as_of("2027-2028", date(2026, 11, 25)) == Month(2027, 9)    # a plan made ahead, its start
