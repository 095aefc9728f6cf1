"""Who governs a school and where its papers go, by date: the two-tier local government of 01/7/2025.

Since 01/7/2025 there are no districts: a mầm non, tiểu học or THCS school is under the UBND of
its xã/phường/đặc khu (whose Phòng Văn hóa - Xã hội receives its plans), a THPT school under the
Sở GD&ĐT. The facts are data (``resources/administration/two-tier-2025.json``, with their
sources and the ones not yet verified); this module only reads them to propose a school's
bodies and to notice a post-reform document that still names a district or a Phòng GD&ĐT.
Documents dated before the reform keep the bodies of their date and are never flagged.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.plan import Plan, School
from kehoach_desktop.domain.values import nfc

RULES_FILE = "two-tier-2025.json"


@dataclass(frozen=True)
class Rules:
    reform_date: date
    managed_by: dict[str, str]              # school level → "commune" | "province"
    unverified: dict[str, str]              # what is not yet confirmed, in the maintainer's words
    bodies: dict[str, dict[str, str]]       # "commune"/"province" → templates
    commune_kinds: tuple[str, ...]
    province_kinds: tuple[str, ...]
    former_units: tuple[str, ...]
    former_offices: tuple[str, ...]
    commune_abbreviations: dict[str, str]    # "p." → "phường", as addresses write them


@lru_cache(maxsize=1)
def rules() -> Rules:
    from kehoach_desktop.resources_path import resource_dir
    data = json.loads((resource_dir("administration") / RULES_FILE).read_text(encoding="utf-8"))
    return Rules(
        reform_date=date.fromisoformat(data["reform_date"]),
        managed_by=dict(data["managed_by"]),
        unverified=dict(data.get("unverified", {})),
        bodies={k: dict(v) for k, v in data["bodies"].items()},
        commune_kinds=tuple(data["commune_kinds"]),
        province_kinds=tuple(data["province_kinds"]),
        former_units=tuple(data["former_units"]),
        former_offices=tuple(data["former_offices"]),
        commune_abbreviations=dict(data.get("commune_abbreviations", {})),
    )


@dataclass(frozen=True)
class Bodies:
    """What the school's identity proposes for its documents."""

    governing_body: str          # letterhead form, upper case: "UBND XÃ VĨNH HẢI"
    governing_body_sentence: str  # as written in a sentence or Nơi nhận: "UBND xã Vĩnh Hải"
    receiving_office: str        # "Phòng Văn hóa - Xã hội xã Vĩnh Hải" / "Sở GD&ĐT Hải Phòng"
    place: str                   # in date lines: "Vĩnh Hải"
    manager: str                 # "commune" or "province"
    unverified: str = ""         # shown next to the proposal when its rule is not yet confirmed


def _clean(text: str) -> str:
    return " ".join(nfc(text or "").split())


def _split_kind(name: str, kinds: tuple[str, ...], default: str) -> tuple[str, str]:
    """"xã Vĩnh Hải" → ("xã", "Vĩnh Hải"); "P. Bến Thành" → ("phường", "Bến Thành"); "Vĩnh Hải" →
    (default, "Vĩnh Hải"); "xã" alone → ("xã", ""): no name, nothing to propose."""
    text = _clean(name)
    if text.casefold() in (k.casefold() for k in kinds):
        return text.casefold(), ""
    for short, kind in rules().commune_abbreviations.items():
        if kind in kinds and text.casefold().startswith(short):
            return kind, text[len(short):].strip()
    for kind in sorted(kinds, key=len, reverse=True):
        if text.casefold().startswith(kind.casefold() + " "):
            return kind, text[len(kind) + 1:].strip()
    return default, text


def commune_words(commune: str) -> str:
    """The commune with its kind in lower case, as a sentence has it: "Xã Vĩnh Hải" → "xã Vĩnh Hải"."""
    r = rules()
    kind, name = _split_kind(commune, r.commune_kinds, r.commune_kinds[0])
    return f"{kind} {name}" if name else ""


def province_name(province: str) -> str:
    """The province without "tỉnh"/"thành phố": "thành phố Hải Phòng" → "Hải Phòng"."""
    return _split_kind(province, rules().province_kinds, "")[1]


def manager_of(level: str, with_thpt: bool = False) -> str:
    """"commune" or "province": who governs a school of ``level`` (a multi-level school with THPT
    counts as THPT)."""
    managed = rules().managed_by
    if level == "nhieu_cap" and with_thpt:
        return managed.get("nhieu_cap_thpt", "province")
    return managed.get(level, "commune")


