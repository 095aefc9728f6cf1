"""Issuing a plan (ban hành): frozen revisions, and finding the revision a printed code belongs to.

Issuing freezes the plan's canonical content (domain/fingerprint.py) as
revision N+1 in one transaction. The plan stays editable afterwards — a school
corrects a typo, the district asks for a change — but it is then "edited since
revision N", which is derived (its current fingerprint differs from the latest
revision's), never stored, so no edit path can forget to set it. Issuing again
makes N+1; earlier revisions stay readable exactly as they were issued.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from typing import TYPE_CHECKING

from kehoach_desktop.domain.catalog import Framework
from kehoach_desktop.domain.errors import InputError, joined
from kehoach_desktop.domain.canonical import CURRENT_VERSION, KNOWN_VERSIONS, fingerprint_for, printed_content
from kehoach_desktop.domain.fingerprint import (
    PrintStamp, canonical_json, canonical_plan, legacy_code, parse_code, short_code,
)
from kehoach_desktop.domain.plan import Plan, PlanRow, School
from kehoach_desktop.domain.serialize import plan_from_dict
from kehoach_desktop.domain.values import nfc
from kehoach_desktop.domain.validation import row_problems
from kehoach_desktop.store import plans
from kehoach_desktop.store.progress import list_targets

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass(frozen=True)
class Revision:
    id: int
    plan_id: int
    number: int
    issued_at: str              # ISO 8601, UTC
    fingerprint: str            # full SHA-256 hex of the canonical form of ``version``
    snapshot: dict              # the plan's data as issued (``issued_data``; version 1: its canonical form)
    version: int = 1            # the canonical form the fingerprint was made under (domain.canonical)

    @property
    def code(self) -> str:
        """The code its paper carries: the 10-digit one for a revision issued under version 1."""
        return legacy_code(self.fingerprint) if self.version == 1 else short_code(self.fingerprint)

    def plan(self) -> Plan:
        """The plan exactly as issued (progress fields at their defaults)."""
        plan = plan_from_dict(self.snapshot)
        plan.id, plan.status = self.plan_id, "issued"
        return plan


@dataclass(frozen=True)
class IssueState:
    """Where a plan stands: never issued, issued and unchanged, or edited since its latest revision."""

    fingerprint: str            # of the plan's current content, under the latest revision's version
    latest: Revision | None
    marked_issued: bool = False # the plan's status says issued (set by hand before revisions existed)

    @property
    def issued(self) -> bool:
        return self.latest is not None

    @property
    def edited_since(self) -> bool:
        return self.latest is not None and self.latest.fingerprint != self.fingerprint

    @property
    def printed_revision(self) -> Revision | None:
        """The revision a print of the current content is: the latest one, unless edited since."""
        return self.latest if self.issued and not self.edited_since else None

    def describe(self) -> str:
        if self.latest is None and self.marked_issued:
            return "Kế hoạch ghi «Đã ban hành» nhưng chưa lưu lần ban hành nào; hãy «Ban hành kế hoạch» để khóa bản lần 1."
        if self.latest is None:
            return "Bản dự thảo, chưa ban hành."
        if self.edited_since:
            return (f"Đã sửa sau lần ban hành {self.latest.number} ({self.latest.code}); "
                    "nội dung hiện tại chưa được ban hành.")
        return f"Đã ban hành lần {self.latest.number}, mã xác thực {self.latest.code}."


@dataclass(frozen=True)
class CodeMatch:
    """What `kehoach verify` found for a code."""

    plan_id: int
    school_year: str
    revision: Revision | None   # None: the code is a plan's current, never-issued content
    latest_number: int | None   # the plan's newest revision number (None: never issued)
    current: bool               # the code is the plan's content as it stands now


def _revision(row: tuple) -> Revision:
    """A revision as stored; a damaged one (another program, a bad sector) is refused by name, never a crash."""
    number, fingerprint, version = row[2], row[4], row[6]
    try:
        snapshot = json.loads(row[5]) if isinstance(row[5], str) else None
    except (ValueError, RecursionError):
        snapshot = None
    if (not isinstance(snapshot, dict) or version not in KNOWN_VERSIONS or not isinstance(fingerprint, str)
            or not re.fullmatch(r"[0-9a-f]{64}", fingerprint)):
        raise InputError("Lần ban hành {number} của kế hoạch trong tệp bị hỏng (nội dung lưu không đọc được); "
                         "hãy khôi phục tệp từ bản sao lưu (kehoach backup list). Chưa có gì thay đổi.",
                         field="revision", number=number)
    return Revision(row[0], row[1], number, row[3], fingerprint, snapshot, version)


_COLUMNS = "id, plan_id, number, issued_at, fingerprint, snapshot, canonical_version"


def list_revisions(db: Database, plan_id: int) -> list[Revision]:
    """A plan's revisions, oldest first."""
    rows = db.execute(f"SELECT {_COLUMNS} FROM plan_revision WHERE plan_id = ? ORDER BY number", [plan_id])
    return [_revision(r) for r in rows.fetchall()]


