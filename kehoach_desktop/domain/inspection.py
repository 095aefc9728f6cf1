"""An inspection of a school's plan by the district office (biên bản kiểm tra).

Modelled on the district template (shared/seeds/inspection-record-template-quan3.txt):
who inspected and in which role, who received them for the school, a finding
per plan row, the team's comments per standard or overall, recommendations and
the conclusion. A plan is inspected again year after year, so a plan has any
number of these.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.inspection_fields import (  # noqa: F401  FINDINGS: the words of a finding's status
    FINDINGS, finding_from_values, finding_problem, finding_values,
)
from kehoach_desktop.domain.parse_refs import criterion_code
from kehoach_desktop.domain.plan import Plan
from kehoach_desktop.domain.printable import printable_line, printable_text
from kehoach_desktop.domain.values import nfc

TEAM_ROLES = ("Tổ trưởng", "Tổ phó", "Thư ký", "Thành viên")


@dataclass
class TeamMember:
    """A member of the inspection team: "Ông Cao Văn A", "Phó trưởng phòng P. GD&ĐT", "Tổ trưởng"."""

    name: str
    position: str = ""            # their post at the office: "Chuyên viên P. GD&ĐT"
    team_role: str = "Thành viên"  # their place in the team: "Tổ trưởng", "Thành viên"

    def line(self) -> str:
        return " - ".join(x for x in (", ".join(x for x in (self.name, self.position) if x), self.team_role) if x)


@dataclass
class SchoolMember:
    """Someone who received the team for the school: "Bà Lê Thị B", "Phó hiệu trưởng"."""

    name: str
    role: str = ""


@dataclass
class RowFinding:
    """What the team found for one plan row (its columns: domain.inspection_fields)."""

    row_id: int | None
    status: str = "not_started"   # a key of FINDINGS
    comment: str = ""
    # Values of finding columns that have no attribute here, as sorted (name, value) pairs.
    extra: tuple[tuple[str, object], ...] = ()

    def __post_init__(self) -> None:
        if not isinstance(self.extra, tuple):
            self.extra = tuple(sorted(dict(self.extra or ()).items()))


@dataclass
class Comment:
    """"Nhận xét của đoàn kiểm tra", on one standard (``standard`` N) or on the whole plan (None)."""

    text: str
    standard: int | None = None


@dataclass
class Inspection:
    plan_id: int | None
    school_year: str
    started_at: datetime | None = None
    ended_at: datetime | None = None
    place: str = ""               # "Trường THCS Hòa Bình"
    authority: str = ""           # the office's governing body: "UBND QUẬN 3"
    office: str = "Phòng Giáo dục và Đào tạo"   # in a sentence: "đoàn kiểm tra của Phòng Văn hóa - Xã hội xã …"
    office_line: str = ""         # the letterhead's bold line, "PHÒNG VĂN HÓA - XÃ HỘI"; empty: ``office``
    number: str = ""              # "05/BB-PGDĐT"
    basis: str = ""               # "Căn cứ Quyết định số … về việc kiểm tra …"
    team: list[TeamMember] = field(default_factory=list)
    school_side: list[SchoolMember] = field(default_factory=list)
    findings: list[RowFinding] = field(default_factory=list)
    comments: list[Comment] = field(default_factory=list)
    recommendations: list[str] = field(default_factory=list)
    conclusion: str = ""
    id: int | None = None

    def finding_for(self, row_id: int | None) -> RowFinding | None:
        for finding in self.findings:
            if finding.row_id == row_id:
                return finding
        return None

    def leader(self) -> TeamMember | None:
        for member in self.team:
            if nfc(member.team_role).lower().startswith("tổ trưởng") or "trưởng đoàn" in nfc(member.team_role).lower():
                return member
        return self.team[0] if self.team else None


def check_inspection(inspection: Inspection) -> Inspection:
    """Refuse a record that cannot be signed: no team, an unknown finding, an end before the start."""
    if not inspection.team:
        raise InputError("Biên bản kiểm tra cần ít nhất một thành viên đoàn kiểm tra.", field="team")
    for member in inspection.team:
        if not nfc(member.name).strip():
            raise InputError("Mỗi thành viên đoàn kiểm tra cần có họ tên.", field="team")
    for side in inspection.school_side:
        if not nfc(side.name).strip():
            raise InputError("Mỗi thành viên phía nhà trường cần có họ tên.", field="school_side")
    for finding in inspection.findings:
        problem = finding_problem(finding)
        if problem:
            raise InputError(problem, field="findings")
    if inspection.started_at and inspection.ended_at and inspection.ended_at < inspection.started_at:
        raise InputError("Giờ kết thúc kiểm tra phải sau giờ bắt đầu.", field="ended_at")
    return inspection


def check_against_plan(inspection: Inspection, plan: Plan) -> Inspection:
    """A plan cannot be inspected before it exists: refuse a record dated before the plan's date."""
    check_inspection(inspection)
    if inspection.started_at and plan.issued_on and inspection.started_at.date() < plan.issued_on:
        raise InputError("Ngày kiểm tra ({day}) có trước ngày của kế hoạch ({issued}); kế hoạch chưa có thì "
                         "chưa thể kiểm tra. Hãy sửa ngày kiểm tra.", field="started_at",
                         day=inspection.started_at.strftime("%d/%m/%Y"), issued=plan.issued_on.strftime("%d/%m/%Y"))
    return inspection


