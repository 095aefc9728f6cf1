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
_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def printable_line(text: object) -> str:
    """``text`` as one printable line: escapes and controls out, line breaks as a space."""
    value = _ESCAPE.sub("", str(text))
    return _CONTROLS.sub("", _BREAKS.sub(" ", value))
