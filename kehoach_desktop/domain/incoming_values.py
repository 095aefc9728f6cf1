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

import json
import math
import re
import types
import typing
from dataclasses import fields, is_dataclass
from datetime import date, datetime
from functools import lru_cache
from typing import Any, Callable, Iterator, Mapping

from kehoach_desktop.domain.catalog_model import _ID, Framework
from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.inspection import Comment, SchoolMember, TeamMember
from kehoach_desktop.domain.office_reply import DECISIONS
from kehoach_desktop.domain.parse_dates import DATE_YEAR_MIN
from kehoach_desktop.domain.parse_refs import parse_criterion_ref
from kehoach_desktop.domain.parse_text import YEAR_MAX, YEAR_MIN
from kehoach_desktop.domain.parse_timeframe import parse_school_year
from kehoach_desktop.domain.plan import (
    COMPARISONS, PERIODS, PLAN_STATUSES, SCHOOL_LEVELS, STATUSES, MonitoringReview, Organization, PriorityProblem,
)
from kehoach_desktop.domain.inspection_fields import FINDINGS
from kehoach_desktop.domain.printable import unprintable
from kehoach_desktop.domain.school_fields import PLAN_LIMITS, SCHOOL_LIMITS

MAX_REASONS = 5                 # a refusal names this many values, the count says how many more
MAX_TEXT_CHARS = 100_000        # one cell of a plan: far beyond any text typed in a table cell
MAX_CODE_CHARS = 40             # a criterion code as stored: "3.4", at most "Tiêu chí 12.10"
MAX_ITEMS = 5_000               # items of one JSON list
MAX_POSITION = 1_000_000
MAX_MONEY = 10 ** 15            # đồng: a million billion, far above any school budget
MAX_ID = 2 ** 53

Problem = InputError


def _refused(template: str, **values: Any) -> InputError:
    return InputError(template, field="value", **values)


# -- rules over one value -----------------------------------------------------------------------------------

_STR, _INT = frozenset({str}), frozenset({int})


class Rule:
    """What one column may hold. ``column_ok`` answers for a whole column at once when it can (False: ask
    each distinct value); ``problem`` says what is wrong with one value, or None."""

    nullable = False

    def column_ok(self, values: list) -> bool:
        return False

    def problem(self, value: Any) -> InputError | None:
        raise NotImplementedError


class Text(Rule):
    def __init__(self, limit: int | None = MAX_TEXT_CHARS, *, one_line: bool = False, required: bool = False,
                 nullable: bool = False) -> None:
        self.limit, self.one_line, self.required, self.nullable = limit, one_line, required, nullable

    def column_ok(self, values: list) -> bool:
        texts = [v for v in values if v is not None] if self.nullable else values
        if not set(map(type, texts)) <= _STR:
            return False
        if not texts:
            return True
        if self.limit is not None and max(map(len, texts)) > self.limit:
            return False
        if self.required and not all(v.strip() for v in texts):
            return False
        return unprintable("\n".join(texts) if not self.one_line else "".join(texts), one_line=self.one_line) is None

    def problem(self, value: Any) -> InputError | None:
        if value is None and self.nullable:
            return None
        if not isinstance(value, str):
            return _refused("«{value}» không phải chữ.", value=_shown(value))
        return text_problem(value, self.limit, one_line=self.one_line, required=self.required)


def text_problem(value: str, limit: int | None, *, one_line: bool = False, required: bool = False) -> InputError | None:
    if required and not value.strip():
        return _refused("chưa có nội dung (bắt buộc).")
    if limit is not None and len(value) > limit:
        return _refused("dài {length} ký tự; tối đa {limit} ký tự.", length=len(value), limit=limit)
    char = unprintable(value, one_line=one_line)
    if char is not None:
        return _refused("có ký tự điều khiển hoặc ký tự ẩn (U+{code}) mà chương trình không bao giờ lưu.",
                    code=f"{ord(char):04X}")
    return None


class Choice(Rule):
    def __init__(self, choices, *, nullable: bool = False) -> None:
        self.choices, self.nullable = frozenset(choices), nullable

    def column_ok(self, values: list) -> bool:
        return all((v is None and self.nullable) or (type(v) is str and v in self.choices) for v in set(values))

    def problem(self, value: Any) -> InputError | None:
        if (value is None and self.nullable) or (isinstance(value, str) and value in self.choices):
            return None
        return _refused("«{value}» không phải một trong các giá trị {choices}.", value=_shown(value),
                    choices=", ".join(sorted(self.choices)))


class Integer(Rule):
    def __init__(self, lo: int, hi: int, *, nullable: bool = False) -> None:
        self.lo, self.hi, self.nullable = lo, hi, nullable

    def column_ok(self, values: list) -> bool:
        numbers = [v for v in values if v is not None] if self.nullable else values
        if not set(map(type, numbers)) <= _INT:
            return False
        return not numbers or (self.lo <= min(numbers) and max(numbers) <= self.hi)

    def problem(self, value: Any) -> InputError | None:
        if value is None and self.nullable:
            return None
        if type(value) is not int:
            return _refused("«{value}» không phải số nguyên.", value=_shown(value))
        if not self.lo <= value <= self.hi:
            return _refused("{value} nằm ngoài khoảng {lo}–{hi}.", value=_shown(value), lo=self.lo, hi=self.hi)
        return None


FLAG = Integer(0, 1)
ID = Integer(1, MAX_ID)


class Real(Rule):
    def __init__(self, *, nullable: bool = False) -> None:
        self.nullable = nullable

    def problem(self, value: Any) -> InputError | None:
        if value is None and self.nullable:
            return None
        if type(value) not in (int, float) or not math.isfinite(value) or abs(value) > MAX_MONEY:
            return _refused("«{value}» không phải một số đọc được.", value=_shown(value))
        return None


