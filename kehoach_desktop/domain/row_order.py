"""Where a new row for a criterion goes: after the rows of the criteria before it.

Printed plans list rows standard by standard in the circular's order, so a row
added for tiêu chí 3.4 lands after the last row of 3.1–3.4 and before 3.5 or
standard 4, wherever the principal happens to be in the table.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kehoach_desktop.domain.catalog_model import Criterion, Framework
from kehoach_desktop.domain.parse_refs import criterion_code
from kehoach_desktop.domain.plan import PlanRow


def code_key(code: str) -> tuple[int, ...]:
    """"3.10" sorts after "3.9"; an empty code sorts last."""
    parts = tuple(int(p) for p in re.findall(r"\d+", code or ""))
    return parts or (10**6,)


# Every view of a plan (the window's table, the printed plans, the progress report, the
# dashboard, the office) asks these two which criterion and standard a row belongs to, so
# a row reads the same everywhere: "TC 2.1", "Tiêu chí 2.1", "tc2.1" and "2.1" all name
# criterion 2.1, and a code the plan's framework does not have is attached to no standard.

_normal_code = lru_cache(maxsize=2048)(criterion_code)    # a 2,000-row plan repeats a few dozen codes
_INDEXES: dict[int, tuple[Framework, dict[str, Criterion]]] = {}


def _criteria_by_code(framework: Framework) -> dict[str, Criterion]:
    """The framework's criteria by code, built once per framework object (held, so its id stays its own)."""
    entry = _INDEXES.get(id(framework))
    if entry is None or entry[0] is not framework:
        if len(_INDEXES) > 32:
            _INDEXES.clear()
        entry = _INDEXES[id(framework)] = (framework, {c.code: c for c in framework.criteria()})
    return entry[1]


def criterion_of(code: str | None, framework: Framework | None) -> Criterion | None:
    """The framework's criterion a row's code names, or ``None`` (no code, unreadable, or not in it)."""
    if not code or framework is None:
        return None
    normal = _normal_code(code)
    return _criteria_by_code(framework).get(normal) if normal else None


def standard_of(code: str | None, framework: Framework | None) -> int | None:
    """The standard a row's criterion code puts it under, or ``None``: not attached to a standard."""
    criterion = criterion_of(code, framework)
    return criterion.standard_no if criterion is not None else None


def insert_position(rows: list[PlanRow], code: str) -> int:
    """The index a new row for criterion ``code`` should take among ``rows`` (in display order)."""
    key = code_key(code)
    position = 0
    for index, row in enumerate(rows):
        if row.criterion_code and code_key(row.criterion_code) <= key:
            position = index + 1
    return position
