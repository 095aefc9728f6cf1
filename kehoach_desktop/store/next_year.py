"""Saving the next school year's plan, made from this year's by ``domain.next_year``."""
from __future__ import annotations

from typing import TYPE_CHECKING

from kehoach_desktop.domain.next_year import plan_for_next_year
from kehoach_desktop.domain.plan import Plan
from kehoach_desktop.store import plans

if TYPE_CHECKING:
    from sqlite_utils import Database


def next_year_plan(db: Database, plan_id: int) -> Plan:
    """The (unsaved) plan for the year after plan ``plan_id``; refused when that year already has one."""
    fresh = plan_for_next_year(plans.get_plan(db, plan_id), plans.get_school(db))
    plans.check_year_free(db, fresh.school_year)
    return fresh


def create_next_year_plan(db: Database, plan_id: int) -> int:
    """Write the plan for the year after plan ``plan_id`` (one transaction)."""
    return plans.save_plan(db, next_year_plan(db, plan_id))
