"""The sections of a printed plan, in order, with their headings: described once for the PDF and the
Word copy, and read by the Word importer to tell the document's own headings from the form's.

The 2018 form prints I. Mục đích, yêu cầu; II. Căn cứ; III. the plan table, as filed plans number
them; then, for a plan with chỉ tiêu, IV. Chỉ tiêu (a section like filed "nâng cao chất lượng" plans'
"II. CHỈ TIÊU": after the table, on the portrait pages Tổ chức thực hiện starts anyway, instead of a
page of its own between section II and the landscape table); then Tổ chức thực hiện. An imported
plan may also print the sections its document had that the program keeps (Thông tin chung before
them, Báo cáo after). The 2026 form (Biểu 2) fixes its eight sections I–VIII; its chỉ
tiêu print as the last part of section III, so the circular's numbering stays.

A plan imported from Word keeps the document's own heading of a section where it differs from the
form's (``Plan.section_headings``): the filed plan's "VI. TỔ CHỨC THỰC HIỆN" stays VI.
"""
from __future__ import annotations

import re

from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.plan import FORM_TT57, Plan, Target
from kehoach_desktop.domain.plan_start import form_text
from kehoach_desktop.domain.progress import target_text
from kehoach_desktop.domain.targets import parse_goal
from kehoach_desktop.domain.values import nfc

GENERAL, PURPOSES, BASES, TARGETS, PRIORITY = "general", "purposes", "bases", "targets", "priority"
TABLE, MONITORING, ORGANIZATION, REPORTING = "table", "monitoring", "organization", "reporting"
SECTIONS = (GENERAL, PURPOSES, BASES, TARGETS, PRIORITY, TABLE, MONITORING, ORGANIZATION, REPORTING)

_TITLES = {
    GENERAL: "THÔNG TIN CHUNG",
    PURPOSES: "MỤC ĐÍCH, YÊU CẦU",
    BASES: "CĂN CỨ XÂY DỰNG KẾ HOẠCH",
    TARGETS: "CHỈ TIÊU",
    PRIORITY: "CÁC VẤN ĐỀ ƯU TIÊN CẦN CẢI TIẾN",
    MONITORING: "THEO DÕI, GIÁM SÁT THỰC HIỆN KẾ HOẠCH",
    ORGANIZATION: "TỔ CHỨC THỰC HIỆN",
}
_TABLE_TITLES = {FORM_TT57: "KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG"}
_TABLE_TITLE_2018 = "NỘI DUNG KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC"
_ORDER_2026 = (GENERAL, BASES, PURPOSES, PRIORITY, TABLE, MONITORING, ORGANIZATION, REPORTING)
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


def roman(number: int) -> str:
    return _ROMAN[number - 1] if 0 < number <= len(_ROMAN) else str(number)


def printed_sections(plan: Plan, form: str) -> list[str]:
    """The sections ``plan`` prints on ``form``, in order."""
    if form == FORM_TT57:
        return list(_ORDER_2026)
    kinds = [GENERAL] if plan.general_info.strip() else []
    kinds += [PURPOSES, BASES, TABLE] + ([TARGETS] if plan.targets else []) + [ORGANIZATION]
    return kinds + ([REPORTING] if plan.reporting else [])


def title(kind: str, form: str) -> str:
    if kind == TABLE:
        return _TABLE_TITLES.get(form, _TABLE_TITLE_2018)
    if kind == REPORTING:
        return form_text(FORM_TT57).reporting_heading or "ĐÁNH GIÁ, BÁO CÁO"
    return _TITLES[kind]


def form_headings(plan: Plan, form: str) -> dict[str, str]:
    """The form's heading of each section ``plan`` prints: "II. CĂN CỨ XÂY DỰNG KẾ HOẠCH"."""
    return {kind: f"{roman(number)}. {title(kind, form)}"
            for number, kind in enumerate(printed_sections(plan, form), 1)}


def section_headings(plan: Plan, form: str) -> dict[str, str]:
    """Each printed section's heading: the document's own where the plan kept one, else the form's."""
    headings = form_headings(plan, form)
    for kind, text in plan.section_headings.items():
        if kind in headings and nfc(text).strip():
            headings[kind] = nfc(text).strip()
    return headings


