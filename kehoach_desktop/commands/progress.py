"""`kehoach progress`: where the plan stands, recording updates, the monitoring table; `kehoach target`.

`kehoach progress FILE.db` prints the figures the dashboard shows; the words
`update`, `status` and `review` in place of the file name start those actions.
"""
from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from kehoach_desktop.commands.text import shown, shown_json

EPILOG = """Các thao tác khác:
  kehoach progress update FILE.db ROW_ID --date 15/01/2025 --percent 60 --note "..." --evidence "[H3-3.4-02]"
  kehoach progress status FILE.db ROW_ID --set tam_dung | --auto
  kehoach progress review FILE.db [--year 2026-2027] [--as-of 2027-05]   (bảng VI. Theo dõi và đánh giá)"""
STATUS_WORDS = {"chua_thuc_hien": "not_started", "dang_thuc_hien": "in_progress", "hoan_thanh": "done",
                "tam_dung": "paused"}


def _plan_options(parser: argparse.ArgumentParser, as_of: bool = True) -> None:
    parser.add_argument("--year", metavar="2024-2025", help="năm học (mặc định: kế hoạch mới nhất)")
    if as_of:
        parser.add_argument("--as-of", metavar="2025-06",
                            help="tính đến tháng (mặc định: tháng hiện tại, giới hạn trong năm học của kế hoạch)")


class _ActionsOrFile(dict):
    """What argparse checks the first word against: an action's name, or any file name."""

    def __contains__(self, name) -> bool:
        return isinstance(name, str) and not name.startswith("-")


