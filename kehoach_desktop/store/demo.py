"""The bundled demo school: a fictional THCS with a TT18 plan and a TT57 plan."""
from __future__ import annotations

import json
import os
from datetime import datetime, time
from pathlib import Path

from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.inspection import inspection_from_dict, resolve_rows
from kehoach_desktop.domain.serialize import plan_from_dict, school_from_dict, update_from_dict
from kehoach_desktop.resources_path import resource_dir
from kehoach_desktop.store import inspections, plans, progress
from kehoach_desktop.store.revisions import issue_plan
from kehoach_desktop.store.database import open_school_file


def demo_data() -> dict:
    return json.loads((resource_dir("demo") / "demo-school.json").read_text(encoding="utf-8"))


def write_demo(path: str | os.PathLike) -> Path:
    """Write the demo school to a new file at ``path``; an existing file is never overwritten."""
    path = Path(path)
    if path.exists():
        raise InputError("Tệp «{file}» đã có; chọn tên khác để không ghi đè dữ liệu.", field="file",
                         file=path.name)
    data = demo_data()
    db = open_school_file(path, create=True)
    try:
        with db.atomic():
            plans.save_school(db, school_from_dict(data["school"]))
            for plan_data in data["plans"]:
                plan = plan_from_dict(plan_data)
                plan_id = plans.save_plan(db, plan)
                progress.save_targets(db, plan_id, plan.targets)
                for row, row_data in zip(plan.rows, plan_data.get("rows", [])):
                    assert row.id is not None            # save_plan gave every row its id
                    for update_data in row_data.get("updates", []):
                        progress.add_update(db, row.id, update_from_dict(update_data))
                if plan_data.get("status") == "issued" and plan.issued_on:
                    # signed on its date: a frozen revision, as «Ban hành» makes it in the window
                    issue_plan(db, plan_id, issued_at=datetime.combine(plan.issued_on, time(8, 0)).astimezone())
                for inspection_data in plan_data.get("inspections", []):
                    record = inspection_from_dict(resolve_rows(inspection_data, plan.rows))
                    record.plan_id, record.school_year = plan.id, plan.school_year
                    record.place = record.place or data["school"]["name"]
                    inspections.save_inspection(db, record)
    finally:
        db.close()
    return path
