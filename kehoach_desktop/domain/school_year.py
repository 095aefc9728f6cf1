"""The school year a day falls in: the window's new plan and the office's overview both start there."""
from __future__ import annotations

from datetime import date

# A school year is written from August on: schools make the new year's plan before it opens in September.
FIRST_MONTH = 8


def current_school_year(today: date | None = None) -> str:
    """"2026-2027" on any day from 1 August 2026 to 31 July 2027."""
    today = today or date.today()
    first = today.year if today.month >= FIRST_MONTH else today.year - 1
    return f"{first}-{first + 1}"
