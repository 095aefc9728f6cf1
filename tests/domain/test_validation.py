"""A row is checked against its plan's framework before it is saved."""
from __future__ import annotations

from kehoach_desktop.domain.catalog import load_catalogs
from kehoach_desktop.domain.plan import PlanRow
from kehoach_desktop.domain.validation import row_problems
from kehoach_desktop.domain.values import Month, Timeframe

CATALOGS = load_catalogs()
TT18, TT57 = CATALOGS["tt18"], CATALOGS["tt57-pt"]


def fields_of(problems) -> list[str]:
    return [p.field for p in problems]


def test_a_complete_tt18_row_for_criterion_3_4_is_valid():
    row = PlanRow(criterion_code="3.4", current_level=2, target_level=3, tasks="Cải tạo nhà vệ sinh",
                  timeframe=Timeframe(Month(2024, 9), Month(2025, 5)))
    assert row_problems(row, TT18) == []


def test_a_tt18_row_needs_a_criterion_a_target_level_and_tasks():
    problems = row_problems(PlanRow(), TT18)
    assert fields_of(problems) == ["criterion_code", "target_level", "tasks"]
    assert problems[0].message == "Chưa nhập «Tiêu chí»."


def test_an_unknown_criterion_is_named():
    problems = row_problems(PlanRow(criterion_code="9.9", target_level=3, tasks="x"), TT18)
    assert fields_of(problems) == ["criterion_code"]
    assert "9.9" in problems[0].message


def test_levels_follow_the_framework_mức_4_in_tt18_but_not_in_tt57():
    assert row_problems(PlanRow(criterion_code="1.1", target_level=4, tasks="x"), TT18) == []
    problems = row_problems(PlanRow(content="Phòng bộ môn", target_level=3, tasks="x"), TT57)
    assert fields_of(problems) == ["target_level"]
    assert "Mức 1–2" in problems[0].message


def test_a_target_below_the_current_level_is_refused():
    problems = row_problems(PlanRow(criterion_code="1.1", current_level=3, target_level=2, tasks="x"), TT18)
    assert fields_of(problems) == ["target_level"]


def test_a_tt57_row_needs_its_own_title_but_not_a_criterion():
    assert fields_of(row_problems(PlanRow(tasks="x"), TT57)) == ["content"]
    assert row_problems(PlanRow(content="Kỹ năng số cho học sinh", tasks="x"), TT57) == []


def test_an_end_month_before_the_start_and_a_percent_above_100_are_refused():
    row = PlanRow(criterion_code="1.1", target_level=3, tasks="x", percent=120,
                  timeframe=Timeframe(Month(2025, 5), Month(2024, 9)))
    assert fields_of(row_problems(row, TT18)) == ["timeframe", "percent"]
