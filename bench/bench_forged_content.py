"""5,000 forged-content exports for bench_faults.py: each made from a real export, with invalid values inside,
re-hashed and signed with the school's own key, so only the schema comparison and the value checks
(store.incoming_schema, store.incoming_content) stand between it and the office.

Each file changes one value (sometimes two or three) of a random row of a random table to a value that is
invalid by construction for that column's kind — a month 13, a control character, bad or wrong-shaped JSON, a
reference to a row that is not there, a level or percent out of range, an unknown status, a criterion «².1» —
and is stamped later than the one the office holds, so an accepted file would replace it. Every 100th file is a
control: a valid edit (a task's wording) that must be accepted, showing the files are not refused for their
stamp or signature. Afterwards the office's commands run over the office file — and over a copy that holds the
same bad values written straight into its imported rows, as an older version let them in.

Prints: files accepted with invalid values (target 0), controls refused (target 0), commands broken afterwards
(target 0), time per file (forging not counted).
"""
from __future__ import annotations

import contextlib
import io
import random
import shutil
import sqlite3
import time
import traceback
from pathlib import Path

from kehoach_desktop.domain.incoming_values import COLUMNS, REFERENCES
from kehoach_desktop.domain.value_rules import (
    Choice, DateValue, FrameworkId, Integer, Json, MonthValue, Real, SchoolYear, Text,
)
from kehoach_desktop.store.district import ADDED, REFUSED, REPLACED, import_files, open_district
from kehoach_desktop.store.school_schema import SEQUENCE_META
from tests.store.exchange_helpers import exported_school, new_district
from tests.store.forge_helpers import resign, school_key

SKIPPED = {"app_meta", "_sqlite_migrations"}     # export meta: refused for identity before any value is read
CRITERIA = ["².1", "9" * 5000 + ".1", "x.y", "Tiêu chí", "１.１" + "\u202e"]


def invalid_values(table: str, column: str, rng: random.Random) -> list:
    """Values no school's program stores in ``table.column``, whatever the rest of the file holds."""
    if (table, column) in REFERENCES:
        return [10 ** 9 + rng.randrange(1000)]
    if column == "criterion_code":
        return CRITERIA
    if column in ("current_level", "target_level"):
        return [0, -1, 9, 99]
    rule = COLUMNS[table][column]
    if isinstance(rule, Text):
        bad = ["Sửa\x1b[2J", "a\u202eb", "chuông\x07", "x\x0by", "\x9b31m"]
        if rule.one_line:
            bad += ["hai\ndòng"]
        if rule.limit is not None:
            bad += ["x" * (rule.limit + 1)]
        if rule.required:
            bad += ["", "   "]
        return bad
    if isinstance(rule, Choice):
        return ["hacked", "DONE", " done"]
    if isinstance(rule, Integer):
        return [rule.lo - 1, rule.hi + 1, "abc"]
    if isinstance(rule, Real):
        return ["abc", float("inf"), 1e300]
    if isinstance(rule, MonthValue):
        return ["2026-13", "2026-00", "13/2026", "1999-05", "2026-1"]
    if isinstance(rule, DateValue):
        return ["2025-02-31", "hôm qua", "1800-01-01T00:00:00"] + ([] if rule.empty else [""])
    if isinstance(rule, SchoolYear):
        return ["2025-2027", "", "2025", "1900-1901", "2025-2026 "]
    if isinstance(rule, FrameworkId):
        return ["TT18!", "", "x" * 100]
    if isinstance(rule, Json):
        return ["[", '{"a":', "[" * 5000, '"text"', "5", "[1, 2]", '{"chair_duties": 5}', '[{"name": 7}]']
    raise AssertionError(f"no invalid values for {table}.{column}")