def proposed_bodies(level: str, commune: str, province: str, with_thpt: bool = False) -> Bodies:
    """The bodies a school of ``level`` in ``commune`` of ``province`` writes on its documents today."""
    r = rules()
    manager = manager_of(level, with_thpt)
    # a huyện or thị trấn typed as the commune no longer exists: nothing is proposed from it
    words = {"commune": "" if former_names_in(commune) else commune_words(commune), "province": province_name(province)}
    template = r.bodies[manager]
    sentence = template["governing_body"].format(**words).strip() if words[manager] else ""
    office = template["receiving_office"].format(**words).strip() if words[manager] else ""
    notes = [r.unverified[key] for key in (level, f"{manager}_letterhead") if key in r.unverified]
    return Bodies(
        governing_body=nfc(sentence).upper(),
        governing_body_sentence=sentence,
        receiving_office=office,
        place=_split_kind(commune, r.commune_kinds, "")[1],
        manager=manager,
        unverified=" ".join(notes),
    )


def after_reform(day: date | None) -> bool:
    return day is not None and day >= rules().reform_date


def document_date(issued_on: date | None, school_year: str = "") -> date | None:
    """The date a document is judged by: its own, else the start of its school year (1 September)."""
    if issued_on is not None:
        return issued_on
    match = re.fullmatch(r"\s*(\d{4})\s*-\s*\d{4}\s*", school_year or "")
    return date(int(match.group(1)), 9, 1) if match else None


@lru_cache(maxsize=None)
def _pattern(words: tuple[str, ...]) -> re.Pattern:
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


def former_names_in(text: str) -> list[str]:
    """The pre-reform words ``text`` still uses: a huyện, quận, thị xã or a Phòng GD&ĐT."""
    r = rules()
    found = []
    for words in (r.former_offices, r.former_units):
        for match in _pattern(words).finditer(nfc(text or "")):
            found.append(match.group(0))
    return found


# The slot a suggestion fills when the school's own details still name a district.
GENERIC_GOVERNING_BODY = "UBND XÃ/PHƯỜNG …"
GENERIC_OFFICE = "Phòng Văn hóa - Xã hội xã/phường …"


def outdated_bodies(day: date | None, governing_body: str, place: str, recipients: list[str],
                    current: School | None = None) -> list[InputError]:
    """Warnings (not refusals) for a document dated from the reform on whose letterhead, date
    line or Nơi nhận still names a district or a Phòng GD&ĐT, each with the replacement the
    school's current details suggest (``current``)."""
    if not after_reform(day):
        return []
    assert day is not None
    when = day.strftime("%d/%m/%Y")
    reform = rules().reform_date.strftime("%d/%m/%Y")

    def usable(text: str) -> str:
        return text if text and not former_names_in(text) else ""

    warnings = []
    if former_names_in(governing_body):
        suggestion = usable(current.governing_body if current else "") or GENERIC_GOVERNING_BODY
        warnings.append(InputError(
            "Văn bản ngày {date}: từ {reform} không còn cấp huyện, nhưng cơ quan chủ quản vẫn ghi “{found}”. "
            "Đề nghị ghi “{suggestion}”.", field="governing_body", date=when, reform=reform,
            found=nfc(governing_body), suggestion=suggestion))
    if former_names_in(place):
        suggestion = usable(current.place if current else "") or "tên xã/phường"
        warnings.append(InputError(
            "Văn bản ngày {date}: địa danh “{found}” là tên trước {reform}. Đề nghị ghi “{suggestion}”.",
            field="place", date=when, reform=reform, found=nfc(place), suggestion=suggestion))
    for line in recipients:
        if former_names_in(line):
            suggestion = usable(current.receiving_office if current else "") or GENERIC_OFFICE
            warnings.append(InputError(
                "Văn bản ngày {date}: nơi nhận “{found}” không còn từ {reform}. Đề nghị gửi “{suggestion}”.",
                field="recipients", date=when, reform=reform, found=nfc(line).strip(), suggestion=suggestion))
    return warnings


def governing_body_of(plan: Plan, school: School) -> str:
    """The governing body a plan's letterhead prints: its own, kept from its date; the school's
    only for a plan that has none (made by a program before plans kept theirs)."""
    return plan.governing_body or school.governing_body


def split_area(name: str, kinds: tuple[str, ...]) -> tuple[str, str]:
    """"quận 3" → ("quận", "3"); a name without one of ``kinds`` in front → ("", name). The kind as
    ``kinds`` spell it (lower case), so a sentence can use it whatever case was typed."""
    return _split_kind(name, kinds, "")


def governing_body_on(day: date | None, plan: Plan, school: School) -> str:
    """The governing body a document about ``plan`` dated ``day`` prints (a progress report): the
    plan's own, of its date — unless the document is dated after the reform and the plan's still
    names a district, when the school's body of today is the one that exists on that day."""
    own = governing_body_of(plan, school)
    current = school.governing_body
    if after_reform(day) and former_names_in(own) and current and not former_names_in(current):
        return current
    return own


def school_of_plan(plan: Plan, school: School) -> School:
    """The school as the plan's paper names it: its name and governing body of the plan's own date
    (a renamed school's filed plans keep the old name, as their codes do)."""
    from dataclasses import replace
    return replace(school, name=plan.school_name or school.name, governing_body=governing_body_of(plan, school))
