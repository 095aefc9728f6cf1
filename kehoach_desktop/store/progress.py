"""Progress updates and minh chứng codes in the school file (chỉ tiêu: store/targets.py).

Recording an update is one transaction: the update, its evidence codes and the
row's status, percent and spent (which follow the latest update by date unless
the status was set by hand) are written together or not at all.
"""
from __future__ import annotations

import sqlite3
from datetime import date
from typing import TYPE_CHECKING

from kehoach_desktop.domain.catalog import Framework
from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.plan import ProgressUpdate
from kehoach_desktop.domain.progress import check_evidence_codes, check_update, follow_updates, manual_state
from kehoach_desktop.domain.values import nfc
from kehoach_desktop.store.plans import get_row
# Chỉ tiêu live in store/targets.py; their by-name functions are still imported from here by many callers.
from kehoach_desktop.store.targets import delete_target, list_targets, save_targets, set_target  # noqa: F401

if TYPE_CHECKING:
    from sqlite_utils import Database


def plan_framework(db: Database, plan_id: int) -> Framework:
    from kehoach_desktop.catalogs import framework   # the installed catalogs, corrected ones included
    return framework(db.execute("SELECT framework_id FROM plan WHERE id = ?", [plan_id]).fetchone()[0])


def _existing_row_plan(db: Database, row_id: int) -> int:
    found = db.execute("SELECT plan_id FROM plan_row WHERE id = ?", [row_id]).fetchone()
    if found is None:
        raise InputError("Dòng kế hoạch số {row_id} không còn trong tệp.", field="row",
                         row_id=row_id)
    return found[0]


def used_evidence(db: Database, plan_id: int, codes: list[str] | None = None) -> dict[str, str]:
    """Minh chứng codes of the plan (all, or those of ``codes``) → where each is used ("dòng 3")."""
    sql = "SELECT e.code, r.position FROM evidence e JOIN plan_row r ON r.id = e.row_id WHERE e.plan_id = ?"
    params: list = [plan_id]
    if codes is not None:
        sql += f" AND e.code IN ({', '.join('?' * len(codes))})"
        params += [nfc(c).strip() for c in codes]
    return {code: f"dòng {position + 1}" for code, position in db.execute(sql, params)}


def add_update(db: Database, row_id: int, update: ProgressUpdate, framework: Framework | None = None) -> int:
    """Record a dated update and its evidence codes, then bring the row in line with its updates."""
    with db.atomic():
        plan_id = _existing_row_plan(db, row_id)
        check_update(update)
        framework = framework or plan_framework(db, plan_id)
        used = used_evidence(db, plan_id, update.evidence) if update.evidence else {}
        update.evidence = check_evidence_codes(update.evidence, framework, used)
        update.row_id = row_id
        update.id = db.table("progress_update").insert({
            "row_id": row_id,
            "on_date": update.on_date.isoformat(),
            "percent": int(update.percent),
            "status": update.status,
            "note": nfc(update.note),
            "reporter": nfc(update.reporter),
            "spent": update.spent,
        }).last_pk
        for code in update.evidence:
            try:
                db.table("evidence").insert({"plan_id": plan_id, "row_id": row_id, "update_id": update.id, "code": code})
            except sqlite3.IntegrityError as exc:   # a second writer got there first
                raise InputError("Mã minh chứng {code} đã được dùng trong kế hoạch này.",
                                 field="evidence", code=code) from exc
        sync_row(db, row_id)
    assert update.id is not None            # set by the insert above
    return update.id


def _update_from_record(r, codes: list[str]) -> ProgressUpdate:
    return ProgressUpdate(id=r[0], row_id=r[1], on_date=date.fromisoformat(r[2]), percent=r[3], status=r[4],
                          note=r[5], reporter=r[6], spent=r[7], evidence=codes)


_UPDATE_COLUMNS = "u.id, u.row_id, u.on_date, u.percent, u.status, u.note, u.reporter, u.spent"


def list_updates(db: Database, row_id: int) -> list[ProgressUpdate]:
    """A row's updates, oldest first."""
    codes = _codes_by_update(db, "SELECT e.update_id, e.code FROM evidence e WHERE e.row_id = ?", [row_id])
    return [_update_from_record(r, codes.get(r[0], [])) for r in db.execute(
        f"SELECT {_UPDATE_COLUMNS} FROM progress_update u WHERE u.row_id = ? ORDER BY u.on_date, u.id", [row_id])]


def plan_updates(db: Database, plan_id: int, until: date | None = None) -> dict[int, list[ProgressUpdate]]:
    """Every update of a plan (up to ``until``), by row id, oldest first: two queries in all."""
    codes = _codes_by_update(db, "SELECT e.update_id, e.code FROM evidence e WHERE e.plan_id = ?", [plan_id])
    sql = (f"SELECT {_UPDATE_COLUMNS} FROM progress_update u JOIN plan_row r ON r.id = u.row_id "
           "WHERE r.plan_id = ?" + (" AND u.on_date <= ?" if until else "") + " ORDER BY u.on_date, u.id")
    by_row: dict[int, list[ProgressUpdate]] = {}
    for r in db.execute(sql, [plan_id, until.isoformat()] if until else [plan_id]):
        by_row.setdefault(r[1], []).append(_update_from_record(r, codes.get(r[0], [])))
    return by_row


def _codes_by_update(db: Database, sql: str, params: list) -> dict[int, list[str]]:
    codes: dict[int, list[str]] = {}
    for update_id, code in db.execute(sql + " ORDER BY e.id", params):
        codes.setdefault(update_id, []).append(code)
    return codes


def delete_update(db: Database, update_id: int) -> None:
    """Remove an update (its evidence codes go with it) and let the row follow what remains."""
    with db.atomic():
        found = db.execute("SELECT row_id FROM progress_update WHERE id = ?", [update_id]).fetchone()
        if found is None:
            return
        db.table("progress_update").delete_where("id = ?", [update_id])
        sync_row(db, found[0])


def sync_row(db: Database, row_id: int) -> None:
    """Status, percent and spent of a row from its latest update (status and percent: unless set by hand)."""
    row = follow_updates(get_row(db, row_id), list_updates(db, row_id))
    db.execute("UPDATE plan_row SET status = ?, percent = ?, spent = ? WHERE id = ?",
               [row.status, row.percent, row.spent, row_id])


def set_status(db: Database, row_id: int, status: str, percent: int | None = None) -> None:
    """A status set by hand: it stays whatever later updates say, until handed back (follow_updates_again)."""
    with db.atomic():
        row = get_row(db, row_id)
        status, percent = manual_state(status, percent, row.percent)
        db.execute("UPDATE plan_row SET status = ?, percent = ?, status_manual = 1 WHERE id = ?",
                   [status, percent, row_id])


def follow_updates_again(db: Database, row_id: int) -> None:
    with db.atomic():
        db.execute("UPDATE plan_row SET status_manual = 0 WHERE id = ?", [row_id])
        sync_row(db, row_id)


def evidence_codes(db: Database, plan_id: int) -> list[str]:
    return [r[0] for r in db.execute("SELECT code FROM evidence WHERE plan_id = ? ORDER BY code", [plan_id])]
