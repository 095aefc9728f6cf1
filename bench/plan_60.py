"""A 60-row plan, the size of a large real one, for the print and Word/Excel benches."""
from __future__ import annotations

from dataclasses import replace

from kehoach_desktop.domain.serialize import plan_from_dict, school_from_dict
from kehoach_desktop.store.demo import demo_data

ROWS = 60


def sixty_rows(index: int):
    """The demo plan ``index``'s rows repeated and ordered by criterion until there are 60."""
    data = demo_data()
    school, plan = school_from_dict(data["school"]), plan_from_dict(data["plans"][index])
    rows = [replace(plan.rows[i % len(plan.rows)]) for i in range(ROWS)]
    plan.rows = sorted(rows, key=lambda r: tuple(int(p) for p in r.criterion_code.split(".")) if r.criterion_code else (99,))
    return school, plan
