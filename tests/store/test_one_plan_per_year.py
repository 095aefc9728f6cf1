"""One plan per school year: an old file's twins are settled on upgrade without losing a row; a second plan is refused."""
from __future__ import annotations

import shutil
import sqlite3

import pytest

from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.plan import Plan, PlanRow
from kehoach_desktop.store import plans
from kehoach_desktop.store.backups import BEFORE_UPGRADE, list_backups
from kehoach_desktop.store.database import open_school_file, schema_version
from kehoach_desktop.store.migrations import SCHEMA_VERSION
from kehoach_desktop.store.next_year import create_next_year_plan

from tests.conftest import FIXTURES

TWINS = FIXTURES / "schema-v4-twins.db"


def count(db, table: str) -> int:
    return db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


def years(db) -> list[tuple[str, int, int]]:
    numbers = plans.copy_numbers(db)
    return sorted((p.school_year, numbers[p.id], p.id) for p in plans.list_plans(db))


@pytest.fixture
def twins(tmp_path):
    path = tmp_path / "tan-lap.db"
    shutil.copyfile(TWINS, path)
    return path


@pytest.fixture
def upgraded(twins):
    db = open_school_file(twins)
    yield db
    db.close()


def test_upgrading_a_file_with_twin_plans_keeps_every_row_update_and_evidence(twins):
    old = sqlite3.connect(TWINS)
    before = {t: old.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
              for t in ("plan_row", "progress_update", "evidence")}
    old.close()
    db = open_school_file(twins)
    try:
        assert schema_version(db) == SCHEMA_VERSION
        assert {t: count(db, t) for t in before} == before
        # the empty 2024-2025 twin and the second empty 2025-2026 plan are gone; both 2023-2024 plans had rows
        assert years(db) == [("2023-2024", 0, 3), ("2023-2024", 1, 4), ("2024-2025", 0, 1), ("2025-2026", 0, 5)]
        assert plans.find_plan(db, "2023-2024").id == 3
        assert [r.tasks for r in plans.get_plan(db, 4).rows] == ["Bồi dưỡng tổ trưởng chuyên môn"]
    finally:
        db.close()


def test_the_upgrade_keeps_a_backup_of_the_file_with_all_its_twins(twins):
    open_school_file(twins).close()
    backup = next(b for b in list_backups(twins) if b.reason == BEFORE_UPGRADE)
    copy = sqlite3.connect(backup.path)
    try:
        assert copy.execute("PRAGMA user_version").fetchone()[0] == 4
        assert copy.execute("SELECT COUNT(*) FROM plan").fetchone()[0] == 6
    finally:
        copy.close()


def test_a_file_read_without_upgrading_it_reads_as_its_upgrade_would_and_stays_untouched(twins):
    """Printing from a write-protected stick: an upgraded copy is read, the file itself never written."""
    before = twins.read_bytes()
    db = open_school_file(twins, read_only=True)
    try:
        assert schema_version(db) == SCHEMA_VERSION
        assert plans.find_plan(db, "2024-2025").id == 1     # the earliest twin is the plan of its year
    finally:
        db.close()
    assert twins.read_bytes() == before


def test_a_second_plan_for_a_year_is_refused_in_vietnamese_and_nothing_is_written(upgraded):
    before = count(upgraded, "plan")
    with pytest.raises(InputError, match="Trường đã có kế hoạch năm học 2024-2025"):
        plans.save_plan(upgraded, Plan(school_year="2024-2025", framework_id="tt18",
                                       rows=[PlanRow(criterion_code="1.1", target_level=3, tasks="x")]))
    assert count(upgraded, "plan") == before and count(upgraded, "plan_row") == 4


def test_a_plan_moved_to_a_year_that_has_one_is_refused_and_keeps_its_year(upgraded):
    plan = plans.get_plan(upgraded, 5)
    plan.school_year = "2024-2025"
    with pytest.raises(InputError, match="2024-2025") as refused:
        plans.save_plan_header(upgraded, plan)
    assert refused.value.field == "school_year"
    assert plans.get_plan(upgraded, 5).school_year == "2025-2026"


def test_a_copy_moved_to_a_free_year_becomes_that_years_plan(upgraded):
    copy = plans.get_plan(upgraded, 4, with_rows=False)
    copy.school_year = "2022-2023"
    plans.save_plan_header(upgraded, copy)
    assert plans.copy_numbers(upgraded)[4] == 0
    assert plans.find_plan(upgraded, "2022-2023").id == 4


def test_a_copy_edited_in_its_own_year_stays_a_copy(upgraded):
    copy = plans.get_plan(upgraded, 4, with_rows=False)
    copy.number = "12/KH-THCS"
    plans.save_plan_header(upgraded, copy)
    assert plans.copy_numbers(upgraded)[4] == 1 and plans.get_plan(upgraded, 4).number == "12/KH-THCS"


def test_the_unique_index_refuses_what_slips_past_the_check_with_the_same_message(upgraded, monkeypatch):
    with pytest.raises(sqlite3.IntegrityError):
        upgraded.execute("INSERT INTO plan (school_year, framework_id) VALUES ('2024-2025', 'tt18')")
    monkeypatch.setattr(plans, "check_year_free", lambda *args: None)
    with pytest.raises(InputError, match="Trường đã có kế hoạch năm học 2025-2026"):
        plans.save_plan(upgraded, Plan(school_year="2025-2026", framework_id="tt18"))
    assert count(upgraded, "plan") == 4


def test_next_years_plan_is_refused_when_that_year_has_a_plan(upgraded):
    with pytest.raises(InputError, match="Trường đã có kế hoạch năm học 2024-2025"):
        create_next_year_plan(upgraded, 3)   # 2023-2024 → 2024-2025, which plan 1 holds
