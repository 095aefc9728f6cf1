"""What principals type → values: budgets, timeframes, criterion references, levels, dates.

Every parser first turns its input into Unicode NFC (``nfc``) and collapses runs of
whitespace (line breaks from flattened Word tables included) into one space. Matching is
done on a case-folded copy; whatever is kept as ``text`` is the NFC, collapsed form of what
was typed, because plans print budgets and timeframes the way principals wrote them.

Every refusal is an ``InputError`` whose Vietnamese message names the field and shows what
was typed, and whose ``field`` is one of ``budget``, ``timeframe``, ``criterion``, ``level``,
``date``, ``school_year``.

Pure Python: no Qt, no SQL.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from datetime import date
from decimal import Decimal

from .errors import InputError
from .values import Budget, Month, Timeframe, nfc

__all__ = [
    "format_amount",
    "format_vn_date",
    "parse_budget",
    "parse_criterion_ref",
    "parse_date",
    "parse_level",
    "parse_level_pair",
    "parse_school_year",
    "parse_standard_heading",
    "parse_timeframe",
]

YEAR_MIN, YEAR_MAX = 2000, 2100
"""Years a plan's timeframe and school year may name."""

_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_TAGS = re.compile(r"<[^>]*>|\*\*|__")
_LETTER_AFTER = r"(?![^\W\d_])"  # next character is not a letter (digits and punctuation may follow)


def _clean(text: object) -> str:
    """NFC, invisible characters dropped, whitespace runs collapsed, trimmed."""
    if text is None:
        return ""
    s = _INVISIBLE.sub("", nfc(str(text)))
    return re.sub(r"\s+", " ", s).strip()


def _key(shown: str, *, plain: bool = False) -> str:
    """The case-folded copy that patterns match against (``plain`` also drops <b> and ** marks)."""
    s = shown.casefold()
    if plain:
        s = re.sub(r"\s+", " ", _TAGS.sub(" ", s)).strip()
        s = re.sub(r"^#+\s*", "", s)
    return s


