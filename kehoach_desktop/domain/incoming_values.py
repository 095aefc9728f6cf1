"""A school's file from outside, value by value: every cell goes through the rules typed input goes through.

The office imports what a school's program wrote, so every value of a genuine export is one the school
side could have stored: a school year ``parse_school_year`` gives back as it is, months that exist,
levels of the plan's framework (``Framework.validate_level``), readable criteria (``parse_criterion_ref``), the
one-line fields of the school and plan header within their limits (``school_fields``), text without
the control and hidden characters ``printable`` strips, JSON of the shape ``domain.plan`` describes,
statuses and comparisons from their lists, and every reference between tables naming a row of the
file. Anything else was forged or damaged and the file is refused, naming its first few values.

Columns are checked whole where a rule allows it (one regular-expression pass over a column of text,
the smallest and largest of a column of numbers), value by value only where that finds something or
the rule needs it, and each distinct value once: an office importing 3,000 schools pays little for it.

Pure Python over plain rows: ``tables`` maps a table's name to its columns and rows as read.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any, Callable, Iterator, Mapping

from kehoach_desktop.domain.catalog_model import Framework
from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.incoming_assessment import assessment_problems
from kehoach_desktop.domain.inspection import Comment, SchoolMember, TeamMember
from kehoach_desktop.domain.office_reply import DECISIONS
from kehoach_desktop.domain.parse_refs import parse_criterion_ref
from kehoach_desktop.domain.plan import (
    COMPARISONS, PERIODS, PLAN_STATUSES, SCHOOL_LEVELS, STATUSES, MonitoringReview, Organization, PriorityProblem,
)
from kehoach_desktop.domain.inspection_fields import FINDINGS
from kehoach_desktop.domain.school_fields import PLAN_LIMITS, SCHOOL_LIMITS

from kehoach_desktop.domain.value_rules import (  # noqa: F401  MAX_REASONS: the store names it from here
    MAX_REASONS, Rule, MAX_CODE_CHARS, MAX_POSITION, MAX_MONEY, MAX_ID, _refused, Text, Choice, Integer, FLAG, ID, Real, MonthValue, DateValue, SchoolYear, FrameworkId, Json, _shown,
)


LINE = Text(300, one_line=True)
TEXT = Text()
MONEY = Integer(0, MAX_MONEY, nullable=True)
LIST_OF_TEXT = Json(list[str])


def _lines(limits: Mapping[str, tuple[str, int]]) -> dict[str, Rule]:
    return {name: Text(limit, one_line=True) for name, (_, limit) in limits.items()}


COLUMNS: dict[str, dict[str, Rule]] = {
    "app_meta": {"key": Text(200, one_line=True), "value": TEXT},
    "school": {"id": Integer(1, 1), **_lines(SCHOOL_LIMITS), "level": Choice(SCHOOL_LEVELS),
               "name": Text(SCHOOL_LIMITS["name"][1], one_line=True, required=True),
               "code": Text(SCHOOL_LIMITS["code"][1], one_line=True, required=True)},
    "plan": {"id": ID, "school_year": SchoolYear(), "framework_id": FrameworkId(), **_lines(PLAN_LIMITS),
             "school_name": Text(SCHOOL_LIMITS["name"][1], one_line=True), "issued_on": DateValue(nullable=True),
             "purposes": LIST_OF_TEXT, "bases": LIST_OF_TEXT, "recipients": LIST_OF_TEXT, "reporting": LIST_OF_TEXT,
             "organization": Json(Organization), "priority_problems": Json(list[PriorityProblem]),
             "monitoring": Json(list[MonitoringReview]), "section_headings": Json(dict[str, str]),
             "status": Choice(PLAN_STATUSES), "general_info": TEXT, "closing": TEXT, "items_as_written": FLAG,
             "updated_at": DateValue(moment=True, empty=True), "copy_number": Integer(0, 10_000)},
    "plan_row": {"id": ID, "plan_id": ID, "position": Integer(0, MAX_POSITION),
                 "criterion_code": Text(MAX_CODE_CHARS, one_line=True),
                 "current_level": Integer(0, 99, nullable=True), "target_level": Integer(0, 99, nullable=True),
                 "expected_result": TEXT, "tasks": TEXT, "lead": TEXT, "timeframe_text": TEXT,
                 "start_month": MonthValue(), "end_month": MonthValue(), "budget_amount": MONEY, "budget_text": TEXT,
                 "support": TEXT, "notes": TEXT, "content": TEXT, "indicators": TEXT, "expected_evidence": TEXT,
                 "status": Choice(STATUSES), "percent": Integer(0, 100), "spent": MONEY, "status_manual": FLAG,
                 "criterion_wording": TEXT, "rows_above": TEXT, "problem": Text(40, one_line=True)},
    "progress_update": {"id": ID, "row_id": ID, "on_date": DateValue(), "percent": Integer(0, 100),
                        "status": Choice(STATUSES, nullable=True), "note": TEXT, "reporter": LINE, "spent": MONEY},
    "evidence": {"id": ID, "plan_id": ID, "row_id": ID, "update_id": Integer(1, MAX_ID, nullable=True),
                 "code": Text(200, one_line=True, required=True), "description": TEXT},
    "target": {"id": ID, "plan_id": ID, "position": Integer(0, MAX_POSITION), "name": Text(required=True),
               "unit": LINE, "comparison": Choice(COMPARISONS), "value": Real()},
    "target_actual": {"target_id": ID, "period": Choice(PERIODS), "value": Real()},
    "inspection": {"id": ID, "plan_id": ID, "school_year": Text(40, one_line=True),
                   "started_at": DateValue(moment=True, nullable=True), "ended_at": DateValue(moment=True, nullable=True),
                   "place": LINE, "authority": LINE, "office": LINE, "office_line": LINE, "number": LINE, "basis": TEXT,
                   "team": Json(list[TeamMember]), "school_side": Json(list[SchoolMember]),
                   "comments": Json(list[Comment]), "recommendations": LIST_OF_TEXT, "conclusion": TEXT,
                   "updated_at": DateValue(moment=True, empty=True)},
    "inspection_finding": {"inspection_id": ID, "row_id": ID, "status": Choice(FINDINGS), "comment": TEXT},
    "plan_revision": {"id": ID, "plan_id": ID, "number": Integer(1, MAX_POSITION), "issued_at": DateValue(moment=True),
                      "fingerprint": Text(200, one_line=True), "snapshot": Json(dict[str, Any]),
                      "canonical_version": Integer(1, 99), "printed": Text(None, nullable=True)},
    "office_reply": {"id": ID, "plan_id": ID, "received_at": DateValue(moment=True), "file_sha256": Text(64, one_line=True),
                     "office": LINE, "governing_body": LINE, "signer": LINE, "plan_code": LINE,
                     "decision": Choice(DECISIONS), "reasons": TEXT, "decided_on": DateValue(nullable=True),
                     "public_key": Text(100, one_line=True)},
    "office_comment": {"reply_id": ID, "row_id": ID, "comment": TEXT},
    # A school's export blanks its private key (store.exchange); a commune's bundle re-makes each school's file,
    # whose own new key it carries (never the school's), so only the key's shape is checked.
    "signing_key": {"id": Integer(1, 1), "public_key": Text(100, one_line=True), "private_key": Text(100, one_line=True),
                    "created_at": DateValue(moment=True), "export_sequence": Integer(0, 2 ** 63 - 1)},
    # The self-assessment (domain.self_assessment) and the evidence register (domain.evidence_register).
    "self_assessment": {"id": ID, "school_year": SchoolYear(), "framework_id": FrameworkId(),
                        "council_decision_number": LINE, "council_decision_date": DateValue(nullable=True),
                        "approved_on": DateValue(nullable=True), "texts": Json(dict[str, str]),
                        "data": Json(dict[str, list[str]]), "updated_at": DateValue(moment=True, empty=True)},
    "council_member": {"id": ID, "assessment_id": ID, "position": Integer(0, MAX_POSITION), "name": LINE,
                       "title": LINE, "role": LINE, "work_group": LINE, "criteria": LINE, "task": TEXT},
    "criterion_finding": {"assessment_id": ID, "criterion_code": Text(MAX_CODE_CHARS, one_line=True, required=True),
                          "level": Integer(1, 9), "text": TEXT, "met": Integer(0, 1, nullable=True)},
    "standard_review": {"assessment_id": ID, "standard_no": Integer(1, 99), "strengths": TEXT, "weaknesses": TEXT,
                        "direction": TEXT},
    "evidence_item": {"id": ID, "school_year": SchoolYear(), "code": Text(100, one_line=True, required=True),
                      "name": TEXT, "number": LINE, "issued_on": DateValue(nullable=True), "issuer": LINE,
                      "location": TEXT, "expires": DateValue(nullable=True), "note": TEXT},
}

# (table, column) → the table whose id it names; None allowed where the column is nullable.
REFERENCES = {
    ("plan_row", "plan_id"): "plan", ("progress_update", "row_id"): "plan_row",
    ("evidence", "plan_id"): "plan", ("evidence", "row_id"): "plan_row", ("evidence", "update_id"): "progress_update",
    ("target", "plan_id"): "plan", ("target_actual", "target_id"): "target",
    ("inspection", "plan_id"): "plan", ("inspection_finding", "inspection_id"): "inspection",
    ("inspection_finding", "row_id"): "plan_row", ("plan_revision", "plan_id"): "plan",
    ("office_reply", "plan_id"): "plan", ("office_comment", "reply_id"): "office_reply",
    ("office_comment", "row_id"): "plan_row",
    ("council_member", "assessment_id"): "self_assessment", ("criterion_finding", "assessment_id"): "self_assessment",
    ("standard_review", "assessment_id"): "self_assessment",
}


def cell_problem(table: str, line: int, column: str, reason: InputError) -> InputError:
    return InputError("bảng {table}, dòng {line}, cột {column}: {reason}", field=column, table=table, line=line,
                      column=column, reason=reason)


# -- the whole file ---------------------------------------------------------------------------------------------

Tables = Mapping[str, tuple[list[str], list[tuple]]]


def file_problems(tables: Tables, frameworks: Mapping[str, Framework]) -> list[InputError]:
    """Up to ``MAX_REASONS`` + 1 problems of the file's values, in file order (the count says whether there are
    more); empty when every value is one the school side could have stored. ``frameworks`` are the office's
    installed catalogs: a plan under one of them has its criteria and levels checked against it."""
    found: list[InputError] = []
    for problem in value_problems(tables, frameworks):
        found.append(problem)
        if len(found) > MAX_REASONS:
            break
    return found


def value_problems(tables: Tables, frameworks: Mapping[str, Framework]) -> Iterator[InputError]:
    """Every problem, in file order; each names its ``table``, ``line`` (1-based) and ``column`` in its values,
    and ``field`` is ``reference`` for a row naming a row the file does not have."""
    ids = {t: {row[cols.index("id")] for row in rows} for t, (cols, rows) in tables.items() if "id" in cols}
    for table, (columns, rows) in tables.items():
        rules = COLUMNS.get(table, {})
        if not rows or table == "_sqlite_migrations":
            continue
        for column, values in zip(columns, map(list, zip(*rows))):
            rule = rules.get(column, TEXT)
            if not rule.column_ok(values):
                yield from _column_problems(table, column, values, rule.problem)
            target = REFERENCES.get((table, column))
            if target is not None and not set(values) <= ids.get(target, set()) | {None}:
                for problem in _column_problems(table, column, values, _reference_rule(target, ids.get(target, set()))):
                    problem.field = "reference"
                    yield problem
    yield from _plan_rows(tables, frameworks)
    yield from assessment_problems(tables, frameworks)


def _reference_rule(target: str, known: set) -> Callable[[Any], InputError | None]:
    def problem(value: Any) -> InputError | None:
        if value is None or value in known:
            return None
        return _refused("tham chiếu tới {target} số {value}, nhưng tệp không có dòng đó.", target=target,
                        value=_shown(value))
    return problem


def _column_problems(table: str, column: str, values: list, check: Callable[[Any], InputError | None]) \
        -> Iterator[InputError]:
    seen: dict = {}
    for line, value in enumerate(values, 1):
        key = (type(value), value)
        if key not in seen:
            seen[key] = check(value)
        if seen[key] is not None:
            yield cell_problem(table, line, column, seen[key])


def _plan_rows(tables: Tables, frameworks: Mapping[str, Framework]) -> Iterator[InputError]:
    """Criteria and levels against the framework of the row's plan, as the row form checks them."""
    plan_columns, plans = tables.get("plan", ([], []))
    columns, rows = tables.get("plan_row", ([], []))
    if "framework_id" not in plan_columns or "plan_id" not in columns:
        return
    framework_of = {p[plan_columns.index("id")]: frameworks.get(p[plan_columns.index("framework_id")])
                    for p in plans}
    wanted = [c for c in ("criterion_code", "current_level", "target_level") if c in columns]
    at = {c: columns.index(c) for c in wanted}
    plan_at = columns.index("plan_id")
    for line, row in enumerate(rows, 1):
        framework = framework_of.get(row[plan_at])
        for column in wanted:
            value = row[at[column]]
            if value is None or value == "":
                continue
            if column == "criterion_code":
                problem = _criterion_problem(value) if isinstance(value, str) and len(value) <= MAX_CODE_CHARS \
                    else None                   # the column's own rule says so
            else:
                problem = _level_problem(value, framework)
            if problem is not None:
                yield cell_problem("plan_row", line, column, problem)


@lru_cache(maxsize=4096)
def _criterion_problem(value: str) -> InputError | None:
    """Readable as a criterion, as the row form reads one; a code the framework lacks is kept by the school
    side too (a row of no standard: domain.row_order), so only its shape is the file's to answer for."""
    try:
        code = parse_criterion_ref(value)
    except InputError as exc:
        return exc
    except ValueError:      # more digits than int() reads
        code = ""
    if not code or max(len(part) for part in code.split(".")) > 3:
        return _refused("«{value}» không phải mã tiêu chí.", value=_shown(value))
    return None


_LEVELS: dict[tuple, InputError | None] = {}


def _level_problem(value: Any, framework: Framework | None) -> InputError | None:
    if framework is None or type(value) is not int:
        return None
    key = (framework.id, framework.level_min, framework.level_max, value)
    if key not in _LEVELS:
        if len(_LEVELS) > 4096:
            _LEVELS.clear()
        try:
            framework.validate_level(value)
            _LEVELS[key] = None
        except InputError as exc:
            _LEVELS[key] = exc
    return _LEVELS[key]
