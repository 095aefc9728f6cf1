"""Saving the next school year's plan, made from this year's by ``domain.next_year``."""
from __future__ import annotations

from typing import TYPE_CHECKING

from kehoach_desktop.domain.next_year import plan_for_next_year, plan_under_new_circular
from kehoach_desktop.domain.plan import Plan
from kehoach_desktop.store import plans

if TYPE_CHECKING:
    from sqlite_utils import Database


def next_year_plan(db: Database, plan_id: int) -> Plan:
    """The (unsaved) plan for the year after plan ``plan_id``; refused when that year already has one.

    When that year follows another circular (the installed catalogs' dates say so), the plan moves
    to it (``domain.next_year.plan_under_new_circular``); otherwise it keeps last year's."""
    from kehoach_desktop.catalogs import load_installed
    from kehoach_desktop.domain.catalog import frameworks_for_level
    plan, school = plans.get_plan(db, plan_id), plans.get_school(db)
    fresh = plan_for_next_year(plan, school)
    catalogs = load_installed()[0]
    old = catalogs.get(plan.framework_id)
    if school is not None and old is not None:
        proposed = frameworks_for_level(school.level, catalogs, fresh.school_year)
        if proposed and proposed[0].id != plan.framework_id and old.circular in proposed[0].replaces:
            fresh = plan_under_new_circular(plan, school, old, proposed[0])
    plans.check_year_free(db, fresh.school_year)
    return fresh


def create_next_year_plan(db: Database, plan_id: int) -> int:
    """Write the plan for the year after plan ``plan_id`` (one transaction)."""
    return plans.save_plan(db, next_year_plan(db, plan_id))
