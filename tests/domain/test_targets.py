"""One cell of the chỉ tiêu table typed by a principal: what is read, what is refused and why."""
from __future__ import annotations

import math

import pytest

from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.plan import Target
from kehoach_desktop.domain.targets import (
    GOAL, NAME, check_target, edit_target, find_target, new_target_name, parse_number,
)

DROPOUT = Target("Tỉ lệ học sinh bỏ học", 0.5, "%", "<=", actuals={"Học kỳ I": 0.3}, id=1)
GOOD = Target("Số học sinh giỏi cấp huyện", 20, "học sinh", ">=", id=2)


@pytest.mark.parametrize("text, value", [("95", 95.0), ("0,5", 0.5), ("0.5", 0.5), (" 64 % ", 64.0), ("-1", -1.0)])
def test_numbers_are_read_with_a_comma_or_a_point(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["abc", "", "1.000.000", "nan", "inf", "9 5"])
def test_what_is_no_number_is_refused_in_vietnamese(text):
    with pytest.raises(InputError, match="Không đọc được số"):
        parse_number(text)


@pytest.mark.parametrize("text, goal", [("≥ 95 %", (">=", 95.0, "%")), ("<=0,5", ("<=", 0.5, "%")),
                                        ("1", ("<=", 1.0, "%")), ("= 100 học sinh", ("=", 100.0, "học sinh"))])
def test_a_goal_is_typed_whole_or_only_its_number(text, goal):
    new = edit_target(DROPOUT, GOAL, text, [DROPOUT, GOOD])
    assert (new.comparison, new.value, new.unit) == goal
    assert DROPOUT.value == 0.5, "the target passed in is left as it was"


def test_a_goal_that_is_no_number_is_refused():
    with pytest.raises(InputError, match="Không đọc được mục tiêu «abc»"):
        edit_target(DROPOUT, GOAL, "abc", [DROPOUT])
    with pytest.raises(InputError, match="Ví dụ: ≥ 95 %"):
        edit_target(DROPOUT, GOAL, "≥", [DROPOUT])


def test_a_period_figure_is_set_or_cleared():
    assert edit_target(DROPOUT, "Cả năm", "0,6", [DROPOUT]).actuals == {"Học kỳ I": 0.3, "Cả năm": 0.6}
    assert edit_target(DROPOUT, "Học kỳ I", " ", [DROPOUT]).actuals == {}
    with pytest.raises(InputError, match="Không đọc được số «abc»") as refused:
        edit_target(DROPOUT, "Học kỳ I", "abc", [DROPOUT])
    assert refused.value.field == "period"


def test_names_are_needed_and_never_shared():
    assert edit_target(DROPOUT, NAME, "  Tỉ lệ bỏ học  ", [DROPOUT, GOOD]).name == "Tỉ lệ bỏ học"
    with pytest.raises(InputError, match="Chưa nhập tên chỉ tiêu"):
        edit_target(DROPOUT, NAME, " ", [DROPOUT])
    with pytest.raises(InputError, match="Kế hoạch đã có chỉ tiêu «Số học sinh giỏi cấp huyện»"):
        edit_target(DROPOUT, NAME, "số học sinh giỏi cấp huyện", [DROPOUT, GOOD])
    assert edit_target(DROPOUT, NAME, "TỈ LỆ HỌC SINH BỎ HỌC", [DROPOUT, GOOD]).name == "TỈ LỆ HỌC SINH BỎ HỌC"


def test_a_new_name_is_one_the_plan_has_not_used():
    assert new_target_name([DROPOUT]) == "Chỉ tiêu mới"
    taken = [Target("Chỉ tiêu mới", 1), Target("chỉ tiêu mới 2", 1)]
    assert new_target_name(taken) == "Chỉ tiêu mới 3"
    assert find_target(taken, " CHỈ TIÊU MỚI ") is taken[0]


def test_check_target_refuses_figures_that_are_no_numbers():
    for bad in (Target("X", math.nan), Target("X", 1, actuals={"Cả năm": math.inf}), Target("X", "abc")):
        with pytest.raises(InputError, match="phải là một số"):
            check_target(bad)
