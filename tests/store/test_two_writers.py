"""Two writers on one school file (two windows, or a window and the command line): an edit writes
only the fields it changed, each checked against what the writer last read."""
from __future__ import annotations

from datetime import date

import pytest

from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.plan import ProgressUpdate
from kehoach_desktop.store import plans, progress
from kehoach_desktop.store.database import open_school_file
from tests.store.school_factory import make_school


@pytest.fixture
def two(tmp_path):
    path = make_school(tmp_path / "school.db", rows=4)
    first, second = open_school_file(path), open_school_file(path)
    yield first, second
    first.close()
    second.close()


def _first_row(db):
    return plans.list_rows(db, plans.list_plans(db)[0].id)[0]


def test_two_writers_editing_different_fields_of_one_row_keep_both(two):
    a, b = two
    seen_a, seen_b = _first_row(a), _first_row(b)          # both read the row, then each edits one field
    plans.update_row_fields(a, seen_a.id, {"tasks": (seen_a.tasks, "Tập huấn giáo viên")})
    plans.update_row_fields(b, seen_b.id, {"notes": (seen_b.notes, "Làm trong học kỳ I")})
    row = _first_row(a)
    assert (row.tasks, row.notes) == ("Tập huấn giáo viên", "Làm trong học kỳ I")


def test_the_same_field_changed_since_it_was_read_is_refused_and_nothing_is_written(two):
    a, b = two
    seen_a, seen_b = _first_row(a), _first_row(b)
    plans.update_row_fields(a, seen_a.id, {"tasks": (seen_a.tasks, "Bản của cửa sổ A")})
    with pytest.raises(InputError) as refused:
        plans.update_row_fields(b, seen_b.id, {"notes": (seen_b.notes, "ghi chú B"),
                                               "tasks": (seen_b.tasks, "Bản của cửa sổ B")})
    assert refused.value.field == "tasks" and refused.value.row == seen_b.position + 1
    assert "«Công việc/giải pháp» vừa được sửa ở nơi khác thành «Bản của cửa sổ A»" in refused.value.message
    assert "giá trị bạn nhập: «Bản của cửa sổ B»" in refused.value.message
    row = _first_row(b)
    assert (row.tasks, row.notes) == ("Bản của cửa sổ A", seen_b.notes)   # the first kept, B's notes not written
    assert not b.conn.in_transaction


def test_a_progress_update_survives_an_edit_of_another_field_read_before_it(two):
    window, cli = two
    seen = _first_row(window)                              # the window read the row earlier
    progress.add_update(cli, seen.id, ProgressUpdate(on_date=date(2026, 1, 15), percent=80, note="Gần xong"))
    plans.update_row_fields(window, seen.id, {"lead": (seen.lead, "Tổ Toán")})
    row = _first_row(window)
    assert (row.percent, row.lead) == (80, "Tổ Toán")


def test_undo_is_the_same_write_with_old_and_new_swapped(two):
    a, _ = two
    seen = _first_row(a)
    plans.update_row_fields(a, seen.id, {"support": (seen.support, "Hội cha mẹ học sinh")})
    plans.update_row_fields(a, seen.id, {"support": ("Hội cha mẹ học sinh", seen.support)})
    assert _first_row(a) == seen
