"""The office's replies in the school file: a plan's decisions and the comments on its rows.

A reply is applied in one transaction after every check: the school is the one the reply names,
the plan of its school year exists, every commented row belongs to that plan, and the same file
is not applied twice. Its inspection records join the plan's (store.inspections).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from typing import TYPE_CHECKING

from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.office_reply import OfficeReply
from kehoach_desktop.store import inspections, plans

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass(frozen=True)
class StoredReply:
    id: int
    plan_id: int
    received_at: str
    office: str
    governing_body: str
    signer: str
    plan_code: str
    decision: str
    reasons: str
    decided_on: str | None


def office_key(db: Database) -> str:
    """The office key the school trusts: the one of its latest signed reply ('' before any)."""
    row = db.execute("SELECT public_key FROM office_reply WHERE public_key != '' ORDER BY id DESC LIMIT 1").fetchone()
    return row[0] if row else ""


def check_office_key(db: Database, reply: OfficeReply, accept_key: bool = False) -> None:
    """A reply must come from the office the school has heard from: signed by the key of its earlier
    replies (the first signed reply sets it). A new key is taken only when the principal confirms it."""
    from kehoach_desktop.domain.signing import fingerprint
    known = office_key(db)
    if not known or accept_key or reply.public_key == known:
        return
    if not reply.public_key:
        raise InputError("Phản hồi không có chữ ký, nhưng các phản hồi trước của cơ quan quản lý đều có ký (mã khóa "
                         "{known}); tệp có thể không phải của cơ quan. Chưa có gì thay đổi.", field="office_key",
                         known=fingerprint(known))
    raise InputError("Khóa ký của cơ quan quản lý đã đổi (trước: {known}, nay: {new}). Hãy gọi điện cho cơ quan đối "
                     "chiếu mã khóa rồi xác nhận (lệnh: kehoach reply import --accept-key). Chưa có gì thay đổi.",
                     field="office_key", known=fingerprint(known), new=fingerprint(reply.public_key))


def check_reply(db: Database, reply: OfficeReply, accept_key: bool = False) -> int:
    """The id of the plan ``reply`` answers; InputError when it is not this school's, not its plan, or not
    signed by the office the school knows."""
    check_office_key(db, reply, accept_key)
    school = plans.get_school(db)
    if school is None or school.code != reply.school_code:
        raise InputError("Phản hồi gửi cho trường mã {theirs}, không phải trường của tệp này (mã {ours}); "
                         "chưa có gì thay đổi.", field="file", theirs=reply.school_code,
                         ours=school.code if school else "—")
    plan = next((p for p in plans.list_plans(db) if p.school_year == reply.school_year), None)
    if plan is None or plan.id is None:
        raise InputError("Tệp không có kế hoạch năm học {school_year} mà phản hồi nói tới; chưa có gì thay đổi.",
                         field="file", school_year=reply.school_year)
    rows = {r.id for r in plans.list_rows(db, plan.id)}
    named = {c.row_id for c in reply.comments} | {f.row_id for record in reply.inspections
                                                  for f in record.findings if f.row_id is not None}
    unknown = sorted(named - rows)
    if unknown:
        raise InputError("Phản hồi có ý kiến cho {count} dòng không thuộc kế hoạch năm học {school_year} (có thể "
                         "kế hoạch đã bị xóa dòng hoặc phản hồi của trường khác); chưa có gì thay đổi.",
                         field="file", count=len(unknown), school_year=reply.school_year)
    return plan.id


def apply_reply(db: Database, reply: OfficeReply, file_sha256: str, accept_key: bool = False) -> int:
    """Store ``reply`` (checked first); the new reply's id. The same file twice is refused."""
    with db.atomic():
        plan_id = check_reply(db, reply, accept_key)
        if db.execute("SELECT 1 FROM office_reply WHERE plan_id = ? AND file_sha256 = ?",
                      [plan_id, file_sha256]).fetchone():
            raise InputError("Phản hồi này đã được nhập trước đó; không có gì thay đổi.", field="file")
        received = datetime.now(timezone.utc).isoformat(timespec="seconds")
        reply_id = db.execute(
            "INSERT INTO office_reply (plan_id, received_at, file_sha256, office, governing_body, signer, plan_code, "
            "decision, reasons, decided_on, public_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [plan_id, received, file_sha256, reply.office_name, reply.governing_body, reply.signer, reply.plan_code,
             reply.decision, reply.reasons, reply.decided_on.isoformat() if reply.decided_on else None,
             reply.public_key]).lastrowid
        assert reply_id is not None
        for comment in reply.comments:
            db.execute("INSERT INTO office_comment (reply_id, row_id, comment) VALUES (?, ?, ?)",
                       [reply_id, comment.row_id, comment.comment])
        for record in reply.inspections:
            record.id, record.plan_id, record.school_year = None, plan_id, reply.school_year
            record.id = _same_record(db, record)       # a later reply carrying the same record replaces it
            inspections.save_inspection(db, record)
    return reply_id


def _same_record(db: Database, record) -> int | None:
    """The school's copy of this office record from an earlier reply: same plan, office and starting time."""
    found = db.execute("SELECT id FROM inspection WHERE plan_id = ? AND office = ? AND started_at IS ? "
                       "ORDER BY id DESC LIMIT 1",
                       [record.plan_id, record.office,
                        record.started_at.isoformat(timespec="minutes") if record.started_at else None]).fetchone()
    return found[0] if found else None


def _stored(row: tuple) -> StoredReply:
    return StoredReply(*row)


_COLUMNS = "id, plan_id, received_at, office, governing_body, signer, plan_code, decision, reasons, decided_on"


def latest_reply(db: Database, plan_id: int) -> StoredReply | None:
    row = db.execute(f"SELECT {_COLUMNS} FROM office_reply WHERE plan_id = ? ORDER BY id DESC LIMIT 1",
                     [plan_id]).fetchone()
    return _stored(row) if row else None


def row_comments(db: Database, plan_id: int) -> dict[int, list[str]]:
    """Each row's comments in the office's latest reply: its word now, shown beside its decision (an
    approval after a return does not keep the return's comments on screen; they stay in the file)."""
    found: dict[int, list[str]] = {}
    rows = db.execute("SELECT c.row_id, c.comment FROM office_comment c WHERE c.reply_id = "
                      "(SELECT MAX(id) FROM office_reply WHERE plan_id = ?) ORDER BY c.rowid", [plan_id])
    for row_id, comment in rows:
        found.setdefault(row_id, []).append(comment)
    return found
