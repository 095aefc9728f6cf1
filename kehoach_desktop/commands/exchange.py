"""`kehoach export` (the file for the school's managing office) and `kehoach backup list|restore`."""
from __future__ import annotations

import argparse

from pathlib import Path

from kehoach_desktop.commands.text import shown


def register(sub: argparse._SubParsersAction) -> None:
    export = sub.add_parser("export", help="xuất tệp gửi cơ quan quản lý nhận kế hoạch của trường (ví dụ vào ổ USB)")
    export.add_argument("file", metavar="FILE.db", help="tệp dữ liệu của trường")
    export.add_argument("folder", metavar="THƯ_MỤC", help="nơi lưu tệp xuất, ví dụ ổ USB")
    export.set_defaults(handler=run_export)

    backup = sub.add_parser("backup", help="xem và khôi phục các bản sao lưu tự động")
    actions = backup.add_subparsers(dest="backup_command", metavar="list|restore", required=True)
    listing = actions.add_parser("list", help="liệt kê các bản sao lưu của một tệp")
    listing.add_argument("file", metavar="FILE.db")
    listing.set_defaults(handler=run_list)
    restore = actions.add_parser("restore", help="khôi phục một bản sao lưu (tệp hiện tại được sao lưu trước)")
    restore.add_argument("file", metavar="FILE.db")
    restore.add_argument("number", metavar="N", nargs="?", type=int, default=1,
                         help="số thứ tự trong danh sách (mặc định 1: bản mới nhất)")
    restore.set_defaults(handler=run_restore)


def run_export(args: argparse.Namespace) -> int:
    from kehoach_desktop.usecases.office_export import export_for_office
    result = export_for_office(Path(args.file), Path(args.folder)).result
    # Since 01/7/2025 the school's own office ("Phòng Văn hóa - Xã hội xã …", "Sở GD&ĐT …").
    print(f"Đã xuất tệp gửi {shown(_receiving_office(Path(args.file)) or 'cơ quan quản lý')}: {shown(result.path)}")
    print(f"  Trường: {shown(result.school_name)} (mã {shown(result.school_code)}); {result.size / 1024:.0f} KB; "
          "đã đọc lại và kiểm tra.")
    return 0


def _receiving_office(school_file: Path) -> str:
    from kehoach_desktop.store import plans
    from kehoach_desktop.store.database import open_school_file
    db = open_school_file(school_file, read_only=True)
    try:
        school = plans.get_school(db)
    finally:
        db.close()
    return school.receiving_office if school is not None else ""


def run_list(args: argparse.Namespace) -> int:
    from kehoach_desktop.store.backups import backup_folder, list_backups
    backups = list_backups(Path(args.file))
    if not backups:
        print(f"Chưa có bản sao lưu nào của «{shown(Path(args.file).name)}».")
        return 0
    print(shown(f"Bản sao lưu của «{Path(args.file).name}» (trong {backup_folder(Path(args.file))}):"))
    for number, backup in enumerate(backups, 1):
        print(f"  {number:>2}. {shown(backup.label)}  ({backup.path.stat().st_size / 1024:.0f} KB)")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from kehoach_desktop.store.backups import list_backups, restore_backup
    path = Path(args.file)
    chosen = list_backups(path)[args.number - 1] if 1 <= args.number <= len(list_backups(path)) else None
    restore_backup(path, args.number)
    if chosen:
        print(shown(f"Đã khôi phục «{path.name}» từ bản sao lưu {chosen.label}."))
    print("Tệp trước khi khôi phục cũng đã được sao lưu (kehoach backup list).")
    return 0
