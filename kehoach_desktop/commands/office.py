"""`kehoach word import|export` and `kehoach excel export|district`: Word and Excel, headless.

    kehoach word import KE-HOACH.docx TRUONG.db [--year 2025-2026] [--framework tt18] [--dry-run]
    kehoach word export TRUONG.db [--year 2024-2025] -o KE-HOACH.docx
    kehoach excel export TRUONG.db [--year 2024-2025] -o KE-HOACH.xlsx
    kehoach excel district PHONG.db -o CAC-TRUONG.xlsx

The import prints everything it understood and every warning before it saves; with
``--dry-run`` it saves nothing. A refused file leaves both the .docx and the school file
untouched.
"""
from __future__ import annotations

import argparse

import os
from pathlib import Path

from kehoach_desktop.commands.plan_source import made_from_plan
from kehoach_desktop.commands.text import shown


def register(sub: argparse._SubParsersAction) -> None:
    word = sub.add_parser("word", help="nhập kế hoạch từ tệp Word (.docx), xuất kế hoạch ra Word")
    actions = word.add_subparsers(dest="word_command", metavar="import | export | inspection", required=True)
    imp = actions.add_parser("import", help="đọc kế hoạch năm trước từ tệp .docx, xem trước rồi lưu vào tệp trường")
    imp.add_argument("docx", metavar="FILE.docx")
    imp.add_argument("into", metavar="INTO.db", help="tệp trường (tạo mới nếu chưa có)")
    imp.add_argument("--year", metavar="2025-2026", help="lưu thành kế hoạch của năm học này")
    imp.add_argument("--framework", metavar="KHUNG", help="khung tiêu chí (mặc định: đoán theo mẫu bảng và cấp học)")
    imp.add_argument("--dry-run", action="store_true", help="chỉ in những gì đọc được, không lưu")
    imp.set_defaults(handler=run_import)
    exp = actions.add_parser("export", help="xuất kế hoạch ra tệp Word để đồng nghiệp sửa")
    record = actions.add_parser("inspection", help="xuất biên bản kiểm tra kế hoạch ra tệp Word (mẫu trống khi chưa có)")
    record.add_argument("--id", type=int, metavar="N", help="số biên bản (mặc định: lần kiểm tra gần nhất)")
    excel = sub.add_parser("excel", help="xuất kế hoạch hoặc tổng hợp của Phòng ra tệp Excel (.xlsx)")
    kinds = excel.add_subparsers(dest="excel_command", metavar="export | district", required=True)
    xls = kinds.add_parser("export", help="các dòng kế hoạch và tiến độ, theo tiêu chuẩn, chỉ tiêu")
    for parser, suffix, handler in ((exp, "docx", run_export_docx), (record, "docx", run_inspection_docx),
                                    (xls, "xlsx", run_export_xlsx)):
        parser.add_argument("file", metavar="FILE.db")
        parser.add_argument("--year", metavar="2024-2025", help="năm học (mặc định: kế hoạch mới nhất)")
        parser.add_argument("-o", "--output", required=True, metavar=f"OUT.{suffix}")
        parser.set_defaults(handler=handler)
    xls.add_argument("--all", action="store_true", help="mọi kế hoạch trong tệp, mỗi năm học một trang tính")
    district = kinds.add_parser("district", help="mỗi trường một dòng, tiến độ theo tiêu chuẩn (tệp cơ quan quản lý)")
    district.add_argument("file", metavar="PHONG.db")
    district.add_argument("-o", "--output", required=True, metavar="OUT.xlsx")
    district.set_defaults(handler=run_district)


def put_in_place(render, output: str | os.PathLike, suffix: str) -> Path:
    """Build into memory, then write the file whole under its name: never half a file."""
    from kehoach_desktop.store.atomic_file import write_rendered
    return write_rendered(render, output, f"Ghi tệp «{Path(output).name}»", suffix)


def run_export_docx(args: argparse.Namespace) -> int:
    from kehoach_desktop.usecases.export_word import plan_to_word
    context, document = made_from_plan(args, lambda file, context: plan_to_word(context))
    path = document.write(args.output)
    print(shown(f"Đã xuất kế hoạch năm học {context.plan.school_year} ({len(context.plan.rows)} dòng) ra {path}"))
    return 0


def run_inspection_docx(args: argparse.Namespace) -> int:
    from kehoach_desktop.usecases.export_word import inspection_to_word
    _, document = made_from_plan(args, lambda file, context: inspection_to_word(file, context, inspection_id=args.id))
    path = document.write(args.output)
    record = document.details["record"]
    what = f"biên bản kiểm tra số {record.id}" if record else "mẫu biên bản kiểm tra (chưa có lần kiểm tra nào)"
    print(f"Đã xuất {what} ra {shown(path)}")
    return 0


def run_export_xlsx(args: argparse.Namespace) -> int:
    from kehoach_desktop.usecases.export_excel import plan_to_excel
    _, document = made_from_plan(args, lambda file, context: plan_to_excel(file, context, all_plans=args.all))
    path = document.write(args.output)
    what = ", ".join(f"năm học {p.school_year} ({len(p.rows)} dòng, {len(p.targets)} chỉ tiêu)"
                     for p in document.details["plans"])
    print(shown(f"Đã xuất kế hoạch {what} ra {path}"))
    return 0


def run_district(args: argparse.Namespace) -> int:
    from kehoach_desktop.reports.xlsx_district import district_workbook
    from kehoach_desktop.store.district import district_name, open_district
    from kehoach_desktop.store.district_progress import district_overview
    db = open_district(Path(args.file))
    try:
        schools = [s.to_dict() for s in district_overview(db)]
        name = district_name(db)
    finally:
        db.close()
    path = put_in_place(lambda out: district_workbook(schools, name).save(out), args.output, ".xlsx")
    print(f"Đã xuất tổng hợp {len(schools)} trường ra {shown(path)}")
    return 0


HINT = "Dùng --year để nhập thành năm học khác."


def run_import(args: argparse.Namespace) -> int:
    from kehoach_desktop.commands.office_preview import print_preview
    from kehoach_desktop.domain.errors import InputError
    from kehoach_desktop.usecases.import_word import YearTaken, clash, import_word
    try:
        done = import_word(args.docx, args.into, school_year=args.year, framework_id=args.framework,
                           dry_run=args.dry_run, preview=lambda imported: print_preview(imported.reading))
    except YearTaken as exc:
        raise InputError("{reason} Dùng --year để nhập thành năm học khác.", field="school_year", reason=exc) from exc
    plan, into = done.imported.reading.plan, Path(args.into)
    if not done.saved:
        taken = f" {clash(into, plan.school_year)} {HINT}" if done.imported.year_taken else ""
        print("\n" + shown(f"(--dry-run: chưa lưu gì.{taken})"))
        return 0
    print("\n" + shown(f"Đã lưu kế hoạch năm học {plan.school_year} ({len(plan.rows)} dòng) vào {into}."))
    return 0
