"""`kehoach evidence list|add|check|carry FILE.db`: the evidence register (Danh mục minh chứng).

    kehoach evidence list TRUONG.db [--year 2025-2026] [--json]
    kehoach evidence add TRUONG.db --year 2025-2026 --criterion 1.1 --name "Kế hoạch năm học 2025 - 2026"
                         [--number 125/KH-THCS] [--date 12/9/2025] [--issuer "Hiệu trưởng"]
                         [--location "Hồ sơ giấy, tủ 2"] [--expires 31/12/2027] [--note "…"]
    kehoach evidence check TRUONG.db [--year 2025-2026] [--strict]
    kehoach evidence carry TRUONG.db --from 2025-2026 --to 2026-2027

A new item takes the next code of its criterion after every code any year of the file has used
(domain.evidence_register.next_code), so a code cited in last year's report keeps its meaning.
`check` prints what an officer would circle and exits 0; with `--strict` it exits 2 when there is
any warning (for a script that must stop there).
"""
from __future__ import annotations

import argparse

from kehoach_desktop.commands.text import shown, shown_json


def register(sub: argparse._SubParsersAction) -> None:
    evidence = sub.add_parser("evidence", help="danh mục minh chứng: xem, thêm, kiểm tra, chép sang năm học mới")
    actions = evidence.add_subparsers(dest="evidence_command", metavar="list | add | check | carry", required=True)
    listing = actions.add_parser("list", help="các minh chứng của năm học, theo mã, với nơi trích dẫn")
    check = actions.add_parser("check", help="cảnh báo: chưa trích dẫn, mã không có trong danh mục, hết hiệu lực, trùng")
    for parser in (listing, check):
        parser.add_argument("file", metavar="FILE.db")
        parser.add_argument("--year", metavar="2025-2026", help="năm học (mặc định: báo cáo tự đánh giá mới nhất)")
    listing.add_argument("--json", action="store_true", help="in dạng JSON")
    listing.set_defaults(handler=run_list)
    check.add_argument("--strict", action="store_true", help="thoát với mã 2 khi có cảnh báo")
    check.set_defaults(handler=run_check)

    add = actions.add_parser("add", help="thêm một minh chứng; mã được cấp tiếp theo mã cuối của tiêu chí")
    add.add_argument("file", metavar="FILE.db")
    add.add_argument("--year", required=True, metavar="2025-2026", help="năm học của danh mục")
    add.add_argument("--criterion", required=True, metavar="1.1", help="tiêu chí gốc (mã đánh số theo tiêu chí này)")
    add.add_argument("--name", required=True, help="tên minh chứng")
    add.add_argument("--number", default="", help="số văn bản, ví dụ 125/KH-THCS")
    add.add_argument("--date", help="ngày văn bản, ví dụ 12/9/2025")
    add.add_argument("--issuer", default="", help="nơi ban hành, ví dụ \"Hiệu trưởng\"")
    add.add_argument("--location", default="", help="nơi lưu: \"Hồ sơ giấy, tủ 2\" hoặc thư mục D:\\MinhChung\\TC1")
    add.add_argument("--expires", help="hết hiệu lực ngày (giấy chứng nhận, giấy phép), ví dụ 31/12/2027")
    add.add_argument("--note", default="", help="ghi chú")
    add.set_defaults(handler=run_add)

    carry = actions.add_parser("carry", help="chép danh mục của một năm học sang năm học khác, giữ nguyên mã")
    carry.add_argument("file", metavar="FILE.db")
    carry.add_argument("--from", dest="from_year", required=True, metavar="2025-2026")
    carry.add_argument("--to", dest="to_year", required=True, metavar="2026-2027")
    carry.set_defaults(handler=run_carry)


def _register_of(path: str, year: str | None):
    """(year, items, places, framework) of ``year`` (default: the newest self-assessment's year), read-only.

    A year without a report has a register too (carried, or cited by the plan's progress updates);
    its framework is then the newest report's, or TT57 for the school's level.
    """
    from kehoach_desktop.catalogs import framework as installed
    from kehoach_desktop.domain.errors import InputError
    from kehoach_desktop.domain.parse import parse_school_year
    from kehoach_desktop.store.evidence_items import cited_places, list_items
    from kehoach_desktop.store.self_assessment import assessment_years, load_assessment
    from kehoach_desktop.usecases.school_file import SchoolFile
    with SchoolFile.open(path, read_only=True) as file:
        years = file.read(assessment_years)
        chosen = parse_school_year(year) if year else (years[0] if years else None)
        if chosen is None:
            raise InputError("Chưa có báo cáo tự đánh giá nào; hãy cho biết năm học (--year).", field="school_year")
        report = file.read(load_assessment, chosen) or (file.read(load_assessment, years[0]) if years else None)
        if report is not None:
            fw = installed(report.framework_id)
        else:
            from kehoach_desktop.commands.assess import _framework_for_new
            from kehoach_desktop.store import plans
            school = file.read(plans.get_school)
            if school is None:
                raise InputError("Tệp chưa có thông tin trường; hãy nhập thông tin trường trước.", field="school")
            fw = _framework_for_new(school.level, None)
        return chosen, file.read(list_items, chosen), file.read(cited_places, chosen, fw), fw


def _vn(day) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}" if day else ""


