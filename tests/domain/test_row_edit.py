"""One field typed into a row: parsed, checked against the plan's framework, or refused by name."""
from __future__ import annotations

import pytest

from kehoach_desktop.catalogs import framework
from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.plan import PlanRow
from kehoach_desktop.domain.row_edit import edit_field
from kehoach_desktop.domain.row_order import insert_position
from kehoach_desktop.domain.values import Month, Timeframe


@pytest.fixture(scope="module")
def tt18():
    return framework("tt18")


@pytest.fixture(scope="module")
def tt57():
    return framework("tt57-pt")


def test_a_budget_typed_as_5_trieu_is_stored_with_its_amount_and_words(tt18):
    row = edit_field(PlanRow(criterion_code="3.4"), "budget", "5 triệu", tt18)
    assert (row.budget.amount, row.budget.text) == (5_000_000, "5 triệu")


def test_a_timeframe_is_read_in_months_and_a_backwards_one_is_refused(tt18):
    row = edit_field(PlanRow(), "timeframe", "Tháng 9 - tháng 5/2025", tt18, "2024-2025")
    assert (row.timeframe.start, row.timeframe.end) == (Month(2024, 9), Month(2025, 5))
    with pytest.raises(InputError) as refused:
        edit_field(PlanRow(), "timeframe", Timeframe(Month(2025, 5), Month(2024, 9)), tt18)
    assert refused.value.field == "timeframe" and "trước tháng bắt đầu" in refused.value.message


def test_levels_follow_the_framework_range(tt18, tt57):
    assert edit_field(PlanRow(), "target_level", "Mức 4", tt18).target_level == 4
    with pytest.raises(InputError) as refused:
        edit_field(PlanRow(), "target_level", 3, tt57)
    assert refused.value.field == "target_level" and "Mức cần đạt" in refused.value.message
    with pytest.raises(InputError, match="thấp hơn"):
        edit_field(PlanRow(current_level=3), "target_level", 2, tt18)
    assert edit_field(PlanRow(target_level=3), "target_level", "", tt18).target_level is None


def test_a_criterion_must_exist_and_the_2018_form_cannot_leave_it_empty(tt18, tt57):
    with pytest.raises(InputError, match="9.9"):
        edit_field(PlanRow(), "criterion_code", "9.9", tt18)
    with pytest.raises(InputError):
        edit_field(PlanRow(criterion_code="1.1"), "criterion_code", "", tt18)
    assert edit_field(PlanRow(criterion_code="1.1"), "criterion_code", "", tt57).criterion_code == ""


def test_text_is_stored_in_nfc_whatever_was_pasted(tt18):
    decomposed = "Hie\u0323\u0302u tru\u031bo\u031b\u0309ng"
    assert edit_field(PlanRow(), "lead", decomposed, tt18).lead == "Hiệu trưởng"


def test_a_new_row_for_a_criterion_goes_after_the_criteria_before_it():
    rows = [PlanRow(criterion_code=c) for c in ("1.1", "2.2", "3.1", "3.4", "5.6")]
    assert insert_position(rows, "2.3") == 2
    assert insert_position(rows, "3.4") == 4
    assert insert_position(rows, "1.10") == 1
    assert insert_position(rows, "1.1") == 1
    assert insert_position([], "3.4") == 0
    assert insert_position(rows[1:], "1.1") == 0


def test_a_copied_row_shares_only_values_that_cannot_change():
    """PlanRow's fast deepcopy is a shallow copy: right only while every field is immutable."""
    import copy
    import dataclasses

    from kehoach_desktop.domain.plan import PlanRow
    row = PlanRow(criterion_code="3.4", tasks="Sửa nhà vệ sinh")
    twin = copy.deepcopy(row)
    assert twin == row and twin is not row
    for f in dataclasses.fields(PlanRow):
        hash(getattr(twin, f.name))          # a list or dict field would need a real deep copy
    twin.tasks = "khác"
    assert row.tasks == "Sửa nhà vệ sinh"
