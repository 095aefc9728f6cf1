"""Each school's self-assessment as the office sees it: its level per school year, counted at import.

A school's export since schema 14 holds its self-assessments (store.self_assessment). The office copies those
tables with the import (district_schema.ASSESSMENT_TABLES, so a commune's bundle carries them to the Sở) and, in
the same transaction, keeps one summary per school year in ``school_assessment``: the level by the rule
(domain.level_rule, khoản 3 Điều 5) against the framework this office has installed, with why, each criterion's
reached level, the council's size and decision, the day the report was approved and the number of evidence items.

The office never takes a level from the file: the file carries findings (per criterion and level, met or not), and
the level is counted here from them as the school's program counts it — a criterion reaches the highest level met
in order from Mức 1 (domain.self_assessment.CriterionAssessment.reached), so a Mức 2 «met» over a Mức 1 that is
not stops at 0; a criterion the framework lacks is ignored; a level above the framework's highest is not counted.
The values passed domain.incoming_values before they reach here, but they may still disagree with each other;
nothing here raises on them: an assessment that cannot be read is kept with no level and says so.

Keyed by the import, like the copied plan: revert and undo (store.district_history) move the school's pointer, and
the level of the import pointed at comes with it.
"""
from __future__ import annotations

import functools
import json
import logging
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kehoach_desktop.domain.catalog import Framework
from kehoach_desktop.domain.level_rule import rule_for, school_level
from kehoach_desktop.domain.self_assessment import CriterionAssessment, LevelFinding

if TYPE_CHECKING:
    from sqlite_utils import Database

Tables = Mapping[str, tuple[list[str], list[tuple]]]
UNREADABLE_WHY = "Không đọc được phần tự đánh giá trong tệp của trường; chưa tính được mức."
_log = logging.getLogger(__name__)


@dataclass
class SchoolAssessment:
    """One school year's self-assessment as the office keeps it."""

    school_year: str
    framework_id: str
    level: int | None                  # by the rule; None: no rule for the framework, or it is not installed here
    why: tuple[str, ...]               # Vietnamese, from domain.level_rule (or why there is no level)
    reached: dict[str, int] = field(default_factory=dict)   # the framework's criteria in order → level reached
    unjudged: int = 0                  # criteria the council has not judged yet
    council_members: int = 0
    council_decision: str = ""
    council_date: str | None = None    # ISO
    approved_on: str | None = None     # ISO
    evidence_items: int = 0
    framework_version: int | None = None


def _rows(tables: Tables, table: str) -> list[dict]:
    columns, rows = tables.get(table, ([], []))
    return [dict(zip(columns, row)) for row in rows]


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def summarise(tables: Tables, frameworks: Mapping[str, Framework]) -> list[SchoolAssessment]:
    """The self-assessments of an incoming file's ``tables`` (none for a file older than schema 14)."""
    assessments = _rows(tables, "self_assessment")
    if not assessments:
        return []
    findings: dict[object, dict[str, dict[int, bool | None]]] = {}
    for row in _rows(tables, "criterion_finding"):
        code, level = row.get("criterion_code"), row.get("level")
        if isinstance(code, str) and isinstance(level, int) and not isinstance(level, bool):
            met = row.get("met")
            findings.setdefault(row.get("assessment_id"), {}).setdefault(code, {})[level] = (
                None if met is None else met == 1)
    members: dict[object, int] = {}
    for row in _rows(tables, "council_member"):
        members[row.get("assessment_id")] = members.get(row.get("assessment_id"), 0) + 1
    items: dict[object, int] = {}
    for row in _rows(tables, "evidence_item"):
        items[row.get("school_year")] = items.get(row.get("school_year"), 0) + 1
    found = {}
    for row in assessments:
        year = row.get("school_year")
        if not isinstance(year, str) or not year:
            continue
        framework_id = _text(row.get("framework_id"))
        try:
            summary = _summary(framework_id, frameworks.get(framework_id), findings.get(row.get("id"), {}))
        except Exception:   # noqa: BLE001  a school's odd rows cost it its level here, never the import
            _log.warning("self-assessment %s could not be counted", year, exc_info=True)
            summary = SchoolAssessment(year, framework_id, None, (UNREADABLE_WHY,))
        summary.school_year = year
        summary.council_members = members.get(row.get("id"), 0)
        summary.council_decision = _text(row.get("council_decision_number"))
        summary.council_date = _text(row.get("council_decision_date")) or None
        summary.approved_on = _text(row.get("approved_on")) or None
        summary.evidence_items = items.get(year, 0)
        found[year] = summary
    return [found[year] for year in sorted(found, reverse=True)]


