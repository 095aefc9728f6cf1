"""Record a dated progress update of a plan row, or take one back (the window's undo).

The store brings the row's status, percent and spent in line with its updates in
the same transaction; the result carries the row as the file now has it, so the
window repaints that one row and the command line prints it.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.plan import PlanRow, ProgressUpdate
from kehoach_desktop.usecases.changes import Changes
from kehoach_desktop.usecases.school_file import SchoolFile


@dataclass
class Recorded:
    update_id: int | None    # the update added; None when one was removed
    row: PlanRow             # the row after the change
    changes: Changes


def progress_update(percent: int, *, on_date: str | date | None = None, note: str = "", reporter: str = "",
                    evidence: list[str] = (), status: str | None = None, spent: str | None = None) -> ProgressUpdate:
    """An update from what was typed: the date as dd/mm/yyyy (default today), spent as "2,5 triệu"."""
    from kehoach_desktop.domain.parse import parse_budget, parse_date
    from kehoach_desktop.domain.progress import split_evidence_codes
    amount = None
    if spent:
        amount = parse_budget(spent).amount
        if amount is None:
            raise InputError("Không đọc được số tiền đã chi «{spent}». Ví dụ: 2,5 triệu", field="spent",
                             spent=spent)
    when = on_date if isinstance(on_date, date) else parse_date(on_date) if on_date else date.today()
    return ProgressUpdate(on_date=when, percent=percent, note=note, reporter=reporter,
                          evidence=split_evidence_codes(list(evidence)), status=status, spent=amount)


def _row_after(file: SchoolFile, row_id: int, update_id: int | None) -> Recorded:
    from kehoach_desktop.store.plans import get_row
    return Recorded(update_id, file.read(get_row, row_id), Changes(row_ids=frozenset({row_id})))


def record_progress(file: SchoolFile, row_id: int, update: ProgressUpdate, framework=None) -> Recorded:
    """Add ``update`` to row ``row_id``; a minh chứng code used by another row is refused (InputError)."""
    from kehoach_desktop.store.progress import add_update
    update_id = file.write(add_update, row_id, update, framework)
    return _row_after(file, row_id, update_id)


def remove_progress(file: SchoolFile, row_id: int, update_id: int) -> Recorded:
    """Take back the update ``update_id``; the row follows the updates that remain."""
    from kehoach_desktop.store.progress import delete_update
    file.write(delete_update, update_id)
    return _row_after(file, row_id, None)
