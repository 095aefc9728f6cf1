"""How a row's progress reads, in one place: the window's table, the printed and exported plans.

Two wordings, one source (``STATUSES``):

- ``status_label``: the status alone ("Tạm dừng"), where a column or a list is the status
  itself and the percent has its own column or is not wanted — the row form's choice list,
  Excel's "Trạng thái" (beside its "Hoàn thành" percent column).
- ``implementation_text``: the 2026 form's "Mức độ thực hiện" — the status with how far the
  row got ("Tạm dừng (40%)", "Đang thực hiện (60%)"), "Hoàn thành" alone (done is 100 %),
  "Chưa thực hiện" for a row not started. A principal reading column 10 wants to know how far
  a paused row got, not only that it stopped; the window's table shows the same words.

The printed plan leaves column 10 empty for a row not started (``printed_implementation``):
that is the plan as signed, whose column 10 is filled in at the reviews.
"""
from __future__ import annotations

from typing import Callable

from kehoach_desktop.domain.plan import STATUSES, PlanRow


def status_label(status: str) -> str:
    return STATUSES.get(status, status)


def implementation_text(status: str, percent: int, label: Callable[[str], str] = status_label) -> str:
    """"Tạm dừng (40%)"; ``label`` words the status (the window passes its translated one)."""
    if status == "done" or (status == "not_started" and not percent):
        return label(status)
    return f"{label(status)} ({percent}%)"


def row_implementation(row: PlanRow) -> str:
    return implementation_text(row.status, row.percent)


def printed_implementation(row: PlanRow) -> str:
    """Column 10 on paper: empty while the row has not started (the plan as signed)."""
    if row.status == "not_started" and not row.percent:
        return ""
    return row_implementation(row)
