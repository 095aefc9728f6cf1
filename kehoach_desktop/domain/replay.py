"""A plan's rows as they stood at the end of a month: the dashboard, the progress report and the
monitoring table all look back through this one function.

A row's stored status, percent and spent are what it says today. A row none of whose updates is
dated after the day looked at has not changed since, so its stored state is its state then; this
keeps a status set by hand, or brought in with an imported plan, whatever month is looked at. A
row with later updates is replayed from its updates up to that day (see follow_updates).
"""
from __future__ import annotations

import copy
from datetime import date
from typing import Collection, Iterable, Mapping

from kehoach_desktop.domain.plan import PlanRow, ProgressUpdate
from kehoach_desktop.domain.progress import follow_updates


def rows_as_of(rows: Iterable[PlanRow], updates: Mapping[int, Iterable[ProgressUpdate]], until: date,
               changed_after: Collection[int] | None = None, *, in_place: bool = False) -> list[PlanRow]:
    """Each row as it stood on ``until``; a replayed row is a copy, so ``rows`` are left alone, unless
    ``in_place`` (rows the caller has just read for this alone: copying 2,000 would slow the dashboard).

    ``updates`` maps a row id to its updates (those after ``until`` are ignored). A caller that read
    only the updates up to ``until`` names in ``changed_after`` the rows that have later ones;
    otherwise they are found in ``updates``.
    """
    result = []
    for row in rows:
        own = list(updates.get(row.id, ())) if row.id is not None else []
        later = row.id in changed_after if changed_after is not None else any(u.on_date > until for u in own)
        if later:
            row = follow_updates(row if in_place else copy.copy(row), own, until)
        result.append(row)
    return result
