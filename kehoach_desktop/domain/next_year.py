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
from kehoach_desktop.domain.plan import Plan, PlanRow, School
from kehoach_desktop.domain.values import Timeframe


def next_school_year(school_year: str) -> str:
    """"2024-2025" → "2025-2026"."""
    first = int(parse_school_year(school_year)[:4]) + 1
    return f"{first}-{first + 1}"


def is_complete(row: PlanRow) -> bool:
    return row.status == "done" or row.percent >= 100


def _shift_year_text(text: str, old_year: str, new_year: str) -> str:
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
    fresh.title = _shift_year_text(plan.title, old_year, new_year)
    fresh.purposes = [_shift_year_text(p, old_year, new_year) for p in plan.purposes]
    fresh.rows = [_carried_row(r) for r in plan.rows if not is_complete(r)]
    for position, row in enumerate(fresh.rows):
        row.position = position
    fresh.targets = []
    for review in fresh.monitoring:
        review.result = ""
        review.adjustment = ""
    return fresh