def latest_revision(db: Database, plan_id: int) -> Revision | None:
    row = db.execute(f"SELECT {_COLUMNS} FROM plan_revision WHERE plan_id = ? ORDER BY number DESC LIMIT 1",
                     [plan_id]).fetchone()
    return _revision(row) if row else None


def get_revision(db: Database, plan_id: int, number: int) -> Revision:
    row = db.execute(f"SELECT {_COLUMNS} FROM plan_revision WHERE plan_id = ? AND number = ?",
                     [plan_id, number]).fetchone()
    if row is None:
        raise InputError("Kế hoạch không có lần ban hành số {number}.", field="revision",
                         number=number)
    return _revision(row)


def issue_state(db: Database, plan: Plan, school: School | None = None,
                framework: Framework | None = None) -> IssueState:
    """``plan`` as read with its rows (plans.get_plan); its current content is fingerprinted under
    the latest revision's version, so a revision issued under version 1 stays unedited until the
    plan changes. ``school`` and ``framework`` default to the file's school and the installed
    catalog (what the letterhead and the criterion titles print)."""
    latest = latest_revision(db, plan.id) if plan.id is not None else None   # never saved: never issued
    version = latest.version if latest is not None else CURRENT_VERSION
    plan = with_targets(db, plan)
    if version != 1:
        school = school if school is not None else plans.get_school(db)
        framework = framework if framework is not None else _framework_or_none(plan)
    return IssueState(fingerprint_for(version, plan, school, framework), latest, plan.status == "issued")


def with_targets(db: Database, plan: Plan) -> Plan:
    """``plan`` with its chỉ tiêu as the file has them: they print in the plan, so the code covers
    them whichever caller loaded the plan (plans.get_plan reads rows, not chỉ tiêu)."""
    if plan.id is None:
        return plan
    return replace(plan, targets=list_targets(db, plan.id))


def _framework_or_none(plan: Plan) -> Framework | None:
    try:
        return _framework_of(plan)
    except InputError:          # a catalog no longer installed: the titles are not known, nor printed
        return None


MAX_NAMED_ROWS = 8   # a refusal names this many rows, then counts the rest


def rows_not_ready(plan: Plan, framework: Framework) -> list[tuple[int, PlanRow, list[InputError]]]:
    """(number on paper, row, problems) for every row the validation rules refuse; empty when all pass.

    Rows are written as they are typed — a new row starts empty, a Word import
    brings partial rows — so the required fields are enforced here, when the
    plan becomes the document the principal signs, not at every keystroke.
    """
    found = []
    for number, row in enumerate(plan.rows, 1):
        problems = row_problems(row, framework)
        if problems:
            found.append((number, row, problems))
    return found


def row_label(number: int, row: PlanRow) -> InputError:
    """How a refusal names a row (a template of its own, so the English names it in English)."""
    if row.criterion_code:
        return InputError("Dòng {number} (tiêu chí {criterion})", field="rows", number=number,
                          criterion=row.criterion_code)
    first_line = row.content.strip().splitlines()[0] if row.content.strip() else ""
    if first_line:
        return InputError("Dòng {number} («{content}»)", field="rows", number=number, content=first_line[:40])
    return InputError("Dòng {number}", field="rows", number=number)


def check_issuable(plan: Plan, framework: Framework) -> None:
    """Refuse, naming rows and fields in Vietnamese, a plan that cannot be issued as it stands."""
    if not plan.rows:
        raise InputError("Kế hoạch chưa có dòng nào; chưa thể ban hành.", field="plan")
    not_ready = rows_not_ready(plan, framework)
    if not not_ready:
        return
    lines = [InputError("\n• {label}: {problems}", field="rows", row=number, label=row_label(number, row),
                        problems=joined(problems, " "))
             for number, row, problems in not_ready[:MAX_NAMED_ROWS]]
    if len(not_ready) > MAX_NAMED_ROWS:
        lines.append(InputError("\n… và {count} dòng khác.", field="rows", count=len(not_ready) - MAX_NAMED_ROWS))
    raise InputError("Chưa thể ban hành: {count} dòng còn thiếu hoặc sai thông tin bắt buộc. Hãy bổ sung rồi "
                     "ban hành lại.{rows}", field="rows", row=not_ready[0][0], count=len(not_ready),
                     rows=joined(lines))


