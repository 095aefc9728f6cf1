"""The self-assessment council (Hội đồng tự đánh giá): who is on it, in which role, on which criteria.

What a council must be is data (``resources/accreditation/council-rules.json``: khoản 1 Điều 9 — at
least 05 members, an odd number; one chair and one secretary, a check one source makes and the
circular's text was not seen for, so it is flagged as inferred). ``council_problems`` says in
Vietnamese everything that keeps a council from signing its report; the window and the command line
show them, and printing the council papers refuses a council that has any.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.values import nfc

RULES_FILE = "council-rules.json"


@dataclass(frozen=True)
class CouncilRule:
    basis: str
    min_members: int
    odd_members: bool
    roles: tuple[str, ...]
    exactly_one: tuple[str, ...]
    exactly_one_basis: str
    report_due: tuple[int, int] | None = None     # (day, month) the report is approved by: «15/6» (điểm d khoản 3)

    def due_date(self, school_year: str) -> date | None:
        """The day of ``school_year``'s end the council must approve its report by."""
        if self.report_due is None:
            return None
        day, month = self.report_due
        return date(int(school_year[5:9]), month, day)


@dataclass(frozen=True)
class CouncilMember:
    name: str
    position: str = ""            # "Hiệu trưởng", "Tổ trưởng chuyên môn Toán"
    role: str = "Ủy viên"         # one of the rule's roles
    group: str = ""               # the working group (nhóm công tác), if any
    criteria: tuple[str, ...] = ()    # the criteria this member assesses
    task: str = ""                # «Nhiệm vụ cụ thể» (điểm b khoản 3 Điều 9)


@dataclass
class Council:
    decision_number: str = ""     # "12/QĐ-THCS"
    decision_date: date | None = None
    members: list[CouncilMember] = field(default_factory=list)


@lru_cache(maxsize=1)
def _rules() -> dict[str, CouncilRule]:
    from kehoach_desktop.resources_path import resource_dir
    data = json.loads((resource_dir("accreditation") / RULES_FILE).read_text(encoding="utf-8"))
    found = {}
    for item in (v for k, v in data.items() if isinstance(v, dict)):
        due = item.get("report_due")
        day_month = tuple(int(p) for p in due.split("/")) if due else None
        rule = CouncilRule(item.get("basis", ""), int(item["min_members"]), bool(item.get("odd_members")),
                           tuple(item["roles"]), tuple(item.get("exactly_one", ())), item.get("exactly_one_basis", ""),
                           day_month)  # type: ignore[arg-type]
        for framework in item["frameworks"]:
            found[framework] = rule
    return found


def council_rule(framework_id: str) -> CouncilRule | None:
    return _rules().get(framework_id)


def council_problems(council: Council, rule: CouncilRule) -> list[InputError]:
    """Everything that keeps ``council`` from signing its report (empty when it can)."""
    problems = []
    members = council.members
    if any(not nfc(m.name).strip() for m in members):
        problems.append(InputError("Mỗi thành viên hội đồng cần có họ tên.", field="members"))
    if len(members) < rule.min_members:
        problems.append(InputError("Hội đồng tự đánh giá có {count} thành viên; cần ít nhất {least:02d} ({basis}).",
                                   field="members", count=len(members), least=rule.min_members, basis=rule.basis))
    elif rule.odd_members and len(members) % 2 == 0:
        problems.append(InputError("Hội đồng tự đánh giá có {count} thành viên; số thành viên phải là số lẻ ({basis}).",
                                   field="members", count=len(members), basis=rule.basis))
    unknown = sorted({m.role for m in members if m.role not in rule.roles})
    if unknown:
        problems.append(InputError("Vai trò «{role}» không có trong hội đồng (dùng: {roles}).", field="role",
                                   role=unknown[0], roles=", ".join(rule.roles)))
    for role in rule.exactly_one:
        count = sum(1 for m in members if m.role == role)
        if count != 1:
            problems.append(InputError("Hội đồng cần đúng một {role} (đang có {count}).", field="role", role=role,
                                       count=count))
    return problems
