"""A new year's self-assessment written with the register it starts from: both or neither.

The window's «Tạo báo cáo tự đánh giá», «Báo cáo tự đánh giá năm sau…» and ``kehoach assess new`` all
write through here. A year that already has a report is never overwritten (another window may have
made it a moment ago): nothing is written and None comes back.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from kehoach_desktop.domain.self_assessment import SelfAssessment
from kehoach_desktop.store.evidence_items import carry_register
from kehoach_desktop.store.self_assessment import load_assessment, save_assessment

if TYPE_CHECKING:
    from sqlite_utils import Database


def start_assessment(db: Database, fresh: SelfAssessment, carry_from: str | None = None) -> int | None:
    """Save ``fresh`` and copy ``carry_from``'s register into its year (codes kept) in one transaction;
    how many evidence items were copied (0 without ``carry_from``), None when the year had a report."""
    with db.atomic():
        if load_assessment(db, fresh.school_year) is not None:
            return None
        save_assessment(db, fresh)
        return carry_register(db, carry_from, fresh.school_year) if carry_from else 0