def item_prefix(plan: Plan) -> str:
    """The mark a list item without its own starts with: "- ", or none for a plan imported with
    unmarked lines (``Plan.items_as_written``)."""
    return "" if plan.items_as_written else "- "


# -- Chỉ tiêu ---------------------------------------------------------------------------------

_NUMBERED_PART = re.compile(r"^(\d{1,2})\s*[.)]\s")


def target_lines(plan: Plan) -> list[str]:
    """One line per chỉ tiêu as the plan states it: "- Tỉ lệ học sinh bỏ học: ≤ 1%;", the last ending "."."""
    names = [(nfc(t.name).strip().rstrip(" .;:"), target_text(t)) for t in plan.targets]
    return [f"- {name}: {goal}{'.' if i == len(names) - 1 else ';'}" for i, (name, goal) in enumerate(names)]


_TARGET_LINE = re.compile(r"^[-+•–]?\s*(?P<name>[^:]+?)\s*:\s*(?P<goal>(?:≥|≤|>=|<=|=>|=<|=)\s*\d[^;]*?)\s*[;.]?$")
_PART_HEADING = re.compile(r"^(?:\d{1,2}\s*[.)]\s*)?chỉ tiêu\s*:?$", re.IGNORECASE)


def read_target_line(text: str) -> Target | None:
    """A chỉ tiêu from a line as ``target_lines`` prints it ("- Tỉ lệ học sinh bỏ học: ≤ 1%;"), or None.
    Only a line stating its comparison is read: "…: 60%" could mean at least or exactly."""
    match = _TARGET_LINE.match(" ".join(nfc(text).split()))
    if not match:
        return None
    try:
        comparison, value, unit = parse_goal(match["goal"], Target(match["name"], 0))
    except InputError:
        return None
    return Target(match["name"].strip(), value, unit, comparison)


def is_targets_heading(text: str) -> bool:
    """"3. Chỉ tiêu", "Chỉ tiêu:": Biểu 2's part of section III holding the chỉ tiêu."""
    return bool(_PART_HEADING.match(" ".join(nfc(text).split())))


def targets_part_heading(plan: Plan) -> str:
    """Biểu 2 prints its chỉ tiêu as the last part of section III: "3. Chỉ tiêu" after "1. Mục đích",
    "2. Yêu cầu" (the form's own parts), or "Chỉ tiêu" when the purposes are not numbered."""
    numbers = [int(m.group(1)) for item in plan.purposes if (m := _NUMBERED_PART.match(nfc(item).strip()))]
    return f"{max(numbers) + 1}. Chỉ tiêu" if numbers else "Chỉ tiêu"


# -- the closing ---------------------------------------------------------------------------------

def closing_lines(plan: Plan, school_name: str) -> list[str]:
    """The paragraphs before "Nơi nhận": the document's own (an imported plan), else the program's sentence."""
    own = [line.strip() for line in nfc(plan.closing).split("\n") if line.strip()]
    return own or [program_closing(plan, school_name)]


def program_closing(plan: Plan, school_name: str) -> str:
    title = nfc(plan.title).strip()
    year = nfc(plan.school_year).replace("-", " - ")
    return (f"Trên đây là Kế hoạch {title[:1].lower()}{title[1:]} năm học {year} của {nfc(school_name)}. "
            f"Yêu cầu cán bộ, giáo viên, nhân viên nhà trường nghiêm túc thực hiện./.")


# -- "Số:" on the letterhead -------------------------------------------------------------------

NUMBER_ROOM = "\u00a0" * 8        # room to write the number in by hand once the plan is signed


def document_number(number: str) -> str:
    """What follows "Số:": the number as the plan has it ("68/KH-THCS"); one still to be written in by
    hand keeps its room and its suffix ("        /KH-THCS"), and no number at all reads "        /KH-"."""
    text = nfc(number).strip()
    if not text:
        return NUMBER_ROOM + "/KH-"
    return NUMBER_ROOM + text if text.startswith("/") else text
