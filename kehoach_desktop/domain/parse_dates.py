"""Dates in the forms documents use, and the Nghị định 30 date line."""
from __future__ import annotations

import re
from datetime import date

from .errors import InputError
from .parse_text import YEAR_MAX, clean_text, match_key


_DATE_DMY = re.compile(r"(?:ngày\s*)?(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})")
_DATE_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DATE_WORDS = re.compile(r"(?:[^\d,]+,\s*)?(?:ngày\s*)?(\d{1,2})\s*tháng\s*(\d{1,2})\s*,?\s*năm\s*(\d{4})")
DATE_YEAR_MIN = 1900


def parse_date(text: str | date) -> date:
    """"06/9/2023", "6/9/2023", "2023-09-06", "ngày 06 tháng 9 năm 2023" (a leading "Đồng Minh, "
    is allowed, as in a document's date line) → ``date``."""
    if isinstance(text, date):
        return text
    shown = clean_text(text)
    if not shown:
        raise InputError("Ngày không hợp lệ: chưa nhập ngày. Ví dụ: 06/9/2023 hoặc ngày 06 tháng 9 năm 2023", field="date")
    key = match_key(shown, plain=True).rstrip(" .")
    parts: tuple[int, int, int] | None = None
    if m := _DATE_DMY.fullmatch(key):
        parts = int(m.group(4)), int(m.group(3)), int(m.group(1))
    elif m := _DATE_ISO.fullmatch(key):
        parts = int(m.group(1)), int(m.group(2)), int(m.group(3))
    elif m := _DATE_WORDS.fullmatch(key):
        parts = int(m.group(3)), int(m.group(2)), int(m.group(1))
    if parts and DATE_YEAR_MIN <= parts[0] <= YEAR_MAX:
        try:
            return date(*parts)
        except ValueError:
            pass
    raise InputError("Ngày không hợp lệ: «{shown}». Ví dụ: 06/9/2023 hoặc ngày 06 tháng 9 năm 2023", field="date", shown=shown)


def format_vn_date(d: date, place: str = "") -> str:
    """The date line of Nghị định 30: "Đồng Minh, ngày 06 tháng 9 năm 2023".

    Days below 10 and the months 1 and 2 take a leading zero; other months do not.
    Without a place the line starts with "ngày".
    """
    month = f"{d.month:02d}" if d.month < 3 else str(d.month)
    line = f"ngày {d.day:02d} tháng {month} năm {d.year}"
    where = clean_text(place)
    return f"{where}, {line}" if where else line
