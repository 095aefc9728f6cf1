"""The 2026 form's section VI, "Theo dõi và đánh giá thực hiện", written from the year's progress.

The monitoring team reviews the plan at the end of term I and at the end of the
year. Each review is one line of the table: what was followed, the result (rows
completed, in progress, not completed, and the chỉ tiêu of that period), the
adjustment (the late rows to push), and who assessed it. What the plan set
out to follow ("Nội dung theo dõi") and what the team typed in "Điều chỉnh" or
"Người đánh giá" is kept when the figures are written again.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kehoach_desktop.domain.catalog import Framework
from kehoach_desktop.domain.plan import MonitoringReview, Organization, PlanRow, Target
from kehoach_desktop.domain.progress import (
    build_report, format_number, implementation_level, month_end, target_results,
)
from kehoach_desktop.domain.values import Month

AUTO_ADJUSTMENT = "Đẩy nhanh các nội dung trễ hạn: "
NO_ADJUSTMENT = "Không"


@dataclass(frozen=True)
class ReviewPoint:
    when: str          # the label in the table: "Cuối học kỳ I"
    period: str        # the chỉ tiêu period it reads: "Học kỳ I"
    month: Month       # the month whose end the figures are taken at

    @property
    def day(self) -> date:
        return month_end(self.month)


def review_points(school_year: str) -> list[ReviewPoint]:
    """Term I ends in January, the school year in May."""
    second = int(school_year[:4]) + 1
    return [ReviewPoint("Cuối học kỳ I", "Học kỳ I", Month(second, 1)),
            ReviewPoint("Cuối năm học", "Cả năm", Month(second, 5))]


def assessor_of(organization: Organization) -> str:
    """The head of the monitoring team as the table names them, else the team itself."""
    if organization.monitoring_team:
        head = organization.monitoring_team[0]
        return f"{head.name} ({head.role})" if head.role else head.name
    return "Tổ giám sát"


def build_review(point: ReviewPoint, rows: list[PlanRow], framework: Framework,
                 targets: list[Target], assessor: str) -> MonitoringReview:
    """One line of section VI from the rows as they stood at ``point`` (see follow_updates)."""
    report = build_report(rows, framework, point.month.plus(1))
    levels: dict[str, int] = {}
    for row in rows:
        level = implementation_level(row.status)
        levels[level] = levels.get(level, 0) + 1
    total = len(rows)
    result = (f"Hoàn thành {levels.get('Hoàn thành', 0)}/{total} nội dung; đang thực hiện "
              f"{levels.get('Đang thực hiện', 0)}; chưa hoàn thành {levels.get('Chưa hoàn thành', 0)}; "
              f"tiến độ bình quân {format_number(report.overall.percent)}%.")
    period_results = [r for t in targets for r in target_results(t, [point.period]) if r.met is not None]
    if period_results:
        met = sum(1 for r in period_results if r.met)
        result += f" Chỉ tiêu {point.period[0].lower() + point.period[1:]}: đạt {met}/{len(period_results)}"
        missed = [r.target.name for r in period_results if not r.met]
        result += f" (chưa đạt: {'; '.join(missed)})." if missed else "."
    late = report.late
    if late:
        names = "; ".join(f"{d.label} (hạn tháng {d.end})" for d in late[:5])
        more = f" và {len(late) - 5} nội dung khác" if len(late) > 5 else ""
        adjustment = f"{AUTO_ADJUSTMENT}{names}{more}."
    else:
        adjustment = NO_ADJUSTMENT
    content = f"Tiến độ {total} nội dung cải tiến" + (f" và {len(targets)} chỉ tiêu" if targets else "")
    return MonitoringReview(when=point.when, content=content, result=result,
                            adjustment=adjustment, assessor=assessor)


def merge_reviews(existing: list[MonitoringReview], fresh: list[MonitoringReview]) -> list[MonitoringReview]:
    """Fresh figures replace the old result; what the plan set out to check, a typed adjustment and the
    assessor stay as written."""
    merged = list(existing)
    for review in fresh:
        old = next((m for m in merged if m.when == review.when), None)
        if old is None:
            merged.append(review)
            continue
        old.content, old.result = old.content or review.content, review.result
        typed = old.adjustment and old.adjustment != NO_ADJUSTMENT and not old.adjustment.startswith(AUTO_ADJUSTMENT)
        old.adjustment = old.adjustment if typed else review.adjustment
        old.assessor = old.assessor or review.assessor
    order = {"Cuối học kỳ I": 0, "Cuối năm học": 1}
    return sorted(merged, key=lambda m: order.get(m.when, 2))
