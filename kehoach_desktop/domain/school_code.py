"""A school's code as the office tells schools apart: one school, however its code was typed.

The office knows a school by its code (mã trường). Codes typed by hand differ in ways that do not
make another school: case, spaces, a dash, a letter composed differently (NFD), a full-width digit.
``code_key`` keeps only what identifies (NFKC, case-folded, letters and digits). Codes that still look alike to a
person — a Cyrillic «А» for a Latin «A», «O» for «0» — are not merged but held for the officer to
confirm (``look_alike``), since either may be a forgery of the other.
"""
from __future__ import annotations

import unicodedata

# Letters that print like another script's or like a digit: folded together only to notice that two
# different codes would look the same on paper.
_LOOK_ALIKE = str.maketrans({
    "а": "a", "в": "b", "е": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "с": "c", "т": "t",
    "у": "y", "х": "x", "і": "i", "ј": "j", "ѕ": "s", "ԁ": "d", "ԛ": "q", "ԝ": "w",
    "α": "a", "β": "b", "ε": "e", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p", "τ": "t", "υ": "u",
    "χ": "x", "ζ": "z", "η": "n", "đ": "d",
})
_LIKE_DIGITS = str.maketrans({"o": "0", "i": "1", "l": "1", "z": "2", "s": "5", "b": "8"})


def code_key(code: str) -> str:
    """NFKC (NFC, and full-width «７» read as «7»), trimmed, case-folded, letters and digits only: «thcs-ap
    017» and «THCS-AP-017» are one school."""
    folded = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", code).strip().casefold())
    return "".join(ch for ch in folded if unicodedata.category(ch)[0] in "LN")


def look_alike(code: str) -> str:
    """What a code looks like on paper: two different ``code_key``s with the same look-alike are a
    near-duplicate (a Cyrillic letter, «O» for «0»), held for the officer to confirm."""
    key = code_key(code)
    plain = "".join(ch for ch in unicodedata.normalize("NFD", key) if unicodedata.category(ch) != "Mn")
    return plain.translate(_LOOK_ALIKE).translate(_LIKE_DIGITS)
