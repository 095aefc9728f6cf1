"""Taking a row or a plan out of the file and putting it back exactly: what undo needs.

Undoing a delete must bring back the same row under the same id with its
progress reports and minh chứng, or the reports on the dashboard would be lost
and later undo steps would point at ids that no longer exist.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kehoach_desktop.domain.plan import Plan, PlanRow, ProgressUpdate
from kehoach_desktop.store import plans, progress
from kehoach_desktop.store.records import plan_to_record, row_to_record

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass
class RowSnapshot:
    plan_id: int
    row: PlanRow
    updates: list[ProgressUpdate] = field(default_factory=list)


def take_row(db: Database, row_id: int) -> RowSnapshot:
    """Delete a row (one transaction) and return everything needed to restore it."""
    with db.atomic():
        snapshot = RowSnapshot(plans.row_plan_id(db, row_id), plans.get_row(db, row_id),
                               progress.list_updates(db, row_id))
        plans.delete_row(db, row_id)
    return snapshot


def restore_row(db: Database, snapshot: RowSnapshot) -> None:
    """Put a taken row back at its position under its own id, with its progress reports."""
    with db.atomic():
        plans.add_row(db, snapshot.plan_id, snapshot.row, position=snapshot.row.position)
        assert snapshot.row.id is not None      # add_row gave it one
        for update in snapshot.updates:
            update.id = None
            progress.add_update(db, snapshot.row.id, update)


def restore_plan(db: Database, plan: Plan) -> None:
    """Insert a plan and its rows under their own ids (redo of a plan that was undone)."""
    with db.atomic():
        record = plan_to_record(plan)
        record["id"] = plan.id
        db.table("plan").insert(record)
        for position, row in enumerate(plan.rows):
            row_record = row_to_record(row)
            row_record.update(id=row.id, plan_id=plan.id, position=position)
            db.table("plan_row").insert(row_record)
