"""What the dashboard and `kehoach progress` show, read in a handful of queries.

A plan of 2,000 rows must refresh in well under a tenth of a second, so the
rows are read with only the columns the roll-ups need, and the history of
updates is read only when the dashboard looks back to a month before the
latest update (then the rows are shown as they stood at the end of that month).
"""
from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Iterable

from kehoach_desktop.domain.catalog import Framework
from kehoach_desktop.domain.plan import PlanRow, ProgressUpdate
from kehoach_desktop.domain import replay
from kehoach_desktop.domain.progress import ProgressReport, as_month, build_report, month_end
from kehoach_desktop.domain.values import Budget, Month, Timeframe
from kehoach_desktop.store.progress import list_targets

if TYPE_CHECKING:
    from sqlite_utils import Database

PROGRESS_COLUMNS = ("id, position, criterion_code, content, tasks, expected_result, start_month, end_month, "
                    "budget_amount, status, percent, spent, status_manual")
HISTORY_COLUMNS = "u.row_id, u.id, u.on_date, u.percent, u.status, u.spent"


def progress_rows(db: Database, plan_id: int) -> list[PlanRow]:
    """The plan's rows, in order, with just what progress needs (no long texts but the label's)."""
    return rows_from_records(db.execute(
        f"SELECT {PROGRESS_COLUMNS} FROM plan_row WHERE plan_id = ? ORDER BY position, id", [plan_id]))


def rows_from_records(records: Iterable[tuple]) -> list[PlanRow]:
    """Rows from records of PROGRESS_COLUMNS (the school file's plan rows, or the office's copies)."""
    # Timeframes and budgets are frozen values: rows that share one share the object.
    timeframes: dict[tuple, Timeframe] = {}
    budgets: dict[int | None, Budget] = {}
    rows = []
    for r in records:
        timeframe = timeframes.get((r[6], r[7]))
        if timeframe is None:
            timeframe = timeframes[(r[6], r[7])] = Timeframe(
                Month.from_iso(r[6]) if r[6] else None, Month.from_iso(r[7]) if r[7] else None)
        budget = budgets.get(r[8])
        if budget is None:
            budget = budgets[r[8]] = Budget(r[8])
        rows.append(PlanRow(id=r[0], position=r[1], criterion_code=r[2], content=r[3], tasks=r[4],
                            expected_result=r[5], timeframe=timeframe, budget=budget, status=r[9],
                            percent=r[10], spent=r[11], status_manual=bool(r[12])))
    return rows


def rows_changed_after(db: Database, plan_id: int, day: date) -> set[int]:
    """The ids of the plan's rows with an update dated after ``day`` (an index probe per row)."""
    return {r[0] for r in db.execute(
        "SELECT DISTINCT u.row_id FROM plan_row r JOIN progress_update u ON u.row_id = r.id "
        "WHERE r.plan_id = ? AND u.on_date > ?", [plan_id, day.isoformat()])}


def rows_as_of(db: Database, plan_id: int, until: date) -> list[PlanRow]:
    """The rows as they stood on ``until`` (domain.replay); the history is read only when looking back."""
    rows = progress_rows(db, plan_id)
    changed = rows_changed_after(db, plan_id, until)
    if not changed:
        return rows
    return replay_history(rows, changed, db.execute(
        f"SELECT {HISTORY_COLUMNS} FROM progress_update u JOIN plan_row r ON r.id = u.row_id "
        "WHERE r.plan_id = ? AND u.on_date <= ? ORDER BY u.row_id, u.on_date, u.id",
        [plan_id, until.isoformat()]), until)


def replay_history(rows: list[PlanRow], changed: set[int], history: Iterable[tuple], until: date) -> list[PlanRow]:
    """``rows`` (just read, so changed in place) as of ``until``: the ``changed`` ones (updated after it)
    from their updates up to it, read as HISTORY_COLUMNS in order of row, day and entry (the school file
    and the office's copy read alike)."""
    # Only the latest update of each row, and the latest that reports money, matter to the replay:
    # keep those while streaming, build objects for them alone.
    latest: dict[int, tuple] = {}
    latest_spent: dict[int, tuple] = {}
    for r in history:
        latest[r[0]] = r
        if r[5] is not None:
            latest_spent[r[0]] = r

    def update(r: tuple) -> ProgressUpdate:
        return ProgressUpdate(id=r[1], row_id=r[0], on_date=date.fromisoformat(r[2]), percent=r[3],
                              status=r[4], spent=r[5])

    updates = {row_id: [update(x) for x in {latest.get(row_id), latest_spent.get(row_id)} if x]
               for row_id in changed}
    return replay.rows_as_of(rows, updates, until, changed, in_place=True)


def load_report(db: Database, plan_id: int, framework: Framework, as_of: date | Month | str) -> ProgressReport:
    """Roll-ups, late and due-soon rows and chỉ tiêu of a plan as of the end of a month."""
    month = as_month(as_of)
    rows = rows_as_of(db, plan_id, month_end(month))
    return build_report(rows, framework, month, list_targets(db, plan_id))
