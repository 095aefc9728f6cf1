"""Section "Tổ chức thực hiện": the council chair, working groups, monitoring team, staff.

Real plans number its parts "1. Hiệu trưởng - Chủ tịch Hội đồng tự đánh giá", "2. Các
thành viên của Hội đồng tự đánh giá", "3. Tổ Giám sát …", "4. Cán bộ, giáo viên, nhân
viên …", with "- " and "+ " items. A monitoring member is written "Bà X - PHT: Giám sát
nhóm công tác 2", or as two lines ("Bà X- PHT" then "Giám sát nhóm công tác 2", how a
two-column table flattens).

The fields get what fits them, the first part of each kind only. Where the fields, printed
(``organization_text``), would not say the document's words — a part they have no place for
("2. Kế toán – Văn thư"), lines before the first part, a second part of one kind, members
written over two lines, a lead-in the print would word otherwise — the section keeps the
document's own parts word for word (``Organization.parts``), and prints them as written until
the fields are edited: nothing invented, nothing merged.
"""
from __future__ import annotations

import re

from kehoach_desktop.domain.docx_text import Line, flat, strip_bullet
from kehoach_desktop.domain.import_report import DocxImport
from kehoach_desktop.domain.plan import MonitoringMember, Organization, OrganizationPart, WorkingGroup

WHERE = "Tổ chức thực hiện"
_PART = re.compile(r"^(\d{1,2})\s*[.)]\s*(?P<title>\S.*)$")
_GROUP = re.compile(r"^(?P<name>(?:nhóm|tổ|ban)\b[^:()]*?)\s*(?:\((?P<std>tiêu chuẩn[^)]*)\))?\s*:\s*(?P<duties>.*)$",
                    re.IGNORECASE)
_STANDARDS = re.compile(r"tiêu chuẩn\s*((?:\d{1,2}\s*(?:,|;|và|-|–)?\s*)+)", re.IGNORECASE)
_PERSON = re.compile(r"^(?:ông|bà|thầy|cô|đ/c|đồng chí)\s", re.IGNORECASE)
_DASH = re.compile(r"\s*[-–]\s+|\s+[-–]\s*|(?<=[^\W\d_])[-–](?=\s)")


def standards_in(text: str) -> list[int]:
    """"… đối với tiêu chuẩn 1, 2." → [1, 2]."""
    match = _STANDARDS.search(text)
    return [int(n) for n in re.findall(r"\d{1,2}", match.group(1))] if match else []


def _part_kind(title: str) -> str:
    key = title.casefold()
    if "giám sát" in key:
        return "monitoring"
    if "nhóm công tác" in key or ("thành viên" in key and "hội đồng" in key):
        return "groups"
    if ("hiệu trưởng" in key or "chủ tịch" in key) and "thành viên" not in key:
        return "chair"
    if any(w in key for w in ("cán bộ", "giáo viên", "nhân viên", "tổ chuyên môn", "bộ phận")):
        return "staff"
    if "hội đồng" in key:                    # the 2026 form's "2. Hội đồng tự đánh giá"
        return "groups"
    if "người đứng đầu" in key:              # the 2026 form's "1. Người đứng đầu cơ sở giáo dục"
        return "chair"
    return "other"


def _member(text: str) -> MonitoringMember:
    who, _, supervises = text.partition(":")
    parts = _DASH.split(who.strip(), maxsplit=1)
    name = parts[0].strip()
    role = parts[1].strip() if len(parts) > 1 else ""
    return MonitoringMember(name=name, role=role, supervises=supervises.strip().rstrip(";"))


def read_organization(lines: list[Line], result: DocxImport, plan_form: str = "") -> Organization:
    """The section's fields, and its own parts word for word when the fields would print it otherwise."""
    # here, not at the top: organization_text imports this module for standards_in
    from kehoach_desktop.domain.organization_text import fields_digest, model_blocks
    org = Organization()
    parts: list[OrganizationPart] = []
    kind, mode = "", ""
    seen: set[str] = set()
    for line in lines:
        raw = flat(line.text)
        if not raw:
            continue
        if raw.casefold().startswith(("trên đây", "nơi nhận")):
            break
        part = _PART.match(raw)
        if part:
            title = part.group("title").rstrip(" :")
            kind, mode = _part_kind(title), ""
            if kind in seen:
                result.warn(WHERE, f"phần «{raw}» là phần thứ hai cùng loại: giữ nguyên như văn bản, không gộp.")
                kind = ""
            elif kind == "other":
                result.warn(WHERE, f"phần «{raw}» không có mục riêng trong chương trình: giữ nguyên như văn bản.")
                kind = ""
            seen.add(kind)
            if kind == "chair":
                org.council_chair = title
            parts.append(OrganizationPart(raw, [], kind))
            continue
        if not parts:
            parts.append(OrganizationPart("", [], ""))
        parts[-1].lines.append(raw)
        if kind:
            kind, mode = _field_line(org, kind, mode, strip_bullet(raw), result)
    written = [(p.heading, p.lines) for p in parts]
    printed = [(b.heading, [x.printed for x in b.lines]) for b in model_blocks(org, plan_form or result.form)]
    if written != printed:
        org.parts, org.read_as = parts, fields_digest(org)
    return org


def _field_line(org: Organization, kind: str, mode: str, text: str, result: DocxImport) -> tuple[str, str]:
    """One line of a part the fields have a place for; returns the (kind, mode) the next line reads in."""
    key = text.casefold()
    if kind == "chair":
        org.chair_duties.append(text)
    elif kind == "groups" and key.startswith("thành viên tổ giám sát"):
        return "monitoring", "members"      # the 2026 form keeps the monitoring team under the council
    elif kind == "groups" and key.endswith(":") and "trách nhiệm" in key:
        return "monitoring", "duties"
    elif kind == "groups":
        _group_line(org, text, key, result)
    elif kind == "monitoring":
        if key.startswith("thành viên") and key.endswith(":"):
            mode = "members"
        elif key.endswith(":") and ("trách nhiệm" in key or "nhiệm vụ" in key):
            mode = "duties"
        elif key.startswith("giám sát") and org.monitoring_team and not org.monitoring_team[-1].supervises:
            org.monitoring_team[-1].supervises = text
        elif (mode == "members" and org.monitoring_team and not _PERSON.match(text)
              and not org.monitoring_team[-1].role and not org.monitoring_team[-1].supervises):
            org.monitoring_team[-1].role = text          # a three-column table: name | role | duty
        elif mode == "members" or _PERSON.match(text):
            org.monitoring_team.append(_member(text))
        else:
            org.monitoring_duties.append(text)
    else:
        org.staff_duties.append(text)
    return kind, mode


def _group_line(org: Organization, text: str, key: str, result: DocxImport) -> None:
    if key.startswith("thành viên") and org.working_groups:
        names = text.split(":", 1)[1] if ":" in text else ""
        org.working_groups[-1].members += [n.strip(" .") for n in names.split(";") if n.strip(" .")]
        return
    match = _GROUP.match(text)
    if match:
        duties = match.group("duties").strip()
        listed = standards_in(match.group("std") or "") or standards_in(duties)
        org.working_groups.append(WorkingGroup(name=match.group("name").strip(), standards=listed, duties=duties))
    elif org.working_groups:
        group = org.working_groups[-1]
        group.duties = f"{group.duties}\n{text}" if group.duties else text
    else:
        result.warn(WHERE, f"«{text[:60]}» không nằm trong nhóm công tác nào: giữ nguyên như văn bản khi in.")
