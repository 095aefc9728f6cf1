"""The types of the Ministry's accreditation frameworks: standards, criteria and level ranges, as data.

A *framework* is one criteria catalog (Thông tư 18/2018 for THCS/THPT, the provisional
Thông tư 57/2026 for general schools, …). Each ships as a JSON file in
``resources/criteria/`` and is chosen per plan, never hard-coded. A maintainer or a
district can drop a corrected file into a catalog folder; it replaces the bundled one
when its ``version`` is not lower and it keeps every criterion code plans may point at.

Pure Python: no Qt, no SQL. Every refusal is an :class:`InputError` in Vietnamese.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
import datetime
from types import MappingProxyType
from typing import Any, Mapping

from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.evidence_code import EvidenceTemplate
from kehoach_desktop.domain.values import nfc

#: the catalog file layout this program reads; a file with a higher ``format`` is refused.
#: 2 added ``amendments``: an older program then says "update the program", not "unknown field".
FORMAT = 2
#: the first format in which a catalog may list the circulars that amended it
AMENDMENTS_FORMAT = 2

#: school types a framework can apply to, with how users read them
SCHOOL_LEVELS: Mapping[str, str] = MappingProxyType({
    "mam_non": "mầm non",
    "tieu_hoc": "tiểu học",
    "thcs": "trung học cơ sở",
    "thpt": "trung học phổ thông",
    "nhieu_cap": "trường phổ thông có nhiều cấp học",
    "gdtx": "giáo dục thường xuyên",
})

#: printed plan forms the reports know how to draw
PLAN_FORMS: Mapping[str, str] = MappingProxyType({
    "tt18-9col": "Kế hoạch cải tiến chất lượng 9 cột (Thông tư 17/18/19/2018)",
    "tt57-bieu2": "Biểu 2 Phụ lục V (Thông tư 57/2026)",
})

PROVISIONAL_MARK = " — TẠM THỜI"

_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,39}$")
_CODE = re.compile(r"^([1-9]\d*)\.([1-9]\d*)$")
_LEVEL = re.compile(r"^[1-9]\d*$")


def _frozen_map(items: Mapping | None = None) -> Mapping:
    return MappingProxyType(dict(items or {}))


@dataclass(frozen=True)
class Criterion:
    """One tiêu chí, e.g. ``1.9 Thực hiện quy chế dân chủ cơ sở``.

    ``unverified`` comes from the research notes (one source only) and stays visible to
    maintainers. ``levels`` maps a level (1, 2 …) to its requirement text where the
    catalog has it; ``has_level`` says which levels carry indicators of their own (2018).
    """

    code: str
    title: str
    standard_no: int
    mandatory: bool = False
    unverified: bool = False
    note: str = ""
    levels: Mapping[int, str] = field(default_factory=_frozen_map, hash=False)
    indicators: tuple[str, ...] = ()
    evidence_hints: str = ""
    evidence_group: str = ""
    title_variants: tuple[str, ...] = ()
    sources_agree: int | None = None
    has_level: Mapping[int, bool] = field(default_factory=_frozen_map, hash=False)

    def label(self) -> str:
        return f"Tiêu chí {self.code}: {self.title}"


@dataclass(frozen=True)
class Standard:
    """One tiêu chuẩn and its criteria, in the order of the circular."""

    no: int
    title: str
    unverified: bool
    criteria: tuple[Criterion, ...]
    note: str = ""
    title_variants: tuple[str, ...] = ()

    def label(self) -> str:
        return f"Tiêu chuẩn {self.no}: {self.title}"


@dataclass(frozen=True)
class Amendment:
    """A later circular that amended this one, e.g. Thông tư 22/2024 for the 2018 circulars.

    ``verified`` is False while no reliable source says what it changed in the criteria: the
    catalog's criteria are then the original circular's, and maintainers are told so.
    """

    circular: str                       # "22/2024/TT-BGDĐT"
    date: datetime.date
    effective: datetime.date | None = None
    verified: bool = False
    note: str = ""

    def label(self) -> str:
        """What a maintainer reads beside the catalog (the About box repeats it, translated)."""
        text = f"sửa đổi bởi Thông tư {self.circular}"
        return text if self.verified else text + " (chưa xác minh ảnh hưởng đến tiêu chí)"


@dataclass(frozen=True)
class Framework:
    """One criteria catalog: a circular's standards and criteria for some school types."""

    id: str
    name: str
    circular: str
    date: datetime.date           # the module's name: the field "date" shadows the class here
    effective: datetime.date
    title: str
    school_levels: tuple[str, ...]
    level_min: int
    level_max: int
    evidence_template: EvidenceTemplate
    evidence_example: str
    plan_form: str
    provisional: bool
    provisional_note: str
    version: int
    standards: tuple[Standard, ...]
    source_note: str = ""
    status_note: str = ""
    levels_note: str = ""
    effective_unverified: bool = False
    effective_note: str = ""
    evidence_format: str = ""
    evidence_note: str = ""
    appendix: str = ""
    replaces: tuple[str, ...] = ()
    #: later circulars that amended this one, oldest first
    amendments: tuple[Amendment, ...] = ()
    #: documented details the program does not model yet (level_4, school_level_rule, forms)
    extra: Mapping[str, Any] = field(default_factory=_frozen_map, hash=False)
    format: int = FORMAT

    # -- reading ------------------------------------------------------------------------
    def criteria(self) -> tuple[Criterion, ...]:
        """All criteria, standard by standard, in the circular's order."""
        return tuple(c for s in self.standards for c in s.criteria)

    def criterion(self, code: str) -> Criterion | None:
        code = nfc(code).strip()
        for c in self.criteria():
            if c.code == code:
                return c
        return None

    def standard(self, no: int) -> Standard | None:
        for s in self.standards:
            if s.no == no:
                return s
        return None

    def mandatory_criteria(self) -> tuple[Criterion, ...]:
        return tuple(c for c in self.criteria() if c.mandatory)

    def levels(self) -> range:
        return range(self.level_min, self.level_max + 1)

    def short_circular(self) -> str:
        """``"Thông tư 57/2026"`` from ``"57/2026/TT-BGDĐT"``."""
        return "Thông tư " + "/".join(self.circular.split("/")[:2])

    def display_name(self) -> str:
        """The name users see; a provisional catalog always carries the mark."""
        return self.name + PROVISIONAL_MARK if self.provisional else self.name

    # -- checking what users type --------------------------------------------------------
    def validate_level(self, level: int | str) -> int:
        """The level as an int if this framework has it, else an InputError."""
        lo, hi = self.level_min, self.level_max
        value: int | None = None
        if isinstance(level, int) and not isinstance(level, bool):
            value = level
        elif isinstance(level, str) and _LEVEL.match(level.strip()):
            value = int(level.strip())
        if value is None:
            raise InputError(
                "Mức “{level}” không hợp lệ: hãy chọn một mức từ {lo} đến {hi}",
                field="target_level", level=level, lo=lo, hi=hi,
            )
        if not lo <= value <= hi:
            raise InputError(
                "Mức {value} không hợp lệ: khung {short_circular} chỉ có Mức {lo}–{hi}",
                field="target_level",
                value=value, short_circular=self.short_circular(), lo=lo, hi=hi,
            )
        return value

    def validate_evidence_code(self, code: str) -> str:
        """The evidence code, trimmed, if it has this framework's form; else an InputError."""
        text = nfc(code if isinstance(code, str) else "").strip()
        shape = self.evidence_format or self.evidence_example
        if not text:
            raise InputError(
                "Chưa nhập mã minh chứng: theo khung {short_circular} mã có dạng {shape}, ví dụ "
                "{evidence_example}",
                field="evidence",
                short_circular=self.short_circular(), shape=shape, evidence_example=self.evidence_example,
            )
        if not self.evidence_template.matches(text):
            raise InputError(
                "Mã minh chứng “{text}” không đúng mẫu của khung {short_circular}: cần dạng {shape}, ví "
                "dụ {evidence_example}",
                field="evidence",
                text=text, short_circular=self.short_circular(), shape=shape, evidence_example=self.evidence_example,
            )
        return text