def _summary(framework_id: str, framework: Framework | None,
             findings: Mapping[str, Mapping[int, bool | None]]) -> SchoolAssessment:
    if framework is None:
        return SchoolAssessment("", framework_id, None, (
            f"Khung tiêu chí «{framework_id[:40]}» chưa được cài ở cơ quan; chưa tính được mức.",))
    reached, unjudged = {}, 0
    for criterion in framework.criteria():
        levels = {n: met for n, met in findings.get(criterion.code, {}).items() if 1 <= n <= framework.level_max}
        assessed = CriterionAssessment(criterion.code, tuple((n, LevelFinding("", met)) for n, met in sorted(levels.items())))
        reached[criterion.code] = assessed.reached
        unjudged += not assessed.judged_to(framework.level_max)
    rule = rule_for(framework.id)
    if rule is None:
        return SchoolAssessment("", framework_id, None, (
            f"{framework.short_circular()} không có quy định xếp mức trường theo tiêu chí; chương trình không tính "
            "mức.",), reached, unjudged, framework_version=framework.version)
    verdict = school_level(rule, list(reached), [c.code for c in framework.mandatory_criteria()], reached)
    return SchoolAssessment("", framework_id, min(verdict.level, framework.level_max), tuple(verdict.why), reached,
                            unjudged, framework_version=framework.version)


def record(conn: sqlite3.Connection, import_id: int, school_code: str, tables: Tables,
           frameworks: Mapping[str, Framework]) -> list[SchoolAssessment]:
    """Keep the summaries of one import (inside its transaction, store.district._write)."""
    try:
        found = summarise(tables, frameworks)
    except Exception:   # noqa: BLE001  the plan still comes in; the school shows no level rather than no file
        _log.warning("school %s: the self-assessments could not be read", school_code, exc_info=True)
        return []
    conn.executemany(
        "INSERT INTO school_assessment (import_id, school_code, school_year, framework_id, framework_version, level, "
        "why, reached, unjudged, council_members, council_decision, council_date, approved_on, evidence_items) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(import_id, school_code, a.school_year, a.framework_id, a.framework_version, a.level,
          json.dumps(list(a.why), ensure_ascii=False), json.dumps(a.reached), a.unjudged, a.council_members,
          a.council_decision, a.council_date, a.approved_on, a.evidence_items) for a in found])
    return found


# -- reading back ------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class ShownLevel:
    """What the overview shows of one school's assessment of one year."""

    school_year: str
    level: int | None
    why: tuple[str, ...]
    unjudged: int


def current_levels(db: Database) -> dict[int, dict[str, ShownLevel]]:
    """Every school's current import → its assessments by school year (one query for the whole overview)."""
    found: dict[int, dict[str, ShownLevel]] = {}
    for import_id, year, level, why, unjudged in db.execute(
            "SELECT a.import_id, a.school_year, a.level, a.why, a.unjudged FROM school_assessment a "
            "JOIN district_school s ON s.current_import = a.import_id"):
        found.setdefault(import_id, {})[year] = ShownLevel(
            year, level if isinstance(level, int) else None, _why(why), unjudged if isinstance(unjudged, int) else 0)
    return found


@functools.lru_cache(maxsize=4096)
def _why(text: object) -> tuple[str, ...]:
    """A stored why (JSON list of lines) back, whatever an older or damaged file holds."""
    try:
        value = json.loads(text) if isinstance(text, str) else []
    except ValueError:
        return ()
    return tuple(v for v in value if isinstance(v, str)) if isinstance(value, list) else ()


def _reached(text: object) -> dict[str, int]:
    try:
        value = json.loads(text) if isinstance(text, str) else {}
    except ValueError:
        return {}
    if not isinstance(value, dict):
        return {}
    return {k: v for k, v in value.items() if isinstance(k, str) and isinstance(v, int) and not isinstance(v, bool)}


def school_assessments(db: Database, code: str, import_id: int | None = None) -> list[SchoolAssessment]:
    """The assessments of school ``code``'s current import (or of ``import_id``), newest school year first."""
    if import_id is None:
        row = db.execute("SELECT current_import FROM district_school WHERE code = ?", [code]).fetchone()
        if row is None:
            return []
        import_id = row[0]
    return [SchoolAssessment(r[0], r[1], r[2] if isinstance(r[2], int) else None, _why(r[3]), _reached(r[4]),
                             r[5] or 0, r[6] or 0, r[7] or "", r[8], r[9], r[10] or 0, r[11])
            for r in db.execute(
                "SELECT school_year, framework_id, level, why, reached, unjudged, council_members, council_decision, "
                "council_date, approved_on, evidence_items, framework_version FROM school_assessment "
                "WHERE import_id = ? ORDER BY school_year DESC", [import_id])]
