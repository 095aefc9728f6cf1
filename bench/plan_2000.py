"""A school file with one plan of 2,000 rows, made from the demo school's rows (for the benches)."""
from __future__ import annotations

import copy
from pathlib import Path

from kehoach_desktop.domain.serialize import plan_from_dict, school_from_dict
from kehoach_desktop.store import plans
from kehoach_desktop.store.database import open_school_file
from kehoach_desktop.store.demo import demo_data

ROWS = 2000


def write_plan_2000(path: Path) -> Path:
    data = demo_data()
    tt18 = next(p for p in data["plans"] if p["framework_id"] == "tt18")
    plan = plan_from_dict(tt18)
    samples = plan.rows
    plan.rows = []
    for i in range(ROWS):
        row = copy.deepcopy(samples[i % len(samples)])
        row.tasks = f"{row.tasks} (lần {i + 1})"
        plan.rows.append(row)
    plan.rows.sort(key=lambda r: tuple(int(x) for x in r.criterion_code.split(".")))
    db = open_school_file(path, create=True)
    try:
        with db.atomic():
            plans.save_school(db, school_from_dict(data["school"]))
            plans.save_plan(db, plan)
    finally:
        db.close()
    return path