def run_list(args: argparse.Namespace) -> int:
    from kehoach_desktop.store.evidence_items import criteria_citing
    year, items, places, _fw = _register_of(args.file, args.year)
    citing = criteria_citing(places)
    other = {code: [p for p, codes in places.items() if code in codes and not p.startswith("Tiêu chí ")]
             for code in {c for codes in places.values() for c in codes}}
    if args.json:
        print(shown_json({"school_year": year, "items": [
            {"code": i.code, "name": i.name, "number": i.number,
             "issued_on": i.issued_on.isoformat() if i.issued_on else None, "issuer": i.issuer,
             "location": i.location, "expires": i.expires.isoformat() if i.expires else None, "note": i.note,
             "document": i.document, "criteria_citing": citing.get(i.code, []), "other_places": other.get(i.code, [])}
            for i in items]}))
        return 0
    print(shown(f"Danh mục minh chứng năm học {year}: {len(items)} minh chứng"))
    for i in items:
        print(shown(f"{i.code}  {i.name}" + (f" ({i.document})" if i.document else "")))
        details = [f"lưu: {i.location}" if i.location else "chưa ghi nơi lưu"]
        if i.expires:
            details.append(f"hiệu lực đến {_vn(i.expires)}")
        cited = citing.get(i.code, []) + other.get(i.code, [])
        details.append("trích dẫn ở tiêu chí " + ", ".join(citing[i.code]) if i.code in citing else
                       ("trích dẫn ở " + ", ".join(cited) if cited else "chưa được trích dẫn"))
        if i.code in citing and other.get(i.code):
            details.append(", ".join(other[i.code]))
        if i.note:
            details.append(i.note)
        print(shown("    " + "; ".join(details)))
    return 0


def run_check(args: argparse.Namespace) -> int:
    import sys
    from datetime import date
    from kehoach_desktop.domain.evidence_register import register_warnings
    year, items, places, _fw = _register_of(args.file, args.year)
    warnings = register_warnings(items, places, date.today())
    if not warnings:
        print(shown(f"Danh mục minh chứng năm học {year} ({len(items)} minh chứng): Không có cảnh báo."))
        return 0
    print(shown(f"Danh mục minh chứng năm học {year} ({len(items)} minh chứng): {len(warnings)} cảnh báo"))
    for w in warnings:
        print(shown(f"  - {w.text}"))
    if args.strict:
        print(shown(f"Lỗi: danh mục minh chứng năm học {year} còn {len(warnings)} cảnh báo (--strict)."),
              file=sys.stderr)
        return 2
    return 0


def _day(text: str | None):
    from kehoach_desktop.domain.parse_dates import parse_date
    return parse_date(text) if text and text.strip() else None


def run_add(args: argparse.Namespace) -> int:
    from kehoach_desktop.domain.errors import InputError
    from kehoach_desktop.domain.evidence_register import EvidenceItem
    from kehoach_desktop.domain.parse import parse_school_year
    from kehoach_desktop.domain.school_fields import one_line
    from kehoach_desktop.store.evidence_items import add_item, list_items
    from kehoach_desktop.usecases.school_file import SchoolFile
    year = parse_school_year(args.year)
    issued, expires = _day(args.date), _day(args.expires)
    if issued and expires and expires < issued:
        raise InputError("Ngày hết hiệu lực ({expires}) có trước ngày văn bản ({issued}).", field="expires",
                         expires=_vn(expires), issued=_vn(issued))
    # typed values as one clean line each: a pasted escape or bidi override must not reach the paper
    item = EvidenceItem("", one_line(args.name), number=one_line(args.number), issued_on=issued,
                        issuer=one_line(args.issuer), location=one_line(args.location), expires=expires,
                        note=one_line(args.note))
    _, _, _, fw = _register_of(args.file, year)
    with SchoolFile.open(args.file) as file:
        added = file.write(add_item, year, item, fw, args.criterion.strip())
        count = len(file.read(list_items, year))
    print(added.code)           # alone on the first line: what a script takes
    print(shown(f"Đã thêm {added.code}: {added.name} vào danh mục minh chứng năm học {year} ({count} minh chứng). "
                f"Trích dẫn trong câu: «… ({added.code}).»"))
    return 0


def run_carry(args: argparse.Namespace) -> int:
    from kehoach_desktop.domain.errors import InputError
    from kehoach_desktop.domain.parse import parse_school_year
    from kehoach_desktop.store.evidence_items import carry_register, list_items
    from kehoach_desktop.usecases.school_file import SchoolFile
    source, target = parse_school_year(args.from_year), parse_school_year(args.to_year)
    if source == target:
        raise InputError("Năm học chép đến phải khác năm học {school_year}.", field="school_year", school_year=source)
    with SchoolFile.open(args.file) as file:
        have = len(file.read(list_items, source))
        if not have:
            raise InputError("Danh mục minh chứng năm học {school_year} chưa có minh chứng nào để chép.",
                             field="school_year", school_year=source)
        copied = file.write(carry_register, source, target)
        total = len(file.read(list_items, target))
    print(shown(f"Đã chép {copied}/{have} minh chứng từ năm học {source} sang năm học {target}, giữ nguyên mã"
                + (f" ({have - copied} mã đã có ở năm học {target}, giữ như cũ)" if copied < have else "")
                + f". Danh mục năm học {target} có {total} minh chứng."))
    if copied:
        print(shown("Minh chứng hết hiệu lực được chép theo để nhắc cấp lại; hãy cập nhật số, ngày của văn bản mới."))
    return 0
