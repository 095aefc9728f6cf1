"""The office file's own identity (domain.office): its kind, letterhead, signer and Nơi nhận.

Each change is a new row of ``office_identity`` with the day it applies from, never an edit of
an old one, so a document dated before a change still prints the office as it was then
(``identity_at``). The table is district migration 0002_office_identity.
"""
from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict, replace
from datetime import date, datetime, timezone
from typing import TYPE_CHECKING

from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.office import OfficeIdentity, identity_on, legacy_identity

if TYPE_CHECKING:
    from sqlite_utils import Database

COLUMNS = ("since", "kind", "name", "governing_body", "office_line", "place", "signer_title", "signer_name",
           "symbol", "recipients", "commune", "province", "district")


def insert_identity(conn: sqlite3.Connection, identity: OfficeIdentity) -> None:
    values = asdict(identity)
    values["recipients"] = json.dumps(list(identity.recipients), ensure_ascii=False)
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    conn.execute(f"INSERT INTO office_identity ({', '.join(COLUMNS)}, recorded_at) "
                 f"VALUES ({', '.join('?' * len(COLUMNS))}, ?)", [values[c] for c in COLUMNS] + [now])


def identity_history(db: Database) -> list[OfficeIdentity]:
    """Every identity the office has had, in the order they apply (by day, then as recorded)."""
    found = []
    for row in db.execute(f"SELECT {', '.join(COLUMNS)} FROM office_identity ORDER BY since, id").fetchall():
        values = dict(zip(COLUMNS, row))
        try:
            recipients = tuple(str(r) for r in json.loads(values["recipients"]) if str(r).strip())
        except (TypeError, ValueError):
            recipients = ()
        values["recipients"] = recipients
        found.append(OfficeIdentity(**values))
    return found


def identity_at(db: Database, day: date | None = None) -> OfficeIdentity:
    """The identity a document dated ``day`` (today by default) prints."""
    history = identity_history(db)
    if not history:     # a file whose creation was cut short between its tables and its identity
        row = db.execute("SELECT value FROM district_meta WHERE key = 'name'").fetchone()
        history = [legacy_identity(row[0] if row else "")]
    return identity_on(history, day or date.today())


def record_identity(db: Database, identity: OfficeIdentity, since: date) -> OfficeIdentity:
    """Keep ``identity`` as the office's from ``since`` on; earlier documents keep theirs."""
    identity = replace(identity, since=since.isoformat())
    conn = db.conn
    try:
        conn.execute("BEGIN IMMEDIATE")
        insert_identity(conn, identity)
        conn.execute("COMMIT")
    except sqlite3.Error as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise InputError("Không lưu được thông tin cơ quan vào tệp ({exc}); tệp vẫn như trước.", field="file",
                         exc=exc) from exc
    return identity
