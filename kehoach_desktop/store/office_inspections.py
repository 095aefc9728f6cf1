"""The office's own inspection records (biên bản kiểm tra) of its schools' plans, kept in the office file.

The team inspects the plan the office holds: the school's plan of that school year as last imported.
That plan is read from a private school-format copy of the import (store.district_extract), so it
comes with every field the school's own file gives it, and nothing the office does touches the
school's data. A record is the domain's JSON (domain.inspection) in ``office_inspection`` (district
migration 0003), read back through the same checks as one typed in; its findings name the school's
own row ids, which every import of that school keeps, so the reply file can carry it to the school.
"""
from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import TYPE_CHECKING

from kehoach_desktop.domain.administration import after_reform, rules
from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.inspection import (
    Inspection, SchoolMember, TeamMember, check_against_plan, inspection_from_dict, inspection_to_dict,
    new_inspection,
)
from kehoach_desktop.domain.plan import Plan, School
from kehoach_desktop.store import plans
from kehoach_desktop.store.database import open_school_file
from kehoach_desktop.store.district_extract import extract_school
from kehoach_desktop.store.district_office import identity_at
from kehoach_desktop.store.leftovers import private_folder

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass
class InspectedPlan:
    """The plan the team has in hand: the school's plan of a year as the office last imported it."""

    school_code: str
    import_id: int
    school: School
    plan: Plan


@dataclass
class OfficeRecord:
    id: int
    school_code: str
    school_year: str
    import_id: int        # the import whose plan the team had in hand
    record: Inspection


def inspected_plan(db: Database, school_code: str, school_year: str, import_id: int | None = None) -> InspectedPlan:
    """The plan of ``school_year`` from the school's current import (or from ``import_id``: the one a
    record was made from, so a record prints the rows the team inspected even after a newer import)."""
    found = db.execute("SELECT current_import FROM district_school WHERE code = ?", [school_code]).fetchone()
    if found is None:
        raise InputError("Tệp cơ quan chưa có trường mã {code}; hãy nhập tệp của trường trước.", field="school",
                         code=school_code)
    import_id = import_id or found[0]
    folder = private_folder("bien-ban")
    try:
        school_db = open_school_file(extract_school(db, school_code, folder / "truong.db", import_id), read_only=True)
        try:
            school = plans.get_school(db=school_db)
            chosen = [p for p in plans.list_plans(school_db) if p.school_year == school_year]
            if school is None or not chosen or chosen[0].id is None:
                raise InputError("Trường mã {code} chưa gửi kế hoạch năm học {school_year}.", field="school_year",
                                 code=school_code, school_year=school_year)
            plan = plans.get_plan(school_db, chosen[0].id)
        finally:
            school_db.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return InspectedPlan(school_code, import_id, school, plan)


def record_number(symbol: str) -> str:
    """Blank space for the number, then the office's symbol for a record: «BC-VHXH» → «   /BB-VHXH»."""
    suffix = symbol.split("-", 1)[1] if "-" in symbol else symbol
    return "\u00a0" * 6 + "/BB" + (f"-{suffix}" if suffix else "")


def new_office_inspection(db: Database, inspected: InspectedPlan, now: datetime | None = None) -> Inspection:
    """A record headed by the office as it is on the day, at the school, its principal receiving the team
    and the office's signer leading it (both editable), every row as the school reports it."""
    now = now or datetime.now()
    office = identity_at(db, now.date())
    record = new_inspection(inspected.plan, place=inspected.school.name, now=now, authority=office.governing_body,
                            office=office.name, office_line=office.office_line, number=record_number(office.symbol))
    if office.signer_name:
        record.team = [TeamMember(office.signer_name, _post(office.signer_title), "Tổ trưởng")]
    if inspected.school.principal:
        record.school_side = [SchoolMember(inspected.school.principal, "Hiệu trưởng")]
    return record


def _post(signer_title: str) -> str:
    """The signer's post as a sentence names it: «KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC» → «Phó giám đốc»."""
    lines = [line.strip() for line in signer_title.splitlines() if line.strip()]
    post = lines[-1].lower() if lines else ""
    return post[:1].upper() + post[1:]