def _ascii(word: str) -> str:
    """Vietnamese letters without tone and vowel marks ("triệu" → "trieu", "đồng" → "dong")."""
    decomposed = unicodedata.normalize("NFD", word.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _edit_distance(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


# ---------------------------------------------------------------------------------------------
# Budgets
# ---------------------------------------------------------------------------------------------

_BUDGET_EXAMPLES = "Ví dụ hợp lệ: 5 triệu, 2.000.000 đ, Miễn phí."

# Cells that mean "this row costs nothing" (compared case-folded, trailing punctuation dropped).
_ZERO_WORDS = frozenset({
    "0", "không", "không có", "không cần", "miễn phí", "không mất phí", "không thu phí",
    "không có kinh phí", "không cần kinh phí", "không mất kinh phí", "không tốn kinh phí",
    "không sử dụng kinh phí", "không phát sinh", "không phát sinh kinh phí",
})

# Multipliers and currency words, with the spellings people type without Vietnamese keyboard.
_MULTIPLIERS = {
    "tỷ": 10**9, "tỉ": 10**9, "ty": 10**9, "ti": 10**9,
    "triệu": 10**6, "trieu": 10**6, "tr": 10**6,
    "nghìn": 10**3, "nghin": 10**3, "ngàn": 10**3, "ngan": 10**3, "k": 10**3,
}
_MULT_RE = "|".join(sorted(map(re.escape, _MULTIPLIERS), key=len, reverse=True))
_CUR_RE = "vnđ|vnd|đồng|dong|đ|d"
_UNIT = re.compile(rf"\s*(?P<mult>{_MULT_RE})(?:\s*(?P<cur>{_CUR_RE}))?{_LETTER_AFTER}"
                   rf"|\s*(?P<cur_only>{_CUR_RE}){_LETTER_AFTER}")
_NUM = re.compile(r"\d[\d.,]*")
_LEAD_IN = re.compile(
    r"^(?:(?:dự kiến|dự toán|ước tính|tổng cộng|tổng|khoảng|tối đa|kinh phí|chi phí)\s*:?\s*)+"
    r"(?=[-−+]?\d)")
_BULLET = re.compile(r"^[-–•*+]\s+")
# After an amount: "/năm", "x 3 lớp", "mỗi HS" make it a rate, "- 3 triệu" / "đến 3 triệu" a
# range; neither is the row's total.
_RATE_OR_RANGE = re.compile(
    r"^(?:/|[x×*]\s*\d|[x×](?![^\W\d_])|mỗi\b|một\b|hàng\b|hằng\b|trên\b|cho\s+(?:mỗi|một|1)\b"
    r"|(?:-|–|—|~|đến|tới)\s*\d)")
_AMOUNT_INSIDE = re.compile(rf"\d[\d.,]*\s*(?:{_MULT_RE}|{_CUR_RE}){_LETTER_AFTER}")
_WORD_THEN_MULTIPLIER = re.compile(
    rf"^[^\W\d_]+ (?:{_MULT_RE})(?: (?:{_CUR_RE}))?$")
_MAX_AMOUNT = 10**15


class _Malformed(Exception):
    """An amount that cannot be read; ``reason`` is a Vietnamese hint or empty."""

    def __init__(self, reason: str = "") -> None:
        super().__init__(reason)
        self.reason = reason


def _budget_error(shown: str, reason: str = "") -> InputError:
    hint = f" ({reason})" if reason else ""
    return InputError(f"Dự kiến kinh phí không hợp lệ: «{shown}»{hint}. {_BUDGET_EXAMPLES}",
                      field="budget")


def _to_decimal(token: str) -> Decimal:
    """Digits as written: "2000000", "2.000.000", "2,000,000", "1,5", "1.5", "1.234,5".

    A separator followed by exactly three digits groups thousands ("1.500" is one thousand
    five hundred, as Vietnamese write it); any other single separator is a decimal point.
    """
    if token.isdigit():
        return Decimal(token)
    grouped = re.fullmatch(r"([1-9]\d{0,2}(?:([.,])\d{3})(?:\2\d{3})*)(?:([.,])(\d+))?", token)
    if grouped and grouped.group(3) != grouped.group(2):
        whole = re.sub(r"[.,]", "", grouped.group(1))
        return Decimal(whole + ("." + grouped.group(4) if grouped.group(4) else ""))
    decimal = re.fullmatch(r"(\d+)[.,](\d+)", token)
    if decimal:
        return Decimal(f"{decimal.group(1)}.{decimal.group(2)}")
    raise _Malformed("cách viết số không đúng")


def _is_unit_typo(word: str) -> bool:
    """Whether a word after a number is clearly a misspelt money unit ("triệuu", "triêu", "nghim")."""
    if word in _MULTIPLIERS or word in _CUR_RE.split("|"):
        return True  # a unit where one cannot stand (after punctuation, "2. triệu")
    bare = _ascii(word)
    if bare in {"trieu", "nghin", "ngan", "dong"}:
        return True  # the right letters with the wrong marks: "triêu", "nghín", "đông"
    if any(bare.startswith(u) and len(bare) <= len(u) + 2 for u in ("trieu", "nghin", "dong")):
        return True  # "triệuu", "đồngg"
    if _edit_distance(bare, "trieu") == 1:
        return True  # "trieeu", "trệu", "tiệu"
    return len(bare) == 5 and _edit_distance(bare, "nghin") == 1


def _amount(key: str) -> int | None:
    """Read a key that starts with a digit; ``None`` when it is not a money phrase after all.

    Raises ``_Malformed`` for a money phrase that is wrong.
    """
    total = Decimal(0)
    pos = 0
    previous_mult: int | None = None
    saw_unit = False
    first = True
    while True:
        num = _NUM.match(key, pos)
        if not num:
            break
        token = num.group(0)
        token_end = num.end()
        while token and token[-1] in ".,":  # "5.000.000, nguồn HP": the comma is punctuation
            token, token_end = token[:-1], token_end - 1
        unit = _UNIT.match(key, token_end)
        after = key[token_end:]
        if first and not unit:
            word = re.match(r"[\s.,]*([^\W\d_]+)", after)
            if word and _is_unit_typo(word.group(1)):
                raise _Malformed("không rõ đơn vị tiền")
            grouped = re.fullmatch(r"[1-9]\d{0,2}(?:([.,])\d{3})(?:\1\d{3})*", token) is not None
            if after.strip(" .,") and not grouped:
                # "2 nguồn: ngân sách và xã hội hóa", "100% ngân sách": a number, not an amount.
                # Only a number written with thousands separators ("2.000.000 (nguồn HP)")
                # is money whatever follows it.
                return None
        first = False
        value = _to_decimal(token)
        if not unit:
            if previous_mult is not None:
                raise _Malformed("ghi rõ đơn vị cho từng phần, ví dụ 2 triệu 500 nghìn")
            total += value
            pos = token_end
            break
        saw_unit = True
        pos = unit.end()
        mult = _MULTIPLIERS[unit.group("mult")] if unit.group("mult") else 1
        if previous_mult is not None and (mult >= previous_mult or value * mult >= previous_mult):
            raise _Malformed("các phần của số tiền phải từ lớn đến nhỏ, ví dụ 1 tỷ 200 triệu")
        part = value * mult
        if mult > 1 and not unit.group("cur"):
            tail = re.match(r"(\d{1,3})(?![\d.,])", key[pos:])  # "2tr5" = 2,5 triệu (no space)
            if tail:
                digits = tail.group(1)
                part += Decimal(digits) * mult / Decimal(10) ** len(digits)
                pos += tail.end()
            elif re.match(rf"\s*rưỡi{_LETTER_AFTER}", key[pos:]):  # "2 triệu rưỡi"
                part += Decimal(mult) / 2
                pos += re.match(r"\s*rưỡi", key[pos:]).end()
        total += part
        if unit.group("cur") or unit.group("cur_only") or mult == 1:
            break
        previous_mult = mult
        nxt = re.match(r"\s*(?=\d)", key[pos:])
        if not nxt:
            break
        pos += nxt.end()
    rest = key[pos:].strip(" .,;:")
    if rest:
        if rest[0].isdigit():
            raise _Malformed("phần số phía sau không rõ nghĩa")
        if _RATE_OR_RANGE.match(rest) or _AMOUNT_INSIDE.search(rest):
            return None  # a rate or a range or several amounts: the row's total is not stated
        word = re.match(r"([^\W\d_]+)", rest)
        if word and _is_unit_typo(word.group(1)):
            raise _Malformed("không rõ đơn vị tiền")
    if total < 0:
        raise _Malformed("số tiền không được âm")
    if total != total.to_integral_value():
        raise _Malformed("số tiền lẻ dưới 1 đồng; ghi rõ đơn vị, ví dụ 1,5 triệu")
    if total >= _MAX_AMOUNT:
        raise _Malformed("số tiền quá lớn")
    if not saw_unit and 0 < total < 1000:
        raise _Malformed("thiếu đơn vị: nghìn, triệu hay đồng?")
    return int(total)


def parse_budget(text: str | None) -> Budget:
    """Read a "Dự kiến kinh phí" cell; the text is kept as typed (NFC, whitespace collapsed).

    How a cell is read:

    * empty → ``Budget(None, "")``; "Miễn phí", "Không", "Không có", "0" … → amount 0;
    * an amount: a number with optional multiplier and currency, "2 triệu", "1,5 tỷ",
      "500k", "2tr5", "2.000.000 đ", "2,000,000 VNĐ", "1 tỷ 200 triệu", "2 triệu rưỡi",
      optionally after a lead-in such as "Khoảng" or "Kinh phí:". Words after a complete
      amount are a note ("5 triệu (nguồn HP)") and the amount stands, unless they make it a
      rate or a range ("5 triệu/năm", "x 3 lớp", "2 - 3 triệu") or hold another amount: then
      amount is ``None``, since the row's total is not stated;
    * anything else is free text with amount ``None`` (unknown), e.g. "Nguồn kinh phí xã,
      huyện", "Kinh phí từ HP năm 2023".

    The rule for refusing (``InputError``, field ``budget``): only text that *starts* like a
    money phrase and is wrong is refused — a number (or "-"/"−" and a number) at the start
    followed by nothing, by a money unit, or by a clear misspelling of one ("5 triệuu",
    "2..000 đ", "-3 triệu", "500" with no unit, "2 triệu 5"), or a single word standing where
    the number should be before a multiplier ("abc triệu", "hai triệu"). A number followed by
    some other word ("2 nguồn …", "100% ngân sách") or in the middle of a sentence
    ("Kinh phí từ HP năm 2023") is free text, never an error.
    """
    shown = _clean(text)
    if not shown:
        return Budget(None, "")
    key = _key(shown).rstrip(" .;!")
    key = _BULLET.sub("", key)
    if key in _ZERO_WORDS:
        return Budget(0, shown)
    key = _LEAD_IN.sub("", key)
    if re.match(r"[-−–]\s*\d", key):
        raise _budget_error(shown, "số tiền không được âm")
    key = re.sub(r"^\+\s*(?=\d)", "", key)
    if key[:1].isdigit():
        try:
            return Budget(_amount(key), shown)
        except _Malformed as bad:
            raise _budget_error(shown, bad.reason) from None
    if _WORD_THEN_MULTIPLIER.match(key):
        raise _budget_error(shown, "phần số tiền phải viết bằng chữ số")
    return Budget(None, shown)


def format_amount(amount: int | None) -> str:
    """Đồng with dots between thousands, as Vietnamese documents print them: 2000000 → "2.000.000"."""
    if amount is None:
        return ""
    sign = "-" if amount < 0 else ""
    return sign + f"{abs(int(amount)):,}".replace(",", ".")


# ---------------------------------------------------------------------------------------------
# School years and timeframes
# ---------------------------------------------------------------------------------------------

_SCHOOL_YEAR = re.compile(r"(?:năm\s*học|nh)?\s*:?\s*(\d{4})\s*[-–—/]\s*(\d{4}|\d{2})")


def parse_school_year(text: str) -> str:
    """"2023-2024", "2023 - 2024", "Năm học 2023 – 2024", "2023-24" → "2023-2024"."""
    shown = _clean(text)
    match = _SCHOOL_YEAR.fullmatch(_key(shown, plain=True).rstrip(" ."))
    if not match:
        raise InputError(f"Không đọc được năm học «{shown}». Ví dụ: 2023-2024", field="school_year")
    first = int(match.group(1))
    second = int(match.group(2))
    if len(match.group(2)) == 2:
        second += first - first % 100
        if second < first:
            second += 100
    if not YEAR_MIN <= first <= YEAR_MAX:
        raise InputError(f"Năm học không hợp lệ: «{shown}» (năm {first} nằm ngoài khoảng "
                         f"{YEAR_MIN}–{YEAR_MAX}).", field="school_year")
    if second != first + 1:
        raise InputError(f"Năm học không hợp lệ: «{shown}». Năm sau phải bằng năm trước cộng 1, "
                         f"ví dụ {first}-{first + 1}.", field="school_year")
    return f"{first}-{second}"


def _school_year_months(school_year: str) -> tuple[Month, Month]:
    """A school year runs from September to May."""
    first = int(parse_school_year(school_year)[:4])
    return Month(first, 9), Month(first + 1, 5)


_TF_EXAMPLE = "Ví dụ: Tháng 9/2023 đến tháng 5/2024"
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


def _tf_error(message: str) -> InputError:
    return InputError(message, field="timeframe")


def _tf_month(month: int, year: int | None, day: int | None = None) -> tuple[int, int | None]:
    if not 1 <= month <= 12:
        raise _tf_error(f"Thời gian thực hiện không hợp lệ: không có tháng {month} "
                        f"(tháng phải từ 1 đến 12).")
    if year is not None and not YEAR_MIN <= year <= YEAR_MAX:
        raise _tf_error(f"Thời gian thực hiện không hợp lệ: năm {year} nằm ngoài khoảng "
                        f"{YEAR_MIN}–{YEAR_MAX}.")
    if day is not None and year is not None:
        try:
            date(year, month, day)
        except ValueError:
            raise _tf_error(f"Thời gian thực hiện không hợp lệ: không có ngày {day}/{month}/{year}."
                            ) from None
    return month, year


def _special_timeframe(key: str, shown: str, school_year: str | None) -> Timeframe | None:
    """Whole school years, terms and calendar years; ``None`` when the text names months."""
    def year_of_school(sy: str | None) -> tuple[Month, Month]:
        if not sy:
            raise _tf_error(f"Không đọc được thời gian thực hiện «{shown}» khi chưa biết năm học. "
                            f"Hãy ghi rõ tháng. {_TF_EXAMPLE}")
        try:
            return _school_year_months(sy)
        except InputError as bad:
            raise _tf_error(f"Thời gian thực hiện «{shown}» không hợp lệ. {bad.message}") from None

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
            raise _tf_error(f"Thời gian thực hiện không hợp lệ: năm kết thúc {b} không sau năm "
                            f"bắt đầu {a}.")
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
        _, year = _tf_month(1, int(calendar.group(1)))
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
    shown = _clean(text)
    if not shown:
        return Timeframe(None, None, "")
    key = _key(shown, plain=True).rstrip(" .;")
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
        raise _tf_error(f"Không đọc được thời gian thực hiện «{shown}». {_TF_EXAMPLE}")

    (m1, y1), (m2, y2) = found[0], found[-1]
    if y1 is None and y2 is None:
        if not school_year:
            raise _tf_error(f"Không đọc được thời gian thực hiện «{shown}»: thiếu năm. "
                            f"{_TF_EXAMPLE}")
        first = int(parse_school_year(school_year)[:4])
        y1 = first if m1 >= 8 else first + 1
        y2 = first if m2 >= 8 else first + 1
    elif y1 is None:
        y1 = y2 if m1 <= m2 else y2 - 1
    elif y2 is None:
        y2 = y1 if m2 >= m1 else y1 + 1
    start, end = Month(y1, m1), Month(y2, m2)
    if end < start:
        raise _tf_error(f"Thời gian thực hiện không hợp lệ: tháng kết thúc {end} trước tháng "
                        f"bắt đầu {start}")
    return Timeframe(start, end, shown)


# ---------------------------------------------------------------------------------------------
# Standards, criteria, levels
# ---------------------------------------------------------------------------------------------

_CRITERION = re.compile(
    r"(?:(?:tiêu\s*chí|tc)\s*(?:số\s*)?:?\s*)?(\d{1,2})\s*\.\s*(\d{1,2})(?!\d)(?!\.\d)")


def parse_criterion_ref(text: str, known_codes: Iterable[str] | None = None) -> str:
    """"Tiêu chí 1.9. Thực hiện quy chế dân chủ cơ sở" → "1.9"; "TC 1.10" → "1.10"; "1.4" → "1.4".

    With ``known_codes`` (the framework's criterion codes) a code outside them is refused.
    """
    shown = _clean(text)
    key = _key(shown, plain=True)
    key = re.sub(r"^[-–•+]\s*", "", key)
    match = _CRITERION.match(key)
    if not match:
        raise InputError(f"Không đọc được tiêu chí «{shown}». Ví dụ: Tiêu chí 1.4", field="criterion")
    code = f"{int(match.group(1))}.{int(match.group(2))}"
    if known_codes is not None:
        known = [_clean(c) for c in known_codes]
        if code not in known:
            span = ""
            ordered = sorted(known, key=lambda c: tuple(int(p) for p in re.findall(r"\d+", c)))
            if ordered:
                span = f" (các tiêu chí từ {ordered[0]} đến {ordered[-1]})"
            raise InputError(f"Tiêu chí {code} không có trong khung tiêu chí đang dùng{span}.",
                             field="criterion")
    return code


_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}
_NUMBER_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4}


