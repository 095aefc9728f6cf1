"""Progress updates, minh chứng codes and chỉ tiêu in the school file."""
from __future__ import annotations

import sqlite3
from datetime import date

from sqlite_utils import Database

from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.plan import ProgressUpdate, Target
from kehoach_desktop.domain.values import nfc
from kehoach_desktop.store.plans import row_plan_id


def add_update(db: Database, row_id: int, update: ProgressUpdate) -> int:
    """Record a dated update and its evidence codes; codes stay unique within the plan."""
    with db.atomic():
        plan_id = row_plan_id(db, row_id)
        update.row_id = row_id
        update.id = db["progress_update"].insert({
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
                db["evidence"].insert({"plan_id": plan_id, "row_id": row_id,
                                       "update_id": update.id, "code": nfc(code).strip()})
            except sqlite3.IntegrityError as exc:
                raise InputError(f"Mã minh chứng {code} đã được dùng trong kế hoạch này.",
                                 field="evidence") from exc
    return update.id


def list_updates(db: Database, row_id: int) -> list[ProgressUpdate]:
    updates = []
    for r in db["progress_update"].rows_where("row_id = ?", [row_id], order_by="on_date, id"):
        codes = [e[0] for e in db.execute(
            "SELECT code FROM evidence WHERE update_id = ? ORDER BY id", [r["id"]])]
        updates.append(ProgressUpdate(
            id=r["id"], row_id=row_id, on_date=date.fromisoformat(r["on_date"]),
            percent=r["percent"], status=r["status"], note=r["note"],
            reporter=r["reporter"], spent=r["spent"], evidence=codes,
        ))
    return updates


def delete_update(db: Database, update_id: int) -> None:
    with db.atomic():
        db["progress_update"].delete_where("id = ?", [update_id])


def evidence_codes(db: Database, plan_id: int) -> list[str]:
    return [r[0] for r in db.execute("SELECT code FROM evidence WHERE plan_id = ? ORDER BY code", [plan_id])]


def save_targets(db: Database, plan_id: int, targets: list[Target]) -> None:
    """Replace a plan's chỉ tiêu with ``targets`` in one transaction."""
    with db.atomic():
        db.execute("DELETE FROM target WHERE plan_id = ?", [plan_id])
        for position, target in enumerate(targets):
            target.position = position
            target.id = db["target"].insert({
                "plan_id": plan_id, "position": position, "name": nfc(target.name),
                "unit": nfc(target.unit), "comparison": target.comparison, "value": float(target.value),
            }).last_pk
            for period, value in target.actuals.items():
                db["target_actual"].insert({"target_id": target.id, "period": nfc(period), "value": float(value)})


def list_targets(db: Database, plan_id: int) -> list[Target]:
    targets = []
    for r in db["target"].rows_where("plan_id = ?", [plan_id], order_by="position, id"):
        actuals = {a["period"]: a["value"] for a in db["target_actual"].rows_where("target_id = ?", [r["id"]])}
        targets.append(Target(id=r["id"], name=r["name"], value=r["value"], unit=r["unit"],
                              comparison=r["comparison"], actuals=actuals, position=r["position"]))
    return targets