def save_office_inspection(db: Database, inspected: InspectedPlan, record: Inspection,
                           record_id: int | None = None) -> int:
    """Keep ``record`` of ``inspected``'s plan (a new one, or replacing ``record_id``); one transaction."""
    check_against_plan(record, inspected.plan)
    row_ids = {row.id for row in inspected.plan.rows}
    strangers = [f.row_id for f in record.findings if f.row_id not in row_ids]
    if strangers:
        raise InputError("Biên bản có kết quả cho {count} dòng không thuộc kế hoạch được kiểm tra.", field="findings",
                         count=len(strangers))
    record.plan_id, record.school_year = inspected.plan.id, inspected.plan.school_year
    _head_by_office(db, record)
    values = {"school_code": inspected.school_code, "plan_id": inspected.plan.id,
              "school_year": inspected.plan.school_year, "import_id": inspected.import_id,
              "started_at": record.started_at.isoformat(timespec="minutes") if record.started_at else None,
              "record": json.dumps(_stored(record), ensure_ascii=False),
              "updated_at": datetime.now(timezone.utc).isoformat(timespec="seconds")}
    with db.atomic():
        if record_id is None:
            record_id = db.table("office_inspection").insert(values).last_pk
        else:
            if db.execute("SELECT 1 FROM office_inspection WHERE id = ?", [record_id]).fetchone() is None:
                raise InputError("Không tìm thấy biên bản kiểm tra số {number} trong tệp cơ quan.", field="inspection",
                                 number=record_id)
            db.table("office_inspection").update(record_id, values)
    assert record_id is not None
    record.id = record_id
    return record_id


def _head_by_office(db: Database, record: Inspection) -> None:
    """The office's own record is headed by the office as it was on the record's day (its letterhead and its
    name in the opening sentence), whatever a JSON file or an old example said."""
    day = record.started_at.date() if record.started_at else None
    office = identity_at(db, day)
    if day is not None and office.ended is None and not after_reform(day):
        # Today's kinds (a commune's office, a Sở of the two-level government) did not inspect before the reform.
        raise InputError("Biên bản ngày {day} có trước ngày {reform}, khi {office} chưa quản lý trường theo chính quyền "
                         "hai cấp; biên bản đó là của Phòng GD&ĐT thời đó. Hãy sửa ngày kiểm tra.", field="started_at",
                         day=day.strftime("%d/%m/%Y"), reform=rules().reform_date.strftime("%d/%m/%Y"), office=office.name)
    record.authority, record.office, record.office_line = office.governing_body, office.name, office.office_line


def _stored(record: Inspection) -> dict:
    data = inspection_to_dict(record)
    data.pop("id", None)          # the office's numbering, not the school's: the reply gives the school its own
    return data


def _record(row) -> OfficeRecord:
    record_id, code, year, import_id, text = row
    record = inspection_from_dict(json.loads(text))
    record.id = record_id
    return OfficeRecord(record_id, code, year, import_id, record)


def office_inspections(db: Database, school_code: str, school_year: str | None = None) -> list[OfficeRecord]:
    """A school's records (of one year when given), the latest first."""
    sql = "SELECT id, school_code, school_year, import_id, record FROM office_inspection WHERE school_code = ?"
    params: list = [school_code]
    if school_year:
        sql += " AND school_year = ?"
        params.append(school_year)
    return [_record(r) for r in db.execute(sql + " ORDER BY started_at DESC, id DESC", params).fetchall()]


def office_inspection(db: Database, record_id: int) -> OfficeRecord:
    row = db.execute("SELECT id, school_code, school_year, import_id, record FROM office_inspection WHERE id = ?",
                     [record_id]).fetchone()
    if row is None:
        raise InputError("Không tìm thấy biên bản kiểm tra số {number} trong tệp cơ quan.", field="inspection",
                         number=record_id)
    return _record(row)


def inspected_on(records: list[OfficeRecord]) -> date | None:
    """The day of the latest record, for the overview ("kiểm tra ngày …")."""
    days = [r.record.started_at.date() for r in records if r.record.started_at]
    return max(days) if days else None
