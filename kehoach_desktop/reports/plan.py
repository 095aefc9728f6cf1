"""Print a plan on the form of the framework it was written under (2018: 9 columns; 2026: Biểu 2)."""
from __future__ import annotations

import os
from typing import IO

from kehoach_desktop.domain.catalog import Framework
from kehoach_desktop.domain.plan import FORM_TT57, Plan, School
from kehoach_desktop.domain.values import nfc
from kehoach_desktop.reports import plan_tt18, plan_tt57
from kehoach_desktop.reports.document import build


def plan_story(plan: Plan, school: School, fw: Framework) -> list:
    form = plan_tt57 if fw.plan_form == FORM_TT57 else plan_tt18
    return form.story(plan, school, fw)


def print_plan(plan: Plan, school: School, fw: Framework, out: str | os.PathLike | IO[bytes]) -> None:
    title = f"Kế hoạch {nfc(plan.title).lower()} năm học {plan.school_year} - {nfc(school.name)}"
    build(plan_story(plan, school, fw), out, title=title, author=nfc(school.name))
