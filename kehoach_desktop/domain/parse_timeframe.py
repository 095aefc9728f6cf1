"""School years and timeframes: "Tháng 9/2023 đến tháng 5/2024", "Năm học 2023-2024"."""
from __future__ import annotations

import re
from datetime import date
from typing import Any

from .errors import InputError
from .values import Month, Timeframe
from .parse_text import YEAR_MAX, YEAR_MIN, clean_text, match_key


_SCHOOL_YEAR = re.compile(r"(?:năm\s*học|nh)?\s*:?\s*(\d{4})\s*[-–—/]\s*(\d{4}|\d{2})")


def parse_school_year(text: str) -> str:
    """"2023-2024", "2023 - 2024", "Năm học 2023 – 2024", "2023-24" → "2023-2024"."""
    shown = clean_text(text)
    match = _SCHOOL_YEAR.fullmatch(match_key(shown, plain=True).rstrip(" ."))
    if not match:
        raise InputError("Không đọc được năm học «{shown}». Ví dụ: 2023-2024", field="school_year",
                         shown=shown)
    first = int(match.group(1))
    second = int(match.group(2))
    if len(match.group(2)) == 2:
        second += first - first % 100
        if second < first:
            second += 100
    if not YEAR_MIN <= first <= YEAR_MAX:
        raise InputError("Năm học không hợp lệ: «{shown}» (năm {first} nằm ngoài khoảng {YEAR_MIN}–{YEAR_MAX}).", field="school_year",
                         shown=shown, first=first, YEAR_MIN=YEAR_MIN, YEAR_MAX=YEAR_MAX)
    if second != first + 1:
        raise InputError("Năm học không hợp lệ: «{shown}». Năm sau phải bằng năm trước cộng 1, ví dụ "
                         "{first}-{next_year}.", field="school_year",
                         shown=shown, first=first, next_year=first + 1)
    return f"{first}-{second}"


def _school_year_months(school_year: str) -> tuple[Month, Month]:
    """A school year runs from September to May."""
    first = int(parse_school_year(school_year)[:4])
    return Month(first, 9), Month(first + 1, 5)


_MONTH_WORD = r"(?<![^\W\d_])(?:tháng|th\.?|t\.?)\s*"
_MONTH_EXPR = re.compile(
    # "ngày 05 tháng 9 năm 2022"
    r"(?:ngày\s*)?(?P<vd>\d{1,2})\s*tháng\s*(?P<vm>\d{1,2})\s*,?\s*năm\s*(?P<vy>\d{3,})(?!\d)"
    # "05/9/2022", "05.09.2022", "05-09-2022" (one separator throughout, no spaces)
    r"|(?:ngày\s*)?(?P<dd>\d{1,2})(?P<sep>[/.-])(?P<dm>\d{1,2})(?P=sep)(?P<dy>\d{3,})(?!\d)"
    # "tháng 9/2023", "tháng 12 năm 2022", "09/2023", "T9/2023"
    rf"|(?:{_MONTH_WORD})?(?P<m>\d{{1,2}})\s*(?:/|\.|,?\s*năm)\s*(?P<y>\d{{3,}})(?!\d)"
    # "tháng 9" (the year comes from the other end or from the school year)
    rf"|{_MONTH_WORD}(?P<bm>\d{{1,2}})(?!\s*(?:[/.\d]|,?\s*năm))"
)
_CONNECTORS = frozenset({"từ", "đến", "tới", "cho", "hết"})
_WHOLE_YEAR_WORDS = frozenset({
    "cả năm học", "cả năm", "năm học", "trong năm học", "suốt năm học", "trong cả năm học",
    "thường xuyên", "cả năm học này", "năm học này", "trong năm",
})
_TERM = re.compile(r"(?:học\s*k[ỳìỉyi]|hk)\s*(?P<term>ii|i|1|2)(?:\s*,?\s*(?P<sy>(?:năm\s*học\s*)?"
                   r"\d{4}\s*[-–—]\s*\d{2,4}))?")
_YEARS = re.compile(r"(?:(?P<kind>năm\s*học|nh|giai\s*đoạn)\s*:?\s*)?(?P<a>\d{4})\s*[-–—]\s*(?P<b>\d{4})")


def _tf_error(template: str, **values: Any) -> InputError:
    return InputError(template, field="timeframe", **values)


def _tf_month(month: int, year: int | None, day: int | None = None) -> tuple[int, int | None]:
    if not 1 <= month <= 12:
        raise _tf_error("Thời gian thực hiện không hợp lệ: không có tháng {month} (tháng phải từ 1 đến 12).", month=month)
    if year is not None and not YEAR_MIN <= year <= YEAR_MAX:
        raise _tf_error("Thời gian thực hiện không hợp lệ: năm {year} nằm ngoài khoảng {YEAR_MIN}–{YEAR_MAX}.", year=year, YEAR_MIN=YEAR_MIN, YEAR_MAX=YEAR_MAX)
    if day is not None and year is not None:
        try:
            date(year, month, day)
        except ValueError:
            raise _tf_error("Thời gian thực hiện không hợp lệ: không có ngày {day}/{month}/{year}.",
                            day=day, month=month, year=year
                            ) from None
    return month, year


