"""The evidence register in the school file: one row per code per school year.

Adding an item gives it the next code of its criterion across every year the file holds (the
continuity rule of ``domain.evidence_register``), inside the transaction that inserts it, so two
windows adding at once cannot give one code twice. ``cited_places`` gathers what cites codes: the
year's assessment texts and the progress updates of the plans of that year, which record their
evidence under the same codes.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from kehoach_desktop.domain.citations import cited_codes
from kehoach_desktop.domain.evidence_code import MAX_CODE_CHARS
from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.evidence_register import (
    MAX_ITEMS, MAX_NAME_CHARS, MAX_TEXT_CHARS, EvidenceItem, carried_to, check_item, code_sort_key, next_code, primary_criterion,
)
from kehoach_desktop.domain.parse import parse_school_year
from kehoach_desktop.store.self_assessment import cut_text, load_assessment

if TYPE_CHECKING:
    from sqlite_utils import Database

_COLUMNS = "id, code, name, number, issued_on, issuer, location, expires, note"


def _day(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


def _item(r) -> EvidenceItem:
    return EvidenceItem(id=r[0], code=cut_text(r[1], MAX_CODE_CHARS), name=cut_text(r[2], MAX_NAME_CHARS),
                        number=cut_text(r[3], MAX_TEXT_CHARS), issued_on=_day(r[4]), issuer=cut_text(r[5], MAX_TEXT_CHARS),
                        location=cut_text(r[6], MAX_TEXT_CHARS), expires=_day(r[7]), note=cut_text(r[8], MAX_TEXT_CHARS))


def _record(year: str, item: EvidenceItem) -> dict:
    return {"school_year": year, "code": item.code, "name": item.name, "number": item.number,
            "issued_on": item.issued_on.isoformat() if item.issued_on else None, "issuer": item.issuer,
            "location": item.location, "expires": item.expires.isoformat() if item.expires else None,
            "note": item.note}


def list_items(db: Database, school_year: str) -> list[EvidenceItem]:
    """The year's register, sorted by code as the printed list is."""
    if "evidence_item" not in db.table_names():
        return []
    year = parse_school_year(school_year)
    count = db.execute("SELECT count(*) FROM evidence_item WHERE school_year = ?", [year]).fetchone()[0]
    if count > MAX_ITEMS:       # no program makes this many: a damaged file, never read whole into a paper
        raise InputError("Danh mục minh chứng năm học {school_year} trong tệp có {count} mục, nhiều hơn mức chương "
                         "trình cho phép ({limit}): tệp có thể đã bị sửa hoặc hỏng.", field="code",
                         school_year=year, count=count, limit=MAX_ITEMS)
    items = [_item(r) for r in db.execute(f"SELECT {_COLUMNS} FROM evidence_item WHERE school_year = ?", [year])]
    return sorted(items, key=lambda i: code_sort_key(i.code))


def all_codes(db: Database) -> set[str]:
    return {r[0] for r in db.execute("SELECT code FROM evidence_item")}


def add_item(db: Database, school_year: str, item: EvidenceItem, framework, criterion: str = "") -> EvidenceItem:
    """Add ``item`` to the year's register. Without a code it takes the next one of ``criterion``."""
    year = parse_school_year(school_year)
    with db.atomic():
        count = db.execute("SELECT count(*) FROM evidence_item WHERE school_year = ?", [year]).fetchone()[0]
        if count >= MAX_ITEMS:
            raise InputError("Danh mục minh chứng năm học {school_year} đã có {count} mục, tối đa {limit}.",
                             field="code", school_year=year, count=count, limit=MAX_ITEMS)
        if not item.code.strip():
            if framework.criterion(criterion) is None:
                raise InputError("Tiêu chí {code} không có trong khung {short_circular}.", field="criterion",
                                 code=criterion or "?", short_circular=framework.short_circular())
            item = replace(item, code=next_code(criterion, all_codes(db)))
        item = check_item(item, framework)
        if db.execute("SELECT 1 FROM evidence_item WHERE school_year = ? AND code = ?", [year, item.code]).fetchone():
            raise InputError("Mã {code} đã có trong danh mục minh chứng năm học {school_year}: một minh chứng chỉ "
                             "có một mã; tiêu chí khác trích dẫn lại mã đó.", field="code", code=item.code,
                             school_year=year)
        new_id = db.table("evidence_item").insert(_record(year, item)).last_pk
    return replace(item, id=new_id)