def _roman_or_int(token: str) -> int | None:
    if token.isdigit():
        return int(token)
    return _ROMAN.get(token) or _NUMBER_WORDS.get(token)


_STANDARD = re.compile(r"tiêu\s*chuẩn\s*(?:số\s*)?(\d{1,2}|[ivx]+)(?![^\W_])\s*(?:$|[:.\-–—]|\s(?=[^\W\d_]))")


def parse_standard_heading(text: str | None) -> int | None:
    """"Tiêu chuẩn 1: Tổ chức và quản lý nhà trường" → 1; any other text → ``None``."""
    key = _key(_clean(text), plain=True)
    match = _STANDARD.match(key)
    if not match:
        return None
    number = _roman_or_int(match.group(1))
    return number or None


_TOK = r"(\d+|[ivx]+|một|hai|ba|bốn)(?![^\W_])"
_MUC = r"mức\s*(?:độ\s*)?"
_LEVEL_KEEP = re.compile(rf"(?:duy\s*trì|giữ\s*vững|giữ)\s*(?:ở\s*)?(?:{_MUC})?{_TOK}")
_LEVEL_FROM_TO = re.compile(
    rf"(?:từ\s*)?{_MUC}{_TOK}\s*(?:lên|->|→|–|-|đến|tới)\s*(?:{_MUC})?{_TOK}")
