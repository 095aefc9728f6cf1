"""Text from outside as one printable line: terminal escapes, control and bidi characters out.

The terminal (commands.text.shown) and the stored one-line fields of the school and the plan
(domain.school_fields) both clean with this, so what is stored and what is shown agree.
"""
from __future__ import annotations

import re

_ESCAPE = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"             # CSI: colours, cursor moves, clear screen
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"  # OSC: window titles, links
    r"|\x1b[ -/]*[0-~]?"                    # any other escape, or a lone ESC
    r"|\x9b[0-?]*[ -/]*[@-~]"               # the 8-bit CSI
)
_BREAKS = re.compile(r"[\t\n\v\f\r\x85\u2028\u2029]+")
_FORMAT = r"\u200e\u200f\u202a-\u202e\u2066-\u2069"     # direction marks and overrides (bidi)
_CONTROLS = re.compile(rf"[\x00-\x1f\x7f-\x9f{_FORMAT}]")
# In text of several lines the line breaks and tabs a principal types stay; every other control goes.
_TEXT_CONTROLS = re.compile(rf"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029{_FORMAT}]")


def printable_line(text: object) -> str:
    """``text`` as one printable line: escapes and controls out, line breaks as a space."""
    value = _ESCAPE.sub("", str(text))
    return _CONTROLS.sub("", _BREAKS.sub(" ", value))


def printable_text(text: object) -> str:
    """``text`` of several lines as printable: escapes and controls out, line breaks and tabs kept."""
    return _TEXT_CONTROLS.sub("", _ESCAPE.sub("", str(text)))


def unprintable(text: str, *, one_line: bool = False) -> str | None:
    """The first character ``printable_line`` (``one_line``) or ``printable_text`` would drop or change, or
    None when ``text`` is already what it gives: a file from outside holding one is not what the program stores."""
    found = (_CONTROLS.search(text) or _BREAKS.search(text)) if one_line else _TEXT_CONTROLS.search(text)
    return found.group()[0] if found else None
