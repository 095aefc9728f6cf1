"""`kehoach plan show`: a plan's rows as text or JSON (`plan new` is in plan_new.py)."""
from __future__ import annotations

import argparse

import textwrap
from pathlib import Path

from kehoach_desktop.commands.text import shown, shown_json


def register(sub: argparse._SubParsersAction) -> None:
    plan = sub.add_parser("plan", help="xem, tạo, ban hành kế hoạch trong tệp")
    actions = plan.add_subparsers(dest="plan_command", metavar="show | new | issue | revisions", required=True)
    show = actions.add_parser("show", help="in các dòng kế hoạch")
    show.add_argument("file", metavar="FILE.db")
    show.add_argument("--year", metavar="2024-2025", help="năm học (mặc định: kế hoạch mới nhất)")
    show.add_argument("--json", action="store_true", help="in dạng JSON")
    show.set_defaults(handler=run_show)
    from kehoach_desktop.commands import plan_new, revisions
    plan_new.register_plan_actions(actions)
    revisions.register_plan_actions(actions)


def run_show(args: argparse.Namespace) -> int:
    from kehoach_desktop.domain.parse import parse_school_year
    from kehoach_desktop.domain.serialize import plan_to_dict
    from kehoach_desktop.store import plans
    from kehoach_desktop.store.database import open_school_file
    db = open_school_file(Path(args.file), read_only=True)
    try:
        plan = plans.find_plan(db, parse_school_year(args.year) if args.year else None)
        if args.json:
            print(shown_json(plan_to_dict(plan)))
        else:
            print_plan(db, plan)
    finally:
        db.close()
    return 0


def _wrap(label: str, text: str) -> list[str]:
    if not text:
        return []
    return textwrap.wrap(shown(f"{label}: {text}"), width=100, subsequent_indent="      ") or []


def print_plan(db, plan) -> None:
    from kehoach_desktop.catalogs import framework
    from kehoach_desktop.domain.plan import FORM_TT57, STATUSES
    from kehoach_desktop.domain.row_order import criterion_of
    from kehoach_desktop.store import plans
    fw = framework(plan.framework_id)
    school = plans.get_school(db)
    print(shown(f"{school.name if school else ''} — Kế hoạch {plan.title.lower()} năm học {plan.school_year}"))
    print(shown(f"Số {plan.number or '…'}; khung: {fw.display_name()}; {len(plan.rows)} dòng"))
    current_standard = None
    for index, row in enumerate(plan.rows, 1):
        criterion = criterion_of(row.criterion_code, fw)
        if criterion and criterion.standard_no != current_standard:
            current_standard = criterion.standard_no
            print("\n" + shown(f"Tiêu chuẩn {current_standard}: {fw.standard(current_standard).title}"))
        if fw.plan_form == FORM_TT57:
            head = f"{index:>3}. {row.content}" + (f" (tiêu chí {row.criterion_code})" if row.criterion_code else "")
        else:
            title = criterion.title if criterion else ""
            levels = f" [Mức {row.current_level or '?'} → {row.target_level or '?'}]"
            head = f"{index:>3}. Tiêu chí {row.criterion_code}. {title}{levels}"
        print(shown(head))
        lines = (_wrap("    Kết quả cần đạt", row.expected_result) + _wrap("    Giải pháp", row.tasks)
                 + _wrap("    Chủ trì", row.lead) + _wrap("    Thời gian", row.timeframe.display())
                 + _wrap("    Kinh phí", row.budget.display())
                 + _wrap("    Tiến độ", f"{STATUSES.get(row.status, row.status)}, {row.percent}%"))
        print("\n".join(lines))
