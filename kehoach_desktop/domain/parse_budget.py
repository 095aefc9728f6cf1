"""Budgets as principals write them: "2 triệu", "1,5 triệu", "2.000.000 đ", "Miễn phí"."""
from __future__ import annotations

import re
from decimal import Decimal

from .errors import InputError
from .values import Budget
from .parse_text import ascii_fold, clean_text, edit_distance, match_key, LETTER_AFTER



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
_UNIT = re.compile(rf"\s*(?P<mult>{_MULT_RE})(?:\s*(?P<cur>{_CUR_RE}))?{LETTER_AFTER}"
                   rf"|\s*(?P<cur_only>{_CUR_RE}){LETTER_AFTER}")
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
_AMOUNT_INSIDE = re.compile(rf"\d[\d.,]*\s*(?:{_MULT_RE}|{_CUR_RE}){LETTER_AFTER}")
_WORD_THEN_MULTIPLIER = re.compile(
    rf"^[^\W\d_]+ (?:{_MULT_RE})(?: (?:{_CUR_RE}))?$")
_MAX_AMOUNT = 10**15


class _Malformed(InputError):
    """Why an amount cannot be read: a Vietnamese phrase, the ``reason`` of the budget refusal."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason, field="budget")


def _budget_error(shown: str, reason: _Malformed) -> InputError:
    return InputError("Dự kiến kinh phí không hợp lệ: «{text}» ({reason}). Ví dụ hợp lệ: 5 triệu, 2.000.000 đ, "
                      "Miễn phí.", field="budget", text=shown, reason=reason)


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
    bare = ascii_fold(word)
    if bare in {"trieu", "nghin", "ngan", "dong"}:
        return True  # the right letters with the wrong marks: "triêu", "nghín", "đông"
    if any(bare.startswith(u) and len(bare) <= len(u) + 2 for u in ("trieu", "nghin", "dong")):
        return True  # "triệuu", "đồngg"
    if edit_distance(bare, "trieu") == 1:
        return True  # "trieeu", "trệu", "tiệu"
    return len(bare) == 5 and edit_distance(bare, "nghin") == 1


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
            elif half := re.match(rf"(\s*rưỡi){LETTER_AFTER}", key[pos:]):  # "2 triệu rưỡi"
                part += Decimal(mult) / 2
                pos += half.end(1)
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
    shown = clean_text(text)
    if not shown:
        return Budget(None, "")
    key = match_key(shown).rstrip(" .;!")
    key = _BULLET.sub("", key)
    if key in _ZERO_WORDS:
        return Budget(0, shown)
    key = _LEAD_IN.sub("", key)
    if re.match(r"[-−–]\s*\d", key):
        raise _budget_error(shown, _Malformed("số tiền không được âm"))
    key = re.sub(r"^\+\s*(?=\d)", "", key)
    if key[:1].isdigit():
        try:
            return Budget(_amount(key), shown)
        except _Malformed as bad:
            raise _budget_error(shown, bad) from None
    if _WORD_THEN_MULTIPLIER.match(key):
        raise _budget_error(shown, _Malformed("phần số tiền phải viết bằng chữ số"))
    return Budget(None, shown)


def format_amount(amount: int | None) -> str:
    """Đồng with dots between thousands, as Vietnamese documents print them: 2000000 → "2.000.000"."""
    if amount is None:
        return ""
    sign = "-" if amount < 0 else ""
    return sign + f"{abs(int(amount)):,}".replace(",", ".")
