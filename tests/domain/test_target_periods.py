"""Which figures judge a chỉ tiêu as of a month, and how every number is written: one rule each,
shared by the progress report, the window and the command line."""
from __future__ import annotations

from datetime import date

import pytest

from kehoach_desktop.domain.number_text import format_number, format_percent, format_quantity
from kehoach_desktop.domain.plan import PlanRow, Target
from kehoach_desktop.domain.progress import row_label, target_text
from kehoach_desktop.domain.targets import judge, judged_period, periods_reached
from kehoach_desktop.domain.values import Month

GOOD_GRADES = Target("Tỉ lệ học sinh có kết quả học tập mức Tốt, Khá", 65.0, "%", ">=",
                     actuals={"Học kỳ I": 63.5, "Cả năm": 67.2})


def test_an_april_report_judges_the_chi_tieu_on_hoc_ky_i_not_on_the_year():
    april = judge(GOOD_GRADES, "2024-2025", Month(2025, 4))
    assert (april.period, april.actual, april.met) == ("Học kỳ I", 63.5, False)
    assert periods_reached("2024-2025", Month(2025, 4)) == ("Học kỳ I",)


@pytest.mark.parametrize("as_of, period", [
    (Month(2024, 10), "Học kỳ I"), (Month(2025, 1), "Học kỳ I"), (Month(2025, 4), "Học kỳ I"),
    (Month(2025, 5), "Cả năm"), (date(2025, 5, 2), "Cả năm"), ("2025-08", "Cả năm"), (Month(2026, 1), "Cả năm"),
])
def test_the_year_is_judged_from_its_end_of_year_review_in_may(as_of, period):
    assert judged_period("2024-2025", as_of) == period


def test_at_the_years_end_the_years_figure_judges_and_a_missing_one_is_no_verdict():
    june = judge(GOOD_GRADES, "2024-2025", Month(2025, 6))
    assert (june.period, june.met) == ("Cả năm", True)
    assert periods_reached("2024-2025", Month(2025, 6)) == ("Học kỳ I", "Cả năm")
    only_term = Target("Tỉ lệ học sinh bỏ học", 1.0, "%", "<=", actuals={"Học kỳ I": 0.5})
    assert judge(only_term, "2024-2025", Month(2025, 6)).met is None


@pytest.mark.parametrize("value, unit, written", [
    (65.0, "%", "65%"), (63.5, "%", "63,5%"), (0.25, " % ", "0,25%"), (17, "học sinh", "17 học sinh"),
    (3, "", "3"), (None, "%", ""),
])
def test_a_percent_sits_against_its_number_and_other_units_follow_a_space(value, unit, written):
    assert format_quantity(value, unit) == written


def test_a_goal_and_a_figure_are_written_alike():
    assert target_text(Target("Bỏ học", 3.0, "%", "<=")) == "≤ 3%"
    assert target_text(GOOD_GRADES) == "≥ 65%" and format_percent(74.4) == "74,4%"
    assert target_text(Target("Học sinh giỏi", 20, "học sinh", ">=")) == "≥ 20 học sinh"
    assert format_number(99.96) == "99,96"


def test_a_row_label_is_cut_only_where_a_screen_asks():
    row = PlanRow(criterion_code="1.4", tasks="Đổi mới sinh hoạt tổ chuyên môn " * 10)
    assert row_label(row).endswith("…") and len(row_label(row)) < 110
    whole = row_label(row, limit=None)
    assert "…" not in whole and whole == "Tiêu chí 1.4: " + row.tasks.strip()

