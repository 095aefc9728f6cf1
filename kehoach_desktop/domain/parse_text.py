"""Shared helpers of the parsers: cleaning what was typed or pasted, matching keys."""
from __future__ import annotations

import re
import unicodedata

from .values import nfc


YEAR_MIN, YEAR_MAX = 2000, 2100
"""Years a plan's timeframe and school year may name."""

_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_TAGS = re.compile(r"<[^>]*>|\*\*|__")
LETTER_AFTER = r"(?![^\W\d_])"  # next character is not a letter (digits and punctuation may follow)


def clean_text(text: object) -> str:
    """NFC, invisible characters dropped, whitespace runs collapsed, trimmed."""
    if text is None:
        return ""
    s = _INVISIBLE.sub("", nfc(str(text)))
    return re.sub(r"\s+", " ", s).strip()


def match_key(shown: str, *, plain: bool = False) -> str:
    """The case-folded copy that patterns match against (``plain`` also drops <b> and ** marks)."""
    s = shown.casefold()
    if plain:
        s = re.sub(r"\s+", " ", _TAGS.sub(" ", s)).strip()
        s = re.sub(r"^#+\s*", "", s)
    return s


def ascii_fold(word: str) -> str:
    """Vietnamese letters without tone and vowel marks ("triệu" → "trieu", "đồng" → "dong")."""
    decomposed = unicodedata.normalize("NFD", word.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def edit_distance(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]