_LEVEL_TARGET = re.compile(
    rf"(?:(?:phấn\s*đấu\s*)?đạt\s*(?:được\s*)?)?(?:{_MUC})?{_TOK}"
    rf"(?:\s*\(?\s*,?\s*so\s*với(?:\s*{_MUC}{_TOK})?)?")
_LEVEL_NOW = re.compile(rf"hiện\s*(?:tại|trạng|nay)\s*(?:là|đang|đạt|ở)?\s*:?\s*{_MUC}{_TOK}")
_LEVEL_LIST = re.compile(rf"\s*(?:,|;|/|và|hoặc|-|–)\s*(?:{_MUC})?{_TOK}")
_LEVEL_EXAMPLE = "Ví dụ: Mức 3, Đạt mức 3 so với mức 2 hiện tại"


def _level_value(token: str, shown: str, level_min: int, level_max: int) -> int:
    value = _roman_or_int(token)
    if value is None:
        raise InputError(f"Không đọc được mức «{shown}». {_LEVEL_EXAMPLE}", field="level")
    if not level_min <= value <= level_max:
        raise InputError(f"Mức {value} nằm ngoài phạm vi Mức {level_min}–{level_max}", field="level")
    return value


def parse_level_pair(text: str | int, *, level_min: int = 1, level_max: int = 4) -> tuple[int | None, int]:
    """(current, target): "Đạt mức 3 so với mức 2 hiện tại" → (2, 3); "Mức 3" → (None, 3).

    Also "Từ mức 2 lên mức 3" → (2, 3) and "Duy trì mức 3" → (3, 3). Refuses a list of
    levels ("MỨC 1, 2, 3"), a level outside ``level_min``–``level_max`` and a target below
    the current level.
    """
    if isinstance(text, bool):
        raise InputError(f"Không đọc được mức «{text}». {_LEVEL_EXAMPLE}", field="level")
    if isinstance(text, int):
        if not level_min <= text <= level_max:
            raise InputError(f"Mức {text} nằm ngoài phạm vi Mức {level_min}–{level_max}", field="level")
        return None, text
    shown = _clean(text)
    if not shown:
        raise InputError(f"Chưa nhập mức cần đạt. {_LEVEL_EXAMPLE}", field="level")
    key = _key(shown, plain=True).rstrip(" .;")
    key = re.sub(r"^(?:kết quả cần đạt|mức cần đạt)\s*:?\s*", "", key)
    current: str | None
    match = _LEVEL_KEEP.match(key)
    if match:
        current = target = match.group(1)
    else:
        match = _LEVEL_FROM_TO.match(key)
        if match:
            current, target = match.group(1), match.group(2)
        else:
            match = _LEVEL_TARGET.match(key)
            if not match:
                raise InputError(f"Không đọc được mức «{shown}». {_LEVEL_EXAMPLE}", field="level")
            target, current = match.group(1), match.group(2)
    rest = key[match.end():]
    if _LEVEL_LIST.match(rest):
        raise InputError(f"Không rõ mức «{shown}»: chỉ ghi một mức cần đạt. {_LEVEL_EXAMPLE}",
                         field="level")
    if rest and not rest[0].isspace() and not re.match(r"[(),;:.\-–]", rest):
        raise InputError(f"Không đọc được mức «{shown}». {_LEVEL_EXAMPLE}", field="level")
    if current is None:
        now = _LEVEL_NOW.search(rest)
        current = now.group(1) if now else None
    target_value = _level_value(target, shown, level_min, level_max)
    current_value = None if current is None else _level_value(current, shown, level_min, level_max)
    if current_value is not None and current_value > target_value:
        raise InputError(f"Mức cần đạt {target_value} thấp hơn mức hiện tại {current_value}: "
                         f"«{shown}».", field="level")
    return current_value, target_value


