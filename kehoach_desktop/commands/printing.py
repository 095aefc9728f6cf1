"""`kehoach print plan|inspection|progress FILE.db -o OUT.pdf`: the signed paper, headless.

The window builds the same PDFs through the same use cases (usecases/print_document.py)
and shows them in ui.preview.PdfPreviewDialog.
"""
from __future__ import annotations

import argparse
import sys

from pathlib import Path

from kehoach_desktop.commands.plan_source import made_from_plan
from kehoach_desktop.commands.text import shown


def register(sub: argparse._SubParsersAction) -> None:
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


def _write(document, args) -> Path:
    return document.write(args.output, what=f"In ra tệp «{Path(args.output).name}»")


def run_plan(args: argparse.Namespace) -> int:
    from kehoach_desktop.usecases.print_document import plan_print
    context, document = made_from_plan(args, plan_print)
    path = _write(document, args)
    print(shown(f"Đã in kế hoạch năm học {context.plan.school_year} ({len(context.plan.rows)} dòng) ra {path}"))
    print(shown(document.details["stamp"].label))
    for warning in document.details["warnings"]:
        print(shown(f"Lưu ý: {warning.message}"), file=sys.stderr)
    return 0


def run_inspection(args: argparse.Namespace) -> int:
    from kehoach_desktop.usecases.print_document import inspection_print
    context, document = made_from_plan(args, lambda file, context: inspection_print(file, context, inspection_id=args.id))
    path = _write(document, args)
    record = document.details["record"]
    what = f"biên bản kiểm tra số {record.id}" if record else "mẫu biên bản kiểm tra (chưa có lần kiểm tra nào)"
    print(f"Đã in {what} ra {shown(path)}")
    return 0


def run_progress(args: argparse.Namespace) -> int:
    from kehoach_desktop.usecases.print_document import progress_print
    context, document = made_from_plan(args, lambda file, context: progress_print(file, context, args.as_of))
    path = _write(document, args)
    print(shown(f"Đã in báo cáo tiến độ (tính đến tháng {document.details['as_of']}) ra {path}"))
    return 0
