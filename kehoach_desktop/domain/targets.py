"""Chỉ tiêu as a user writes them: the one set of rules the command line and the window share.

``check_target`` is what every write of a chỉ tiêu obeys (a name, a real number,
≥ ≤ or =, the periods of PERIODS); ``edit_target`` is one cell of the window's
table typed by the principal: a name, a goal such as "≥ 95 %" or only "95", or
a period's actual figure ("" removes it). A refusal is an ``InputError`` with a
Vietnamese message, raised before anything is written.

``judged_period`` is the one rule for which figures judge a chỉ tiêu as of a month (the
progress report's verdict; the monitoring table's reviews read the same review months).
"""
from __future__ import annotations

import copy
import math
import re
from datetime import date
from typing import Any

from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.monitoring import review_points
from kehoach_desktop.domain.plan import PERIODS, Target
from kehoach_desktop.domain.progress import TargetResult, as_month, comparison_key, target_results
from kehoach_desktop.domain.values import Month, nfc

NAME, GOAL = "name", "goal"     # the window's other editable cells are the periods themselves
_NUMBER = r"[-+]?\d+(?:[.,]\d+)?"
_GOAL = re.compile(rf"(?P<cmp>>=|<=|=>|=<|==|≥|≤|=)?\s*(?P<value>{_NUMBER})\s*(?P<unit>.*)", re.S)


def find_target(targets: list[Target], name: str) -> Target | None:
    """The chỉ tiêu of that name, whatever its letter case (names are how principals tell them apart)."""
    wanted = nfc(name).strip().casefold()
    return next((t for t in targets if t.name.casefold() == wanted), None)


def _finite(value, template: str, field: str, **values: Any) -> float:
    """``value`` as a finite number, or the refusal ``template`` (a message id) filled with ``values``."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise InputError(template, field=field, **values) from None
    if not math.isfinite(number):
        raise InputError(template, field=field, **values)
    return number


def check_target(target: Target) -> None:
    """Normalise a chỉ tiêu in place (NFC, comparison key) or refuse it."""
    target.name, target.unit = nfc(target.name).strip(), nfc(target.unit).strip()
    if not target.name:
        raise InputError("Chưa nhập tên chỉ tiêu.", field="name")
    target.value = _finite(target.value, "Giá trị của chỉ tiêu «{name}» phải là một số.", "value", name=target.name)
    target.comparison = comparison_key(target.comparison)
    target.actuals = {nfc(p).strip(): _finite(v, "Kết quả {period} của chỉ tiêu «{name}» phải là một số.",
                                               "period", period=p, name=target.name) for p, v in target.actuals.items()}
    unknown = [p for p in target.actuals if p not in PERIODS]
    if unknown:
        raise InputError("Kỳ «{period}» không hợp lệ: dùng {periods}.", field="period",
                         period=unknown[0], periods=' hoặc '.join(PERIODS))


def check_unique_name(target: Target, targets: list[Target]) -> None:
    """Two chỉ tiêu of one plan never share a name (the command line finds them by it)."""
    same = find_target([t for t in targets if t.id != target.id or target.id is None], target.name)
    if same is not None:
        raise InputError("Kế hoạch đã có chỉ tiêu «{name}».", field="name", name=same.name)


def parse_number(text: str, field: str = "value") -> float:
    """"95", "0,5", "0.5" (a trailing "%" is allowed) → a float, or a Vietnamese refusal."""
    cleaned = nfc(str(text)).strip().rstrip("%").strip()
    if not re.fullmatch(_NUMBER, cleaned):
        raise InputError("Không đọc được số «{text}». Ví dụ: 95 hoặc 0,5", field=field,
                         text=nfc(str(text)).strip())
    return float(cleaned.replace(",", "."))


def parse_goal(text: str, current: Target) -> tuple[str, float, str]:
    """"≥ 95 %", ">= 95", "95" (comparison and unit kept) → (comparison, value, unit)."""
    written = nfc(str(text)).strip()
    match = _GOAL.fullmatch(written)
    if not match:
        raise InputError("Không đọc được mục tiêu «{written}». Ví dụ: ≥ 95 %, <= 0,5 %, = 100 học sinh",
                         field=GOAL, written=written)
    comparison = comparison_key(match["cmp"]) if match["cmp"] else current.comparison
    return comparison, float(match["value"].replace(",", ".")), match["unit"].strip() or current.unit


def edit_target(target: Target, key: str, text: str, targets: list[Target]) -> Target:
    """The chỉ tiêu after one cell is typed (``key``: NAME, GOAL or a period); ``target`` is left as it was."""
    new = copy.deepcopy(target)
    if key == NAME:
        new.name = nfc(str(text)).strip()
    elif key == GOAL:
        new.comparison, new.value, new.unit = parse_goal(text, target)
    elif key in PERIODS:
        if str(text).strip():
            new.actuals[key] = parse_number(text, field="period")
        else:
            new.actuals.pop(key, None)
    else:
        raise ValueError(f"unknown chỉ tiêu cell: {key}")
    check_target(new)
    check_unique_name(new, targets)
    return new


def new_target_name(targets: list[Target], base: str = "Chỉ tiêu mới") -> str:
    """"Chỉ tiêu mới", else "Chỉ tiêu mới 2", 3, … — a name no chỉ tiêu of the plan has yet."""
    name, number = base, 1
    while find_target(targets, name) is not None:
        number += 1
        name = f"{base} {number}"
    return name


# -- which figures judge a chỉ tiêu as of a month --------------------------------------------------

TERM, YEAR = PERIODS     # "Học kỳ I", "Cả năm"


def judged_period(school_year: str, as_of: date | Month | str) -> str:
    """The period whose figure judges a chỉ tiêu as of a month: the year's once the end-of-year
    review month is reached (May, monitoring.review_points), the term's before.

    An April report judges on Học kỳ I: the year's figures do not exist in April, and one typed in
    since (the report reprinted in June) must not make April's report say "Đạt" for the year.
    """
    year_end = next(p.month for p in review_points(school_year) if p.period == YEAR)
    return YEAR if as_month(as_of) >= year_end else TERM


def periods_reached(school_year: str, as_of: date | Month | str) -> tuple[str, ...]:
    """The periods a view as of the month shows figures for: up to the judged one."""
    return PERIODS[:PERIODS.index(judged_period(school_year, as_of)) + 1]


def judge(target: Target, school_year: str, as_of: date | Month | str) -> TargetResult:
    """Met or not on the judged period's figure (``met`` None: that figure is not reported yet)."""
    [result] = target_results(target, [judged_period(school_year, as_of)])
    return result
