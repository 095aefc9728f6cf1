"""The bundled demo school: a fictional THCS with a TT18 plan, a TT57 plan and the self-assessment between them.

``demo-school.json`` holds the school and its plans; ``demo-assessment.json`` its 2025-2026
self-assessment (Biểu 1: council, evidence register, findings, reviews, texts, data table), whose
standards' weaknesses are the 2026-2027 plan's priority problems. Both go in through the same
domain objects and store functions as the window's edits, so the demo is checked like typed input.
"""
from __future__ import annotations

import json
import os
from datetime import date, datetime, time
from pathlib import Path

from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.inspection import inspection_from_dict, resolve_rows
from kehoach_desktop.domain.serialize import plan_from_dict, school_from_dict, update_from_dict
from kehoach_desktop.resources_path import resource_dir
from kehoach_desktop.store import inspections, plans, progress
from kehoach_desktop.store.revisions import issue_plan
from kehoach_desktop.store.database import open_school_file


def demo_data() -> dict:
    return json.loads((resource_dir("demo") / "demo-school.json").read_text(encoding="utf-8"))


def demo_assessment_data() -> dict:
    return json.loads((resource_dir("demo") / "demo-assessment.json").read_text(encoding="utf-8"))


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def assessment_from_dict(data: dict, framework):
    """The demo's self-assessment as domain objects (findings set in order, so Mức 2 follows Mức 1)."""
    from kehoach_desktop.domain.council import Council, CouncilMember
    from kehoach_desktop.domain.self_assessment import SelfAssessment, StandardReview, set_finding
    council = data.get("council") or {}
    assessment = SelfAssessment(
        school_year=data["school_year"], framework_id=data["framework_id"],
        council=Council(council.get("decision_number", ""), _day(council.get("decision_date")),
                        [CouncilMember(m["name"], m.get("position", ""), m.get("role", "Ủy viên"), m.get("group", ""),
                                       tuple(m.get("criteria", ())), m.get("task", ""))
                         for m in council.get("members", [])]),
        texts=dict(data.get("texts") or {}),
        data={key: tuple((list(values) + ["", "", ""])[:3]) for key, values in (data.get("data") or {}).items()},
        approved_on=_day(data.get("approved_on")))
    for code, levels in (data.get("criteria") or {}).items():
        for finding in sorted(levels, key=lambda f: f["level"]):
            set_finding(assessment, code, finding["level"], finding.get("text", ""), finding.get("met"), framework)
    assessment.standards = {int(no): StandardReview(int(no), s.get("strengths", ""), s.get("weaknesses", ""),
                                                    s.get("direction", ""))
                            for no, s in (data.get("standards") or {}).items()}
    return assessment


def evidence_from_dict(data: dict):
    from kehoach_desktop.domain.evidence_register import EvidenceItem
    return EvidenceItem(code=data["code"], name=data["name"], number=data.get("number", ""),
                        issued_on=_day(data.get("issued_on")), issuer=data.get("issuer", ""),
                        location=data.get("location", ""), expires=_day(data.get("expires")),
                        note=data.get("note", ""))


def _write_assessment(db, data: dict) -> None:
    from kehoach_desktop.catalogs import framework as installed
    from kehoach_desktop.store.evidence_items import add_item, carry_register
    from kehoach_desktop.store.self_assessment import save_assessment
    fw = installed(data["framework_id"])
    year = data["school_year"]
    for item in data.get("evidence", []):
        add_item(db, year, evidence_from_dict(item), fw)      # codes as written: the findings cite them
    save_assessment(db, assessment_from_dict(data, fw))
    if data.get("carry_register_to"):
        # the school carried its register into the plan's year, whose progress updates cite it
        carry_register(db, year, data["carry_register_to"])


def write_demo(path: str | os.PathLike) -> Path:
    """Write the demo school to a new file at ``path``; an existing file is never overwritten."""
    path = Path(path)
    if path.exists():
        raise InputError("Tệp «{file}» đã có; chọn tên khác để không ghi đè dữ liệu.", field="file",
                         file=path.name)
    data = demo_data()
    db = open_school_file(path, create=True)
    try:
        with db.atomic():
            plans.save_school(db, school_from_dict(data["school"]))
            _write_assessment(db, demo_assessment_data())
            for plan_data in data["plans"]:
                plan = plan_from_dict(plan_data)
                plan_id = plans.save_plan(db, plan)
                progress.save_targets(db, plan_id, plan.targets)
                for row, row_data in zip(plan.rows, plan_data.get("rows", [])):
                    assert row.id is not None            # save_plan gave every row its id
                    for update_data in row_data.get("updates", []):
                        progress.add_update(db, row.id, update_from_dict(update_data))
                if plan_data.get("status") == "issued" and plan.issued_on:
                    # signed on its date: a frozen revision, as «Ban hành» makes it in the window
                    issue_plan(db, plan_id, issued_at=datetime.combine(plan.issued_on, time(8, 0)).astimezone())
                for inspection_data in plan_data.get("inspections", []):
                    record = inspection_from_dict(resolve_rows(inspection_data, plan.rows))
                    record.plan_id, record.school_year = plan.id, plan.school_year
                    record.place = record.place or data["school"]["name"]
                    inspections.save_inspection(db, record)
    finally:
        db.close()
    return path
