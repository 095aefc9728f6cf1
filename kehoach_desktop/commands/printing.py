"""`kehoach print plan|inspection|progress FILE.db -o OUT.pdf`: the signed paper, headless.

The window builds the same PDFs with the same reports functions (reports.plan.print_plan,
reports.inspection.print_inspection, reports.progress.print_progress) and shows them in
ui.preview.PdfPreviewDialog.
"""
from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from kehoach_desktop.commands.plan_source import open_plan


def register(sub) -> None:
    printing = sub.add_parser("print", help="in kế hoạch, biên bản kiểm tra, báo cáo tiến độ ra tệp PDF")
    kinds = printing.add_subparsers(dest="print_command", metavar="plan | inspection | progress", required=True)
    plan = kinds.add_parser("plan", help="kế hoạch theo mẫu của khung tiêu chí (Thông tư 18/2018 hoặc 57/2026)")
    inspection = kinds.add_parser("inspection", help="biên bản kiểm tra kế hoạch (mẫu trống khi chưa có)")
    progress = kinds.add_parser("progress", aliases=["report"], help="báo cáo kết quả thực hiện kế hoạch")
    for parser, handler in ((plan, run_plan), (inspection, run_inspection), (progress, run_progress)):
        parser.add_argument("file", metavar="FILE.db")
        parser.add_argument("--year", metavar="2024-2025", help="năm học (mặc định: kế hoạch mới nhất)")
        parser.add_argument("-o", "--output", required=True, metavar="OUT.pdf", help="tệp PDF cần ghi")
        parser.set_defaults(handler=handler)
    inspection.add_argument("--id", type=int, metavar="N", help="số biên bản trong tệp (mặc định: lần kiểm tra gần nhất)")
    progress.add_argument("--as-of", metavar="2025-06", help="tính đến tháng (mặc định: tháng hiện tại, trong năm học)")


def write_pdf(render, output: str | os.PathLike) -> Path:
    """Build into memory, then put the file in place whole: a failed build never leaves half a PDF."""
    from kehoach_desktop.store.atomic_file import write_rendered
    return write_rendered(render, output, f"In ra tệp «{Path(output).name}»", ".pdf")


def run_plan(args) -> int:
    from kehoach_desktop.reports.plan import print_plan
    from kehoach_desktop.store.revisions import print_stamp
    db, plan, school, fw = open_plan(args)
    try:
        stamp = print_stamp(db, plan, school)   # the issued revision's code, or the draft mark
    finally:
        db.close()
    path = write_pdf(lambda out: print_plan(plan, school, fw, out, stamp), args.output)
    print(f"Đã in kế hoạch năm học {plan.school_year} ({len(plan.rows)} dòng) ra {path}")
    print(stamp.label)
    return 0


def run_inspection(args) -> int:
    from kehoach_desktop.reports.inspection import print_inspection
    from kehoach_desktop.store import inspections
    db, plan, school, fw = open_plan(args)
    try:
        record = inspections.pick_for_plan(db, plan, args.id)
    finally:
        db.close()
    path = write_pdf(lambda out: print_inspection(plan, school, fw, record, out), args.output)
    what = f"biên bản kiểm tra số {record.id}" if record else "mẫu biên bản kiểm tra (chưa có lần kiểm tra nào)"
    print(f"Đã in {what} ra {path}")
    return 0


def run_progress(args) -> int:
    from kehoach_desktop.domain.progress import as_month, default_as_of
    from kehoach_desktop.reports.progress import print_progress
    from kehoach_desktop.store.progress import plan_updates, list_targets
    db, plan, school, fw = open_plan(args)
    try:
        as_of = as_month(args.as_of) if args.as_of else default_as_of(plan.school_year, date.today())
        updates = plan_updates(db, plan.id)
        plan.targets = list_targets(db, plan.id)
    finally:
        db.close()
    path = write_pdf(lambda out: print_progress(plan, school, fw, updates, as_of, out), args.output)
    print(f"Đã in báo cáo tiến độ (tính đến tháng {as_of}) ra {path}")
    return 0
