"""Where a new row for a criterion goes: after the rows of the criteria before it.

Printed plans list rows standard by standard in the circular's order, so a row
added for tiêu chí 3.4 lands after the last row of 3.1–3.4 and before 3.5 or
standard 4, wherever the principal happens to be in the table.
"""
from __future__ import annotations

import re

from kehoach_desktop.domain.plan import PlanRow


def code_key(code: str) -> tuple[int, ...]:
    """"3.10" sorts after "3.9"; an empty code sorts last."""
    parts = tuple(int(p) for p in re.findall(r"\d+", code or ""))
    return parts or (10**6,)


def standard_of(code: str) -> int | None:
    parts = re.findall(r"\d+", code or "")
    return int(parts[0]) if parts else None


def insert_position(rows: list[PlanRow], code: str) -> int:
    """The index a new row for criterion ``code`` should take among ``rows`` (in display order)."""
    key = code_key(code)
    position = 0
    for index, row in enumerate(rows):
        if row.criterion_code and code_key(row.criterion_code) <= key:
            position = index + 1
    return position