def _special_timeframe(key: str, shown: str, school_year: str | None) -> Timeframe | None:
    """Whole school years, terms and calendar years; ``None`` when the text names months."""
    def year_of_school(sy: str | None) -> tuple[Month, Month]:
        if not sy:
            raise _tf_error("Không đọc được thời gian thực hiện «{shown}» khi chưa biết năm học. Hãy ghi rõ tháng. "
                            "Ví dụ: Tháng 9/2023 đến tháng 5/2024", shown=shown)
        try:
            return _school_year_months(sy)
        except InputError as bad:
            raise _tf_error("Thời gian thực hiện «{shown}» không hợp lệ. {reason}",
                            shown=shown, reason=bad) from None

    if key in _WHOLE_YEAR_WORDS:
        return Timeframe(*year_of_school(school_year), shown)
    years = _YEARS.fullmatch(key)
    if years:
        a, b = int(years.group("a")), int(years.group("b"))
        if years.group("kind") and not years.group("kind").startswith("giai"):
            return Timeframe(*year_of_school(f"{a}-{b}"), shown)
        _tf_month(9, a)
        _tf_month(5, b)
        if b <= a:
            raise _tf_error("Thời gian thực hiện không hợp lệ: năm kết thúc {b} không sau năm bắt đầu {a}.", b=b, a=a)
        return Timeframe(Month(a, 9), Month(b, 5), shown)
    named = re.fullmatch(r"(?:năm\s*học|nh)\s*:?\s*(\d{4}\s*[-–—/]\s*\d{2})", key)
    if named:
        return Timeframe(*year_of_school(named.group(1)), shown)
    term = _TERM.fullmatch(key)
    if term:
        start, end = year_of_school(term.group("sy") or school_year)
        if term.group("term") in ("i", "1"):
            return Timeframe(start, Month(start.year + 1, 1), shown)
        return Timeframe(Month(end.year, 1), end, shown)
    calendar = re.fullmatch(r"(?:cả\s*|trong\s*)?năm\s*(\d{4})", key)
    if calendar:
        year = int(calendar.group(1))
        _tf_month(1, year)                       # the year's range check
        return Timeframe(Month(year, 1), Month(year, 12), shown)
    return None


def parse_timeframe(text: str | None, *, school_year: str | None = None) -> Timeframe:
    """Read a "Thời gian thực hiện" cell into months; the text is kept as typed.

    Reads one or two months written as "tháng 9/2023", "09/2023", "T9/2023",
    "tháng 12 năm 2022" or a day ("05/9/2022", day ignored), joined by "đến", "-", "–", "tới"
    and optionally preceded by "Từ". A month without a year takes it from the other end
    ("Tháng 9 - tháng 12/2023"; a start month after the end month belongs to the year before,
    "Tháng 9 - tháng 5/2024" starts 9/2023), or from ``school_year`` (September–December in
    its first year, January–August in its second). One month means start = end. Also: "Năm
    học 2023-2024", "2022-2026" (September of the first to May of the last), "Học kỳ I/II",
    "Năm 2024" (January–December), and "Cả năm học" / "Thường xuyên" when ``school_year``
    is given.
    """
    shown = clean_text(text)
    if not shown:
        return Timeframe(None, None, "")
    key = match_key(shown, plain=True).rstrip(" .;")
    key = re.sub(r"^(?:thời gian(?: thực hiện)?\s*:?\s*)", "", key)
    special = _special_timeframe(key, shown, school_year)
    if special is not None:
        return special

    found: list[tuple[int, int | None]] = []
    leftover: list[str] = []
    pos = 0
    for match in _MONTH_EXPR.finditer(key):
        leftover.append(key[pos:match.start()])
        pos = match.end()
        g = match.groupdict()
        if g["vm"]:
            found.append(_tf_month(int(g["vm"]), int(g["vy"]), int(g["vd"])))
        elif g["dm"]:
            found.append(_tf_month(int(g["dm"]), int(g["dy"]), int(g["dd"])))
        elif g["m"]:
            found.append(_tf_month(int(g["m"]), int(g["y"])))
        else:
            found.append(_tf_month(int(g["bm"]), None))
    leftover.append(key[pos:])
    words = re.sub(r"[-–—~→>,;:()]", " ", " ".join(leftover)).split()
    if not found or len(found) > 2 or any(w not in _CONNECTORS for w in words):
        raise _tf_error("Không đọc được thời gian thực hiện «{shown}». Ví dụ: Tháng 9/2023 đến tháng 5/2024",
                        shown=shown)

    (m1, y1), (m2, y2) = found[0], found[-1]
    if y1 is None and y2 is None:
        if not school_year:
            raise _tf_error("Không đọc được thời gian thực hiện «{shown}»: thiếu năm. Ví dụ: Tháng 9/2023 đến tháng "
                            "5/2024", shown=shown)
        first = int(parse_school_year(school_year)[:4])
        y1 = first if m1 >= 8 else first + 1
        y2 = first if m2 >= 8 else first + 1
    elif y1 is None:
        assert y2 is not None                # both missing was the branch above
        y1 = y2 if m1 <= m2 else y2 - 1
    elif y2 is None:
        y2 = y1 if m2 >= m1 else y1 + 1
    start, end = Month(y1, m1), Month(y2, m2)
    if end < start:
        raise _tf_error("Thời gian thực hiện không hợp lệ: tháng kết thúc {end} trước tháng bắt đầu {start}", end=end, start=start)
    return Timeframe(start, end, shown)


def school_year_span(school_year: str | None) -> tuple[Month, Month] | None:
    """September of the school year's first year and May of its second; None when it can't be read."""
    try:
        return _school_year_months(school_year or "")
    except InputError:
        return None


def months_outside_school_year(timeframe: Timeframe, school_year: str | None) -> list[Month]:
    """The timeframe's months (start, then end, each once) outside the school year's September–May.

    Empty when the school year can't be read: nothing to compare with.
    """
    span = school_year_span(school_year)
    if span is None:
        return []
    outside: list[Month] = []
    for month in (timeframe.start, timeframe.end):
        if month is not None and not span[0] <= month <= span[1] and month not in outside:
            outside.append(month)
    return outside