def _targets(conn: sqlite3.Connection) -> list[tuple[str, str, int]]:
    """(table, column, rowid) of every value that may be forged."""
    found = []
    for table, rules in COLUMNS.items():
        if table in SKIPPED:
            continue
        try:
            rowids = [r[0] for r in conn.execute(f'SELECT rowid FROM "{table}"')]
        except sqlite3.OperationalError:
            continue
        columns = {r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')}
        for column in rules:
            if column in columns and (column != "id" or table in ("school", "signing_key")):
                found += [(table, column, rowid) for rowid in rowids]
    return found


def forge(original: Path, target: Path, key: str, n: int, rng: random.Random, targets: list, *,
          control: bool = False) -> list[tuple[str, str, int, object]]:
    """``target``: ``original`` with invalid values (or, for a control, a valid edit), stamped ``n`` seconds
    later, re-hashed and re-signed. Returns the values it wrote."""
    shutil.copyfile(original, target)
    conn = sqlite3.connect(target, isolation_level=None)
    written = []
    try:
        conn.execute("PRAGMA journal_mode = OFF")
        conn.execute("UPDATE app_meta SET value = value || '' WHERE key = 'export.exported_at'")
        stamp = conn.execute("SELECT value FROM app_meta WHERE key = 'export.exported_at'").fetchone()[0]
        conn.execute("UPDATE app_meta SET value = ? WHERE key = 'export.exported_at'",
                     [stamp.replace(":00.000000+00:00", f":{n % 60:02d}.{n:06d}+00:00", 1)])
        conn.execute("UPDATE app_meta SET value = CAST(value AS INTEGER) + ? WHERE key = ?", [n, SEQUENCE_META])
        if control:
            conn.execute("UPDATE plan_row SET tasks = ? WHERE rowid = (SELECT MIN(rowid) FROM plan_row)",
                         [f"Sửa hợp lệ lần {n}"])
        else:
            while len(written) < rng.choice((1, 1, 1, 2, 3)):
                table, column, rowid = rng.choice(targets)
                value = rng.choice(invalid_values(table, column, rng))
                try:
                    conn.execute(f'UPDATE "{table}" SET "{column}" = ? WHERE rowid = ?', [value, rowid])
                except (sqlite3.Error, OverflowError):   # a NOT NULL, UNIQUE or CHECK the schema keeps, or too big
                    continue
                written.append((table, column, rowid, value))
    finally:
        conn.close()
    resign(target, key)
    return written


def forged_content(work: Path, count: int, seed: int) -> dict:
    folder = work / "forged"
    original = exported_school(folder, rows=15)
    key = school_key(folder / "truong-79760101.db")
    office = new_district(folder)
    db = open_district(office)
    import_files(db, [original])
    conn = sqlite3.connect(original)
    targets = _targets(conn)
    conn.close()
    rng = random.Random(seed)
    result = {"files": count, "refused": 0, "accepted_invalid": 0, "controls": 0, "controls_refused": 0,
              "crashes": 0, "seconds": 0.0}
    legacy: list[tuple[str, str, int, object]] = []
    target = folder / "forged.db"
    for n in range(1, count + 1):
        control = n % 100 == 0
        written = forge(original, target, key, n, rng, targets, control=control)
        start = time.perf_counter()
        try:
            [report] = import_files(db, [target])
        except Exception:   # anything but a report is a crash
            result["crashes"] += 1
            traceback.print_exc(limit=3)
            continue
        finally:
            result["seconds"] += time.perf_counter() - start
        if control:
            result["controls"] += 1
            result["controls_refused"] += report.outcome not in (ADDED, REPLACED)
            if report.outcome == REFUSED:
                print(f"control refused: {report.message[:300]}")
        elif report.outcome == REFUSED:
            result["refused"] += 1
            if len(legacy) < 300:
                legacy += written
        else:
            result["accepted_invalid"] += 1
            print(f"accepted with invalid values {written!r:.300}: {report.message[:200]}")
    db.close()
    result["broken_commands"] = commands_broken(folder, office, legacy)
    return result


def _with_legacy_rows(office: Path, copy: Path, written: list) -> Path:
    """A copy of the office file whose current imports hold ``written`` as an older version let them in."""
    shutil.copyfile(office, copy)
    conn = sqlite3.connect(copy, isolation_level=None)
    try:
        for table, column, rowid, value in written:
            if table not in ("school", "plan", "plan_row", "progress_update", "evidence", "target", "target_actual"):
                continue
            key = "id" if table != "target_actual" else "target_id"
            try:
                conn.execute(f'UPDATE "imported_{table}" SET "{column}" = ? WHERE import_id IN '
                             f'(SELECT current_import FROM district_school) AND "{key}" = '
                             f'(SELECT "{key}" FROM "imported_{table}" ORDER BY rowid LIMIT 1 OFFSET ?)',
                             [value, (rowid - 1) % 15])
            except sqlite3.Error:
                pass
    finally:
        conn.close()
    return copy


def commands_broken(folder: Path, office: Path, legacy_values: list) -> int:
    """office list/summary/extract and excel district over the office file and over its legacy copy: how many
    ended in anything but a normal exit."""
    from kehoach_desktop.cli import main
    broken = 0
    legacy = _with_legacy_rows(office, folder / "legacy.db", legacy_values)
    for path in (office, legacy):
        out = folder / f"out-{path.stem}"
        out.mkdir()
        jobs = [["office", "list", path], ["office", "list", path, "--json"], ["office", "list", path, "--year", "2025-2026"],
                ["office", "summary", path, "--pdf", out / "tong-hop.pdf"], ["excel", "district", path, "-o", out / "a.xlsx"],
                ["office", "extract", path, "79760101", "-o", out / "truong.db"]]
        for job in jobs:
            sink = io.StringIO()
            try:
                with contextlib.redirect_stdout(sink), contextlib.redirect_stderr(sink):
                    code = main([str(a) for a in job])
            except BaseException:       # noqa: BLE001  a traceback is a broken command
                code = -1
            if code != 0:
                broken += 1
                print(f"broken: kehoach {' '.join(map(str, job))} → {code}: {sink.getvalue()[-300:]}")
    return broken


def report(work: Path, count: int, seed: int) -> int:
    start = time.perf_counter()
    f = forged_content(work, count, seed)
    print(f"forged-content files: {f['files']} (re-hashed, signed with the school's key), refused {f['refused']}, "
          f"accepted with invalid values {f['accepted_invalid']}, controls {f['controls']} (refused "
          f"{f['controls_refused']}), crashes {f['crashes']}, {f['seconds'] / max(f['files'], 1) * 1000:.1f} ms "
          f"per file to import ({time.perf_counter() - start:.1f} s with forging)")
    print(f"commands broken afterwards (office list/summary/extract, excel district; office file and its copy "
          f"with the same bad rows written straight in): {f['broken_commands']}")
    return f["accepted_invalid"] + f["controls_refused"] + f["crashes"] + f["broken_commands"]
