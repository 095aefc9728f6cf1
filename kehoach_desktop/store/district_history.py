"""Taking a school out of the overview, putting it back on its previous import, and undoing either.

Nothing is deleted: a school's imports stay in ``import_log`` whatever happens here. The overview is
``district_school`` (one row per school, pointing at its current import), so:

- **remove** takes the school's row out (its imports stay as history);
- **revert** points the row at the school's previous import (the one logged before the current one);
- **undo** puts the row of the last change not yet undone back as it was, but only while the school is
  still as that change left it (a school imported again since is not silently rewound).

Each change is a row of ``office_change`` (district migration 0006) holding the school's row before and
after as JSON. A removed school whose file is imported again comes back (store.district asks
``removed_row`` and puts the row back before the import is decided, so the usual checks hold: its
pinned key, its export counter, a rename).
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import TYPE_CHECKING

from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.school_code import code_key

if TYPE_CHECKING:
    import sqlite3

    from sqlite_utils import Database

REMOVE, REVERT = "remove", "revert"
LABELS = {REMOVE: "gỡ khỏi danh sách", REVERT: "trở lại bản nhập trước"}


@dataclass(frozen=True)
class Change:
    id: int
    action: str                   # REMOVE or REVERT
    school_code: str
    school_name: str
    before_import: int | None     # the import current before the change
    after_import: int | None      # after it (None: removed)
    made_at: str                  # UTC, ISO
    undone_at: str                # '' while it stands

    @property
    def label(self) -> str:
        return LABELS.get(self.action, self.action)


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _columns(conn: sqlite3.Connection) -> list[str]:
    return [r[1] for r in conn.execute("PRAGMA table_info(district_school)")]


def _row(conn: sqlite3.Connection, where: str, value: str) -> dict | None:
    columns = _columns(conn)
    found = conn.execute(f"SELECT {', '.join(columns)} FROM district_school WHERE {where} = ? "
                         "ORDER BY code = ? DESC LIMIT 1", [value, value]).fetchone()
    return dict(zip(columns, found)) if found else None


def _school(conn: sqlite3.Connection, code: str) -> dict:
    row = _row(conn, "code_key", code_key(code))
    if row is None:
        raise InputError("Danh sách của cơ quan không có trường mã {code}.", field="code", code=code)
    return row


def _put(conn: sqlite3.Connection, code: str, row: dict | None) -> None:
    """Make the school's overview row ``row`` (None: no row)."""
    conn.execute("DELETE FROM district_school WHERE code = ?", [code])
    if row is not None:
        known = set(_columns(conn))
        columns = [c for c in row if c in known]
        conn.execute(f"INSERT INTO district_school ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                     [row[c] for c in columns])


def _record(conn: sqlite3.Connection, action: str, before: dict, after: dict | None) -> Change:
    made_at = _now()
    change_id = conn.execute(
        "INSERT INTO office_change (action, school_code, code_key, school_name, before, after, made_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [action, before["code"], code_key(before["code"]), before["name"], json.dumps(before, ensure_ascii=False),
         json.dumps(after, ensure_ascii=False) if after is not None else "", made_at]).lastrowid
    assert change_id is not None
    return Change(change_id, action, before["code"], before["name"], before["current_import"],
                  after["current_import"] if after else None, made_at, "")


def remove_school(db: Database, code: str) -> Change:
    """Take school ``code`` out of the overview; its imports stay as history."""
    conn = db.conn
    with db.atomic():
        before = _school(conn, code)
        _put(conn, before["code"], None)
        return _record(conn, REMOVE, before, None)


def previous_import(conn: sqlite3.Connection, school: dict) -> tuple | None:
    """(id, school name, commune) of the import logged before the school's current one."""
    return conn.execute(
        "SELECT id, school_name, through FROM import_log WHERE school_code = ? AND id < ? ORDER BY id DESC LIMIT 1",
        [school["code"], school["current_import"]]).fetchone()


def exported_at(db: Database, import_id: int | None) -> str | None:
    """When the school exported the file of import ``import_id`` (None: no such import)."""
    row = db.execute("SELECT exported_at FROM import_log WHERE id = ?", [import_id]).fetchone() if import_id else None
    return row[0] if row else None


