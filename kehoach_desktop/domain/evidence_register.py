"""The evidence register (Danh mục minh chứng): each evidence item once, under one code.

Phụ lục IV as both sources read it: a code ``MC.<tiêu chuẩn>.<tiêu chí>.<NN>`` is numbered per
criterion from the item's *primary* criterion; an item that serves other criteria is cited there
under the same code, never copied under a second one. One source (A) continues the numbering across
school years: a new item never takes a number an earlier year's item had, so a code read in last
year's report still means the same paper (the continuity rule, ``next_code``).

The register is kept per school year; ``carried_to`` copies one year's items into the next with
their codes. ``register_warnings`` says, in Vietnamese, what an officer would circle: an item cited
nowhere, a code cited that the register does not hold, an expired paper, two items that are one.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date

from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.values import nfc

#: bounds on what one item may hold (a register is typed by hand, or read from a hostile file)
MAX_NAME_CHARS = 500
MAX_TEXT_CHARS = 1000
# 15 criteria × the 99 numbers a two-digit «NN» has, with room: more is a damaged or forged register
MAX_ITEMS = 1500


@dataclass(frozen=True)
class EvidenceItem:
    """One minh chứng. ``code`` is its one code; ``location`` says where the paper or file is kept."""

    code: str                       # "MC.1.1.01"
    name: str                       # "Kế hoạch năm học 2025-2026"
    number: str = ""                # the document's number: "125/KH-THCS"
    issued_on: date | None = None   # its date
    issuer: str = ""                # "Hiệu trưởng", "UBND xã Tân Phú"
    location: str = ""              # "Hồ sơ giấy, tủ 2" or a folder: "D:\\MinhChung\\TC1"
    expires: date | None = None     # a certificate, a licence: valid until
    note: str = ""
    id: int | None = None

    @property
    def criterion(self) -> str:
        """The primary criterion the code was numbered from: ``"1.1"`` for ``MC.1.1.01``."""
        return primary_criterion(self.code)

    @property
    def document(self) -> str:
        """«Số 125/KH-THCS ngày 05/9/2025 của Hiệu trưởng», as the list's name column adds it."""
        parts = []
        if self.number:
            parts.append(f"số {self.number}")
        if self.issued_on:
            parts.append(f"ngày {self.issued_on.day:02d}/{self.issued_on.month:02d}/{self.issued_on.year}")
        if self.issuer:
            parts.append(f"của {self.issuer}")
        return " ".join(parts)


def primary_criterion(code: str) -> str:
    """``"1.1"`` for ``"MC.1.1.01"``: the two numbers before the item's own; "" for another shape."""
    numbers = [p for p in code.split(".") if p.isdigit()]
    return ".".join(numbers[:2]) if len(numbers) >= 3 else ""


def item_number(code: str) -> int:
    numbers = [p for p in code.split(".") if p.isdigit()]
    return int(numbers[-1]) if len(numbers) >= 3 else 0


def code_sort_key(code: str) -> tuple:
    """MC.1.10.01 after MC.1.9.02: numbers compared as numbers."""
    return tuple(int(p) if p.isdigit() else 0 for p in code.split("."))


def next_code(criterion: str, taken: Iterable[str], prefix: str = "MC", width: int = 2) -> str:
    """The next free code of ``criterion``: one past the highest number any year gave it (continuity).

    ``taken`` is every code the school has used in any year; a number freed by a deleted item is not
    given again, so a code cited in an older report never comes to mean another paper.
    """
    highest = max((item_number(c) for c in taken if primary_criterion(c) == criterion), default=0)
    return f"{prefix}.{criterion}.{highest + 1:0{width}d}"


