"""Evidence citations inside the self-assessment's sentences: «… theo quy định (MC.1.1.01, MC.1.1.02).»

Phụ lục IV (as both sources read it) cites codes in round brackets inside the sentence, several
separated by commas. The codes' shape is the catalog's evidence template (``MC.{n}.{n}.{nn}``), never
a pattern written here: the template compiles to a regular expression made only of escaped literals
and digit runs, so scanning a text costs one pass whatever a catalog says.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from kehoach_desktop.domain.evidence_code import FIXED, LITERAL, EvidenceTemplate

#: the longest text scanned for citations (a criterion's statement is a few paragraphs)
MAX_SCANNED_CHARS = 200_000


@lru_cache(maxsize=16)
def _code_regex(template: EvidenceTemplate) -> re.Pattern[str]:
    parts = []
    for kind, value in template.tokens:
        if kind == LITERAL:
            parts.append(re.escape(str(value)))
        elif kind == FIXED:
            parts.append(r"\d{%d}(?!\d)" % int(value))      # type: ignore[call-overload]
        else:
            parts.append(r"\d+")
    # Not glued to a letter or digit before it: «XMC.1.1.01» is not a citation of MC.1.1.01.
    return re.compile(r"(?<![\w.])" + "".join(parts) + r"(?!\d)")


@dataclass(frozen=True)
class Citation:
    code: str
    start: int          # where the code stands in the text (the editor underlines it there)
    end: int


def citations(text: str, template: EvidenceTemplate) -> list[Citation]:
    """Every code of the template's shape in ``text``, in order (repeats kept: each is a place)."""
    text = text[:MAX_SCANNED_CHARS] if isinstance(text, str) else ""
    return [Citation(m.group(), m.start(), m.end()) for m in _code_regex(template).finditer(text)]


def cited_codes(texts: Iterable[str], template: EvidenceTemplate) -> list[str]:
    """The distinct codes ``texts`` cite, in the order first cited."""
    seen: dict[str, None] = {}
    for text in texts:
        for c in citations(text, template):
            seen.setdefault(c.code, None)
    return list(seen)


def citation_text(codes: Iterable[str]) -> str:
    """The bracket a picker inserts: ``(MC.1.1.01, MC.1.1.02)``."""
    listed = [c for c in codes if c]
    return "(" + ", ".join(listed) + ")" if listed else ""