_ISO_MONTH = re.compile(r"(\d{4})-(\d{2})")


class MonthValue(Rule):
    """A row's start or end month as the store writes it (``Month.iso``): "2026-09"."""

    nullable = True

    def problem(self, value: Any) -> InputError | None:
        if value is None:
            return None
        found = _ISO_MONTH.fullmatch(value) if isinstance(value, str) else None
        if found is None:
            return _refused("«{value}» không phải tháng dạng 2026-09.", value=_shown(value))
        year, month = int(found.group(1)), int(found.group(2))
        if not 1 <= month <= 12:
            return _refused("tháng {month}/{year} không có.", month=month, year=year)
        if not YEAR_MIN <= year <= YEAR_MAX:
            return _refused("năm {year} nằm ngoài khoảng {lo}–{hi}.", year=year, lo=YEAR_MIN, hi=YEAR_MAX)
        return None


class DateValue(Rule):
    """A day as the store writes it (``date.isoformat``)."""

    def __init__(self, *, nullable: bool = False, moment: bool = False, empty: bool = False) -> None:
        self.nullable, self.moment, self.empty = nullable, moment, empty

    def problem(self, value: Any) -> InputError | None:
        if (value is None and self.nullable) or (value == "" and self.empty):
            return None
        try:
            if not isinstance(value, str) or len(value) > 40:
                raise ValueError
            day = datetime.fromisoformat(value) if self.moment else date.fromisoformat(value)
            if not self.moment and len(value) != 10:
                raise ValueError
        except ValueError:
            return _refused("«{value}» không phải ngày, giờ đọc được.", value=_shown(value))
        if not DATE_YEAR_MIN <= day.year <= YEAR_MAX:
            return _refused("năm {year} nằm ngoài khoảng {lo}–{hi}.", year=day.year, lo=DATE_YEAR_MIN, hi=YEAR_MAX)
        return None


class SchoolYear(Rule):
    def problem(self, value: Any) -> InputError | None:
        if not isinstance(value, str) or len(value) > 40:
            return _refused("«{value}» không phải năm học dạng 2024-2025.", value=_shown(value))
        try:
            normal = parse_school_year(value)
        except InputError as exc:
            return exc
        return None if normal == value else _refused("«{value}» không phải năm học dạng 2024-2025.", value=_shown(value))


class FrameworkId(Rule):
    def problem(self, value: Any) -> InputError | None:
        if isinstance(value, str) and _ID.match(value):
            return None
        return _refused("«{value}» không phải mã khung tiêu chí.", value=_shown(value))


class Json(Rule):
    """JSON text of a given shape (a type of ``domain.plan``, ``list[str]``, …), each text in it printable."""

    def __init__(self, shape: Any, *, nullable: bool = False) -> None:
        self.shape, self.nullable = shape, nullable

    def problem(self, value: Any) -> InputError | None:
        if value is None and self.nullable:
            return None
        if not isinstance(value, str):
            return _refused("«{value}» không phải JSON đọc được.", value=_shown(value))
        return _json_problem(value, self.shape)


@lru_cache(maxsize=4096)
def _json_problem(raw: str, shape: Any) -> InputError | None:
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError):
        return _refused("không phải JSON đọc được.")
    where = _misfit(data, shape, "")
    return None if where is None else _refused("JSON không đúng dạng ở «{where}».", where=where or "(gốc)")


def _misfit(value: Any, shape: Any, where: str) -> str | None:
    """Where ``value`` does not fit ``shape`` (a path such as "working_groups[2].members"), None if it fits."""
    origin = typing.get_origin(shape)
    if shape is Any:
        return None
    if shape is str:
        return where if not isinstance(value, str) or text_problem(value, MAX_TEXT_CHARS) else None
    if shape is int:
        return where if type(value) is not int or abs(value) > MAX_ID else None
    if shape is bool:
        return where if type(value) is not bool else None
    if origin is list:
        if not isinstance(value, list) or len(value) > MAX_ITEMS:
            return where
        (item,) = typing.get_args(shape) or (Any,)
        for n, each in enumerate(value):
            found = _misfit(each, item, f"{where}[{n}]")
            if found is not None:
                return found
        return None
    if origin is dict:
        if not isinstance(value, dict) or len(value) > MAX_ITEMS:
            return where
        _, item = typing.get_args(shape)
        for key, each in value.items():
            found = _misfit(each, item, f"{where}.{key}" if where else str(key))
            if found is not None or text_problem(key, 200, one_line=True):
                return found or where
        return None
    if origin is typing.Union or origin is types.UnionType:
        options = typing.get_args(shape)
        return None if any(_misfit(value, o, where) is None for o in options) else where
    if shape is type(None):
        return None if value is None else where
    if is_dataclass(shape):
        if not isinstance(value, dict):
            return where
        hints = _hints(typing.cast(type, shape))
        for key, each in value.items():
            if key in hints:     # a key no field has is ignored on reading, as the store's loaders do
                found = _misfit(each, hints[key], f"{where}.{key}" if where else key)
                if found is not None:
                    return found
        return None
    return where


@lru_cache(maxsize=64)
def _hints(cls: type) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    return {f.name: hints[f.name] for f in fields(cls)}


def _shown(value: Any) -> str:
    """A value as a refusal quotes it: short, on one line, never a control character."""
    text = str(value)
    text = "".join(c if c.isprintable() else "�" for c in text[:60])
    return text + ("…" if len(str(value)) > 60 else "")


# -- what each column may hold --------------------------------------------------------------------------------

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
                 "criterion_wording": TEXT, "rows_above": TEXT},
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