def parse_level(text_or_int: str | int, level_min: int = 1, level_max: int = 4) -> int:
    """The level a row aims at: 3, "3", "Mức 3", "III", "Đạt mức 3 so với mức 2 hiện tại" → 3."""
    return parse_level_pair(text_or_int, level_min=level_min, level_max=level_max)[1]


# ---------------------------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------------------------

_DATE_DMY = re.compile(r"(?:ngày\s*)?(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})")
_DATE_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DATE_WORDS = re.compile(r"(?:[^\d,]+,\s*)?(?:ngày\s*)?(\d{1,2})\s*tháng\s*(\d{1,2})\s*,?\s*năm\s*(\d{4})")
DATE_YEAR_MIN = 1900


def parse_date(text: str | date) -> date:
    """"06/9/2023", "6/9/2023", "2023-09-06", "ngày 06 tháng 9 năm 2023" (a leading "Đồng Minh, "
    is allowed, as in a document's date line) → ``date``."""
    if isinstance(text, date):
        return text
    shown = _clean(text)
    example = "Ví dụ: 06/9/2023 hoặc ngày 06 tháng 9 năm 2023"
    if not shown:
        raise InputError(f"Ngày không hợp lệ: chưa nhập ngày. {example}", field="date")
    key = _key(shown, plain=True).rstrip(" .")
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
    raise InputError(f"Ngày không hợp lệ: «{shown}». {example}", field="date")


def format_vn_date(d: date, place: str = "") -> str:
    """The date line of Nghị định 30: "Đồng Minh, ngày 06 tháng 9 năm 2023".

    Days below 10 and the months 1 and 2 take a leading zero; other months do not.
    Without a place the line starts with "ngày".
    """
    month = f"{d.month:02d}" if d.month < 3 else str(d.month)
    line = f"ngày {d.day:02d} tháng {month} năm {d.year}"
    where = _clean(place)
    return f"{where}, {line}" if where else line