def check_item(item: EvidenceItem, framework) -> EvidenceItem:
    """The item cleaned, or an InputError naming the field a principal must fix."""
    code = framework.validate_evidence_code(item.code)
    if framework.criterion(primary_criterion(code)) is None:
        raise InputError("Mã minh chứng {code} thuộc tiêu chí {criterion}, không có trong khung {short_circular}.",
                         field="code", code=code, criterion=primary_criterion(code) or "?",
                         short_circular=framework.short_circular())
    name = nfc(item.name).strip()
    if not name:
        raise InputError("Minh chứng {code} chưa có tên.", field="name", code=code)
    if len(name) > MAX_NAME_CHARS:
        raise InputError("Tên minh chứng {code} dài quá {limit} ký tự.", field="name", code=code,
                         limit=MAX_NAME_CHARS)
    texts = {}
    for key in ("number", "issuer", "location", "note"):
        value = nfc(getattr(item, key) or "").strip()
        if len(value) > MAX_TEXT_CHARS:
            raise InputError("Minh chứng {code}: ô «{key}» dài quá {limit} ký tự.", field=key, code=code, key=key,
                             limit=MAX_TEXT_CHARS)
        texts[key] = value
    return replace(item, code=code, name=name, number=texts["number"], issuer=texts["issuer"],
                   location=texts["location"], note=texts["note"])


@dataclass(frozen=True)
class RegisterWarning:
    kind: str           # UNCITED, UNKNOWN, EXPIRED, DUPLICATE
    code: str
    text: str           # Vietnamese, one line


UNCITED, UNKNOWN, EXPIRED, DUPLICATE, MALFORMED = "uncited", "unknown", "expired", "duplicate", "malformed"


def _paper_key(item: EvidenceItem) -> tuple:
    """Two items with the same name, number and date are one paper listed twice."""
    return (" ".join(nfc(item.name).casefold().split()), nfc(item.number).casefold().strip(), item.issued_on)


def register_warnings(items: Iterable[EvidenceItem], cited: Mapping[str, Iterable[str]],
                      today: date, template=None) -> list[RegisterWarning]:
    """What is wrong between the register and the texts citing it.

    ``cited`` maps each place that cites codes («Tiêu chí 1.1», «Dòng 3 của kế hoạch») to its codes;
    ``template`` (the framework's evidence template) flags an item whose code does not have its shape
    (a file edited by hand: the register itself never gives one).
    """
    listed = sorted(items, key=lambda i: code_sort_key(i.code))
    codes = {i.code for i in listed}
    places: dict[str, list[str]] = {}
    for place, place_codes in cited.items():
        for code in place_codes:
            places.setdefault(code, [])
            if place not in places[code]:
                places[code].append(place)
    found = []
    for code in sorted(set(places) - codes, key=code_sort_key):
        found.append(RegisterWarning(UNKNOWN, code, f"{code} được trích dẫn ở {', '.join(places[code])} nhưng "
                                                    "không có trong danh mục minh chứng."))
    for item in listed:
        if template is not None and not template.matches(item.code):
            found.append(RegisterWarning(MALFORMED, item.code, f"«{item.code}» ({item.name}) không phải mã minh chứng "
                                                               f"đúng mẫu {template.template}."))
        if item.code not in places:
            found.append(RegisterWarning(UNCITED, item.code, f"{item.code} ({item.name}) chưa được trích dẫn ở "
                                                             "tiêu chí nào."))
        if item.expires is not None and item.expires < today:
            found.append(RegisterWarning(EXPIRED, item.code,
                                         f"{item.code} ({item.name}) đã hết hiệu lực ngày "
                                         f"{item.expires.day:02d}/{item.expires.month:02d}/{item.expires.year}."))
    first: dict[tuple, EvidenceItem] = {}
    for item in listed:
        a = first.setdefault(_paper_key(item), item)
        if a is not item:
            found.append(RegisterWarning(DUPLICATE, item.code,
                                         f"{item.code} trùng với {a.code} ({a.name}): một minh chứng chỉ có một "
                                         "mã, các tiêu chí khác trích dẫn lại mã đó."))
    return found


def carried_to(items: Iterable[EvidenceItem]) -> list[EvidenceItem]:
    """Last year's items for the new year's register: codes kept, ids dropped (each year holds its own rows).

    An expired item is carried too, so its warning reaches the principal who must renew it.
    """
    return [replace(i, id=None) for i in sorted(items, key=lambda i: code_sort_key(i.code))]
