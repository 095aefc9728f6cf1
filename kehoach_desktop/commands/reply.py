"""`kehoach reply import|show`: the office's answer about a plan, brought back on a USB stick.

`reply import FILE.db PHAN-HOI.json` checks the reply (hostile until proven otherwise: bounded,
every field checked, this school's code, this plan's rows), backs the school file up and stores
the decision, the comments on rows and the inspection records; `--dry-run` checks only.
`reply show FILE.db [--year]` prints the latest decision and every comment by row.
"""
from __future__ import annotations

import argparse
from pathlib import Path

from kehoach_desktop.commands.text import shown


def register(sub: argparse._SubParsersAction) -> None:
    reply = sub.add_parser("reply", help="phản hồi của cơ quan quản lý về kế hoạch (duyệt/trả lại, ý kiến)")
    actions = reply.add_subparsers(dest="reply_action", required=True)
    take = actions.add_parser("import", help="nhập tệp phản hồi vào tệp trường")
    take.add_argument("file", metavar="FILE.db")
    take.add_argument("reply", metavar="PHAN-HOI.json")
    take.add_argument("--dry-run", action="store_true", help="chỉ kiểm tra, không ghi gì")
    take.add_argument("--accept-key", action="store_true",
                      help="xác nhận cơ quan quản lý đã đổi khóa ký (đã gọi điện đối chiếu mã khóa)")
    take.set_defaults(handler=run_import)
    show = actions.add_parser("show", help="xem phản hồi mới nhất và ý kiến theo từng dòng")
    show.add_argument("file", metavar="FILE.db")
    show.add_argument("--year", metavar="2026-2027", help="năm học (mặc định: kế hoạch mới nhất)")
    show.set_defaults(handler=run_show)


def run_import(args: argparse.Namespace) -> int:
    from kehoach_desktop.usecases.import_reply import import_reply
    done = import_reply(args.reply, args.file, dry_run=args.dry_run, accept_key=args.accept_key)
    reply = done.reply
    what = f"{reply.decision_label}" + (f" — lý do: {reply.reasons}" if reply.reasons else "")
    head = "Kiểm tra xong (chưa ghi gì)" if args.dry_run else "Đã nhập phản hồi"
    print(shown(f"{head}: {reply.office_name} về kế hoạch năm học {reply.school_year}: {what}"))
    print(f"  {len(reply.comments)} ý kiến theo dòng, {len(reply.inspections)} biên bản kiểm tra.")
    if reply.public_key:
        from kehoach_desktop.domain.signing import fingerprint
        print(f"  Có chữ ký của cơ quan (mã khóa {fingerprint(reply.public_key)}).")
    else:
        print("  Lưu ý: tệp phản hồi không có chữ ký của cơ quan.")
    if done.backup is not None:
        print(shown(f"  Bản sao trước khi nhập: {done.backup}"))
    return 0


def _day(iso: str) -> str:
    """«2026-12-01» as a principal writes it: «01/12/2026»."""
    from datetime import date
    try:
        return date.fromisoformat(iso).strftime("%d/%m/%Y")
    except ValueError:
        return shown(iso)


def run_show(args: argparse.Namespace) -> int:
    from kehoach_desktop.domain.office_reply import DECISIONS
    from kehoach_desktop.domain.parse import parse_school_year
    from kehoach_desktop.store import plans
    from kehoach_desktop.store.database import open_school_file
    from kehoach_desktop.store.replies import latest_reply, row_comments
    db = open_school_file(Path(args.file), read_only=True)
    try:
        plan = plans.find_plan(db, parse_school_year(args.year) if args.year else None)
        latest = latest_reply(db, plan.id)
        comments = row_comments(db, plan.id)
    finally:
        db.close()
    if latest is None:
        print(shown(f"Kế hoạch năm học {plan.school_year}: chưa có phản hồi của cơ quan quản lý."))
        return 0
    decided = f" ngày {_day(latest.decided_on)}" if latest.decided_on else ""
    print(shown(f"Kế hoạch năm học {plan.school_year}: {DECISIONS.get(latest.decision, latest.decision)}{decided} "
                f"— {latest.office}" + (f" ({latest.signer})" if latest.signer else "")))
    if latest.reasons:
        print(shown(f"  Lý do: {latest.reasons}"))
    for number, row in enumerate(plan.rows, 1):
        for comment in comments.get(row.id, []):
            label = f"tiêu chí {row.criterion_code}" if row.criterion_code else (row.content or row.tasks)[:40]
            print(shown(f"  Dòng {number} ({label}): {comment}"))
    return 0
