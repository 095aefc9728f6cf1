"""Mapping between domain objects and table records: the one place that knows both shapes."""
from __future__ import annotations

import json
from dataclasses import asdict, fields
from datetime import date

from kehoach_desktop.domain.fields import (
    BUDGET, CRITERION, FLAG, LEVEL, MONEY, PERCENT, STATUS, TEXT, TIMEFRAME, Field, plan_fields, value_of,
)
from kehoach_desktop.domain.plan import (
    MonitoringMember, MonitoringReview, Organization, OrganizationPart, Plan, PlanRow, PriorityProblem,
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
        parts=[OrganizationPart(str(p.get("heading", "")), [str(x) for x in p.get("lines", [])], str(p.get("kind", "")))
               for p in data.get("parts", []) if isinstance(p, dict)],
        read_as=str(data.get("read_as", "")),
    )


def _load_mapping(raw: str | None) -> dict[str, str]:
    data = json.loads(raw or "{}")
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def plan_to_record(plan: Plan) -> dict:
    return {
        "school_year": nfc(plan.school_year),
        "framework_id": plan.framework_id,
        "number": nfc(plan.number),
        "place": nfc(plan.place),
        "governing_body": nfc(plan.governing_body),
        "school_name": nfc(plan.school_name),
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
        "section_headings": _dump(_nfc_tree(plan.section_headings)),
        "closing": nfc(plan.closing),
        "items_as_written": 1 if plan.items_as_written else 0,
    }


def plan_from_record(record: dict) -> Plan:
    return Plan(
        id=record["id"],
        school_year=record["school_year"],
        framework_id=record["framework_id"],
        number=record["number"],
        place=record["place"],
        governing_body=record.get("governing_body") or "",
        school_name=record.get("school_name") or "",
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
        # a file opened read-only before its upgrade to schema 8 has no such column
        section_headings=_load_mapping(record.get("section_headings")),
        closing=record.get("closing") or "",
        items_as_written=bool(record.get("items_as_written")),
    )


# Each kind of field as table columns and back (see domain.fields: a field's kind names its shape).
def _timeframe_columns(value: Timeframe) -> dict:
    return {"timeframe_text": nfc(value.text), "start_month": value.start.iso() if value.start else None,
            "end_month": value.end.iso() if value.end else None}


def _timeframe_from(record: dict) -> Timeframe:
    return Timeframe(Month.from_iso(record["start_month"]) if record["start_month"] else None,
                     Month.from_iso(record["end_month"]) if record["end_month"] else None, record["timeframe_text"])


_TO_COLUMNS = {
    TEXT: lambda name, v: {name: nfc(v)},
    CRITERION: lambda name, v: {name: nfc(v)},
    STATUS: lambda name, v: {name: v},
    LEVEL: lambda name, v: {name: v},
    MONEY: lambda name, v: {name: v},
    PERCENT: lambda name, v: {name: int(v)},
    FLAG: lambda name, v: {name: 1 if v else 0},
    TIMEFRAME: lambda name, v: _timeframe_columns(v),
    BUDGET: lambda name, v: {"budget_amount": v.amount, "budget_text": nfc(v.text)},
}
_FROM_COLUMNS = {
    TIMEFRAME: lambda name, r: _timeframe_from(r),
    BUDGET: lambda name, r: Budget(r["budget_amount"], r["budget_text"]),
    FLAG: lambda name, r: bool(r.get(name, 0)),
}
_OWN = ("id", "position")        # the row's bookkeeping, not fields


_EMPTY = {TIMEFRAME: Timeframe(None, None, ""), BUDGET: Budget(None, "")}


def row_columns(f: Field) -> tuple[str, ...]:
    """The plan_row columns that hold field ``f``."""
    return tuple(_TO_COLUMNS[f.kind](f.name, _EMPTY.get(f.kind, f.default)))


def row_to_record(row: PlanRow) -> dict:
    record = {"position": row.position}
    for f in plan_fields():
        record.update(_TO_COLUMNS[f.kind](f.name, value_of(row, f)))
    return record


def row_from_record(record: dict) -> PlanRow:
    """A row from its record; a column a file older than the field lacks takes the field's default."""
    row = PlanRow(**{name: record[name] for name in _OWN})
    extra = {}
    for f in plan_fields():
        if f.kind in _FROM_COLUMNS:
            value = _FROM_COLUMNS[f.kind](f.name, record)
        else:
            value = record.get(f.name, f.default)
            if value is None and f.kind in (TEXT, CRITERION, STATUS, PERCENT):
                value = f.default
        if f.is_extra:
            if value != f.default:      # an unset extra field is absent, as on a row made in memory
                extra[f.name] = value
        else:
            setattr(row, f.name, value)
    row.extra = tuple(sorted(extra.items()))
    return row
