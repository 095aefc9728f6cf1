"""The office that receives the schools' files, and how it signs its own documents.

Since 01/7/2025 a school's plans go to the Phòng Văn hóa - Xã hội of its xã/phường/đặc khu or
to the Sở GD&ĐT (``domain.administration``); before, to the district's Phòng GD&ĐT. An office
file says which of these it is. The kinds are data (``resources/administration/offices.json``):
each names the area it asks for and the templates of its name, its two letterhead lines
(governing body above, the office below, Nghị định 30), its place in date lines, its signer's
title, the symbol of its reports («BC-VHXH») and its Nơi nhận. ``new_identity`` fills them
once, when the file is made or its details are changed; the office file stores the result
(``OfficeIdentity``), so later edits of the data never rewrite an office's documents.

An office's identity has a history: each change is kept with the day it applies from, and a
document prints the identity of its own date (``identity_on``), so a summary dated before
01/7/2025 still says Phòng GD&ĐT after the file has become a commune's.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache

from kehoach_desktop.domain.administration import rules, split_area
from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.plan_sections import NUMBER_ROOM
from kehoach_desktop.domain.values import nfc

OFFICES_FILE = "offices.json"
LEGACY = "district"          # the kind existing office files are migrated as


@dataclass(frozen=True)
class OfficeKind:
    id: str                          # "commune" | "province" | "district"
    label: str                       # "UBND xã/phường/đặc khu — Phòng Văn hóa - Xã hội"
    words: tuple[str, ...]           # what the command line accepts for it besides its id
    area: str                        # the area it is named after: "commune" | "province" | "district"
    manages: str                     # which schools report to it (domain.administration.manager_of)
    name: str                        # templates over the area's words (see _area_words)
    governing_body: str
    office: str
    place: str
    signer_title: str
    symbol: str
    recipients: tuple[str, ...]
    until: date | None = None        # the last day such an office existed
    unverified: str = ""


@dataclass(frozen=True)
class Offices:
    kinds: dict[str, OfficeKind]
    area_kinds: dict[str, tuple[str, ...]]    # "commune" → ("xã", "phường", "đặc khu") …


@lru_cache(maxsize=1)
def offices() -> Offices:
    from kehoach_desktop.resources_path import resource_dir
    data = json.loads((resource_dir("administration") / OFFICES_FILE).read_text(encoding="utf-8"))
    unverified = data.get("unverified", {})
    kinds = {}
    for item in data["kinds"]:
        kinds[item["id"]] = OfficeKind(
            id=item["id"], label=item["label"], words=tuple(item.get("words", ())), area=item["area"],
            manages=item["manages"], name=item["name"], governing_body=item["governing_body"],
            office=item["office"], place=item["place"], signer_title=item["signer_title"],
            symbol=item["symbol"], recipients=tuple(item["recipients"]),
            until=date.fromisoformat(item["until"]) if item.get("until") else None,
            unverified=unverified.get(item["id"], ""))
    two_tier = rules()
    return Offices(kinds, {"commune": two_tier.commune_kinds, "province": two_tier.province_kinds,
                           "district": tuple(data["district_kinds"])})


def office_kind(text: str) -> OfficeKind:
    """The kind named by its id or one of its words ("xa", "sở", "phong-gddt"); a refusal otherwise."""
    wanted = nfc(text or "").strip().casefold()
    for kind in offices().kinds.values():
        if wanted == kind.id or wanted in (w.casefold() for w in kind.words):
            return kind
    raise InputError("Không có loại cơ quan «{kind}»; hãy chọn một trong: {choices}.", field="kind",
                     kind=text, choices=", ".join(k.words[0] if k.words else k.id for k in offices().kinds.values()))


def kind_label(kind_id: str) -> str:
    kind = offices().kinds.get(kind_id)
    return kind.label if kind else kind_id


def current_kinds() -> list[OfficeKind]:
    """The kinds a new office can be today (the Phòng GD&ĐT ended on 01/7/2025)."""
    return [k for k in offices().kinds.values() if k.until is None]


@dataclass(frozen=True)
class OfficeIdentity:
    """Who the office is on its documents, from ``since`` (ISO date; "" from the beginning)."""

    kind: str                        # an OfficeKind id
    name: str                        # in a sentence: "Phòng Văn hóa - Xã hội xã Vĩnh Hải"
    governing_body: str              # letterhead, upper line: "UBND XÃ VĨNH HẢI"
    office_line: str                 # letterhead, bold line: "PHÒNG VĂN HÓA - XÃ HỘI"
    place: str                       # in date lines: "Vĩnh Hải"
    signer_title: str                # "TRƯỞNG PHÒNG", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC"
    signer_name: str = ""
    symbol: str = ""                 # a report's "Số: …/BC-VHXH"
    recipients: tuple[str, ...] = field(default_factory=tuple)   # Nơi nhận, "Lưu: VT" last
    commune: str = ""                # "xã Vĩnh Hải"
    province: str = ""               # "thành phố Hải Phòng"
    district: str = ""               # before 01/7/2025: "quận 3"
    since: str = ""

    @property
    def label(self) -> str:
        return kind_label(self.kind)

    @property
    def ended(self) -> date | None:
        kind = offices().kinds.get(self.kind)
        return kind.until if kind else None

    def changed(self, *, recipients: list[str] | tuple[str, ...] | None = None, **values: str | None) -> OfficeIdentity:
        """This identity with the values given (None: unchanged), cleaned as typed; the letterhead
        lines in upper case, as they print."""
        texts: dict[str, str] = {k: _clean(v) for k, v in values.items() if v is not None}
        for line in ("governing_body", "office_line"):
            if line in texts:
                texts[line] = texts[line].upper()
        identity = replace(self, **texts)   # type: ignore[arg-type]   # str fields only
        if recipients is not None:
            identity = replace(identity, recipients=tuple(_clean(r) for r in recipients if _clean(r)))
        return identity


def _clean(text: str) -> str:
    return "\n".join(" ".join(line.split()) for line in nfc(text or "").strip().split("\n"))


_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def _fill(template: str, words: dict[str, str]) -> str:
    """The template filled, or "" when one of the words it needs is missing."""
    needed = _PLACEHOLDER.findall(template)
    if any(not words.get(name) for name in needed):
        return ""
    return _clean(template.format(**words))


def _area_words(area: str, text: str, required: bool) -> dict[str, str]:
    """{"commune": "xã Vĩnh Hải", "commune_name": "Vĩnh Hải"}; a numbered one keeps its kind, capital,
    in both ("quận 3" → "Quận 3"), as it is written in a sentence and a date line."""
    kinds = offices().area_kinds[area]
    kind, name = split_area(text, kinds)
    if not kind:
        if not required and not _clean(text):
            return {}
        examples = {"commune": "«xã Vĩnh Hải», «phường Bàn Cờ», «đặc khu Phú Quốc»",
                    "province": "«thành phố Hải Phòng», «tỉnh Ninh Bình»",
                    "district": "«quận 3», «huyện An Phú»"}[area]
        raise InputError("Hãy ghi tên {area_words} kèm loại đơn vị ({kinds}), ví dụ {examples}.", field=area,
                         area_words="/".join(kinds), kinds=", ".join(kinds), examples=examples)
    if name.isdigit():
        whole = f"{kind[:1].upper()}{kind[1:]} {name}"
        return {area: whole, f"{area}_name": whole}
    return {area: f"{kind} {name}", f"{area}_name": name}


def new_identity(kind: str, *, commune: str = "", province: str = "", district: str = "",
                 signer_name: str = "", signer_title: str = "") -> OfficeIdentity:
    """An office of ``kind`` in its area, every line from the kind's templates."""
    office = office_kind(kind)
    words: dict[str, str] = {}
    for area, text in (("commune", commune), ("province", province), ("district", district)):
        words.update(_area_words(area, text, required=area == office.area))
    return _from_templates(office, words, signer_name, signer_title)


