"""Writing the 2026 plan's monitoring table (section VI) from the reviews recorded during the year."""
from __future__ import annotations

from typing import TYPE_CHECKING

from kehoach_desktop.domain.catalog import Framework
from kehoach_desktop.domain.monitoring import assessor_of, build_review, merge_reviews, review_points
from kehoach_desktop.domain.plan import MonitoringReview
from kehoach_desktop.domain.progress import as_month
from kehoach_desktop.domain.values import Month
from kehoach_desktop.store.dashboard import rows_as_of
from kehoach_desktop.store.plans import get_plan, save_plan_header
from kehoach_desktop.store.progress import list_targets

if TYPE_CHECKING:
    from sqlite_utils import Database


def fill_monitoring(db: Database, plan_id: int, framework: Framework, as_of: Month | str) -> list[MonitoringReview]:
    """Write the figures of each review point reached by ``as_of`` (end of term I, end of year) into the plan."""
    month = as_month(as_of)
    with db.atomic():
        plan = get_plan(db, plan_id, with_rows=False)
        targets = list_targets(db, plan_id)
        assessor = assessor_of(plan.organization)
        fresh = [build_review(point, rows_as_of(db, plan_id, point.day), framework, targets, assessor)
                 for point in review_points(plan.school_year) if point.month <= month]
        plan.monitoring = merge_reviews(plan.monitoring, fresh)
        save_plan_header(db, plan)
    return plan.monitoring
