"""«Lưu bản sao»: a copy of the open school file, with what is on screen, somewhere else.

The copy comes from the open connection (SQLite's backup API, so every plan and
its progress go along even when the original path is gone), then the plan on
screen is written over it, so an edit that could not reach the original file is
not lost. If the connection cannot be read at all, a fresh file is built from
what the window holds: the school and the plan on screen.
"""
from __future__ import annotations

import copy
import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.plan import Plan, School
from kehoach_desktop.store import atomic_file, plans
from kehoach_desktop.store.database import open_school_file
from kehoach_desktop.store.records import row_to_record

if TYPE_CHECKING:
    from sqlite_utils import Database


def _backup(db: Database, target: Path) -> None:
    dest = sqlite3.connect(str(target))
    try:
        db.conn.backup(dest)
        dest.execute("PRAGMA journal_mode = DELETE")
        dest.commit()
    finally:
        dest.close()


def _overlay(db: Database, school: School | None, plan: Plan | None) -> None:
    """Write the on-screen school and plan over the copy, keeping row ids (and so their progress)."""
    plan = copy.deepcopy(plan)  # the window's own objects must not pick up the copy's ids
    with db.atomic():
        if school is not None:
            plans.save_school(db, school)
        if plan is None:
            return
        exists = db.execute("SELECT 1 FROM plan WHERE id = ?", [plan.id]).fetchone() if plan.id else None
        if not exists:
            plan.id = None
        plans.save_plan_header(db, plan)
        keep = [r.id for r in plan.rows if r.id is not None]
        marks = ",".join("?" * len(keep)) or "NULL"
        db.execute(f"DELETE FROM plan_row WHERE plan_id = ? AND id NOT IN ({marks})", [plan.id, *keep])
        for position, row in enumerate(plan.rows):
            record = row_to_record(row)
            record.update(plan_id=plan.id, position=position)
            if row.id is not None:
                record["id"] = row.id
            db.table("plan_row").upsert(record, pk="id")


def save_copy(db: Database | None, target: str | os.PathLike, school: School | None,
              plan: Plan | None) -> Path:
    """Write a complete school file at ``target`` (replacing it) from ``db`` and the on-screen state."""
    target = Path(target)
    if not target.parent.is_dir():
        raise InputError("Thư mục «{parent}» không tồn tại.", field="file",
                         parent=target.parent)
    tmp = atomic_file.temp_path(target.parent)   # ours by name: a killed save's copy is removed later
    try:
        try:
            if db is None:
                raise sqlite3.OperationalError("no connection")
            _backup(db, tmp)
            copy_db = open_school_file(tmp)
        except (sqlite3.Error, InputError):
            tmp.unlink(missing_ok=True)
            copy_db = open_school_file(tmp, create=True)
        try:
            _overlay(copy_db, school, plan)
        finally:
            copy_db.close()
        os.replace(tmp, target)
    except sqlite3.Error as exc:
        raise InputError("Không lưu được bản sao vào «{file}» ({exc}).", field="file",
                         file=target.name, exc=exc) from exc
    except OSError as exc:
        raise InputError("Không lưu được bản sao vào «{file}» ({error}).",
                         field="file", file=target.name, error=exc.strerror or exc) from exc
    finally:
        tmp.unlink(missing_ok=True)
    return target