class _ShowByDefault(argparse._SubParsersAction):
    """`kehoach progress FILE.db` means `kehoach progress show FILE.db`: a word that is no action is the file."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.choices = _ActionsOrFile()

    def __call__(self, parser, namespace, values, option_string=None):
        if values and values[0] not in self._name_parser_map:
            values = ["show", *values]
        super().__call__(parser, namespace, values, option_string)


def register(sub: argparse._SubParsersAction) -> None:
    progress = sub.add_parser("progress", help="tiến độ thực hiện kế hoạch, cập nhật tiến độ",
                              usage="kehoach progress FILE.db [--year 2024-2025] [--as-of 2025-06] [--json]",
                              epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    actions = progress.add_subparsers(dest="progress_command", metavar="FILE.db | update | status | review",
                                      action=_ShowByDefault, required=True)
    show = actions.add_parser("show", prog="kehoach progress", help="tiến độ chung, theo tiêu chuẩn, trễ hạn, kinh phí, chỉ tiêu")
    show.add_argument("file", metavar="FILE.db")
    _plan_options(show)
    show.add_argument("--json", action="store_true", help="in dạng JSON")
    show.set_defaults(handler=run_show)
    for action, text, handler in (("update", "ghi một lần cập nhật tiến độ của một dòng", run_update),
                                  ("status", "đặt trạng thái dòng bằng tay hoặc trả lại tự động", run_status),
                                  ("review", "ghi bảng VI. Theo dõi và đánh giá (Thông tư 57)", run_review)):
        parser = actions.add_parser(action, help=text, prog=f"kehoach progress {action}")
        _action_arguments(parser, action)
        parser.set_defaults(handler=handler)

    target = sub.add_parser("target", help="chỉ tiêu của kế hoạch: xem, đặt, nhập kết quả")
    actions = target.add_subparsers(dest="target_command", metavar="list|set|delete", required=True)
    show = actions.add_parser("list", help="các chỉ tiêu và kết quả đạt/chưa đạt")
    show.add_argument("file", metavar="FILE.db")
    _plan_options(show, as_of=False)
    show.add_argument("--json", action="store_true", help="in dạng JSON")
    show.set_defaults(handler=run_target_list)
    put = actions.add_parser("set", help="thêm chỉ tiêu hoặc sửa chỉ tiêu cùng tên")
    put.add_argument("file", metavar="FILE.db")
    _plan_options(put, as_of=False)
    put.add_argument("--name", required=True, help="tên chỉ tiêu")
    put.add_argument("--value", type=float, help="giá trị chỉ tiêu, ví dụ 95")
    put.add_argument("--unit", help="đơn vị: %%, học sinh, ...")
    put.add_argument("--comparison", help="≥ (>=), ≤ (<=) hoặc =")
    put.add_argument("--hk1", type=float, metavar="SỐ", help="kết quả Học kỳ I")
    put.add_argument("--ca-nam", type=float, metavar="SỐ", help="kết quả Cả năm")
    put.set_defaults(handler=run_target_set)
    drop = actions.add_parser("delete", help="xóa một chỉ tiêu")
    drop.add_argument("file", metavar="FILE.db")
    _plan_options(drop, as_of=False)
    drop.add_argument("--name", required=True)
    drop.set_defaults(handler=run_target_delete)


def _action_arguments(parser: argparse.ArgumentParser, action: str) -> None:
    parser.add_argument("file", metavar="FILE.db")
    if action == "update":
        parser.add_argument("row_id", type=int, metavar="ROW_ID", help="số hiệu dòng (xem `kehoach progress`)")
        parser.add_argument("--date", help="ngày cập nhật, ví dụ 15/01/2025 (mặc định: hôm nay)")
        parser.add_argument("--percent", type=int, required=True, help="phần trăm hoàn thành 0-100")
        parser.add_argument("--note", default="", help="nội dung đã thực hiện")
        parser.add_argument("--reporter", default="", help="người báo cáo")
        parser.add_argument("--evidence", action="append", default=[], metavar="MÃ",
                            help="mã minh chứng, ví dụ [H3-3.4-02] hoặc MC.1.1.01 (nhắc lại được)")
        parser.add_argument("--status", choices=sorted(STATUS_WORDS), help="trạng thái, nếu khác với phần trăm")
        parser.add_argument("--spent", help="kinh phí đã chi đến nay, ví dụ \"2,5 triệu\"")
    elif action == "status":
        parser.add_argument("row_id", type=int, metavar="ROW_ID")
        group = parser.add_mutually_exclusive_group(required=True)
        group.add_argument("--set", choices=sorted(STATUS_WORDS), help="đặt trạng thái bằng tay")
        group.add_argument("--auto", action="store_true", help="trạng thái lại theo lần cập nhật mới nhất")
        parser.add_argument("--percent", type=int, help="phần trăm đi kèm trạng thái đặt bằng tay")
    else:
        _plan_options(parser)


def _open(path: str, read_only: bool = False):
    from kehoach_desktop.store.database import open_school_file
    return open_school_file(Path(path), read_only=read_only)


def _plan(db, year: str | None):
    from kehoach_desktop.domain.parse import parse_school_year
    from kehoach_desktop.store.plans import find_plan, get_plan, list_plans
    if year:
        return find_plan(db, parse_school_year(year))
    found = list_plans(db)
    return get_plan(db, found[0].id, with_rows=False) if found else find_plan(db)


def run_show(args: argparse.Namespace) -> int:
    from kehoach_desktop.domain.progress import as_month, default_as_of, report_to_dict
    from kehoach_desktop.store.dashboard import load_report
    from kehoach_desktop.store.plans import get_school
    from kehoach_desktop.store.progress import plan_framework
    db = _open(args.file, read_only=True)
    try:
        plan = _plan(db, args.year)
        fw = plan_framework(db, plan.id)
        as_of = as_month(args.as_of) if args.as_of else default_as_of(plan.school_year, date.today())
        report = load_report(db, plan.id, fw, as_of)
        data = {"school_year": plan.school_year, "framework": plan.framework_id, **report_to_dict(report)}
        if args.json:
            print(shown_json(data))
        else:
            school = get_school(db)
            from kehoach_desktop.commands.progress_text import print_report
            print_report(report, school.name if school else "", plan)
    finally:
        db.close()
    return 0


def _refused(template: str, **values):
    from kehoach_desktop.domain.errors import InputError
    return InputError(template, **values)


def run_update(args: argparse.Namespace) -> int:
    from kehoach_desktop.domain.plan import STATUSES
    from kehoach_desktop.usecases.record_progress import progress_update, record_progress
    from kehoach_desktop.usecases.school_file import SchoolFile
    update = progress_update(args.percent, on_date=args.date, note=args.note, reporter=args.reporter,
                             evidence=args.evidence, status=STATUS_WORDS[args.status] if args.status else None,
                             spent=args.spent)
    with SchoolFile.open(args.file) as file:
        row = record_progress(file, args.row_id, update).row
    codes = f"; minh chứng {', '.join(update.evidence)}" if update.evidence else ""
    print(shown(f"Đã ghi cập nhật ngày {update.on_date:%d/%m/%Y} cho dòng {args.row_id}: {update.percent}%{codes}."))
    print(f"Trạng thái dòng: {STATUSES[row.status]}, {row.percent}%"
          + (" (đặt bằng tay, không đổi theo cập nhật)" if row.status_manual else ""))
    return 0


def run_status(args: argparse.Namespace) -> int:
    from kehoach_desktop.domain.plan import STATUSES
    from kehoach_desktop.store.plans import get_row
    from kehoach_desktop.store.progress import follow_updates_again, set_status
    db = _open(args.file)
    try:
        if args.auto:
            follow_updates_again(db, args.row_id)
        else:
            set_status(db, args.row_id, STATUS_WORDS[args.set], args.percent)
        row = get_row(db, args.row_id)
    finally:
        db.close()
    how = "đặt bằng tay" if row.status_manual else "theo lần cập nhật mới nhất"
    print(f"Dòng {args.row_id}: {STATUSES[row.status]}, {row.percent}% ({how}).")
    return 0


def run_review(args: argparse.Namespace) -> int:
    from kehoach_desktop.domain.plan import FORM_TT57
    from kehoach_desktop.domain.progress import as_month
    from kehoach_desktop.store.monitoring import fill_monitoring
    from kehoach_desktop.store.progress import plan_framework
    db = _open(args.file)
    try:
        plan = _plan(db, args.year)
        fw = plan_framework(db, plan.id)
        if fw.plan_form != FORM_TT57:
            raise _refused("Bảng theo dõi, đánh giá (mục VI) chỉ có ở kế hoạch theo Thông tư 57/2026 (Biểu 2); kế "
                           "hoạch năm học {school_year} theo {short_circular}.",
                           school_year=plan.school_year, short_circular=fw.short_circular())
        reviews = fill_monitoring(db, plan.id, fw, as_month(args.as_of or date.today()))
    finally:
        db.close()
    if not reviews:
        print("Chưa đến kỳ đánh giá nào (cuối học kỳ I: tháng 1, cuối năm học: tháng 5).")
    for review in reviews:
        print("\n".join(shown(line) for line in (f"{review.when}: {review.content}", f"  Kết quả: {review.result}",
                                                   f"  Điều chỉnh: {review.adjustment}",
                                                   f"  Người đánh giá: {review.assessor}")))
    return 0


def run_target_list(args: argparse.Namespace) -> int:
    from kehoach_desktop.domain.progress import target_results
    from kehoach_desktop.store.progress import list_targets
    db = _open(args.file, read_only=True)
    try:
        plan = _plan(db, args.year)
        targets = list_targets(db, plan.id)
    finally:
        db.close()
    results = [(t, target_results(t)) for t in targets]
    if args.json:
        print(shown_json([{"name": t.name, "unit": t.unit, "comparison": t.comparison, "value": t.value,
                           "results": [{"period": r.period, "actual": r.actual, "met": r.met} for r in rs]}
                          for t, rs in results]))
        return 0
    from kehoach_desktop.commands.progress_text import print_targets
    print_targets(results)
    return 0


def run_target_set(args: argparse.Namespace) -> int:
    from kehoach_desktop.domain.plan import Target
    from kehoach_desktop.domain.targets import find_target
    from kehoach_desktop.store.targets import list_targets, set_target
    db = _open(args.file)
    try:
        plan = _plan(db, args.year)
        current = find_target(list_targets(db, plan.id), args.name)
        if current is None and args.value is None:
            raise _refused("Chỉ tiêu «{name}» chưa có: cần --value để thêm mới.",
                           name=args.name)
        actuals = {p: v for p, v in (("Học kỳ I", args.hk1), ("Cả năm", args.ca_nam)) if v is not None}
        target = Target(
            name=args.name, value=args.value if args.value is not None else current.value,
            unit=args.unit if args.unit is not None else (current.unit if current else "%"),
            comparison=args.comparison or (current.comparison if current else ">="), actuals=actuals)
        set_target(db, plan.id, target)
    finally:
        db.close()
    print(f"Đã lưu chỉ tiêu «{shown(target.name)}».")
    return 0


def run_target_delete(args: argparse.Namespace) -> int:
    from kehoach_desktop.store.progress import delete_target
    db = _open(args.file)
    try:
        delete_target(db, _plan(db, args.year).id, args.name)
    finally:
        db.close()
    print(f"Đã xóa chỉ tiêu «{shown(args.name)}».")
    return 0
