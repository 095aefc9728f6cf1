"""The "Tổ chức thực hiện" section as printed: described once, for the PDF and the Word copy alike.

The 2018 form's filed plans have four parts (the principal as council chair, the council's
working groups, the monitoring team, the staff); the 2026 form (Biểu 2, section VII) has three
(the head of the school, the self-assessment council, the subject groups and units). The part
headings come from the form's data (``resources/forms``); the lines from the plan.

A plan imported from Word whose section the fields would print otherwise keeps the document's
own parts (``Organization.parts``, see docx_organization): they print word for word, headings
and marks as written, while the fields are as the import read them. Once the window edits the
fields, each part the fields have a place for prints from them under its own heading; the
parts they have none for still print as written.
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import asdict, dataclass

from kehoach_desktop.domain.docx_organization import standards_in
from kehoach_desktop.domain.list_items import item_line
from kehoach_desktop.domain.plan import FORM_TT57, Organization
from kehoach_desktop.domain.plan_start import form_text
from kehoach_desktop.domain.values import nfc

_MARK = re.compile(r"^(\d{1,2}\s*[.)]|[a-zđ]\))\s*", re.IGNORECASE)
_FIELDS = ("council_chair", "chair_duties", "working_groups", "monitoring_team", "monitoring_duties", "staff_duties")


@dataclass(frozen=True)
class Line:
    text: str
    prefix: str = "- "           # "- " for a duty, "+ " for an item under one, "" for a line as written

    @property
    def printed(self) -> str:
        """The line as both copies print it: its own mark kept, else the prefix."""
        return item_line(self.text, self.prefix) if self.prefix else nfc(self.text).strip()


@dataclass(frozen=True)
class Block:
    heading: str                 # "1. Hiệu trưởng - Chủ tịch Hội đồng tự đánh giá"; "" for lines before the parts
    lines: tuple[Line, ...]


def fields_digest(org: Organization) -> str:
    """What the fields say, in 16 hex digits: an imported section prints as written while it is unchanged."""
    data = json.dumps({name: asdict(org)[name] for name in _FIELDS}, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(nfc(data).encode("utf-8")).hexdigest()[:16]


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


def _kind_lines(org: Organization, plan_form: str) -> dict[str, list[Line]]:
    """The lines each kind of part prints from the fields (the 2026 council part holds the monitoring team)."""
    if plan_form == FORM_TT57:
        return {"chair": _dashed(org.chair_duties),
                "groups": _groups(org) + _monitoring(org, "Hội đồng tự đánh giá có trách nhiệm:"),
                "staff": _dashed(org.staff_duties or list(form_text(plan_form).staff_duties))}
    return {"chair": _dashed(org.chair_duties), "groups": _groups(org),
            "monitoring": _monitoring(org, "Tổ giám sát có trách nhiệm:"),
            "staff": _dashed(org.staff_duties or list(form_text(plan_form).staff_duties))}


def model_blocks(org: Organization, plan_form: str) -> list[Block]:
    """The numbered parts of "Tổ chức thực hiện" for ``plan_form`` as the fields print them."""
    headings = list(form_text(plan_form).organization_headings)
    chair = nfc(org.council_chair).strip() or headings[0]
    lines = _kind_lines(org, plan_form)
    titles = [chair] + headings[1:]
    return [Block(f"{number}. {title}", tuple(lines[kind]))
            for number, (title, kind) in enumerate(zip(titles, _kinds(plan_form)), 1)]


def _kinds(plan_form: str) -> tuple[str, ...]:
    return ("chair", "groups", "staff") if plan_form == FORM_TT57 else ("chair", "groups", "monitoring", "staff")


def organization_blocks(org: Organization, plan_form: str) -> list[Block]:
    """The parts of "Tổ chức thực hiện" as printed: the document's own, else the fields' (``model_blocks``)."""
    if not org.parts:
        return model_blocks(org, plan_form)
    if org.read_as == fields_digest(org):
        return [Block(nfc(p.heading).strip(), tuple(Line(x, "") for x in p.lines if nfc(x).strip()))
                for p in org.parts]
    return _edited(org, plan_form)


def _edited(org: Organization, plan_form: str) -> list[Block]:
    """An imported section whose fields the window edited: each part the fields have a place for prints
    from them under the document's heading (the chair's with the title as edited); the rest as written;
    a kind the document had no part for but the fields now fill comes last, under the form's heading."""
    lines = _kind_lines(org, plan_form)
    blocks: list[Block] = []
    for part in org.parts:
        if part.kind in lines:
            heading = nfc(part.heading).strip()
            if part.kind == "chair" and org.council_chair.strip():
                mark = _MARK.match(heading)
                heading = (mark.group(1) + " " if mark else "") + nfc(org.council_chair).strip()
            blocks.append(Block(heading, tuple(lines.pop(part.kind))))
        else:
            blocks.append(Block(nfc(part.heading).strip(), tuple(Line(x, "") for x in part.lines if nfc(x).strip())))
    model = dict(zip(_kinds(plan_form), model_blocks(org, plan_form)))
    for kind, rest in lines.items():
        if rest and kind in model and any(org_field for org_field in _filled(org, kind)):
            title = _MARK.sub("", model[kind].heading)
            blocks.append(Block(f"{len([b for b in blocks if b.heading]) + 1}. {title}", tuple(rest)))
    return blocks


def _filled(org: Organization, kind: str) -> list[list]:
    parts: dict[str, list[list]] = {
        "chair": [org.chair_duties], "groups": [org.working_groups],
        "monitoring": [org.monitoring_team, org.monitoring_duties], "staff": [org.staff_duties]}
    return parts[kind]