def _framework_of(plan: Plan) -> Framework:
    from kehoach_desktop.catalogs import framework   # the installed catalogs, as the CLI reads them
    return framework(plan.framework_id)


def issue_plan(db: Database, plan_id: int, framework: Framework | None = None,
               issued_at: datetime | None = None) -> Revision:
    """Freeze the plan's current content as its next revision and mark it issued, in one transaction.

    Refused while a row breaks the validation rules (``check_issuable``);
    ``framework`` defaults to the installed catalog of the plan's framework.
    """
    with db.atomic():
        plan = with_targets(db, plans.get_plan(db, plan_id))
        framework = framework or _framework_of(plan)
        check_issuable(plan, framework)
        school = plans.get_school(db)
        latest = latest_revision(db, plan_id)
        if latest is not None and latest.fingerprint == fingerprint_for(latest.version, plan, school, framework):
            raise InputError("Kế hoạch không thay đổi từ lần ban hành {number} (mã {code}); không cần ban hành lại.", field="plan",
                             number=latest.number, code=latest.code)
        printed = printed_content(plan, school, framework)
        fingerprint = fingerprint_for(CURRENT_VERSION, plan, school, framework)
        data = issued_data(plan)
        number = (latest.number if latest else 0) + 1
        when = (issued_at or datetime.now(timezone.utc)).astimezone(timezone.utc).isoformat(timespec="seconds")
        revision_id = db.execute(
            "INSERT INTO plan_revision (plan_id, number, issued_at, fingerprint, snapshot, canonical_version, printed) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [plan_id, number, when, fingerprint, canonical_json(data), CURRENT_VERSION,
             canonical_json(printed)]).lastrowid
        assert revision_id is not None          # the row just inserted
        db.execute("UPDATE plan SET status = 'issued', updated_at = ? WHERE id = ?", [when, plan_id])
    return Revision(revision_id, plan_id, number, when, fingerprint, data, CURRENT_VERSION)


def issued_data(plan: Plan) -> dict:
    """What a revision is read back from (``Revision.plan``): the plan's data as issued — version 1's
    form, plus the letterhead's governing body and the chỉ tiêu without their actual figures."""
    data = canonical_plan(plan)
    data["governing_body"] = nfc(plan.governing_body)
    data["targets"] = [{"name": nfc(t.name), "value": t.value, "unit": nfc(t.unit), "comparison": t.comparison,
                        "position": t.position} for t in plan.targets]
    return data


def print_stamp(db: Database, plan: Plan, school: School | None,
                framework: Framework | None = None) -> PrintStamp:
    """The footer of a print of ``plan`` as it stands: its revision's code, or the draft mark —
    on every print that is not a frozen revision, a plan marked «Đã ban hành» by hand included."""
    state = issue_state(db, plan, school, framework)
    printed = state.printed_revision
    return PrintStamp(state.fingerprint, printed.number if printed else None,
                      school.code if school else "", plan.school_year, draft=printed is None,
                      legacy=printed is not None and printed.version == 1)


def find_fingerprint(db: Database, code: str) -> CodeMatch | None:
    """The plan and revision a printed code belongs to, or None; InputError if it is not a code at all.

    A code is matched against every issued revision and against every plan's
    current content (a draft's paper carries its code too).
    """
    prefix = parse_code(code)
    pattern = prefix + "%"   # hex digits only: nothing for LIKE to misread
    row = db.execute(f"SELECT {_COLUMNS} FROM plan_revision WHERE fingerprint LIKE ? "
                     "ORDER BY plan_id, number DESC LIMIT 1", [pattern]).fetchone()
    if row is not None:
        revision = _revision(row)
        plan = plans.get_plan(db, revision.plan_id)
        latest = latest_revision(db, revision.plan_id)
        assert latest is not None               # the plan has at least the revision just found
        current = latest.number == revision.number and issue_state(db, plan).fingerprint == revision.fingerprint
        return CodeMatch(revision.plan_id, plan.school_year, revision, latest.number, current)
    for header in plans.list_plans(db):
        if header.id is None:
            continue
        plan = plans.get_plan(db, header.id)
        state = issue_state(db, plan)
        if state.fingerprint.startswith(prefix):
            return CodeMatch(header.id, plan.school_year, None, state.latest.number if state.latest else None, True)
    return None
