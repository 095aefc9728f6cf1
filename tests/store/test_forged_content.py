"""An office imports exports that pass every hash and signature check yet hold what the school's program never
writes — forged with the school's own key, or damaged before export. Each is refused with its reasons in
Vietnamese and the office file stays byte for byte as it was; genuine exports of every schema version still
come in."""
from __future__ import annotations

import sqlite3
import time

import pytest
from sqlite_utils import Database

from kehoach_desktop.domain.incoming_values import COLUMNS
from kehoach_desktop.store.district import ADDED
from kehoach_desktop.store.exchange import _snapshot
from kehoach_desktop.store.incoming_schema import normalised, schema_versions
from kehoach_desktop.store.migrations import KNOWN_MIGRATIONS, SCHEMA_VERSION, migrations
from kehoach_desktop.store.school_schema import reference
from tests.store.exchange_helpers import BASE_TIME, exported_school, new_district
from tests.store.forge_helpers import forged, school_key
from tests.store.test_hostile_files import assert_refused, import_one


@pytest.fixture(scope="module")
def school(tmp_path_factory):
    folder = tmp_path_factory.mktemp("school")
    export = exported_school(folder)
    return export, school_key(folder / "truong-79760101.db")


@pytest.fixture
def office(tmp_path):
    return new_district(tmp_path)


VALUES = {
    "month 13": (["UPDATE plan_row SET start_month = '2026-13' WHERE id = 3"],
                 ["bảng plan_row, dòng 3, cột start_month: tháng 13/2026 không có"]),
    "no school year": (["UPDATE plan SET school_year = ''"], ["cột school_year"]),
    "a school year of three years": (["UPDATE plan SET school_year = '2025-2028'"], ["cột school_year"]),
    "a superscript criterion": (["UPDATE plan_row SET criterion_code = '².1' WHERE id = 2"],
                                ["cột criterion_code", "².1"]),
    "a 5,000-digit standard": (["UPDATE plan_row SET criterion_code = printf('%.*c', 5000, '9') || '.1' WHERE id = 2"],
                               ["cột criterion_code", "tối đa 40"]),
    "a 30-digit standard": (["UPDATE plan_row SET criterion_code = printf('%.*c', 30, '9') || '.1' WHERE id = 2"],
                            ["cột criterion_code", "Không đọc được tiêu chí"]),
    "a level the framework lacks": (["UPDATE plan_row SET target_level = 7 WHERE id = 1"], ["cột target_level"]),
    "an escape sequence in the name": (
        ["UPDATE school SET name = name || char(27) || '[2J'",
         "UPDATE app_meta SET value = (SELECT name FROM school) WHERE key = 'export.school_name'"], ["U+001B"]),
    "a bell in a task": (["UPDATE plan_row SET tasks = 'Làm' || char(7) WHERE id = 1"], ["cột tasks", "U+0007"]),
    "a bidi override": (["UPDATE plan_row SET lead = 'Tổ ' || char(8238) || 'trưởng' WHERE id = 1"], ["U+202E"]),
    "a dangling row": (["UPDATE plan_row SET plan_id = 99 WHERE id = 2"], ["tham chiếu tới plan số 99"]),
    "a dangling update": (["UPDATE progress_update SET row_id = 999 WHERE id = 1"], ["progress_update"]),
    "a dangling evidence": (["UPDATE evidence SET update_id = 999"], ["evidence"]),
    "bad JSON": (["UPDATE plan SET purposes = '[\"a\", '"], ["cột purposes", "JSON"]),
    "JSON of the wrong shape": (["UPDATE plan SET organization = '{\"working_groups\": [{\"members\": 5}]}'"],
                                ["working_groups[0].members"]),
    "deep JSON": (["UPDATE plan SET bases = printf('%.*c', 100000, '[')"], ["JSON"]),
    "a percent of 250": (["UPDATE plan_row SET percent = 250 WHERE id = 1"], ["0–100"]),
    "an unknown status": (["UPDATE plan_row SET status = 'hacked' WHERE id = 1"], ["cột status"]),
    "a progress date of 31 February": (["UPDATE progress_update SET on_date = '2025-02-31' WHERE id = 1"],
                                       ["cột on_date"]),
    "a school level that is none": (["UPDATE school SET level = 'dai_hoc'"], ["cột level"]),
    "a 500-character school name": (
        ["UPDATE school SET name = printf('%.*c', 500, 'A')",
         "UPDATE app_meta SET value = (SELECT name FROM school) WHERE key = 'export.school_name'"], ["tối đa 200"]),
}


@pytest.mark.parametrize("case", list(VALUES))
def test_an_office_imports_a_forged_export_and_is_told_why(tmp_path, office, school, case):
    original, key = school
    statements, words = VALUES[case]
    report = assert_refused(office, forged(original, tmp_path / "forged.db", key, *statements), *words)
    assert "chương trình của trường không bao giờ lưu" in report.message


def test_a_file_with_many_bad_values_names_the_first_five(tmp_path, office, school):
    original, key = school
    report = assert_refused(office, forged(original, tmp_path / "many.db", key,
                                           "UPDATE plan_row SET start_month = '2026-13'"), "Còn những chỗ khác nữa")
    assert report.message.count("tháng 13/2026 không có") == 5
    assert "return value" not in report.refusal.in_language("en")
    assert "month 13/2026 does not exist" in report.refusal.in_language("en")