# What the school last reported for a row, as the finding the team starts from: a row the school
# paused is still under way on paper, and the comment says so, so the team confirms or corrects it.
_REPORTED = {"done": ("done", ""), "in_progress": ("in_progress", ""), "not_started": ("not_started", ""),
             "paused": ("in_progress", "Nhà trường báo cáo: tạm dừng.")}


def findings_as_reported(plan: Plan) -> list[RowFinding]:
    """One finding per plan row, each starting from the status the school reports for that row."""
    findings = []
    for row in plan.rows:
        status, comment = _REPORTED.get(row.status, ("not_started", ""))
        findings.append(finding_from_values(row.id, {"status": status, "comment": comment}))
    return findings


def new_inspection(plan: Plan, *, place: str = "", now: datetime | None = None, authority: str = "",
                   office: str = "Phòng Giáo dục và Đào tạo", office_line: str = "", number: str = "") -> Inspection:
    """A fresh record for ``plan`` on ``now``'s day (8:00 to 11:00), every row as the school reports it,
    headed by who inspects."""
    day = (now or datetime.now()).replace(second=0, microsecond=0)
    return Inspection(plan_id=plan.id, school_year=plan.school_year, started_at=day.replace(hour=8, minute=0),
                      ended_at=day.replace(hour=11, minute=0), place=place, authority=authority, office=office,
                      office_line=office_line, number=number, findings=findings_as_reported(plan))


# -- as plain dicts (the JSON `kehoach inspection add` reads, and `show --json` prints) -----------

MAX_LINE_CHARS = 300          # a name, a post, a number, a place: one line on paper
MAX_TEXT_CHARS = 20_000       # a comment, the conclusion
MAX_PEOPLE = 60


def _kind_error(key: str) -> InputError:
    return InputError("mục «{key}» của biên bản không đúng kiểu (cần chữ, số hoặc danh sách như mẫu: kehoach "
                      "inspection example).", field="file", key=key)


