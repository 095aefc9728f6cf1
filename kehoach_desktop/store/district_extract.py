"""A school's data back out of the district file, and the history of what was imported.

Extracting writes a new school file (this program's schema) from the school's
current import, so the officer can read its plan in the same table and
dashboard as the school, print it, or start an inspection record with the
school-file tools — without ever touching the district file or the school's
original.

An office file may hold rows an older version let in (a month 13, bad JSON, a row of a plan that is
not there). The extract is made openable all the same: each such value takes its column's default
(domain.incoming_values says which are bad), and a row naming a row that is not there is left out.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.incoming_values import value_problems
from kehoach_desktop.store.database import open_school_file
from kehoach_desktop.store.district_schema import KEPT_TABLES, copied_columns, copied_table
from kehoach_desktop.store.school_schema import quote, reference

if TYPE_CHECKING:
    from sqlite_utils import Database

# Parents before children, so the school file's foreign keys hold at every insert.
COPY_ORDER = KEPT_TABLES


@dataclass
class ImportEntry:
    id: int
    school_code: str
    school_name: str
    file_name: str
    exported_at: str
    imported_at: str
    program_version: str
    schema_version: int
    current: bool
    through: str = ""             # the commune office it came through ('' for a school's own file)


def import_history(db: Database, code: str | None = None) -> list[ImportEntry]:
    """Every import, newest first (optionally of one school); ``current`` marks the data shown."""
    sql = ("SELECT l.id, l.school_code, l.school_name, l.file_name, l.exported_at, l.imported_at, "
           "l.program_version, l.schema_version, (s.current_import = l.id), l.through_office FROM import_log l "
           "LEFT JOIN district_school s ON s.code = l.school_code")
    params: list = []
    if code:
        sql += " WHERE l.school_code = ?"
        params.append(code)
    rows = db.execute(sql + " ORDER BY l.imported_at DESC, l.id DESC", params).fetchall()
    return [ImportEntry(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], bool(r[8]), r[9] or "") for r in rows]


def extract_school(db: Database, code: str, out: str | os.PathLike, import_id: int | None = None) -> Path:
    """Write school ``code``'s current data (or its import ``import_id``, e.g. the one an inspection
    record was made from) to a new school file at ``out``."""
    out = Path(out)
    found = db.execute("SELECT current_import, name FROM district_school WHERE code = ?", [code]).fetchone()
    if found is None:
        raise InputError("Tệp cơ quan quản lý không có trường mã {code}.", field="code", code=code)
    if out.exists():
        raise InputError("Tệp «{file}» đã có; chọn tên khác để không ghi đè dữ liệu.", field="file",
                         file=out.name)
    if import_id is None:
        import_id = found[0]
    elif db.execute("SELECT 1 FROM import_log WHERE id = ? AND school_code = ?", [import_id, code]).fetchone() is None:
        raise InputError("Tệp cơ quan quản lý không có lần nhập số {number} của trường mã {code}.", field="code",
                         number=import_id, code=code)
    tables = {}
    for table in COPY_ORDER:
        columns = [c.split()[0] for c in copied_columns(table)]   # the school's own, every one
        rows = db.execute(f"SELECT {', '.join(quote(c) for c in columns)} FROM {copied_table(table)} "
                          "WHERE import_id = ? ORDER BY rowid", [import_id]).fetchall()
        tables[table] = (columns, rows)
    tables = _repaired(tables)
    school_db = open_school_file(out, create=True)
    try:
        with school_db.atomic():
            for table in COPY_ORDER:
                columns, rows = tables[table]
                if table == "plan":
                    rows = _numbered_copies(columns, rows)
                names = ", ".join(quote(c) for c in columns)
                marks = ", ".join("?" * len(columns))
                school_db.conn.executemany(f"INSERT INTO {quote(table)} ({names}) VALUES ({marks})", rows)
    except BaseException:
        school_db.close()
        out.unlink(missing_ok=True)
        raise
    school_db.close()
    return out


def _numbered_copies(columns: list[str], rows: list) -> list:
    """Plans as the school file's one-plan-per-year rule wants them: a file exported before that rule
    (schema 4) may hold two plans of one year, both copy 0 here; the later ones become copies 1, 2, …
    as the school's own upgrade (migration 0005) would have numbered them."""
    if "copy_number" not in columns or "school_year" not in columns:
        return rows
    year, copy = columns.index("school_year"), columns.index("copy_number")
    seen: dict[tuple[str, int], int] = {}
    numbered = []
    for row in rows:
        row = list(row)
        while (row[year], row[copy]) in seen:
            row[copy] += 1
        seen[(row[year], row[copy])] = 1
        numbered.append(row)
    return numbered



MAX_REPAIR_PASSES = 8      # leaving a row out can leave its own children dangling: a plan_row, then its updates


def _repaired(tables: dict[str, tuple[list[str], list]]) -> dict[str, tuple[list[str], list]]:
    """The rows with every value the school side would refuse set to its column's default, and every row that
    names a missing row left out. A genuine import (all of them since #17) comes back as it is."""
    from kehoach_desktop.store.incoming_content import installed_frameworks
    frameworks = installed_frameworks()
    for _ in range(MAX_REPAIR_PASSES):
        fixes: dict[tuple[str, int], set[str]] = {}
        dropped: set[tuple[str, int]] = set()
        for problem in value_problems(tables, frameworks):
            where = (problem.values["table"], problem.values["line"] - 1)
            if problem.field == "reference":
                dropped.add(where)
            else:
                fixes.setdefault(where, set()).add(problem.values["column"])
        if not fixes and not dropped:
            return tables
        changed = {}
        for table, (columns, rows) in tables.items():
            kept = []
            for index, row in enumerate(rows):
                if (table, index) in dropped:
                    continue
                bad = fixes.get((table, index))
                kept.append(tuple(_default(table, c) if c in bad else v for c, v in zip(columns, row)) if bad else row)
            changed[table] = (columns, kept)
        tables = changed
    return tables


def _default(table: str, column: str):
    """What the school file's schema puts in ``column`` when nothing is given: its DEFAULT, else NULL, else ''."""
    known = reference().tables[table][column]
    literal = known.default
    if literal is None:
        return None if not known.notnull else ("" if known.type == "TEXT" else 0)
    if literal.startswith("'") and literal.endswith("'"):
        return literal[1:-1].replace("''", "'")
    try:
        return int(literal)
    except ValueError:
        return float(literal)
