"""The school type a school's name says: "Trường THCS Hiệp Lực" is a lower secondary school.

Vietnamese school names start with their type, spelled out ("Trường Tiểu học …") or abbreviated
("Trường MN …", "Trường PTDTBT TH&THCS …"). The first-run form proposes the type from the name
as it is typed; a name that names no type proposes nothing.
"""
from __future__ import annotations

import re
import unicodedata

# Words that name one level, matched on the name without diacritics, in capitals, as whole words.
_LEVEL_WORDS = {
    "mam_non": ("MAM NON", "MAU GIAO", "NHA TRE", "MN", "MG"),
    "tieu_hoc": ("TIEU HOC", "TH", "TIH"),
    "thcs": ("TRUNG HOC CO SO", "THCS"),
    "thpt": ("TRUNG HOC PHO THONG", "THPT", "PTTH"),
}
# Words that name a school of several levels, or continuing education, on their own.
_OTHER_WORDS = {
    "nhieu_cap": ("NHIEU CAP", "LIEN CAP", "PTCS"),
    "gdtx": ("GIAO DUC THUONG XUYEN", "GDTX"),
}


def _plain(name: str) -> str:
    """Capitals without diacritics, words separated by one space: "TH&THCS" → "TH THCS"."""
    decomposed = unicodedata.normalize("NFD", name.replace("đ", "d").replace("Đ", "D"))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).upper()
    return " ".join(re.findall(r"[A-Z0-9]+", bare))


def _says(plain: str, words: tuple[str, ...]) -> bool:
    return any(re.search(rf"(?<!\S){word}(?!\S)", plain) for word in words)


def level_from_name(name: str) -> str | None:
    """The key of SCHOOL_LEVELS the name names, or None when it names none.

    Two or more of primary, lower and upper secondary ("TH&THCS", "THCS và THPT") make a school
    of several levels.
    """
    plain = _plain(name)
    for level, words in _OTHER_WORDS.items():
        if _says(plain, words):
            return level
    found = [level for level, words in _LEVEL_WORDS.items() if _says(plain, words)]
    if len(found) == 1:
        return found[0]
    if len(set(found) - {"mam_non"}) >= 2:
        return "nhieu_cap"
    return None


def teaches_upper_secondary(name: str) -> bool:
    """Whether the name says the school has THPT classes ("Trường THCS và THPT …"): such a school
    is under the Sở GD&ĐT since 01/7/2025, not its commune."""
    return _says(_plain(name), _LEVEL_WORDS["thpt"])
