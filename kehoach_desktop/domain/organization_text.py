"""The "Tổ chức thực hiện" section as printed: described once, for the PDF and the Word copy alike.

The 2018 form's filed plans have four parts (the principal as council chair, the council's
working groups, the monitoring team, the staff); the 2026 form (Biểu 2, section VII) has three
(the head of the school, the self-assessment council, the subject groups and units). The part
headings come from the form's data (``resources/forms``); the lines from the plan.
"""
from __future__ import annotations

from dataclasses import dataclass

from kehoach_desktop.domain.docx_organization import standards_in
from kehoach_desktop.domain.plan import FORM_TT57, Organization
from kehoach_desktop.domain.plan_start import form_text
from kehoach_desktop.domain.values import nfc


@dataclass(frozen=True)
class Line:
    text: str
    prefix: str = "- "           # "- " for a duty, "+ " for an item under one


@dataclass(frozen=True)
class Block:
    heading: str                 # "1. Hiệu trưởng - Chủ tịch Hội đồng tự đánh giá"
    lines: tuple[Line, ...]


def _dashed(items: list[str], prefix: str = "- ") -> list[Line]:
    out = []
    for item in items:
        text = nfc(item).strip()
        if text:
            out.append(Line(text.lstrip("-+–• ").strip() if text[:1] in "-+–•" else text, prefix))
    return out


def _groups(org: Organization) -> list[Line]:
    # As the Word importer reads them back (domain.docx_organization): "Name (tiêu chuẩn 1, 2): duties"
    # when the duties do not name the standards themselves, then "+ Thành viên: a; b."
    lines = []
    for group in org.working_groups:
        listed = "" if standards_in(group.duties) == group.standards or not group.standards else \
            f" (tiêu chuẩn {', '.join(map(str, group.standards))})"
        lines.append(Line(f"{group.name}{listed}: {group.duties}".rstrip(": ")))
        if group.members:
            lines.append(Line(f"Thành viên: {'; '.join(group.members)}.", "+ "))
    return lines


def _monitoring(org: Organization, duties_label: str) -> list[Line]:
    lines = []
    if org.monitoring_team:
        lines.append(Line("Thành viên Tổ giám sát:"))
        for member in org.monitoring_team:
            who = " - ".join(x for x in (member.name, member.role) if x)
            lines.append(Line(who + (f": {member.supervises}" if member.supervises else ""), "+ "))
    if org.monitoring_duties:
        lines.append(Line(duties_label))
        lines += _dashed(org.monitoring_duties, "+ ")
    return lines


def organization_blocks(org: Organization, plan_form: str) -> list[Block]:
    """The numbered parts of "Tổ chức thực hiện" for ``plan_form``."""
    text = form_text(plan_form)
    headings = list(text.organization_headings)
    staff = _dashed(org.staff_duties or list(text.staff_duties))
    chair = nfc(org.council_chair).strip() or headings[0]
    if plan_form == FORM_TT57:
        parts = [(chair, _dashed(org.chair_duties)),
                 (headings[1], _groups(org) + _monitoring(org, "Hội đồng tự đánh giá có trách nhiệm:")),
                 (headings[2], staff)]
    else:
        parts = [(chair, _dashed(org.chair_duties)),
                 (headings[1], _groups(org)),
                 (headings[2], _monitoring(org, "Tổ giám sát có trách nhiệm:")),
                 (headings[3], staff)]
    return [Block(f"{number}. {heading}", tuple(lines)) for number, (heading, lines) in enumerate(parts, 1)]
