"""Plans as plain JSON-ready dicts: the demo school, `plan show --json` and exchange files.

Budgets and timeframes travel as the text principals wrote, plus the parsed
values, so that a file read back prints exactly what was typed.
"""
from __future__ import annotations

from dataclasses import asdict, fields
from datetime import date

from kehoach_desktop.domain.parse import parse_budget, parse_timeframe
from kehoach_desktop.domain.plan import (
    MonitoringMember, MonitoringReview, Organization, OrganizationPart, Plan, PlanRow, PriorityProblem,
    ProgressUpdate, School, Target, WorkingGroup,
)
from kehoach_desktop.domain.values import Budget, Month, Timeframe, nfc


def _pick(cls, data: dict) -> dict:
    names = {f.name for f in fields(cls)}
    return {k: (nfc(v) if isinstance(v, str) else v) for k, v in data.items() if k in names}


def school_from_dict(data: dict) -> School:
    return School(**_pick(School, data))


def organization_from_dict(data: dict) -> Organization:
    return Organization(
        council_chair=nfc(data.get("council_chair", "")),
        chair_duties=[nfc(x) for x in data.get("chair_duties", [])],
        working_groups=[WorkingGroup(**_pick(WorkingGroup, g)) for g in data.get("working_groups", [])],
        monitoring_team=[MonitoringMember(**_pick(MonitoringMember, m)) for m in data.get("monitoring_team", [])],
        monitoring_duties=[nfc(x) for x in data.get("monitoring_duties", [])],
        staff_duties=[nfc(x) for x in data.get("staff_duties", [])],
        parts=[OrganizationPart(nfc(p.get("heading", "")), [nfc(x) for x in p.get("lines", [])], p.get("kind", ""))
               for p in data.get("parts", [])],
        read_as=data.get("read_as", ""),
    )


def _timeframe_from(value, school_year: str) -> Timeframe:
    if isinstance(value, dict):
        return Timeframe(
            Month.from_iso(value["start"]) if value.get("start") else None,
            Month.from_iso(value["end"]) if value.get("end") else None,
            nfc(value.get("text", "")),
        )
    return parse_timeframe(value or "", school_year=school_year)


def _budget_from(value) -> Budget:
    if isinstance(value, dict):
        return Budget(value.get("amount"), nfc(value.get("text", "")))
    return parse_budget(value or "")


def row_from_dict(data: dict, school_year: str = "") -> PlanRow:
    values = _pick(PlanRow, {k: v for k, v in data.items() if k not in ("timeframe", "budget", "id")})
    return PlanRow(
        timeframe=_timeframe_from(data.get("timeframe"), school_year),
        budget=_budget_from(data.get("budget")),
        **values,
    )


def update_from_dict(data: dict) -> ProgressUpdate:
    values = _pick(ProgressUpdate, {k: v for k, v in data.items() if k not in ("on_date", "id", "row_id")})
    return ProgressUpdate(on_date=date.fromisoformat(data["on_date"]), **values)


def target_from_dict(data: dict) -> Target:
    return Target(**_pick(Target, {k: v for k, v in data.items() if k != "id"}))


def plan_from_dict(data: dict) -> Plan:
    year = nfc(data["school_year"])
    plain = {k: v for k, v in data.items()
             if k not in ("organization", "rows", "targets", "issued_on", "priority_problems", "monitoring", "id")}
    plan = Plan(**_pick(Plan, plain))
    plan.purposes = [nfc(x) for x in plan.purposes]
    plan.bases = [nfc(x) for x in plan.bases]
    plan.recipients = [nfc(x) for x in plan.recipients]
    plan.reporting = [nfc(x) for x in plan.reporting]
    plan.section_headings = {k: nfc(v) for k, v in (plan.section_headings or {}).items()}
    plan.issued_on = date.fromisoformat(data["issued_on"]) if data.get("issued_on") else None
    plan.organization = organization_from_dict(data.get("organization") or {})
    plan.priority_problems = [PriorityProblem(**_pick(PriorityProblem, p)) for p in data.get("priority_problems", [])]
    plan.monitoring = [MonitoringReview(**_pick(MonitoringReview, m)) for m in data.get("monitoring", [])]
    plan.rows = [row_from_dict(r, year) for r in data.get("rows", [])]
    plan.targets = [target_from_dict(t) for t in data.get("targets", [])]
    return plan


def row_to_dict(row: PlanRow) -> dict:
    # Shallow: a row's own values are immutable (text, numbers, name/value pairs) and its two
    # nested values are written by hand below; asdict's deep walk was most of a print's
    # fingerprinting time.
    data = {f.name: getattr(row, f.name) for f in _ROW_FIELDS}
    data["timeframe"] = {
        "text": row.timeframe.text,
        "start": row.timeframe.start.iso() if row.timeframe.start else None,
        "end": row.timeframe.end.iso() if row.timeframe.end else None,
    }
    data["budget"] = {"text": row.budget.text, "amount": row.budget.amount}
    return data


_ROW_FIELDS = fields(PlanRow)


# What only an imported document has (plan.py): left out while empty, so a plan that has none of
# it writes the same dict as before these fields existed (the first issued codes hash this dict).
_PLAN_WHEN_FILLED = ("section_headings", "closing", "items_as_written")
_ORGANIZATION_WHEN_FILLED = ("parts", "read_as")


def plan_to_dict(plan: Plan) -> dict:
    data = asdict(plan)
    data["issued_on"] = plan.issued_on.isoformat() if plan.issued_on else None
    data["rows"] = [row_to_dict(r) for r in plan.rows]
    for key in _PLAN_WHEN_FILLED:
        if not data[key]:
            del data[key]
    for key in _ORGANIZATION_WHEN_FILLED:
        if not data["organization"][key]:
            del data["organization"][key]
    return data