def _from_templates(office: OfficeKind, words: dict[str, str], signer_name: str = "",
                    signer_title: str = "") -> OfficeIdentity:
    return OfficeIdentity(
        kind=office.id, name=_fill(office.name, words), governing_body=_fill(office.governing_body, words).upper(),
        office_line=nfc(office.office).upper(), place=_fill(office.place, words),
        signer_title=_clean(signer_title) or office.signer_title, signer_name=_clean(signer_name),
        symbol=office.symbol, recipients=tuple(r for r in (_fill(t, words) for t in office.recipients) if r),
        commune=words.get("commune", ""), province=words.get("province", ""), district=words.get("district", ""))


def legacy_identity(name: str) -> OfficeIdentity:
    """A file made before offices had a kind, known only by its name ("Phòng GD&ĐT Quận 3"): a Phòng
    GD&ĐT, its district read from the name when the name says which kind of district it was."""
    office = offices().kinds[LEGACY]
    own = _clean(name)
    rest = own
    for word in sorted(rules().former_offices, key=len, reverse=True):
        if rest.casefold().startswith(word.casefold()):
            rest = rest[len(word):].strip(" -")
            break
    try:
        words = _area_words("district", rest, required=True)
    except InputError:
        words = {"district_name": rest}        # "An Phú": which kind of district it was is unknown
    identity = replace(_from_templates(office, words), name=own or _fill(office.name, words))
    if not identity.governing_body:            # no line above: the name itself says where, as it printed
        identity = replace(identity, office_line=identity.name.upper())
    return identity


