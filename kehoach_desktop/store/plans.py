"""Reading and writing the school, its plans and their rows.

Every public writer is one transaction: an edit is either wholly on disk or
not at all, which is what lets a pulled plug lose nothing acknowledged.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from typing import TYPE_CHECKING

from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.field_text import current_text
from kehoach_desktop.domain.school_fields import checked_plan_header, checked_school
from kehoach_desktop.domain.fields import plan_fields, value_of, with_value
from kehoach_desktop.domain.plan import Plan, PlanRow, School
from kehoach_desktop.store.records import (
    plan_from_record, plan_to_record, row_columns, row_from_record, row_to_record,
    school_from_record, school_to_record,
)

if TYPE_CHECKING:
    from sqlite_utils import Database


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


# -- school -----------------------------------------------------------------

def get_school(db: Database) -> School | None:
    rows = list(db["school"].rows_where("id = 1"))
    return school_from_record(rows[0]) if rows else None


def save_school(db: Database, school: School) -> None:
    """Write the school, its fields cleaned and within their limits (domain.school_fields)."""
    record = school_to_record(checked_school(school))
    with db.atomic():
        db.table("school").upsert(record, pk="id")


# -- plans ------------------------------------------------------------------

def list_plans(db: Database) -> list[Plan]:
    """Every plan's header (no rows), newest school year first; a year's plan before its copies."""
    return [plan_from_record(r) for r in db["plan"].rows_where(order_by=f"school_year DESC, {_copy_order(db)}")]


def _copy_order(db: Database) -> str:
    # A file opened read-only before its upgrade has no copy_number yet: the
    # earliest plan of a year is its plan there too (migration 0005's rule).
    return "copy_number, id" if "copy_number" in db["plan"].columns_dict else "id"


def copy_numbers(db: Database) -> dict[int, int]:
    """Plan id → its copy number: 0 for the plan of its year, 1, 2, … for twins kept from before 0005."""
    numbers: dict[int, int] = {}
    seen: dict[str, int] = {}
    for plan_id, year in db.execute(f"SELECT id, school_year FROM plan ORDER BY {_copy_order(db)}"):
        numbers[plan_id] = seen.get(year, 0)
        seen[year] = numbers[plan_id] + 1
    return numbers


def year_taken(school_year: str) -> InputError:
    return InputError("Trường đã có kế hoạch năm học {school_year}; mỗi năm học chỉ có một kế hoạch. Hãy mở kế "
                      "hoạch đó, hoặc chọn năm học khác.", field="school_year",
                      school_year=school_year)


def check_year_free(db: Database, school_year: str, plan_id: int | None = None) -> None:
    """Refuse ``school_year`` for a new plan (or for plan ``plan_id`` moving to it) when another plan has it."""
    if plan_id is not None and _same_year(db, plan_id, school_year):
        return   # staying in its own year (a copy kept by migration 0005 included)
    if db.execute("SELECT 1 FROM plan WHERE school_year = ? AND id IS NOT ? LIMIT 1",
                  [school_year, plan_id]).fetchone():
        raise year_taken(school_year)


def get_plan(db: Database, plan_id: int, *, with_rows: bool = True) -> Plan:
    records = list(db["plan"].rows_where("id = ?", [plan_id]))
    if not records:
        raise InputError("Không tìm thấy kế hoạch số {plan_id} trong tệp.", field="plan",
                         plan_id=plan_id)
    plan = plan_from_record(records[0])
    if with_rows:
        plan.rows = list_rows(db, plan_id)
    return plan


def find_plan(db: Database, school_year: str | None = None) -> Plan:
    """The plan of a school year, or the newest one when no year is given."""
    plans = list_plans(db)
    if school_year:
        plans = [p for p in plans if p.school_year == school_year]
    if not plans:
        if school_year:
            raise InputError("Tệp chưa có kế hoạch năm học {school_year}.", field="school_year",
                             school_year=school_year)
        raise InputError("Tệp chưa có kế hoạch.", field="school_year")
    found = plans[0].id
    assert found is not None                # listed from the file
    return get_plan(db, found)


def save_plan_header(db: Database, plan: Plan) -> int:
    """Insert or update a plan's header; its rows are saved row by row.

    The status is not the caller's to write: a new plan is a draft, and only issuing
    (store.revisions.issue_plan) makes a plan «Đã ban hành», with the revision that proves it."""
    record = plan_to_record(checked_plan_header(plan))
    record.pop("status", None)
    if plan.id is None:
        # a new document takes the school's name and governing body of today, and keeps them
        school = get_school(db)
        for key, value in (("school_name", school.name if school else ""),
                           ("governing_body", school.governing_body if school else "")):
            record[key] = record[key] or value
    record["updated_at"] = _now()
    with db.atomic():
        check_year_free(db, record["school_year"], plan.id)
        try:
            if plan.id is None:
                plan.id = db.table("plan").insert(record).last_pk
            else:
                if not _same_year(db, plan.id, record["school_year"]):
                    record["copy_number"] = 0   # a copy moved to a free year is that year's plan
                db.table("plan").update(plan.id, record)
        except sqlite3.IntegrityError as exc:   # the unique index, if the check above was raced
            if "plan.school_year" not in str(exc):
                raise
            raise year_taken(record["school_year"]) from exc
    assert plan.id is not None              # inserted or updated above
    return plan.id


def _same_year(db: Database, plan_id: int, school_year: str) -> bool:
    found = db.execute("SELECT 1 FROM plan WHERE id = ? AND school_year = ?", [plan_id, school_year])
    return found.fetchone() is not None


def save_plan(db: Database, plan: Plan) -> int:
    """A whole plan with its rows in one transaction (new plans, imports, the demo)."""
    with db.atomic():
        plan_id = save_plan_header(db, plan)
        for position, row in enumerate(plan.rows):
            row.position = position
            if row.id is None:
                add_row(db, plan_id, row)
            else:
                update_row(db, row)
    return plan_id


def delete_plan(db: Database, plan_id: int) -> None:
    with db.atomic():
        db.table("plan").delete_where("id = ?", [plan_id])


# -- rows -------------------------------------------------------------------

def list_rows(db: Database, plan_id: int) -> list[PlanRow]:
    return [row_from_record(r) for r in db["plan_row"].rows_where("plan_id = ?", [plan_id], order_by="position, id")]


def get_row(db: Database, row_id: int) -> PlanRow:
    records = list(db["plan_row"].rows_where("id = ?", [row_id]))
    if not records:
        raise InputError("Dòng kế hoạch số {row_id} không còn trong tệp.", field="row",
                         row_id=row_id)
    return row_from_record(records[0])


def row_plan_id(db: Database, row_id: int) -> int:
    return db.execute("SELECT plan_id FROM plan_row WHERE id = ?", [row_id]).fetchone()[0]


def add_row(db: Database, plan_id: int, row: PlanRow, position: int | None = None) -> int:
    """Add a row at ``position`` (default: the end), shifting the rows after it."""
    with db.atomic():
        if position is None:
            position = db.execute(
                "SELECT COALESCE(MAX(position) + 1, 0) FROM plan_row WHERE plan_id = ?", [plan_id]
            ).fetchone()[0]
        else:
            db.execute("UPDATE plan_row SET position = position + 1 WHERE plan_id = ? AND position >= ?",
                       [plan_id, position])
        row.position = position
        record = row_to_record(row)
        record["plan_id"] = plan_id
        if row.id is not None:
            record["id"] = row.id  # undo of a delete puts the row back under its own id
        row.id = db.table("plan_row").insert(record).last_pk
        _touch(db, plan_id)
    assert row.id is not None               # inserted above
    return row.id


def update_row(db: Database, row: PlanRow) -> None:
    if row.id is None:
        raise ValueError("update_row writes a row read from the file (with its id); add_row adds one")
    with db.atomic():
        record = row_to_record(row)
        record.pop("position")
        db.table("plan_row").update(row.id, record)
        _touch(db, row_plan_id(db, row.id))


# A field changed by a writer: (the value it last read, the value it writes).
Changes = dict[str, tuple[object, object]]


def update_row_fields(db: Database, row_id: int, changes: Changes) -> PlanRow:
    """Write only the fields in ``changes``, each checked against the file in the same transaction.

    Two windows, or a window and the command line, share one file: writing a whole row from a
    window's copy would put back what the other writer changed since. So a field whose value in
    the file is no longer the one the writer read is refused (nothing written) and every other
    field of the row is left as the file has it. Returns the row as the file now has it.
    """
    registry = plan_fields()
    with _immediate(db):
        current = get_row(db, row_id)
        written = current
        for name, (old, new) in changes.items():
            f = registry[name]
            if value_of(current, f) != old:
                raise InputError("Dòng {number}, «{label}» vừa được sửa ở nơi khác thành «{theirs}»; giá trị bạn "
                                 "nhập: «{yours}». Chưa ghi gì; bảng đã được cập nhật theo tệp.", field=name,
                                 row=current.position + 1, number=current.position + 1, label=f.label,
                                 theirs=current_text(current, f), yours=current_text(with_value(current, f, new), f))
            written = with_value(written, f, new)
        if written == current:
            return current
        record = row_to_record(written)
        columns = {c: record[c] for name in changes for c in row_columns(registry[name])}
        db.execute(f"UPDATE plan_row SET {', '.join(f'{c} = ?' for c in columns)} WHERE id = ?",
                   [*columns.values(), row_id])
        _touch(db, row_plan_id(db, row_id))
    return written


@contextmanager
def _immediate(db: Database) -> Iterator[None]:
    """One transaction that takes the write lock before its first read (BEGIN IMMEDIATE).

    A deferred transaction reads under a shared lock and would be refused at once, without the
    busy wait, if another writer took the file between its read and its write.
    """
    if db.conn.in_transaction:          # inside a caller's transaction: its lock covers us
        with db.atomic():
            yield
        return
    db.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        db.conn.rollback()
        raise
    try:
        db.execute("COMMIT")
    except BaseException:
        db.conn.rollback()
        raise


def delete_row(db: Database, row_id: int) -> None:
    with db.atomic():
        plan_id = row_plan_id(db, row_id)
        position = db.execute("SELECT position FROM plan_row WHERE id = ?", [row_id]).fetchone()[0]
        db.table("plan_row").delete(row_id)
        db.execute("UPDATE plan_row SET position = position - 1 WHERE plan_id = ? AND position > ?",
                   [plan_id, position])
        _touch(db, plan_id)


def move_row(db: Database, row_id: int, new_position: int) -> None:
    """Move a row to ``new_position`` within its plan, renumbering the others."""
    with db.atomic():
        plan_id = row_plan_id(db, row_id)
        ids = [r[0] for r in db.execute(
            "SELECT id FROM plan_row WHERE plan_id = ? ORDER BY position, id", [plan_id])]
        ids.remove(row_id)
        new_position = max(0, min(new_position, len(ids)))
        ids.insert(new_position, row_id)
        for position, rid in enumerate(ids):
            db.execute("UPDATE plan_row SET position = ? WHERE id = ?", [position, rid])
        _touch(db, plan_id)


def _touch(db: Database, plan_id: int) -> None:
    db.execute("UPDATE plan SET updated_at = ? WHERE id = ?", [_now(), plan_id])
