"""A school file that vanishes while open, a copy saved elsewhere, undo putting rows back."""
from __future__ import annotations

import os

import pytest

from kehoach_desktop.store import plans, progress
from kehoach_desktop.store.copy import save_copy
from kehoach_desktop.store.database import open_school_file
from kehoach_desktop.store.guard import FileGuard, WriteFailed
from kehoach_desktop.store.next_year import create_next_year_plan
from kehoach_desktop.store.snapshots import restore_plan, restore_row, take_row
from kehoach_desktop.domain.errors import InputError


def test_an_edit_after_the_file_vanished_is_refused_with_a_message(demo_file):
    db = open_school_file(demo_file)
    guard = FileGuard(demo_file)
    row = plans.list_rows(db, 1)[0]
    row.notes = "ghi chú mới"
    guard.write(plans.update_row, db, row)                  # while the file is there: written
    os.remove(demo_file)
    with pytest.raises(WriteFailed) as failed:
        guard.write(plans.update_row, db, row)
    assert "USB" in failed.value.message and "Lưu bản sao" in failed.value.message
    db.close()


def test_a_file_swapped_under_the_same_name_is_not_written_either(demo_file, tmp_path):
    guard = FileGuard(demo_file)
    moved = tmp_path / "khac.db"
    os.replace(demo_file, moved)
    demo_file.write_bytes(moved.read_bytes())               # same name, another file
    assert not guard.present()


def test_save_copy_keeps_every_plan_and_the_edit_that_only_the_screen_has(demo_file, tmp_path):
    db = open_school_file(demo_file)
    school = plans.get_school(db)
    on_screen = plans.get_plan(db, 2)
    on_screen.rows[0].lead = "Tổ Toán - Tin"                 # typed after the stick was pulled
    os.remove(demo_file)
    copy = save_copy(db, tmp_path / "ban-sao.db", school, on_screen)
    db.close()
    other = open_school_file(copy, read_only=True)
    assert plans.get_plan(other, 2).rows[0].lead == "Tổ Toán - Tin"
    assert len(plans.list_rows(other, 1)) == 16
    assert len(progress.list_updates(other, on_screen.rows[0].id)) == 1    # progress came along
    other.close()


def test_save_copy_without_a_connection_builds_the_file_from_the_screen(tmp_path):
    from kehoach_desktop.domain.plan import Plan, PlanRow, School
    school = School(name="Trường THCS Sông Cầu", code="79000123")
    plan = Plan(school_year="2026-2027", framework_id="tt57-pt", id=5,
                rows=[PlanRow(content="Nâng cao năng lực số", id=40)])
    copy = save_copy(None, tmp_path / "ban-sao.db", school, plan)
    db = open_school_file(copy, read_only=True)
    assert plans.get_school(db).name == "Trường THCS Sông Cầu"
    assert plans.find_plan(db, "2026-2027").rows[0].content == "Nâng cao năng lực số"
    db.close()


def test_a_taken_row_comes_back_under_its_id_with_its_progress(demo_file):
    db = open_school_file(demo_file)
    snapshot = take_row(db, 2)
    assert 2 not in [r.id for r in plans.list_rows(db, 1)]
    restore_row(db, snapshot)
    rows = plans.list_rows(db, 1)
    assert rows[1].id == 2 and len(progress.list_updates(db, 2)) == 3
    db.close()


def test_next_years_plan_is_saved_once_and_a_second_time_refused(demo_file):
    db = open_school_file(demo_file)
    plan_id = create_next_year_plan(db, 1)
    fresh = plans.get_plan(db, plan_id)
    assert fresh.school_year == "2025-2026" and [r.criterion_code for r in fresh.rows] == ["3.2", "3.6"]
    with pytest.raises(InputError, match="2025-2026"):
        create_next_year_plan(db, 1)
    plans.delete_plan(db, plan_id)
    restore_plan(db, fresh)                                   # redo after undo: same ids
    assert [r.id for r in plans.get_plan(db, plan_id).rows] == [r.id for r in fresh.rows]
    db.close()