def previous_export(db: Database, code: str) -> str | None:
    """When the school exported the import before its current one: what «Trở lại bản nhập trước» would use
    (None: it was imported once, or is not held)."""
    found = db.execute("SELECT code, current_import FROM district_school WHERE code = ?", [code]).fetchone()
    previous = previous_import(db.conn, {"code": found[0], "current_import": found[1]}) if found else None
    return exported_at(db, previous[0]) if previous else None


def revert_school(db: Database, code: str) -> Change:
    """Make the school's previous import current again (its newer one stays as history)."""
    conn = db.conn
    with db.atomic():
        before = _school(conn, code)
        previous = previous_import(conn, before)
        if previous is None:
            raise InputError("Trường {code} ({name}) mới được nhập một lần; không có bản nhập trước để trở lại.",
                             field="code", code=before["code"], name=before["name"])
        import_id, name, through = previous
        level = conn.execute("SELECT level FROM imported_school WHERE import_id = ? ORDER BY id LIMIT 1",
                             [import_id]).fetchone()
        after = dict(before, current_import=import_id, name=name, through=through or before.get("through", ""),
                     level=(level[0] if level and level[0] else before["level"]))
        _put(conn, before["code"], after)
        return _record(conn, REVERT, before, after)


def undo_last(db: Database, code: str | None = None) -> Change:
    """Undo the last remove or revert not yet undone (of school ``code`` when given)."""
    conn = db.conn
    with db.atomic():
        sql = ("SELECT id, action, school_code, school_name, before, after, made_at FROM office_change "
               "WHERE undone_at = ''")
        params: list = []
        if code:
            sql += " AND code_key = ?"
            params.append(code_key(code))
        found = conn.execute(sql + " ORDER BY id DESC LIMIT 1", params).fetchone()
        if found is None:
            raise InputError("Không có thao tác gỡ trường hay trở lại bản nhập trước nào để hoàn tác.", field="code")
        change_id, action, school_code, school_name, before_text, after_text, made_at = found
        before = json.loads(before_text)
        after = json.loads(after_text) if after_text else None
        if _row(conn, "code", school_code) != after:
            raise InputError("Trường {code} ({name}) đã thay đổi sau thao tác cần hoàn tác (ví dụ đã nhập tệp mới); "
                             "không hoàn tác được. Dữ liệu hiện có được giữ nguyên.", field="code",
                             code=school_code, name=school_name)
        _put(conn, school_code, before)
        undone_at = _now()
        conn.execute("UPDATE office_change SET undone_at = ? WHERE id = ?", [undone_at, change_id])
        return Change(change_id, action, school_code, school_name, before["current_import"],
                      after["current_import"] if after else None, made_at, undone_at)


def changes(db: Database, code: str | None = None) -> list[Change]:
    """Every remove and revert, newest first (of one school when ``code`` is given)."""
    sql = "SELECT id, action, school_code, school_name, before, after, made_at, undone_at FROM office_change"
    params: list = []
    if code:
        sql += " WHERE code_key = ?"
        params.append(code_key(code))
    result = []
    for change_id, action, school_code, name, before, after, made_at, undone_at in db.execute(
            sql + " ORDER BY id DESC", params).fetchall():
        result.append(Change(change_id, action, school_code, name, json.loads(before).get("current_import"),
                             json.loads(after).get("current_import") if after else None, made_at, undone_at))
    return result


def last_change(db: Database) -> Change | None:
    """The change «Hoàn tác» would undo."""
    found = [c for c in changes(db) if not c.undone_at]
    return found[0] if found else None


def removed_row(conn: sqlite3.Connection, key: str) -> tuple[int, dict] | None:
    """(the removal's id, the overview row) of a removed school of code key ``key``; None when it was not
    removed, or is back."""
    found = conn.execute("SELECT id, before FROM office_change WHERE code_key = ? AND action = ? "
                         "AND undone_at = '' ORDER BY id DESC LIMIT 1", [key, REMOVE]).fetchone()
    if found is None or _row(conn, "code_key", key) is not None:
        return None
    return found[0], json.loads(found[1])


def bring_back(conn: sqlite3.Connection, row: dict) -> None:
    """Put a removed school's row back (store.district, before deciding a new file of it)."""
    _put(conn, row["code"], row)


def came_back(conn: sqlite3.Connection, change_id: int) -> None:
    """The removed school's file was imported: its removal is over (nothing left for «Hoàn tác» to undo)."""
    conn.execute("UPDATE office_change SET undone_at = ? WHERE id = ?", [_now(), change_id])