def update_item(db: Database, school_year: str, item: EvidenceItem, framework) -> EvidenceItem:
    """Change an item's details; its code stays (reports already cite it)."""
    year = parse_school_year(school_year)
    with db.atomic():
        row = db.execute("SELECT code FROM evidence_item WHERE id = ? AND school_year = ?", [item.id, year]).fetchone()
        if row is None:
            raise InputError("Không có minh chứng {code} trong danh mục năm học {school_year}.", field="code",
                             code=item.code, school_year=year)
        item = check_item(replace(item, code=row[0]), framework)
        db.table("evidence_item").update(int(item.id or 0), _record(year, item))
    return item


def delete_item(db: Database, school_year: str, code: str) -> None:
    year = parse_school_year(school_year)
    with db.atomic():
        gone = db.execute("DELETE FROM evidence_item WHERE school_year = ? AND code = ?", [year, code.strip()])
        if gone.rowcount == 0:
            raise InputError("Không có minh chứng {code} trong danh mục năm học {school_year}.", field="code",
                             code=code, school_year=year)


def carry_register(db: Database, from_year: str, to_year: str) -> int:
    """Copy ``from_year``'s register into ``to_year`` with its codes; codes already there are kept as they are.
    Returns how many items were copied."""
    source, target = parse_school_year(from_year), parse_school_year(to_year)
    if target <= source:
        # A register goes forward with the school: copying into an earlier year would put next year's papers
        # into a report that may already be approved.
        raise InputError("Chỉ chép danh mục minh chứng sang năm học sau: năm học {to_year} không sau năm học "
                         "{from_year}.", field="school_year", to_year=target, from_year=source)
    with db.atomic():
        have = {r[0] for r in db.execute("SELECT code FROM evidence_item WHERE school_year = ?", [target])}
        new = [i for i in carried_to(list_items(db, source)) if i.code not in have]
        db.table("evidence_item").insert_all([_record(target, i) for i in new])
    return len(new)


def cited_places(db: Database, school_year: str, framework, assessment=None) -> dict[str, list[str]]:
    """Each place of the year that cites evidence («Tiêu chí 1.1», «Kế hoạch, dòng 3») → the codes it cites.
    ``assessment``: the year's report when the caller has just read it (read here otherwise)."""
    year = parse_school_year(school_year)
    places: dict[str, list[str]] = {}
    if assessment is None:
        assessment = load_assessment(db, year)
    if assessment is not None:
        for place, text in assessment.all_texts():
            places.setdefault(place, [])
            places[place] += [c for c in cited_codes([text], framework.evidence_template) if c not in places[place]]
    for position, code in db.execute(
            "SELECT r.position, e.code FROM evidence e JOIN plan_row r ON r.id = e.row_id JOIN plan p ON p.id = e.plan_id "
            "WHERE p.school_year = ? ORDER BY r.position", [year]):
        if not framework.evidence_template.matches(code):
            continue        # a 2018 plan's «[H1-1.1-01]» belongs to the old register, not this one
        place = f"Kế hoạch {year}, dòng {position + 1}"
        places.setdefault(place, [])
        if code not in places[place]:
            places[place].append(code)
    return {p: c for p, c in places.items() if c}


def criteria_citing(places: dict[str, list[str]]) -> dict[str, list[str]]:
    """Code → the criteria citing it, the primary one first (the list's «Ghi chú» says where else it serves)."""
    found: dict[str, list[str]] = {}
    for place, codes in places.items():
        if not place.startswith("Tiêu chí "):
            continue
        criterion = place.removeprefix("Tiêu chí ")
        for code in codes:
            found.setdefault(code, [])
            if criterion not in found[code]:
                found[code].append(criterion)
    for code, listed in found.items():
        listed.sort(key=lambda c: (c != primary_criterion(code), code_sort_key(c)))
    return found
