"""`kehoach plan issue|revisions FILE.db` and `kehoach verify FILE.db CODE`: issued plans and their codes.

`plan issue` freezes the plan as its next revision (ban hành) and prints the
code every printed page will carry; `verify` answers the question a reader of
the paper asks: which plan, which revision, and is it still the current one.
An unknown code exits 2 like every refusal.
"""
from __future__ import annotations

import argparse

from pathlib import Path

from kehoach_desktop.commands.text import shown


def register(sub: argparse._SubParsersAction) -> None:
    verify = sub.add_parser("verify", help="tra mã xác thực in ở chân trang kế hoạch")
    verify.add_argument("file", metavar="FILE.db")
    verify.add_argument("code", metavar="CODE", help="mã in ở chân trang (ví dụ KH-7CD2-00FE-B880-18B3), chữ của mã QR, hoặc mã cũ 10 ký tự")
    verify.set_defaults(handler=run_verify)


def register_plan_actions(actions: argparse._SubParsersAction) -> None:
    """`plan issue` and `plan revisions`, added to the `plan` group of commands/plan.py."""
    issue = actions.add_parser("issue", help="ban hành kế hoạch: khóa nội dung hiện tại thành lần ban hành mới")
    listing = actions.add_parser("revisions", help="liệt kê các lần ban hành của kế hoạch")
    for parser, handler in ((issue, run_issue), (listing, run_revisions)):
        parser.add_argument("file", metavar="FILE.db")
        parser.add_argument("--year", metavar="2024-2025", help="năm học (mặc định: kế hoạch mới nhất)")
        parser.set_defaults(handler=handler)


def _plan(db, year: str | None):
    from kehoach_desktop.domain.parse import parse_school_year
    from kehoach_desktop.store import plans
    return plans.find_plan(db, parse_school_year(year) if year else None)


def run_issue(args: argparse.Namespace) -> int:
    from kehoach_desktop.usecases.issue_plan import issue_plan
    from kehoach_desktop.usecases.school_file import SchoolFile
    with SchoolFile.open(args.file) as file:
        plan = _plan(file.db, args.year)
        revision = issue_plan(file, plan.id).revision
    print(f"Đã ban hành kế hoạch năm học {shown(plan.school_year)}: lần ban hành {revision.number}, "
          f"mã xác thực {revision.code}")
    return 0


def run_revisions(args: argparse.Namespace) -> int:
    from kehoach_desktop.store.database import open_school_file
    from kehoach_desktop.store.revisions import issue_state, list_revisions
    db = open_school_file(Path(args.file), read_only=True)
    try:
        plan = _plan(db, args.year)
        found = list_revisions(db, plan.id)
        state = issue_state(db, plan)
    finally:
        db.close()
    print(shown(f"Kế hoạch năm học {plan.school_year}: {state.describe()}"))
    for revision in found:
        rows = len(revision.snapshot.get("rows", []))
        print(f"  Lần {revision.number}: {revision.code}  ban hành lúc {_local(revision.issued_at)}  ({rows} dòng)")
    if not found:
        print("  (chưa có lần ban hành nào — lệnh: kehoach plan issue)")
    return 0


def run_verify(args: argparse.Namespace) -> int:
    from kehoach_desktop.domain.errors import InputError
    from kehoach_desktop.store.database import open_school_file
    from kehoach_desktop.store.revisions import find_fingerprint
    db = open_school_file(Path(args.file), read_only=True)
    try:
        match = find_fingerprint(db, args.code)
    finally:
        db.close()
    if match is None:
        raise InputError("Mã {code} không khớp với kế hoạch nào trong tệp «{file}»: bản in không phải của tệp "
                         "này, đã bị sửa, hoặc mã bị đọc nhầm.", field="code",
                         code=args.code.strip(), file=Path(args.file).name)
    year = match.school_year
    if match.revision is None:
        print(f"Mã {shown(args.code.strip().upper())}: nội dung hiện tại của kế hoạch năm học {year}, chưa ban hành "
              "(bản dự thảo).")
        return 0
    revision = match.revision
    print(f"Mã {revision.code}: kế hoạch năm học {year}, lần ban hành {revision.number} "
          f"(ban hành lúc {_local(revision.issued_at)}).")
    if match.current:
        print("Đây là bản hiện hành: nội dung trong tệp trùng với bản in.")
    elif revision.number < match.latest_number:
        print(f"KHÔNG phải bản hiện hành: kế hoạch đã được ban hành lại (lần {match.latest_number}).")
    else:
        print("KHÔNG phải bản hiện hành: kế hoạch đã được sửa sau lần ban hành này và chưa ban hành lại.")
    print(f"Dấu vân tay SHA-256 của nội dung: {revision.fingerprint}")
    return 0


def _local(iso: str) -> str:
    """An issue time as the school reads it: local time, day/month/year."""
    from datetime import datetime
    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%H:%M %d/%m/%Y")
    except ValueError:
        return iso
