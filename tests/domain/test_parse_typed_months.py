"""What principals type into the row form's month pickers, read by the table's own timeframe parser."""
from __future__ import annotations

import pytest

from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.parse_timeframe import (
    months_outside_school_year, parse_timeframe, school_year_span,
)
from kehoach_desktop.domain.values import Month, Timeframe


@pytest.mark.parametrize("typed", ["9/2025", "T9/2025", "09/2025", "Tháng 9/2025", "tháng 9", "th.9/2025"])
def test_a_month_typed_the_usual_ways_reads_as_september_2025(typed):
    read = parse_timeframe(typed, school_year="2025-2026")
    assert read.start == read.end == Month(2025, 9)


def test_january_typed_with_its_year_keeps_its_year():
    assert parse_timeframe("1/2026", school_year="2025-2026").start == Month(2026, 1)


def test_a_whole_range_typed_in_one_box_gives_both_months():
    read = parse_timeframe("Tháng 9/2025 - 5/2026", school_year="2025-2026")
    assert (read.start, read.end) == (Month(2025, 9), Month(2026, 5))


def test_a_range_ending_before_it_starts_is_refused_with_a_reason():
    with pytest.raises(InputError) as refused:
        parse_timeframe("5/2026 - 9/2025", school_year="2025-2026")
    assert "trước tháng bắt đầu" in refused.value.message


def test_the_school_year_runs_from_september_to_may():
    assert school_year_span("2025-2026") == (Month(2025, 9), Month(2026, 5))
    assert school_year_span("") is None and school_year_span("năm nay") is None


def test_months_outside_the_school_year_are_named_once_each():
    inside = Timeframe(Month(2025, 9), Month(2026, 5))
    assert months_outside_school_year(inside, "2025-2026") == []
    same = Timeframe(Month(2000, 2), Month(2000, 2))
    assert months_outside_school_year(same, "2025-2026") == [Month(2000, 2)]
    late = Timeframe(Month(2026, 1), Month(2026, 7))
    assert months_outside_school_year(late, "2025-2026") == [Month(2026, 7)]
    assert months_outside_school_year(same, "") == []             # no school year: nothing to compare
    assert months_outside_school_year(Timeframe(None, None), "2025-2026") == []
