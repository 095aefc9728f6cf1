"""Mapping between domain objects and table records: the one place that knows both shapes."""
from __future__ import annotations

import json
from dataclasses import asdict, fields
from datetime import date

from kehoach_desktop.domain.plan import (
    MonitoringMember, MonitoringReview, Organization, Plan, PlanRow, PriorityProblem,
    School, WorkingGroup,
)
from kehoach_desktop.domain.values import Budget, Month, Timeframe, nfc


def _text(value):
    return nfc(value) if isinstance(value, str) else value


def _dump(value) -> str:
    return json.dumps(value, ensure_ascii=False)


def _nfc_tree(value):
    if isinstance(value, str):
        return nfc(value)
    if isinstance(value, list):
        return [_nfc_tree(v) for v in value]
    if isinstance(value, dict):
        return {k: _nfc_tree(v) for k, v in value.items()}
    return value


def _load_list(raw: str | None, cls=None) -> list:
    items = json.loads(raw or "[]")
    if not isinstance(items, list):
        return []
    if cls is None:
        return [str(i) for i in items]
    names = {f.name for f in fields(cls)}
    return [cls(**{k: v for k, v in item.items() if k in names}) for item in items if isinstance(item, dict)]


def school_to_record(school: School) -> dict:
    record = {k: _text(v) for k, v in asdict(school).items()}
    record["id"] = 1
    return record


def school_from_record(record: dict) -> School:
    names = {f.name for f in fields(School)}
    return School(**{k: v for k, v in record.items() if k in names})


def organization_from_json(raw: str | None) -> Organization:
    data = json.loads(raw or "{}")
    if not isinstance(data, dict):
        data = {}
    return Organization(
        council_chair=data.get("council_chair", ""),
        chair_duties=[str(x) for x in data.get("chair_duties", [])],
        working_groups=_load_list(_dump(data.get("working_groups", [])), WorkingGroup),
        monitoring_team=_load_list(_dump(data.get("monitoring_team", [])), MonitoringMember),
        monitoring_duties=[str(x) for x in data.get("monitoring_duties", [])],
        staff_duties=[str(x) for x in data.get("staff_duties", [])],
    )


def plan_to_record(plan: Plan) -> dict:
    return {
        "school_year": nfc(plan.school_year),
        "framework_id": plan.framework_id,
        "number": nfc(plan.number),
        "place": nfc(plan.place),
        "issued_on": plan.issued_on.isoformat() if plan.issued_on else None,
        "title": nfc(plan.title),
        "purposes": _dump(_nfc_tree(plan.purposes)),
        "bases": _dump(_nfc_tree(plan.bases)),
        "organization": _dump(_nfc_tree(asdict(plan.organization))),
        "recipients": _dump(_nfc_tree(plan.recipients)),
        "signer_title": nfc(plan.signer_title),
        "signer_name": nfc(plan.signer_name),
        "status": plan.status,
        "general_info": nfc(plan.general_info),
        "priority_problems": _dump(_nfc_tree([asdict(p) for p in plan.priority_problems])),
        "monitoring": _dump(_nfc_tree([asdict(m) for m in plan.monitoring])),
        "reporting": _dump(_nfc_tree(plan.reporting)),
    }


def plan_from_record(record: dict) -> Plan:
    return Plan(
        id=record["id"],
        school_year=record["school_year"],
        framework_id=record["framework_id"],
        number=record["number"],
        place=record["place"],
        issued_on=date.fromisoformat(record["issued_on"]) if record["issued_on"] else None,
        title=record["title"],
        purposes=_load_list(record["purposes"]),
        bases=_load_list(record["bases"]),
        organization=organization_from_json(record["organization"]),
        recipients=_load_list(record["recipients"]),
        signer_title=record["signer_title"],
        signer_name=record["signer_name"],
        status=record["status"],
        general_info=record["general_info"],
        priority_problems=_load_list(record["priority_problems"], PriorityProblem),
        monitoring=_load_list(record["monitoring"], MonitoringReview),
        reporting=_load_list(record["reporting"]),
    )


ROW_TEXT_FIELDS = (
    "criterion_code", "expected_result", "tasks", "lead", "support", "notes",
    "content", "indicators", "expected_evidence",
)


def row_to_record(row: PlanRow) -> dict:
    record = {name: nfc(getattr(row, name)) for name in ROW_TEXT_FIELDS}
    record.update(
        position=row.position,
        current_level=row.current_level,
        target_level=row.target_level,
        timeframe_text=nfc(row.timeframe.text),
        start_month=row.timeframe.start.iso() if row.timeframe.start else None,
        end_month=row.timeframe.end.iso() if row.timeframe.end else None,
        budget_amount=row.budget.amount,
        budget_text=nfc(row.budget.text),
        status=row.status,
        percent=int(row.percent),
        spent=row.spent,
        status_manual=1 if row.status_manual else 0,
    )
    return record


def row_from_record(record: dict) -> PlanRow:
    return PlanRow(
        id=record["id"],
        position=record["position"],
        current_level=record["current_level"],
        target_level=record["target_level"],
        timeframe=Timeframe(
            Month.from_iso(record["start_month"]) if record["start_month"] else None,
            Month.from_iso(record["end_month"]) if record["end_month"] else None,
            record["timeframe_text"],
        ),
        budget=Budget(record["budget_amount"], record["budget_text"]),
        status=record.get("status", "not_started"),
        percent=record.get("percent", 0),
        spent=record.get("spent"),
        status_manual=bool(record.get("status_manual", 0)),
        **{name: record[name] for name in ROW_TEXT_FIELDS},
    )
