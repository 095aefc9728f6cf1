"""Inspections of a plan (biên bản kiểm tra) in the school file; each save is one transaction."""
from __future__ import annotations

import json
from dataclasses import asdict
from datetime import datetime, timezone
from typing import TYPE_CHECKING

from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.inspection import (
    Comment, Inspection, SchoolMember, TeamMember, check_against_plan, check_inspection,
)
from kehoach_desktop.domain.inspection_fields import finding_from_values, finding_values
from kehoach_desktop.domain.values import nfc
from kehoach_desktop.store.plans import get_plan

if TYPE_CHECKING:
    from sqlite_utils import Database


def _dump(items) -> str:
    return json.dumps([asdict(i) if not isinstance(i, str) else nfc(i) for i in items], ensure_ascii=False)


def _when(value: datetime | None) -> str | None:
    return value.isoformat(timespec="minutes") if value else None


def _record(inspection: Inspection) -> dict:
    return {
        "plan_id": inspection.plan_id,
        "school_year": nfc(inspection.school_year),
        "started_at": _when(inspection.started_at), "ended_at": _when(inspection.ended_at),
        "place": nfc(inspection.place), "authority": nfc(inspection.authority), "office": nfc(inspection.office),
        "office_line": nfc(inspection.office_line),
        "number": nfc(inspection.number), "basis": nfc(inspection.basis),
        "team": _dump(inspection.team), "school_side": _dump(inspection.school_side),
        "comments": _dump(inspection.comments), "recommendations": _dump(inspection.recommendations),
        "conclusion": nfc(inspection.conclusion),
        "updated_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
    }


def _finding_record(finding) -> dict:
    """One ``inspection_finding`` row: a column per finding column of the registry (a new one comes
    with the migration adding its column)."""
    return {name: nfc(value) if isinstance(value, str) else value for name, value in finding_values(finding).items()}


def _objects(raw: str, cls) -> list:
    items = json.loads(raw or "[]")
    return [cls(**item) for item in items if isinstance(item, dict)]


def _from_record(db: Database, r: dict) -> Inspection:
    findings = [finding_from_values(f["row_id"], f) for f in db["inspection_finding"].rows_where(
        "inspection_id = ?", [r["id"]],
        order_by="(SELECT position FROM plan_row WHERE plan_row.id = inspection_finding.row_id)")]
    return Inspection(
        id=r["id"], plan_id=r["plan_id"], school_year=r["school_year"],
        started_at=datetime.fromisoformat(r["started_at"]) if r["started_at"] else None,
        ended_at=datetime.fromisoformat(r["ended_at"]) if r["ended_at"] else None,
        place=r["place"], authority=r["authority"], office=r["office"], office_line=r.get("office_line") or "",
        number=r["number"], basis=r["basis"],
        team=_objects(r["team"], TeamMember), school_side=_objects(r["school_side"], SchoolMember),
        findings=findings, comments=_objects(r["comments"], Comment),
        recommendations=[str(x) for x in json.loads(r["recommendations"] or "[]")],
        conclusion=r["conclusion"],
    )


def save_inspection(db: Database, inspection: Inspection) -> int:
    """Insert or replace an inspection and its findings; findings must name rows of its plan, and the
    record cannot be dated before the plan."""
    check_inspection(inspection)
    if inspection.plan_id is None:
        raise InputError("Biên bản kiểm tra phải gắn với một kế hoạch.", field="plan")
    check_against_plan(inspection, get_plan(db, inspection.plan_id, with_rows=False))
    plan_rows = {r[0] for r in db.execute("SELECT id FROM plan_row WHERE plan_id = ?", [inspection.plan_id])}
    for finding in inspection.findings:
        if finding.row_id not in plan_rows:
            raise InputError(f"Dòng kế hoạch số {finding.row_id} không thuộc kế hoạch được kiểm tra.",
                             field="findings")
    with db.atomic():
        record = _record(inspection)
        if inspection.id is None:
            inspection.id = db.table("inspection").insert(record).last_pk
        else:
            db.table("inspection").update(inspection.id, record)
            db.execute("DELETE FROM inspection_finding WHERE inspection_id = ?", [inspection.id])
        db.table("inspection_finding").insert_all(
            [{"inspection_id": inspection.id, "row_id": f.row_id, **_finding_record(f)} for f in inspection.findings])
    assert inspection.id is not None        # set by the insert above
    return inspection.id


def list_inspections(db: Database, plan_id: int) -> list[Inspection]:
    """A plan's inspections, the latest first."""
    return [_from_record(db, r) for r in db["inspection"].rows_where(
        "plan_id = ?", [plan_id], order_by="started_at DESC, id DESC")]


def get_inspection(db: Database, inspection_id: int) -> Inspection:
    records = list(db["inspection"].rows_where("id = ?", [inspection_id]))
    if not records:
        raise InputError(f"Không tìm thấy biên bản kiểm tra số {inspection_id} trong tệp.", field="inspection")
    return _from_record(db, records[0])


def pick_for_plan(db: Database, plan, inspection_id: int | None = None) -> Inspection | None:
    """The inspection ``inspection_id`` of ``plan`` (refused if it belongs to another plan), else
    the plan's latest one, or None when the plan was never inspected (print a blank record)."""
    if inspection_id is None:
        found = list_inspections(db, plan.id)
        return found[0] if found else None
    record = get_inspection(db, inspection_id)
    if record.plan_id != plan.id:
        raise InputError(f"Biên bản số {inspection_id} không thuộc kế hoạch năm học {plan.school_year}.",
                         field="id")
    return record
