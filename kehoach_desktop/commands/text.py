"""Data made harmless for a terminal: what the CLI prints from a file is shown, never obeyed.

A school name, a file name or a plan title comes from a file someone else may
have made. Printed raw, ``"\\x1b[2J"`` clears the screen and ``"\\nTổng cộng: 0"``
fakes a report line. ``shown`` removes ANSI escape sequences and C0/C1 control
characters (line breaks and tabs become one space, so a value stays on its
line) and the invisible bidi controls that reorder what is seen; Vietnamese and
every other printable character stay as they are.
"""
from __future__ import annotations

import json
import re

from kehoach_desktop.domain.printable import printable_line


def shown(text: object) -> str:
    """``text`` as one printable line: escapes and controls out, line breaks as a space."""
    return printable_line(text)


def shown_json(data: object) -> str:
    """JSON for the terminal: ``json`` escapes C0 controls itself; C1 and line separators are escaped here too."""
    text = json.dumps(data, ensure_ascii=False, indent=2)
    return re.sub(r"[\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]",
                  lambda m: f"\\u{ord(m.group()):04x}", text)
