"""Standards, criteria and levels as written in plans: "Tiêu chí 2. 3:", "Đạt mức 3 so với mức 2"."""
from __future__ import annotations

import re
from collections.abc import Iterable

from .errors import InputError
from .parse_text import clean_text, match_key


_CRITERION = re.compile(
    r"(?:(?:tiêu\s*chí|tc)\s*(?:số\s*)?:?\s*)?(\d{1,2})\s*\.\s*(\d{1,2})(?!\d)(?!\.\d)")


def criterion_code(text: str | None) -> str | None:
    """The criterion a written reference names, in the catalogs' form, or ``None`` if it names none.

    "Tiêu chí 1.9. Thực hiện quy chế dân chủ cơ sở", "TC 1.9", "tc1.9", "1.09" → "1.9".
    """
    key = match_key(clean_text(text), plain=True)
    key = re.sub(r"^[-–•+]\s*", "", key)
    match = _CRITERION.match(key)
    return f"{int(match.group(1))}.{int(match.group(2))}" if match else None


def parse_criterion_ref(text: str, known_codes: Iterable[str] | None = None) -> str:
    """"Tiêu chí 1.9. Thực hiện quy chế dân chủ cơ sở" → "1.9"; "TC 1.10" → "1.10"; "1.4" → "1.4".

    With ``known_codes`` (the framework's criterion codes) a code outside them is refused.
    """
    code = criterion_code(text)
    if code is None:
        raise InputError("Không đọc được tiêu chí «{text}». Ví dụ: Tiêu chí 1.4", field="criterion",
                         text=clean_text(text))
    if known_codes is not None:
        known = [clean_text(c) for c in known_codes]
        if code not in known:
            ordered = sorted(known, key=lambda c: tuple(int(p) for p in re.findall(r"\d+", c)))
            if ordered:
                raise InputError("Tiêu chí {code} không có trong khung tiêu chí đang dùng (các tiêu chí từ {first} "
                                 "đến {last}).", field="criterion", code=code, first=ordered[0], last=ordered[-1])
            raise InputError("Tiêu chí {code} không có trong khung tiêu chí đang dùng.", field="criterion", code=code)
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
    key = match_key(clean_text(text), plain=True)
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


def _level_value(token: str, shown: str, level_min: int, level_max: int) -> int:
    value = _roman_or_int(token)
    if value is None:
        raise InputError("Không đọc được mức «{shown}». Ví dụ: Mức 3, Đạt mức 3 so với mức 2 hiện tại", field="level",
                         shown=shown)
    if not level_min <= value <= level_max:
        raise InputError("Mức {value} nằm ngoài phạm vi Mức {level_min}–{level_max}", field="level",
                         value=value, level_min=level_min, level_max=level_max)
    return value


def parse_level_pair(text: str | int, *, level_min: int = 1, level_max: int = 4) -> tuple[int | None, int]:
    """(current, target): "Đạt mức 3 so với mức 2 hiện tại" → (2, 3); "Mức 3" → (None, 3).

    Also "Từ mức 2 lên mức 3" → (2, 3) and "Duy trì mức 3" → (3, 3). Refuses a list of
    levels ("MỨC 1, 2, 3"), a level outside ``level_min``–``level_max`` and a target below
    the current level.
    """
    if isinstance(text, bool):
        raise InputError("Không đọc được mức «{text}». Ví dụ: Mức 3, Đạt mức 3 so với mức 2 hiện tại", field="level",
                         text=text)
    if isinstance(text, int):
        if not level_min <= text <= level_max:
            raise InputError("Mức {text} nằm ngoài phạm vi Mức {level_min}–{level_max}", field="level",
                             text=text, level_min=level_min, level_max=level_max)
        return None, text
    shown = clean_text(text)
    if not shown:
        raise InputError("Chưa nhập mức cần đạt. Ví dụ: Mức 3, Đạt mức 3 so với mức 2 hiện tại", field="level")
    key = match_key(shown, plain=True).rstrip(" .;")
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
                raise InputError("Không đọc được mức «{shown}». Ví dụ: Mức 3, Đạt mức 3 so với mức 2 hiện tại", field="level",
                                 shown=shown)
            target, current = match.group(1), match.group(2)
    rest = key[match.end():]
    if _LEVEL_LIST.match(rest):
        raise InputError("Không rõ mức «{shown}»: chỉ ghi một mức cần đạt. Ví dụ: Mức 3, Đạt mức 3 so với mức 2 "
                         "hiện tại",
                         field="level", shown=shown)
    if rest and not rest[0].isspace() and not re.match(r"[(),;:.\-–]", rest):
        raise InputError("Không đọc được mức «{shown}». Ví dụ: Mức 3, Đạt mức 3 so với mức 2 hiện tại", field="level",
                         shown=shown)
    if current is None:
        now = _LEVEL_NOW.search(rest)
        current = now.group(1) if now else None
    target_value = _level_value(target, shown, level_min, level_max)
    current_value = None if current is None else _level_value(current, shown, level_min, level_max)
    if current_value is not None and current_value > target_value:
        raise InputError("Mức cần đạt {target_value} thấp hơn mức hiện tại {current_value}: «{shown}».", field="level",
                         target_value=target_value, current_value=current_value, shown=shown)
    return current_value, target_value


def parse_level(text_or_int: str | int, level_min: int = 1, level_max: int = 4) -> int:
    """The level a row aims at: 3, "3", "Mức 3", "III", "Đạt mức 3 so với mức 2 hiện tại" → 3."""
    return parse_level_pair(text_or_int, level_min=level_min, level_max=level_max)[1]
