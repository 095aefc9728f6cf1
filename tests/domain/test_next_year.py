"""Next year's plan, made from this year's: a principal starts 2025-2026 from 2024-2025."""
from __future__ import annotations

from datetime import date

import pytest

from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.next_year import next_school_year, plan_for_next_year
from kehoach_desktop.domain.plan import Plan, PlanRow
from kehoach_desktop.domain.values import Budget, Month, Timeframe


def _plan() -> Plan:
    return Plan(
        school_year="2024-2025", framework_id="tt18", number="68/KH-THCS", issued_on=date(2024, 9, 6),
        title="Cải tiến chất lượng giáo dục năm học 2024-2025", status="issued",
        purposes=["Thực hiện trong năm học 2024 - 2025"], id=7,
        rows=[
            PlanRow(criterion_code="1.1", tasks="Rà soát chiến lược", status="done", percent=100, id=1),
            PlanRow(criterion_code="3.4", tasks="Cải tạo nhà vệ sinh", status="in_progress", percent=60,
                    spent=40_000_000, id=2, position=1,
                    timeframe=Timeframe(Month(2024, 9), Month(2025, 5), "Tháng 9/2024 - tháng 5/2025"),
                    budget=Budget(100_000_000, "100 triệu")),
            PlanRow(criterion_code="5.6", tasks="Phụ đạo học sinh yếu", status="not_started", id=3, position=2,
                    timeframe=Timeframe(None, None, "Cả năm học")),
        ],
    )


def test_the_school_year_moves_on_by_one():
    assert next_school_year("2024-2025") == "2025-2026"
    assert next_school_year("Năm học 2023 - 2024") == "2024-2025"
    with pytest.raises(InputError):
        next_school_year("năm nay")


def test_only_unfinished_rows_carry_over_with_their_months_a_year_later_and_progress_reset():
    old = _plan()
    new = plan_for_next_year(old)
    assert new.school_year == "2025-2026" and new.framework_id == "tt18"
    assert [r.criterion_code for r in new.rows] == ["3.4", "5.6"]
    carried = new.rows[0]
    assert (carried.timeframe.start, carried.timeframe.end) == (Month(2025, 9), Month(2026, 5))
    assert carried.timeframe.display() == "Tháng 9/2025 - tháng 5/2026"     # the old words would lie
    assert carried.budget == Budget(100_000_000, "100 triệu")
    assert (carried.status, carried.percent, carried.spent, carried.id) == ("not_started", 0, None, None)
    assert [r.position for r in new.rows] == [0, 1]
    assert new.rows[1].timeframe.text == "Cả năm học"                      # words without months stay


def test_the_new_plan_is_a_fresh_draft_that_names_its_own_year():
    new = plan_for_next_year(_plan())
    assert (new.id, new.number, new.issued_on, new.status) == (None, "", None, "draft")
    assert new.title.endswith("2025-2026")
    assert new.purposes == ["Thực hiện trong năm học 2025 - 2026"]


def test_last_years_plan_is_left_untouched():
    old = _plan()
    plan_for_next_year(old)
    assert old.rows[1].status == "in_progress" and old.rows[1].id == 2 and old.school_year == "2024-2025"
