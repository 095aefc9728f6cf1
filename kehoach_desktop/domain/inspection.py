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

def _when(value) -> datetime | None:
    if not value:
        return None
    if isinstance(value, datetime):
        return value
    try:
        return datetime.fromisoformat(nfc(str(value)).strip())
    except ValueError as exc:
        raise InputError(f"Thời điểm «{value}» không hợp lệ. Ví dụ: 2025-04-15T08:00", field="started_at") from exc


def _texts(value) -> list[str]:
    if isinstance(value, str):
        value = [value]
    return [nfc(str(x)).strip() for x in (value or []) if str(x).strip()]


def resolve_rows(data: dict, rows: list) -> dict:
    """Findings naming "row" (1-based, as printed) or "criterion" get the row's id."""
    findings = []
    for item in data.get("findings", []):
        item = dict(item)
        if "row" in item:
            number = item.pop("row")
            if not isinstance(number, int) or not 1 <= number <= len(rows):
                raise InputError(f"Kế hoạch không có dòng số {number} (có {len(rows)} dòng).", field="findings")
            item["row_id"] = rows[number - 1].id
        elif "criterion" in item:
            code = str(item.pop("criterion")).strip()
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
            plan_id=data.get("plan_id"),
            school_year=nfc(data.get("school_year", "")),
            started_at=_when(data.get("started_at")),
            ended_at=_when(data.get("ended_at")),
            place=nfc(data.get("place", "")), authority=nfc(data.get("authority", "")),
            office=nfc(data.get("office", "Phòng Giáo dục và Đào tạo")),
            office_line=nfc(data.get("office_line", "")), number=nfc(data.get("number", "")),
            basis=nfc(data.get("basis", "")),
            team=[TeamMember(nfc(m["name"]), nfc(m.get("position", "")), nfc(m.get("team_role", "Thành viên")))
                  for m in data.get("team", [])],
            school_side=[SchoolMember(nfc(m["name"]), nfc(m.get("role", ""))) for m in data.get("school_side", [])],
            findings=[finding_from_values(f.get("row_id"), f) for f in data.get("findings", [])],
            comments=[Comment(nfc(c["text"]), c.get("standard")) if isinstance(c, dict) else Comment(nfc(c))
                      for c in data.get("comments", [])],
            recommendations=_texts(data.get("recommendations")),
            conclusion=nfc(data.get("conclusion", "")),
            id=data.get("id"),
        ))
    except (KeyError, TypeError, AttributeError) as exc:
        raise InputError(f"Dữ liệu biên bản kiểm tra thiếu hoặc sai trường: {exc}.", field="file") from exc


def inspection_to_dict(inspection: Inspection) -> dict:
    from dataclasses import asdict
    data = asdict(inspection)
    data["findings"] = [{"row_id": f.row_id, **finding_values(f)} for f in inspection.findings]
    data["started_at"] = inspection.started_at.isoformat(timespec="minutes") if inspection.started_at else None
    data["ended_at"] = inspection.ended_at.isoformat(timespec="minutes") if inspection.ended_at else None
    return data
