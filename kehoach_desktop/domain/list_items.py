"""How one item of a printed list starts: with a dash, unless it already carries its own mark.

Filed plans write duties as "- …" and sub-items as "+ …"; the 2026 form's fixed text numbers its
parts "1. Mục đích" and its items "a) …", "đ) …". Both the PDF and the Word copy ask here, so an
item never prints as "- 1. Mục đích" in one and "1. Mục đích" in the other.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kehoach_desktop.domain.values import nfc

# "1.", "2)", "a)", "đ)", "II.", "-", "+", "–", "•", "*" at the start: the item's own mark.
_OWN_MARK = re.compile(r"^(?:[-+–—•*]|\d{1,2}[.)]\s|[a-zđ]\)\s|[IVX]{1,4}\.\s)", re.IGNORECASE)


def has_mark(item: str) -> bool:
    """Whether ``item`` starts with its own mark ("- ", "+ ", "1.", "a)", "II.")."""
    return bool(_OWN_MARK.match(nfc(item).strip()))


def item_line(item: str, prefix: str = "- ") -> str:
    """``item`` as printed: "" for a blank item, else with ``prefix`` unless it has its own mark."""
    text = nfc(item).strip()
    if not text:
        return ""
    return text if _OWN_MARK.match(text) else prefix + text


# Section II (Căn cứ): Nghị định 30 sets căn cứ lines in italics, each ending ";" and the last ".".
# Filed plans also number sub-parts there ("1. Văn bản của cấp trên") and add lines that cite nothing
# ("+ Điểm mạnh: …"): those print as written, upright, with their own ending.
_BASIS_WORDS = ("căn cứ", "thực hiện", "thông tư", "nghị định", "nghị quyết", "quyết định", "công văn",
                "kế hoạch", "báo cáo", "luật", "chỉ thị", "hướng dẫn", "điều lệ", "văn bản", "các văn bản",
                "chương trình")
_NUMBERED = re.compile(r"^\d{1,2}[.)]\s")


@dataclass(frozen=True)
class ListLine:
    text: str                    # as printed: its mark, its words, its ending
    italic: bool = False


def is_basis(item: str) -> bool:
    """A real căn cứ: a line citing what the plan rests on, not a numbered sub-heading or a "…:" lead-in."""
    text = nfc(item).strip()
    if not text or _NUMBERED.match(text) or text.rstrip().endswith(":"):
        return False
    body = _OWN_MARK.sub("", text, count=1).strip().casefold()
    return body.startswith(_BASIS_WORDS)


def basis_lines(items: list[str], prefix: str = "- ") -> list[ListLine]:
    """Section II's lines as printed: căn cứ in italics ending ";" (the last of a run "."), the rest as written."""
    texts = [nfc(item).strip() for item in items if nfc(item).strip()]
    flags = [is_basis(t) for t in texts]
    out = []
    for index, (text, basis) in enumerate(zip(texts, flags)):
        line = item_line(text, prefix)
        if basis:
            last = index + 1 == len(texts) or not flags[index + 1]
            line = line.rstrip(" ;.,") + ("." if last else ";")
        out.append(ListLine(line, basis))
    return out
