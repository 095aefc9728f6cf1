"""`kehoach office inspect`: the office's inspection records of a school's plan, kept in the office file.

    kehoach office inspect OFFICE.db --school CODE --year 2026-2027                 (list the records)
    kehoach office inspect OFFICE.db --school CODE --year 2026-2027 --from bb.json  (record one)
    kehoach office inspect OFFICE.db --school CODE --year 2026-2027 --print [N] -o bb.pdf

The JSON is the one `kehoach inspection example` prints; what it leaves out comes from the office (its
letterhead of the day, its signer leading the team) and from the school's reported status per row.
"""
from __future__ import annotations

import argparse
from pathlib import Path

from kehoach_desktop.commands.text import shown

MAX_RECORD_BYTES = 1024 * 1024


def register(actions: argparse._SubParsersAction) -> None:
    inspect = actions.add_parser("inspect", help="biên bản kiểm tra kế hoạch của một trường: lập, xem, in")
    inspect.add_argument("file", metavar="OFFICE.db")
    inspect.add_argument("--school", required=True, metavar="MÃ_TRƯỜNG")
    inspect.add_argument("--year", required=True, metavar="2026-2027", help="năm học của kế hoạch được kiểm tra")
    what = inspect.add_mutually_exclusive_group()
    what.add_argument("--from", dest="source", metavar="BIENBAN.json",
                      help="lập biên bản từ tệp JSON (mẫu: kehoach inspection example)")
    what.add_argument("--print", dest="print_number", nargs="?", const=0, type=int, metavar="SỐ",
                      help="in biên bản số SỐ (mặc định: biên bản mới nhất) ra tệp PDF")
    inspect.add_argument("-o", "--output", metavar="BIENBAN.pdf", help="tệp PDF khi in")
    inspect.set_defaults(handler=run_inspect)


def run_inspect(args: argparse.Namespace) -> int:
    from kehoach_desktop.domain.errors import InputError
    from kehoach_desktop.domain.parse import parse_school_year
    from kehoach_desktop.store.district import open_district
    year = parse_school_year(args.year)
    if args.print_number is not None and not args.output:
        raise InputError("Hãy cho biết tệp PDF để in biên bản (-o BIENBAN.pdf).", field="output")
    db = open_district(args.file)
    try:
        if args.source:
            return _record(db, args.school.strip(), year, Path(args.source))
        if args.print_number is not None:
            return _print(db, args.school.strip(), year, args.print_number, Path(args.output))
        return _list(db, args.school.strip(), year)
    finally:
        db.close()


def _read_record(source: Path) -> dict:
    from kehoach_desktop.domain.catalog_limits import load_bounded_json
    from kehoach_desktop.domain.errors import InputError
    try:
        raw = source.read_bytes()[:MAX_RECORD_BYTES + 1]
    except OSError as exc:
        raise InputError("Không đọc được tệp «{file}» ({error}).", field="file", file=source.name,
                         error=exc.strerror or exc) from exc
    if len(raw) > MAX_RECORD_BYTES:
        raise InputError("Tệp biên bản «{file}» quá lớn (tối đa {limit} byte).", field="file", file=source.name,
                         limit=MAX_RECORD_BYTES)
    try:
        data = load_bounded_json(raw.decode("utf-8-sig"))
    except InputError:
        raise                     # over a size or depth limit: its own message says which
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise InputError("Tệp biên bản «{file}» không phải JSON hợp lệ.", field="file", file=source.name) from exc
    if not isinstance(data, dict):
        raise InputError("Tệp biên bản phải là một đối tượng JSON.", field="file")
    return data


def _record(db, code: str, year: str, source: Path) -> int:
    from kehoach_desktop.domain.inspection import inspection_from_dict, inspection_to_dict, resolve_rows
    from kehoach_desktop.store.office_inspections import inspected_plan, new_office_inspection, save_office_inspection
    data = _read_record(source)
    inspected = inspected_plan(db, code, year)
    start = inspection_to_dict(new_office_inspection(db, inspected))
    # The office heads its own record (store.office_inspections): a file's authority and office are not taken.
    data = {k: v for k, v in data.items() if k not in ("authority", "office", "office_line")}
    given = resolve_rows(data, inspected.plan.rows)
    # Rows the JSON does not judge keep the finding the school reported.
    judged = {f.get("row_id") for f in given.get("findings", []) if isinstance(f, dict)}
    findings = given.get("findings", []) + [f for f in start["findings"] if f["row_id"] not in judged]
    record = inspection_from_dict({**start, **given, "findings": findings, "id": None})
    number = save_office_inspection(db, inspected, record)
    print(shown(f"Đã lưu biên bản kiểm tra số {number}: {inspected.school.name}, kế hoạch năm học {year} "
                f"({len(record.team)} thành viên đoàn, {len(record.findings)} dòng có kết quả)."))
    return 0


def _list(db, code: str, year: str) -> int:
    from kehoach_desktop.store.office_inspections import office_inspections
    records = office_inspections(db, code, year)
    if not records:
        print(shown(f"Trường {code} chưa có biên bản kiểm tra kế hoạch năm học {year}."))
    for kept in records:
        record = kept.record
        when = record.started_at.strftime("%H:%M %d/%m/%Y") if record.started_at else "chưa ghi thời gian"
        leader = record.leader()
        print(shown(f"Biên bản số {kept.id}: {when}, số {record.number.strip() or '…'}, "
                    f"tổ trưởng {leader.name if leader else '—'}, {len(record.findings)} dòng"))
    return 0


def _print(db, code: str, year: str, number: int, out: Path) -> int:
    from kehoach_desktop.domain.errors import InputError
    from kehoach_desktop.store.atomic_file import write_rendered
    from kehoach_desktop.store.office_inspections import office_inspections
    from kehoach_desktop.usecases.office_inspection import print_office_inspection
    from kehoach_desktop.store.office_inspections import inspected_plan
    records = office_inspections(db, code, year)
    if not records:
        inspected_plan(db, code, year)       # says so when the office has no such school or plan
        raise InputError("Trường mã {code} chưa có biên bản kiểm tra kế hoạch năm học {school_year}; hãy lập biên bản "
                         "trước (--from BIENBAN.json).", field="inspection", code=code, school_year=year)
    chosen = [r for r in records if not number or r.id == number][:1]
    if not chosen:
        raise InputError("Trường mã {code} không có biên bản kiểm tra số {number} của năm học {school_year} (có: "
                         "{numbers}).", field="inspection", code=code, number=number, school_year=year,
                         numbers=", ".join(str(r.id) for r in records))
    path = write_rendered(lambda stream: print_office_inspection(db, chosen[0].id, stream), out,
                          "In biên bản kiểm tra", suffix=".pdf")
    print(shown(f"Đã in biên bản kiểm tra số {chosen[0].id} → {path}"))
    return 0
