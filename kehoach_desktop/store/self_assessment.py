"""The year's self-assessment in the school file: read whole, written whole in one transaction.

A report is a few hundred rows at most (15 criteria × 2 levels, 4 standards, a council of a dozen),
so saving rewrites the year's rows: one transaction, so a power cut leaves the last saved report or
this one, never half of each. ``save_finding`` is the editor's small write (one level of one
criterion) and checks the order of levels against what the file holds, not what a window remembers.
"""
from __future__ import annotations

import json
from datetime import date, datetime, timezone
from typing import TYPE_CHECKING

from kehoach_desktop.domain.council import Council, CouncilMember
from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.parse import parse_school_year
from kehoach_desktop.domain.self_assessment import (
    MAX_STATEMENT_CHARS, CriterionAssessment, LevelFinding, SelfAssessment, StandardReview, set_finding,
)
from kehoach_desktop.domain.values import nfc

if TYPE_CHECKING:
    from sqlite_utils import Database


def _day(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


MAX_LINE = 300      # a name, a role, a data cell: one line


def cut_text(value, limit: int) -> str:
    """A text as read, at most ``limit`` characters: a damaged file's megabyte never reaches a screen or a paper
    (the editor refuses more than ``MAX_STATEMENT_CHARS`` when typed)."""
    text = "" if value is None else str(value)
    return text if len(text) <= limit else text[:limit] + "…"


def _json_object(raw) -> dict:
    """A JSON object column as written; a damaged one (a file edited by hand, a broken disk) reads as empty
    rather than stopping the window: the texts are lost from view, not the rest of the report."""
    try:
        value = json.loads(raw or "{}")
    except (TypeError, ValueError, RecursionError):
        return {}
    return value if isinstance(value, dict) else {}


def assessment_years(db: Database) -> list[str]:
    """The school years with a self-assessment, newest first."""
    if "self_assessment" not in db.table_names():
        return []
    return [r[0] for r in db.execute("SELECT school_year FROM self_assessment ORDER BY school_year DESC")]


def load_assessment(db: Database, school_year: str) -> SelfAssessment | None:
    if "self_assessment" not in db.table_names():
        return None
    row = db.execute("SELECT id, school_year, framework_id, council_decision_number, council_decision_date, "
                     "approved_on, texts, data FROM self_assessment WHERE school_year = ?",
                     [parse_school_year(school_year)]).fetchone()
    if row is None:
        return None
    aid = row[0]
    members = [CouncilMember(name=cut_text(r[0], MAX_LINE), position=cut_text(r[1], MAX_LINE), role=cut_text(r[2], MAX_LINE),
                             group=cut_text(r[3], MAX_LINE),
                             criteria=tuple(c.strip() for c in cut_text(r[4], MAX_LINE).split(",") if c.strip()),
                             task=cut_text(r[5], MAX_STATEMENT_CHARS))
               for r in db.execute("SELECT name, title, role, work_group, criteria, task FROM council_member "
                                   "WHERE assessment_id = ? ORDER BY position, id", [aid])]
    found: dict[str, dict[int, LevelFinding]] = {}
    for code, level, text, met in db.execute(
            "SELECT criterion_code, level, text, met FROM criterion_finding WHERE assessment_id = ? "
            "ORDER BY criterion_code, level", [aid]):
        if not isinstance(level, int) or not isinstance(code, str):
            continue                        # a row no program wrote: skipped, never a crash
        found.setdefault(code, {})[level] = LevelFinding(cut_text(text, MAX_STATEMENT_CHARS),
                                                         met == 1 if met in (0, 1) else None)
    criteria = {code: CriterionAssessment(code, tuple(sorted(levels.items()))) for code, levels in found.items()}
    standards = {r[0]: StandardReview(r[0], *(cut_text(x, MAX_STATEMENT_CHARS) for x in r[1:4])) for r in db.execute(
        "SELECT standard_no, strengths, weaknesses, direction FROM standard_review WHERE assessment_id = ?", [aid])}
    texts = {k: cut_text(v, MAX_STATEMENT_CHARS) for k, v in _json_object(row[6]).items()
             if isinstance(k, str) and isinstance(v, str)}
    data: dict[str, tuple[str, str, str]] = {}
    for key, values in _json_object(row[7]).items():
        if isinstance(values, list):
            first, second, third = ([cut_text(x, MAX_LINE) for x in values] + ["", "", ""])[:3]
            data[key] = (first, second, third)
    return SelfAssessment(school_year=row[1], framework_id=row[2],
                          council=Council(row[3], _day(row[4]), members), criteria=criteria, standards=standards,
                          texts=texts, data=data, approved_on=_day(row[5]), id=aid)


def _write_children(db: Database, aid: int, a: SelfAssessment) -> None:
    for table in ("council_member", "criterion_finding", "standard_review"):
        db.execute(f"DELETE FROM {table} WHERE assessment_id = ?", [aid])
    db.table("council_member").insert_all(
        [{"assessment_id": aid, "position": n, "name": nfc(m.name).strip(), "title": nfc(m.position).strip(),
          "role": m.role, "work_group": nfc(m.group).strip(), "criteria": ", ".join(m.criteria),
          "task": nfc(m.task).strip()} for n, m in enumerate(a.council.members)])
    db.table("criterion_finding").insert_all(
        [{"assessment_id": aid, "criterion_code": code, "level": level, "text": nfc(f.text),
          "met": None if f.met is None else int(f.met)}
         for code, ca in sorted(a.criteria.items()) for level, f in ca.levels])
    db.table("standard_review").insert_all(
        [{"assessment_id": aid, "standard_no": no, "strengths": nfc(s.strengths), "weaknesses": nfc(s.weaknesses),
          "direction": nfc(s.direction)} for no, s in sorted(a.standards.items())])


def save_assessment(db: Database, assessment: SelfAssessment) -> SelfAssessment:
    """Write the whole report of its year (made if new), in one transaction; the assessment gets its id."""
    year = parse_school_year(assessment.school_year)
    record = {
        "school_year": year, "framework_id": assessment.framework_id,
        "council_decision_number": nfc(assessment.council.decision_number).strip(),
        "council_decision_date": _iso(assessment.council.decision_date), "approved_on": _iso(assessment.approved_on),
        "texts": json.dumps({k: nfc(v) for k, v in sorted(assessment.texts.items())}, ensure_ascii=False),
        "data": json.dumps({k: list(v) for k, v in sorted(assessment.data.items())}, ensure_ascii=False),
        "updated_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
    }
    with db.atomic():
        row = db.execute("SELECT id FROM self_assessment WHERE school_year = ?", [year]).fetchone()
        if row is None:
            aid = int(db.table("self_assessment").insert(record).last_pk or 0)
        else:
            aid = row[0]
            db.table("self_assessment").update(aid, record)
        _write_children(db, aid, assessment)
    assessment.id, assessment.school_year = aid, year
    return assessment


def save_finding(db: Database, school_year: str, code: str, level: int, text: str | None = None,
                 met: bool | None | str = "keep", framework=None) -> CriterionAssessment:
    """One level of one criterion changed against what the file holds now (another window may have written)."""
    with db.atomic():
        assessment = load_assessment(db, school_year)
        if assessment is None:
            raise InputError("Chưa có báo cáo tự đánh giá năm học {school_year}.", field="school_year",
                             school_year=school_year)
        updated = set_finding(assessment, code, level, text, met, framework)
        db.execute("DELETE FROM criterion_finding WHERE assessment_id = ? AND criterion_code = ?",
                   [assessment.id, code])
        db.table("criterion_finding").insert_all(
            [{"assessment_id": assessment.id, "criterion_code": code, "level": n, "text": nfc(f.text),
              "met": None if f.met is None else int(f.met)} for n, f in updated.levels])
    return updated


def save_review(db: Database, school_year: str, no: int, typed: dict[str, str]) -> SelfAssessment:
    """A standard's typed parts over what the file holds now (another window may have written the others)."""
    with db.atomic():
        fresh = load_assessment(db, school_year)
        if fresh is None:
            raise InputError("Chưa có báo cáo tự đánh giá năm học {school_year}.", field="school_year",
                             school_year=school_year)
        review = fresh.standard(no)
        fresh.standards[no] = StandardReview(no, **{key: typed.get(key, getattr(review, key))
                                                    for key in ("strengths", "weaknesses", "direction")})
        return save_assessment(db, fresh)


def delete_assessment(db: Database, school_year: str) -> None:
    with db.atomic():
        gone = db.execute("DELETE FROM self_assessment WHERE school_year = ?", [parse_school_year(school_year)])
        if gone.rowcount == 0:
            raise InputError("Chưa có báo cáo tự đánh giá năm học {school_year}.", field="school_year",
                             school_year=school_year)