def identity_on(history: list[OfficeIdentity], day: date) -> OfficeIdentity:
    """The identity a document dated ``day`` prints: the last one in force on that day (the oldest
    when the document is older than all of them). ``history`` is in the order it was recorded."""
    assert history, "an office file always has an identity"
    found = [i for i in history if i.since <= day.isoformat()]
    return found[-1] if found else history[0]


def change_day(current: OfficeIdentity, kind: str, today: date) -> date:
    """The day a change of the office's details applies from: today, but a Phòng GD&ĐT that becomes
    today's office does so from the day after it ended (01/7/2025), so papers dated since then print
    the office that existed."""
    ended = current.ended
    if kind != current.kind and ended is not None and ended < today:
        return ended + timedelta(days=1)
    return today


def refuse_ended(kind: OfficeKind) -> None:
    """A new office, or a change of kind, is one of today's: a Phòng GD&ĐT is only what old files were."""
    if kind.until is not None:
        raise InputError("Từ {reform} không còn {label}; hãy chọn {choices}. Tệp cũ của Phòng GD&ĐT vẫn mở và "
                         "dùng được.", field="kind", reform=(kind.until + timedelta(days=1)).strftime("%d/%m/%Y"),
                         label=kind.label, choices=", ".join(f"«{k.words[0]}» ({k.label})" for k in current_kinds()))


def outdated_office(identity: OfficeIdentity, day: date) -> list[InputError]:
    """Warnings (the document is printed anyway) for a document dated after its office ended."""
    ended = identity.ended
    if ended is None or day <= ended:
        return []
    return [InputError(
        "Văn bản ngày {date}: {office} không còn từ {reform}. Hãy chọn cơ quan quản lý hiện nay (lệnh: kehoach "
        "office set … --kind xa|so, hoặc «Thông tin cơ quan…» trong cửa sổ).", field="kind",
        date=day.strftime("%d/%m/%Y"), office=identity.name, reform=rules().reform_date.strftime("%d/%m/%Y"))]


def report_number(number: str, symbol: str) -> str:
    """What a report prints after "Số:": "12/BC-VHXH" from "12", a whole number as typed, or room to
    write the number by hand ("        /BC-VHXH")."""
    text = _clean(number)
    if "/" in text:
        return text
    return f"{text or NUMBER_ROOM}/{symbol}" if symbol else (text or NUMBER_ROOM)
