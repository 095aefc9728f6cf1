"""The office's inspection records (biên bản kiểm tra): the plan the team has in hand, and its printing.

A record prints against the plan the team inspected (the import it was made from, store.office_inspections)
with that plan's form's columns, under the office's letterhead, so a newer import of the school never
shifts a signed record's rows. ``db`` is the office file as store.district opens it; only the store reads it.
"""
from __future__ import annotations

import os
from typing import IO, TYPE_CHECKING

from kehoach_desktop.domain.catalog import Framework
from kehoach_desktop.domain.errors import InputError

if TYPE_CHECKING:
    from kehoach_desktop.store.office_inspections import InspectedPlan


def plan_in_hand(db, school_code: str, school_year: str,
                 import_id: int | None = None) -> tuple[InspectedPlan, Framework]:
    """The school's plan of the year (from ``import_id``, else the current import) and its criteria."""
    from kehoach_desktop.catalogs import installed_catalogs
    from kehoach_desktop.store.office_inspections import inspected_plan
    inspected = inspected_plan(db, school_code, school_year, import_id)
    framework = installed_catalogs().get(inspected.plan.framework_id)
    if framework is None:
        raise InputError("Máy này chưa có bộ tiêu chí «{framework}» mà kế hoạch dùng; hãy cài bộ tiêu chí đó rồi in lại.",
                         field="framework", framework=inspected.plan.framework_id)
    return inspected, framework


def print_office_inspection(db, record_id: int, out: str | os.PathLike | IO[bytes], *,
                            progress=None) -> None:
    from kehoach_desktop.reports.inspection import print_inspection
    from kehoach_desktop.store.office_inspections import office_inspection
    kept = office_inspection(db, record_id)
    inspected, framework = plan_in_hand(db, kept.school_code, kept.school_year, kept.import_id)
    print_inspection(inspected.plan, inspected.school, framework, kept.record, out, progress=progress)
