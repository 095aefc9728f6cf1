"""The office writes its reply for a school (domain.office_reply) from the school's plan as last imported.

The comments name the plan's rows by their number on paper (1, 2, …); the reply carries the school's own
row ids, which the office's copy keeps, so the school applies each comment to the right row. It carries
the office's inspection records of that plan too (store.office_inspections), for the school to keep and print.
"""
from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.office_reply import DECISIONS, OfficeReply, RowComment
from kehoach_desktop.store.district_office import identity_at
from kehoach_desktop.store.office_inspections import office_inspections

if TYPE_CHECKING:
    from sqlite_utils import Database


def make_reply(db: Database, school_code: str, school_year: str, decision: str, reasons: str = "",
               comments: dict[int, str] | None = None, decided_on: date | None = None) -> OfficeReply:
    """The reply to school ``school_code`` about its ``school_year`` plan; ``comments``: row number → text."""
    if decision not in DECISIONS:
        raise InputError("mục «decision» phải là «approved» hoặc «returned»", field="decision")
    if decision == "returned" and not reasons.strip():
        raise InputError("kế hoạch bị trả lại nhưng tệp không ghi lý do («reasons»)", field="reasons")
    found = db.execute("SELECT s.current_import FROM district_school s WHERE s.code = ?", [school_code]).fetchone()
    if found is None:
        raise InputError("Tệp cơ quan chưa có trường mã {code}; hãy nhập tệp của trường trước.", field="school",
                         code=school_code)
    plan = db.execute("SELECT id FROM imported_plan WHERE import_id = ? AND school_year = ? ORDER BY id LIMIT 1",
                      [found[0], school_year]).fetchone()
    if plan is None:
        raise InputError("Trường mã {code} chưa gửi kế hoạch năm học {school_year}.", field="school_year",
                         code=school_code, school_year=school_year)
    rows = [r[0] for r in db.execute("SELECT id FROM imported_plan_row WHERE import_id = ? AND plan_id = ? "
                                     "ORDER BY position, id", [found[0], plan[0]])]
    chosen = []
    for number, text in sorted((comments or {}).items()):
        if not 1 <= number <= len(rows):
            raise InputError("Kế hoạch có {count} dòng; không có dòng {number}.", field="comment",
                             count=len(rows), number=number)
        chosen.append(RowComment(rows[number - 1], text.strip()))
    day = decided_on or date.today()
    office = identity_at(db, day)
    records = [r.record for r in office_inspections(db, school_code, school_year)]
    return OfficeReply(school_code=school_code, school_year=school_year, office_name=office.name,
                       governing_body=office.governing_body, signer=office.signer_name, decision=decision,
                       reasons=reasons.strip(), decided_on=day, comments=chosen, inspections=records)


def signed_reply_bytes(db: Database, reply: OfficeReply) -> bytes:
    """The reply file's bytes, signed with the office's own key (office migration 0005_trust)."""
    import json

    from kehoach_desktop.domain.office_reply import reply_to_dict, sign_reply
    row = db.execute("SELECT private_key FROM office_key WHERE id = 1").fetchone()
    data = reply_to_dict(reply)
    if row is not None:
        data = sign_reply(data, row[0])
    return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")