def _text(value, key: str, *, one_line: bool) -> str:
    """Text as printed: NFC, control characters dropped (and line breaks too for one line), bounded."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise _kind_error(key)
    text = (printable_line if one_line else printable_text)(nfc(value)).strip()
    limit = MAX_LINE_CHARS if one_line else MAX_TEXT_CHARS
    if len(text) > limit:
        raise InputError("mục «{key}» của biên bản dài {length} ký tự (tối đa {limit}).", field="file", key=key,
                         length=len(text), limit=limit)
    return text


def _line(value, key: str) -> str:
    return _text(value, key, one_line=True)


def _paragraph(value, key: str) -> str:
    return _text(value, key, one_line=False)


def _items(value, key: str, limit: int = MAX_PEOPLE) -> list:
    if value is None:
        return []
    if not isinstance(value, list) or len(value) > limit:
        raise _kind_error(key)
    return value


def _records(value, key: str, limit: int = MAX_PEOPLE) -> list[dict]:
    items = _items(value, key, limit)
    if not all(isinstance(item, dict) for item in items):
        raise _kind_error(key)
    return items


def _when(value) -> datetime | None:
    if not value:
        return None
    if isinstance(value, datetime):
        return value
    if not isinstance(value, str) or len(value) > 40:
        raise InputError("Thời điểm «{value}» không hợp lệ. Ví dụ: 2026-11-20T08:00", field="started_at",
                         value=printable_line(str(value))[:40])
    try:
        return datetime.fromisoformat(nfc(value).strip())
    except ValueError as exc:
        raise InputError("Thời điểm «{value}» không hợp lệ. Ví dụ: 2026-11-20T08:00", field="started_at",
                         value=printable_line(value)[:40]) from exc


def _texts(value, key: str) -> list[str]:
    if isinstance(value, str):
        value = [value]
    return [text for text in (_paragraph(x, key) for x in _items(value, key, 200)) if text]


def _comment(item) -> Comment:
    if isinstance(item, str):
        return Comment(_paragraph(item, "comments"))
    if not isinstance(item, dict):
        raise _kind_error("comments")
    standard = item.get("standard")
    if standard is not None and (type(standard) is not int or not 1 <= standard <= 99):
        raise _kind_error("comments.standard")
    return Comment(_paragraph(item.get("text"), "comments.text"), standard)


def resolve_rows(data: dict, rows: list) -> dict:
    """Findings naming "row" (1-based, as printed) or "criterion" get the row's id."""
    findings = []
    for item in _records(data.get("findings"), "findings", 5_000):
        item = dict(item)
        if "row" in item:
            number = item.pop("row")
            if type(number) is not int or not 1 <= number <= len(rows):
                raise InputError("Kế hoạch không có dòng số {number} (có {count} dòng); «row» là số thứ tự dòng khi "
                                 "in, ví dụ 1.", field="findings", number=printable_line(str(number))[:20],
                                 count=len(rows))
            item["row_id"] = rows[number - 1].id
        elif "criterion" in item:
            code = _line(item.pop("criterion"), "criterion")
            matches = [r for r in rows if criterion_code(r.criterion_code) == (criterion_code(code) or code)]
            if len(matches) != 1:
                why = "không có dòng nào" if not matches else f"có {len(matches)} dòng; hãy dùng \"row\""
                raise InputError(f"Tiêu chí {code}: kế hoạch {why}.", field="findings")
            item["row_id"] = matches[0].id
        findings.append(item)
    return {**data, "findings": findings}


def inspection_from_dict(data: dict) -> Inspection:
    if not isinstance(data, dict):
        raise InputError("Dữ liệu biên bản kiểm tra phải là một đối tượng JSON.", field="file")
    try:
        return check_inspection(Inspection(
            plan_id=data.get("plan_id") if type(data.get("plan_id")) is int else None,
            school_year=_line(data.get("school_year"), "school_year"),
            started_at=_when(data.get("started_at")),
            ended_at=_when(data.get("ended_at")),
            place=_line(data.get("place"), "place"), authority=_line(data.get("authority"), "authority"),
            office=_line(data.get("office", "Phòng Giáo dục và Đào tạo"), "office"),
            office_line=_line(data.get("office_line"), "office_line"), number=_line(data.get("number"), "number"),
            basis=_paragraph(data.get("basis"), "basis"),
            team=[TeamMember(_line(m.get("name"), "team.name"), _line(m.get("position"), "team.position"),
                             _line(m.get("team_role", "Thành viên"), "team.team_role"))
                  for m in _records(data.get("team"), "team")],
            school_side=[SchoolMember(_line(m.get("name"), "school_side.name"), _line(m.get("role"), "school_side.role"))
                         for m in _records(data.get("school_side"), "school_side")],
            findings=[finding_from_values(f.get("row_id") if type(f.get("row_id")) is int else None,
                                          {k: (_paragraph(v, "findings." + k) if isinstance(v, str) else v)
                                           for k, v in f.items()})
                      for f in _records(data.get("findings"), "findings", 5_000)],
            comments=[_comment(c) for c in _items(data.get("comments"), "comments", 200)],
            recommendations=_texts(data.get("recommendations"), "recommendations"),
            conclusion=_paragraph(data.get("conclusion"), "conclusion"),
            id=data.get("id") if type(data.get("id")) is int else None,
        ))
    except (KeyError, TypeError, AttributeError) as exc:
        raise InputError("Dữ liệu biên bản kiểm tra thiếu hoặc sai trường ({kind}); xem mẫu: kehoach inspection "
                         "example.", field="file", kind=type(exc).__name__) from exc


def inspection_to_dict(inspection: Inspection) -> dict:
    from dataclasses import asdict
    data = asdict(inspection)
    data["findings"] = [{"row_id": f.row_id, **finding_values(f)} for f in inspection.findings]
    data["started_at"] = inspection.started_at.isoformat(timespec="minutes") if inspection.started_at else None
    data["ended_at"] = inspection.ended_at.isoformat(timespec="minutes") if inspection.ended_at else None
    return data
