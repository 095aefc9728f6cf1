"""Chỉ tiêu written by id, as the window's undo steps do: edit, take out, put back exactly."""
from __future__ import annotations

import pytest

from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.plan import Target
from kehoach_desktop.store import plans
from kehoach_desktop.store.database import open_school_file
from kehoach_desktop.store.targets import get_target, insert_target, list_targets, replace_target, take_target


@pytest.fixture
def db(demo_file):
    database = open_school_file(demo_file)
    yield database
    database.close()


def names(db, plan_id):
    return [(t.position, t.name) for t in list_targets(db, plan_id)]


def test_a_taken_target_comes_back_under_its_id_at_its_place_with_its_figures(db):
    plan = plans.find_plan(db, "2026-2027")
    before = list_targets(db, plan.id)
    assert len(before) >= 2
    first = before[0]
    taken = take_target(db, first.id)
    assert taken == first
    assert [p for p, _ in names(db, plan.id)] == list(range(len(before) - 1))
    insert_target(db, plan.id, taken)
    assert list_targets(db, plan.id) == before


def test_replace_writes_name_goal_and_every_figure(db):
    plan = plans.find_plan(db, "2026-2027")
    target = list_targets(db, plan.id)[0]
    target.name, target.value, target.comparison, target.actuals = "Đổi tên", 42.0, "≤", {"Cả năm": 40}
    replace_target(db, target)
    again = get_target(db, target.id)
    assert (again.name, again.value, again.comparison, again.actuals) == ("Đổi tên", 42.0, "<=", {"Cả năm": 40.0})


def test_a_new_target_goes_last_and_names_stay_unique(db):
    plan = plans.find_plan(db, "2026-2027")
    count = len(list_targets(db, plan.id))
    added = insert_target(db, plan.id, Target("Tỉ lệ học sinh đi học đều", 98, position=None))
    assert added.position == count and get_target(db, added.id).name == "Tỉ lệ học sinh đi học đều"
    other = list_targets(db, plan.id)[0]
    with pytest.raises(InputError, match="đã có chỉ tiêu"):
        insert_target(db, plan.id, Target(other.name.upper(), 1, position=None))
    with pytest.raises(InputError, match="đã có chỉ tiêu"):
        replace_target(db, Target(other.name, 1, id=added.id))
    with pytest.raises(InputError, match="không còn trong tệp"):
        take_target(db, 9999)
    assert len(list_targets(db, plan.id)) == count + 1
