"""The kinds of value a stored cell may hold, each with the check typed input goes through.

Text (bounded, one line or not, no control or hidden character), a choice from a list, integers and
reals in a range, a month that exists, a date, a school year, a framework id, JSON of a described
shape. ``domain.incoming_values`` says which column of a school's file is which kind; each rule checks
a whole column at once where it can.
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
from typing import Any

from kehoach_desktop.domain.catalog_model import _ID
from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.parse_dates import DATE_YEAR_MIN
from kehoach_desktop.domain.parse_text import YEAR_MAX, YEAR_MIN
from kehoach_desktop.domain.parse_timeframe import parse_school_year
from kehoach_desktop.domain.printable import unprintable

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
