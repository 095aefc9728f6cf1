"""A field's value as the words a printed or exported plan shows (PDF, Word), by the field's kind.

Reports override only the cells a form words specially (the 2018 criterion with its title, the
2026 content with its criterion); every other field, a new one included, prints through here.
"""
from __future__ import annotations

from kehoach_desktop.domain.fields import BUDGET, LEVEL, STATUS, TIMEFRAME, Field, plan_fields, value_of
from kehoach_desktop.domain.plan import PlanRow
from kehoach_desktop.domain.plan_fields import NUMBER_COLUMN
from kehoach_desktop.domain.status_text import printed_implementation


def field_text(row: PlanRow, f: Field) -> str:
    if f.kind in (TIMEFRAME, BUDGET):
        return value_of(row, f).display()
    if f.kind == STATUS:
        # The signed plan's "Mức độ thực hiện" is empty: how far a row got belongs to the progress
        # report, dated by its own month; a progress update must not change the issued paper.
        return ""
    value = value_of(row, f)
    if f.kind == LEVEL:
        return f"Mức {value}" if value else ""
    return "" if value is None else str(value)


def printed_columns(form: str) -> list[tuple[str, float]]:
    """(heading, share of the width) of the printed plan table: the row number, then each printed field."""
    number = NUMBER_COLUMN[form]
    return [(number.heading, number.printed or 0.0)] + [
        (f.forms[form].printed_heading, share) for f in plan_fields().printed_fields(form)
        if (share := f.forms[form].printed) is not None]     # printed_fields keeps only those


def scaled(shares: list[float], total: float) -> list[float]:
    """Shares turned into widths that fill ``total`` (a new column narrows the others, never overflows)."""
    whole = sum(shares)
    return [total * s / whole for s in shares]


def current_text(row: PlanRow, f: Field) -> str:
    """The value as the row holds it now, progress included (the window's words for a conflict)."""
    return printed_implementation(row) if f.kind == STATUS else field_text(row, f)
