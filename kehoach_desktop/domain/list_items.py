"""How one item of a printed list starts: with a dash, unless it already carries its own mark.

Filed plans write duties as "- …" and sub-items as "+ …"; the 2026 form's fixed text numbers its
parts "1. Mục đích" and its items "a) …", "đ) …". Both the PDF and the Word copy ask here, so an
item never prints as "- 1. Mục đích" in one and "1. Mục đích" in the other.
"""
from __future__ import annotations

import re

from kehoach_desktop.domain.values import nfc

# "1.", "2)", "a)", "đ)", "-", "+", "–", "•" at the start: the item's own mark.
_OWN_MARK = re.compile(r"^(?:[-+–•]|\d{1,2}[.)]\s|[a-zđ]\)\s)", re.IGNORECASE)


def item_line(item: str, prefix: str = "- ") -> str:
    """``item`` as printed: "" for a blank item, else with ``prefix`` unless it has its own mark."""
    text = nfc(item).strip()
    if not text:
        return ""
    return text if _OWN_MARK.match(text) else prefix + text
