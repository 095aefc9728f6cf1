"""Chỉ tiêu in the school file: by name for the command line, by id for the window's undo steps.

Every write checks the chỉ tiêu with domain.targets (the rules the command line
and the window share) and is one transaction. ``take_target`` and
``insert_target`` are each other's undo: a deleted chỉ tiêu comes back under its
own id, at its own place, with its reported figures.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.plan import Target
from kehoach_desktop.domain.targets import check_target, check_unique_name, find_target
from kehoach_desktop.domain.values import nfc

if TYPE_CHECKING:
    from sqlite_utils import Database

_COLUMNS = "id, name, value, unit, comparison, position"


def _write_actuals(db: Database, target: Target) -> None:
    db.table("target_actual").insert_all(
        [{"target_id": target.id, "period": p, "value": v} for p, v in target.actuals.items()])


def _insert_target(db: Database, plan_id: int, target: Target) -> None:
    record = {"plan_id": plan_id, "position": target.position, "name": target.name,
              "unit": target.unit, "comparison": target.comparison, "value": float(target.value)}
    if target.id is not None:
        record["id"] = target.id
    target.id = db.table("target").insert(record).last_pk
    _write_actuals(db, target)


def save_targets(db: Database, plan_id: int, targets: list[Target]) -> None:
    """Replace a plan's chỉ tiêu with ``targets`` in one transaction."""
    with db.atomic():
        for target in targets:
            check_target(target)
        db.execute("DELETE FROM target WHERE plan_id = ?", [plan_id])
        for position, target in enumerate(targets):
            target.position, target.id = position, None
            _insert_target(db, plan_id, target)


def set_target(db: Database, plan_id: int, target: Target) -> Target:
    """Add a chỉ tiêu, or change the one of the same name; reported figures not given are kept."""
    with db.atomic():
        check_target(target)
        current = find_target(list_targets(db, plan_id), target.name)
        if current is None:
            target.position = _next_position(db, plan_id)
        else:
            target.id, target.position = current.id, current.position
            target.actuals = {**current.actuals, **target.actuals}
            db.execute("DELETE FROM target WHERE id = ?", [current.id])
        _insert_target(db, plan_id, target)
    return target


def delete_target(db: Database, plan_id: int, name: str) -> None:
    with db.atomic():
        gone = db.execute("DELETE FROM target WHERE plan_id = ? AND name = ?", [plan_id, nfc(name).strip()])
        if gone.rowcount == 0:
            raise InputError("Không có chỉ tiêu «{name}» trong kế hoạch.", field="name",
                             name=name)


def _target(r, actuals: dict[str, float]) -> Target:
    return Target(id=r[0], name=r[1], value=r[2], unit=r[3], comparison=r[4], position=r[5], actuals=actuals)


def list_targets(db: Database, plan_id: int) -> list[Target]:
    """A plan's chỉ tiêu with their reported figures: two queries."""
    actuals: dict[int, dict[str, float]] = {}
    for target_id, period, value in db.execute(
            "SELECT a.target_id, a.period, a.value FROM target_actual a JOIN target t ON t.id = a.target_id "
            "WHERE t.plan_id = ?", [plan_id]):
        actuals.setdefault(target_id, {})[period] = value
    return [_target(r, actuals.get(r[0], {}))
            for r in db.execute(f"SELECT {_COLUMNS} FROM target WHERE plan_id = ? ORDER BY position, id", [plan_id])]


# -- by id: the window's add, edit, delete and their undo ---------------------------------------

def _next_position(db: Database, plan_id: int) -> int:
    return db.execute("SELECT COALESCE(MAX(position) + 1, 0) FROM target WHERE plan_id = ?", [plan_id]).fetchone()[0]


def get_target(db: Database, target_id: int) -> Target:
    found = db.execute(f"SELECT {_COLUMNS} FROM target WHERE id = ?", [target_id]).fetchone()
    if found is None:
        raise InputError("Chỉ tiêu số {target_id} không còn trong tệp.", field="target",
                         target_id=target_id)
    actuals = dict(db.execute("SELECT period, value FROM target_actual WHERE target_id = ?", [target_id]).fetchall())
    return _target(found, actuals)


def _plan_of(db: Database, target_id: int) -> int:
    found = db.execute("SELECT plan_id FROM target WHERE id = ?", [target_id]).fetchone()
    if found is None:
        raise InputError("Chỉ tiêu số {target_id} không còn trong tệp.", field="target",
                         target_id=target_id)
    return found[0]


def insert_target(db: Database, plan_id: int, target: Target) -> Target:
    """Put a chỉ tiêu in at ``target.position`` (None: last), under its own id when it has one."""
    with db.atomic():
        check_target(target)
        check_unique_name(target, list_targets(db, plan_id))
        last = _next_position(db, plan_id)
        target.position = last if target.position is None else max(0, min(target.position, last))
        db.execute("UPDATE target SET position = position + 1 WHERE plan_id = ? AND position >= ?",
                   [plan_id, target.position])
        _insert_target(db, plan_id, target)
    return target


def replace_target(db: Database, target: Target) -> None:
    """Write a chỉ tiêu over the one of the same id: name, goal and every reported figure."""
    if target.id is None:
        raise ValueError("replace_target needs a target read from the file (with its id)")
    with db.atomic():
        plan_id = _plan_of(db, target.id)
        check_target(target)
        check_unique_name(target, list_targets(db, plan_id))
        db.execute("UPDATE target SET name = ?, unit = ?, comparison = ?, value = ? WHERE id = ?",
                   [target.name, target.unit, target.comparison, float(target.value), target.id])
        db.execute("DELETE FROM target_actual WHERE target_id = ?", [target.id])
        _write_actuals(db, target)


def take_target(db: Database, target_id: int) -> Target:
    """Delete a chỉ tiêu (its figures go with it) and return it whole, for ``insert_target`` to restore."""
    with db.atomic():
        plan_id = _plan_of(db, target_id)
        target = get_target(db, target_id)
        db.execute("DELETE FROM target WHERE id = ?", [target_id])
        db.execute("UPDATE target SET position = position - 1 WHERE plan_id = ? AND position > ?",
                   [plan_id, target.position])
    return target
