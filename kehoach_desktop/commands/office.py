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

import os
from pathlib import Path

from kehoach_desktop.commands.plan_source import open_plan


def register(sub) -> None:
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
    district = kinds.add_parser("district", help="mỗi trường một dòng, tiến độ theo tiêu chuẩn (tệp Phòng GD&ĐT)")
    district.add_argument("file", metavar="PHONG.db")
    district.add_argument("-o", "--output", required=True, metavar="OUT.xlsx")
    district.set_defaults(handler=run_district)


def put_in_place(render, output: str | os.PathLike, suffix: str) -> Path:
    """Build into memory, then write the file whole under its name: never half a file."""
    from kehoach_desktop.store.atomic_file import write_rendered
    return write_rendered(render, output, f"Ghi tệp «{Path(output).name}»", suffix)


def run_export_docx(args) -> int:
    from kehoach_desktop.reports.docx_plan import write_plan_docx
    db, plan, school, fw = open_plan(args)
    db.close()
    path = put_in_place(lambda out: write_plan_docx(plan, school, fw, out), args.output, ".docx")
    print(f"Đã xuất kế hoạch năm học {plan.school_year} ({len(plan.rows)} dòng) ra {path}")
    return 0


def run_inspection_docx(args) -> int:
    from kehoach_desktop.reports.docx_inspection import write_inspection_docx
    from kehoach_desktop.store import inspections
    db, plan, school, fw = open_plan(args)
    try:
        record = inspections.pick_for_plan(db, plan, args.id)
    finally:
        db.close()
    path = put_in_place(lambda out: write_inspection_docx(plan, school, fw, record, out), args.output, ".docx")
    what = f"biên bản kiểm tra số {record.id}" if record else "mẫu biên bản kiểm tra (chưa có lần kiểm tra nào)"
    print(f"Đã xuất {what} ra {path}")
    return 0


def run_export_xlsx(args) -> int:
    from kehoach_desktop.catalogs import framework
    from kehoach_desktop.reports.xlsx_plan import plans_workbook, row_progress
    from kehoach_desktop.store import plans
    from kehoach_desktop.store.progress import list_targets, plan_updates
    db, plan, school, fw = open_plan(args)
    try:
        chosen = [plans.get_plan(db, p.id) for p in plans.list_plans(db)] if args.all else [plan]
        entries = []
        for each in chosen:
            each.targets = list_targets(db, each.id)
            entries.append((each, fw if each.id == plan.id else framework(each.framework_id),
                            row_progress(plan_updates(db, each.id))))
    finally:
        db.close()
    path = put_in_place(lambda out: plans_workbook(entries, school).save(out), args.output, ".xlsx")
    what = ", ".join(f"năm học {p.school_year} ({len(p.rows)} dòng, {len(p.targets)} chỉ tiêu)" for p, _, _ in entries)
    print(f"Đã xuất kế hoạch {what} ra {path}")
    return 0


def run_district(args) -> int:
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
    print(f"Đã xuất tổng hợp {len(schools)} trường ra {path}")
    return 0


def run_import(args) -> int:
    from kehoach_desktop.commands.office_preview import print_preview
    from kehoach_desktop.domain.errors import InputError
    from kehoach_desktop.catalogs import installed_catalogs
    from kehoach_desktop.domain.docx_import import import_plan_docx
    into = Path(args.into)
    if Path(args.docx).suffix.lower() == ".db" and into.suffix.lower() == ".docx":
        raise InputError("Hãy ghi tệp Word trước, tệp trường sau: kehoach word import KE-HOACH.docx TRUONG.db",
                         field="file")
    existing_school, years = _existing(into)
    result = import_plan_docx(Path(args.docx), installed_catalogs(), framework_id=args.framework,
                              school_year=args.year, school_level=existing_school.level if existing_school else None)
    print_preview(result)
    taken = result.plan.school_year in years
    clash = (f"Tệp «{into.name}» đã có kế hoạch năm học {result.plan.school_year}; không ghi đè. "
             f"Dùng --year để nhập thành năm học khác.")
    if args.dry_run:
        print(f"\n(--dry-run: chưa lưu gì.{' ' + clash if taken else ''})")
        return 0
    if taken:
        raise InputError(clash, field="school_year")
    _save(into, result, existing_school)
    print(f"\nĐã lưu kế hoạch năm học {result.plan.school_year} ({len(result.plan.rows)} dòng) vào {into}.")
    return 0


def _existing(into: Path):
    """The school and the school years already in ``into`` (nothing when the file is new)."""
    from kehoach_desktop.store import plans
    from kehoach_desktop.store.database import open_school_file
    if not into.exists() or into.stat().st_size == 0:
        return None, set()
    db = open_school_file(into, read_only=True)
    try:
        return plans.get_school(db), {p.school_year for p in plans.list_plans(db)}
    finally:
        db.close()


def _save(into: Path, result, school) -> None:
    from kehoach_desktop.store import plans
    from kehoach_desktop.store.backups import BEFORE_IMPORT, make_backup
    from kehoach_desktop.store.database import open_school_file
    if into.exists() and into.stat().st_size:
        make_backup(into, BEFORE_IMPORT)
    db = open_school_file(into, create=True)
    try:
        with db.atomic():
            if school is None:
                plans.save_school(db, result.school)
            plans.save_plan(db, result.plan)
    finally:
        db.close()
