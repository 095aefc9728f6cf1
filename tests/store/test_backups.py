"""A principal's file is copied before upgrades and imports and every day; any copy can come back."""
from __future__ import annotations

import shutil
import sqlite3
from datetime import datetime, timedelta

import pytest

from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.store import backups, plans
from kehoach_desktop.store.backups import (
    BEFORE_IMPORT, BEFORE_RESTORE, BEFORE_UPGRADE, DAILY, KEEP_LAST, STAMP, backup_folder,
    list_backups, make_backup, restore_backup,
)
from kehoach_desktop.store.database import open_school_file
from tests.conftest import FIXTURES
from tests.store.school_factory import make_school


def rows_in(path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT COUNT(*) FROM plan_row").fetchone()[0]
    finally:
        conn.close()


def test_an_old_file_is_copied_before_its_upgrade(tmp_path):
    old = tmp_path / "truong-cu.db"
    shutil.copyfile(FIXTURES / "schema-v1.db", old)
    open_school_file(old).close()
    [copy] = list_backups(old)
    assert copy.reason == BEFORE_UPGRADE and "nâng cấp" in copy.label
    conn = sqlite3.connect(copy.path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1   # the file as it was before
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()


def test_a_file_in_use_is_copied_once_a_day(tmp_path):
    school = make_school(tmp_path / "truong.db")
    assert list_backups(school) == []            # a brand-new file has nothing to protect yet
    for _ in range(3):
        open_school_file(school).close()
    assert [b.reason for b in list_backups(school)] == [DAILY]
    open_school_file(school, read_only=True).close()
    assert len(list_backups(school)) == 1


def test_two_files_with_the_same_name_keep_separate_copies(tmp_path):
    (tmp_path / "a").mkdir(), (tmp_path / "b").mkdir()
    first = make_school(tmp_path / "a" / "truong.db")
    second = make_school(tmp_path / "b" / "truong.db", rows=2)
    make_backup(first, BEFORE_IMPORT)
    assert backup_folder(first) != backup_folder(second)
    assert list_backups(second) == []


def test_the_last_ten_and_one_per_month_are_kept(tmp_path):
    school = make_school(tmp_path / "truong.db", rows=1)
    folder = backup_folder(school)
    folder.mkdir(parents=True)
    start = datetime(2024, 1, 15, 9, 0)
    made = [start + timedelta(days=day) for day in range(0, 300, 3)]   # a hundred copies over ten months
    for moment in made:
        (folder / f"{moment.strftime(STAMP)}_{DAILY}.db").write_bytes(b"x")
    make_backup(school, BEFORE_IMPORT)
    kept = {b.created for b in list_backups(school)}
    newest_per_month = {}
    for moment in made:
        newest_per_month[(moment.year, moment.month)] = moment
    assert set(newest_per_month.values()) <= kept          # one per month, the month's last
    assert set(made[-(KEEP_LAST - 1):]) <= kept              # and the last ten (with today's)
    assert len(kept) <= KEEP_LAST + len(newest_per_month)
    assert len(list(folder.iterdir())) == len(kept)


def test_restoring_a_copy_brings_the_data_back_and_keeps_the_current_file(tmp_path):
    school = make_school(tmp_path / "truong.db", rows=15)
    make_backup(school, BEFORE_IMPORT)
    db = open_school_file(school)
    plan = plans.list_plans(db)[0]
    for row in plans.list_rows(db, plan.id)[:10]:
        plans.delete_row(db, row.id)
    db.close()
    assert rows_in(school) == 5
    number = next(i for i, b in enumerate(list_backups(school), 1) if b.reason == BEFORE_IMPORT)
    restore_backup(school, number)
    assert rows_in(school) == 15
    assert list_backups(school)[0].reason == BEFORE_RESTORE
    assert rows_in(list_backups(school)[0].path) == 5     # the mistake itself can be undone too


def test_restoring_a_missing_or_damaged_copy_is_refused(tmp_path):
    school = make_school(tmp_path / "truong.db")
    with pytest.raises(InputError, match="Không có bản sao lưu số 3"):
        restore_backup(school, 3)
    copy = make_backup(school, BEFORE_IMPORT)
    copy.path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 8000)
    before = school.read_bytes()
    with pytest.raises(InputError, match="bị hỏng"):
        restore_backup(school, 1)
    assert school.read_bytes() == before


def test_a_backup_that_cannot_be_written_leaves_nothing_half_done(tmp_path, monkeypatch):
    school = make_school(tmp_path / "truong.db")
    monkeypatch.setattr(backups.atomic_file, "_replace", lambda a, b: (_ for _ in ()).throw(OSError(28, "full")))
    with pytest.raises(InputError, match="chưa bị thay đổi"):
        make_backup(school, BEFORE_IMPORT)
    assert list(backup_folder(school).iterdir()) == []