SCHEMA = {
    "an expression index": "CREATE INDEX slow ON plan_row(length(tasks) * 2)",
    "an extra index": "CREATE INDEX sneaky ON plan_row(tasks)",
    "a trigger": "CREATE TRIGGER wipe AFTER INSERT ON plan_row BEGIN DELETE FROM school; END",
    "a view": "CREATE VIEW plan_summary AS SELECT COUNT(*) FROM plan_row",
    "a CHECK": "ALTER TABLE plan_row ADD COLUMN x TEXT CHECK (x != '')",
}
REWRITTEN = {     # the table's CREATE statement edited in place: columns the same, meaning not
    "a CHECK on a column": ("percent INTEGER NOT NULL DEFAULT 0", "percent INTEGER NOT NULL DEFAULT 0 CHECK (percent < 0)"),
    "a COLLATE": ("tasks TEXT NOT NULL DEFAULT ''", "tasks TEXT NOT NULL DEFAULT '' COLLATE NOCASE"),
    "a changed DEFAULT": ("status TEXT NOT NULL DEFAULT 'not_started'", "status TEXT NOT NULL DEFAULT 'done'"),
    "a dropped FOREIGN KEY": ("REFERENCES plan(id) ON DELETE CASCADE", ""),
    "STRICT": (")", ") STRICT"),
    "a renamed type": ("position INTEGER", "position INT"),
}


@pytest.mark.parametrize("case", list(SCHEMA))
def test_an_altered_schema_is_refused_before_it_is_read(tmp_path, office, school, case):
    original, key = school
    assert_refused(office, forged(original, tmp_path / "schema.db", key, SCHEMA[case]))


@pytest.mark.parametrize("case", list(REWRITTEN))
def test_a_rewritten_create_statement_is_refused(tmp_path, office, school, case):
    original, key = school
    old, new = REWRITTEN[case]
    path = forged(original, tmp_path / "rewritten.db", key)
    conn = sqlite3.connect(path, isolation_level=None)
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'plan_row'").fetchone()[0]
    changed = sql[::-1].replace(old[::-1], new[::-1], 1)[::-1] if case == "STRICT" else sql.replace(old, new, 1)
    assert changed != sql
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("UPDATE sqlite_master SET sql = ? WHERE name = 'plan_row'", [changed])
    conn.close()
    assert_refused(office, path, "plan_row")


def test_a_plan_table_without_a_school_year_is_refused(tmp_path, office, school):
    original, key = school
    path = forged(original, tmp_path / "no-year.db", key, "DROP INDEX plan_school_year",
                  "ALTER TABLE plan DROP COLUMN school_year")
    assert_refused(office, path, "plan")


def test_an_expensive_expression_index_is_refused_in_under_a_second(tmp_path, office, school):
    """integrity_check would evaluate it on every row for minutes; the schema is compared first."""
    original, key = school
    path = forged(original, tmp_path / "slow.db", key,
                  "CREATE INDEX slow ON plan_row(length(tasks))",
                  "PRAGMA writable_schema = ON",
                  "UPDATE sqlite_master SET sql = 'CREATE INDEX slow ON plan_row(length(printf(''%.*c'', "
                  "200000000, tasks)))' WHERE name = 'slow'")
    start = time.perf_counter()
    assert_refused(office, path, "chỉ mục lạ «slow»")
    assert time.perf_counter() - start < 1.0


def test_normalised_sql_ignores_only_spelling():
    assert normalised('CREATE TABLE "Plan" (\n  id   INTEGER, -- note\n x TEXT)') == \
        normalised("create table [plan] (ID integer, x text)")
    assert normalised("CREATE TABLE t (x DEFAULT 'A')") != normalised("CREATE TABLE t (x DEFAULT 'a')")
    assert normalised("CREATE TABLE t (x INTEGER)") != normalised("CREATE TABLE t (x INTEGER) STRICT")


def test_every_column_of_every_version_has_a_rule():
    for table, columns in reference().tables.items():
        if table != "_sqlite_migrations":
            assert set(columns) <= set(COLUMNS[table]), table
    assert len(schema_versions()) == SCHEMA_VERSION


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION + 1))
def test_a_genuine_export_of_every_older_schema_version_is_accepted(tmp_path, office, version):
    """What an older program exported: the schema after the first ``version`` steps, a school and a plan."""
    school_file = tmp_path / "old.db"
    db = Database(school_file)
    migrations.apply(db, stop_before=KNOWN_MIGRATIONS[version] if version < SCHEMA_VERSION else None)
    db.execute("INSERT INTO app_meta (key, value) VALUES ('app', 'kehoach-desktop')")
    db.execute("INSERT INTO school (id, name, code, level) VALUES (1, 'Trường THCS Cũ', '31-CU-001', 'thcs')")
    db.execute("INSERT INTO plan (id, school_year, framework_id) VALUES (1, '2024-2025', 'tt18')")
    db.execute("INSERT INTO plan_row (plan_id, criterion_code, current_level, target_level, start_month, end_month) "
               "VALUES (1, '3.4', 2, 3, '2024-09', '2025-05')")
    db.close()
    export = tmp_path / "export.db"
    _snapshot(school_file, export, BASE_TIME)
    report = import_one(office, export)
    assert report.outcome == ADDED, report.message


def test_the_demo_school_export_is_accepted(tmp_path, office):
    from kehoach_desktop.store.demo import write_demo
    from kehoach_desktop.store.exchange import export_for_district
    demo = write_demo(tmp_path / "demo.db")
    (tmp_path / "usb").mkdir()
    export = export_for_district(demo, tmp_path / "usb").path
    assert import_one(office, export).outcome == ADDED
