"""`kehoach print plan|inspection|progress|assessment|evidence|council FILE.db -o OUT.pdf`: the paper, headless.

The window builds the same PDFs through the same use cases (usecases/print_document.py,
usecases/assessment_documents.py) and shows them in ui.preview.PdfPreviewDialog. The
self-assessment report goes to Word too: `kehoach print assessment --word -o BAOCAO.docx`
(or just an output ending in .docx), through usecases/assessment_word.py as the window's export.
"""
from __future__ import annotations

import argparse
import sys

from pathlib import Path

from kehoach_desktop.commands.plan_source import made_from_plan
from kehoach_desktop.commands.text import shown


def register(sub: argparse._SubParsersAction) -> None:
    printing = sub.add_parser("print", help="in kế hoạch, biên bản kiểm tra, báo cáo tiến độ, báo cáo tự đánh giá, "
                                            "danh mục minh chứng, giấy tờ hội đồng ra tệp PDF")
    kinds = printing.add_subparsers(dest="print_command",
                                    metavar="plan | inspection | progress | assessment | evidence | council",
                                    required=True)
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
    _register_assessment(kinds)


def _register_assessment(kinds) -> None:
    report = kinds.add_parser("assessment", help="báo cáo tự đánh giá (Biểu 1), ra PDF hoặc Word (--word)")
    evidence = kinds.add_parser("evidence", help="danh mục minh chứng của năm học")
    council = kinds.add_parser("council", help="danh sách và bảng phân công Hội đồng tự đánh giá")
    for parser, handler in ((report, run_assessment), (evidence, run_evidence), (council, run_council)):
        parser.add_argument("file", metavar="FILE.db")
        parser.add_argument("--year", metavar="2025-2026", help="năm học (mặc định: báo cáo tự đánh giá mới nhất)")
        parser.add_argument("-o", "--output", required=True, metavar="OUT.pdf", help="tệp cần ghi")
        parser.set_defaults(handler=handler)
    report.add_argument("--word", action="store_true", help="xuất ra tệp Word (.docx) để sửa tiếp")


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


def _from_assessment(args, make):
    """(context, what ``make(file, context)`` returns) for the report named by ``args``; the file is closed
    before the document is built."""
    from kehoach_desktop.commands.assess import opened_context
    file, context = opened_context(args.file, args.year)
    try:
        return context, make(file, context)
    finally:
        file.close()


def _warn(document) -> None:
    warnings = document.details.get("warnings") or []
    if warnings:
        print(shown(f"Lưu ý: danh mục minh chứng có {len(warnings)} cảnh báo (kehoach evidence check)."),
              file=sys.stderr)


def run_assessment(args: argparse.Namespace) -> int:
    if args.word or Path(args.output).suffix.casefold() == ".docx":
        from kehoach_desktop.usecases.assessment_word import assessment_word
        context, document = _from_assessment(args, assessment_word)
        path = document.write(args.output, what=f"Xuất ra tệp «{Path(args.output).name}»")
        print(shown(f"Đã xuất báo cáo tự đánh giá năm học {context.assessment.school_year} ra {path} "
                    "(mở bằng Word; mục lục cập nhật khi mở tệp)"))
        return 0
    from kehoach_desktop.usecases.assessment_documents import assessment_print
    context, document = _from_assessment(args, assessment_print)
    path = _write(document, args)
    level = f"; mức đạt: Mức {context.verdict.level}" if context.verdict and context.verdict.level else ""
    print(shown(f"Đã in báo cáo tự đánh giá năm học {context.assessment.school_year} "
                f"({len(context.items)} minh chứng{level}) ra {path}"))
    _warn(document)
    return 0


def run_evidence(args: argparse.Namespace) -> int:
    from kehoach_desktop.usecases import assessment_documents
    context, document = _from_assessment(args, assessment_documents.evidence_print)
    _said(f"danh mục minh chứng năm học {context.assessment.school_year} ({len(context.items)} minh chứng)",
          _write(document, args))
    _warn(document)
    return 0


def run_council(args: argparse.Namespace) -> int:
    from kehoach_desktop.usecases import assessment_documents
    context, document = _from_assessment(args, assessment_documents.council_print)
    _said(f"danh sách và bảng phân công Hội đồng tự đánh giá năm học {context.assessment.school_year} "
          f"({len(context.assessment.council.members)} thành viên)", _write(document, args))
    return 0


def _said(what: str, path: Path) -> None:
    print(shown(f"Đã in {what} ra {path}"))
