"""A plan for the next school year from this year's: what is not finished carries over.

Principals start each year from last year's plan. The header (purposes, bases,
organization, recipients, signer) is kept, the school year moves on by one, the
document number and date are cleared (a new document gets its own), and every
row that is not complete is copied with its timeframe moved twelve months later
and its progress reset. The new plan stays on the same framework: a plan never
changes the circular it was written under.
"""
from __future__ import annotations

import copy
from dataclasses import replace

from kehoach_desktop.domain.parse import parse_school_year
from kehoach_desktop.domain.catalog_model import Framework
from kehoach_desktop.domain.plan import Plan, PlanRow, School
from kehoach_desktop.domain.values import Timeframe


def next_school_year(school_year: str) -> str:
    """"2024-2025" → "2025-2026"."""
    first = int(parse_school_year(school_year)[:4]) + 1
    return f"{first}-{first + 1}"


def is_complete(row: PlanRow) -> bool:
    return row.status == "done" or row.percent >= 100


def shift_year_text(text: str, old_year: str, new_year: str) -> str:
    """Move the school year named in free text ("năm học 2024-2025") along with the plan."""
    return text.replace(old_year, new_year).replace(old_year.replace("-", " - "), new_year.replace("-", " - "))


def _carried_row(row: PlanRow) -> PlanRow:
    tf = row.timeframe
    timeframe = Timeframe(
        tf.start.plus(12) if tf.start else None,
        tf.end.plus(12) if tf.end else None,
        # The months moved, so the words typed for the old ones no longer hold.
        "" if (tf.start or tf.end) else tf.text,
    )
    return replace(row, id=None, timeframe=timeframe, status="not_started", percent=0,
                   spent=None, status_manual=False)


def plan_for_next_year(plan: Plan, school: School | None = None) -> Plan:
    """A new, unsaved plan for the year after ``plan``, carrying over its incomplete rows.

    The new document takes the school's governing body and place as they are now (last year's
    may predate the reform of 01/7/2025); last year's plan keeps its own."""
    old_year, new_year = plan.school_year, next_school_year(plan.school_year)
    fresh = copy.deepcopy(plan)
    if school is not None:
        fresh.governing_body = school.governing_body or plan.governing_body
        fresh.school_name = school.name or plan.school_name
        fresh.place = school.place or plan.place
    fresh.id = None
    fresh.school_year = new_year
    fresh.number = ""
    fresh.issued_on = None
    fresh.status = "draft"
    fresh.title = shift_year_text(plan.title, old_year, new_year)
    fresh.purposes = [shift_year_text(p, old_year, new_year) for p in plan.purposes]
    fresh.rows = [_carried_row(r) for r in plan.rows if not is_complete(r)]
    for position, row in enumerate(fresh.rows):
        row.position = position
    fresh.targets = []
    for review in fresh.monitoring:
        review.result = ""
        review.adjustment = ""
    return fresh


def plan_under_new_circular(plan: Plan, school: School, old: Framework, new: Framework) -> Plan:
    """Next year's plan when that year follows another circular (2026-2027: Thông tư 57/2026 after the
    2018 ones it repealed): a new plan on the new form, started with its text, whose rows are last
    year's unfinished ones carried as the new form's rows — each row's content is what it aimed at
    («Tiêu chí 3.4. Khu vệ sinh…» with its result), its tasks, lead, timeframe and budget kept, and a
    note saying where it came from; criterion codes are not carried, the two catalogs do not share them."""
    from kehoach_desktop.domain.plan_start import new_plan
    from kehoach_desktop.domain.row_order import criterion_of
    fresh = new_plan(school, next_school_year(plan.school_year), new)
    rows: list[PlanRow] = []
    for row in plan.rows:
        if is_complete(row):
            continue
        carried = _carried_row(row)
        criterion = criterion_of(row.criterion_code, old)
        aim = f"Tiêu chí {criterion.code}. {criterion.title}" if criterion else row.content
        content = "\n".join(x for x in (aim, row.expected_result) if x)
        rows.append(PlanRow(content=content or row.tasks, expected_result=row.expected_result, tasks=row.tasks,
                            lead=row.lead, timeframe=carried.timeframe, budget=row.budget, support=row.support,
                            notes=f"Chuyển từ kế hoạch năm học {plan.school_year} ({old.circular}).",
                            position=len(rows)))
    fresh.rows = rows
    return fresh
