"""`kehoach office remove|revert|undo`: a school out of the list, back on its previous import, undone.

Nothing is deleted (store.district_history): every import stays in `office history`, which also lists
these changes; `office undo` undoes the last one not yet undone (of one school with CODE).
"""
from __future__ import annotations

import argparse
from pathlib import Path

from kehoach_desktop.commands.text import shown


def register(actions: argparse._SubParsersAction) -> None:
    remove = actions.add_parser("remove", help="gỡ một trường khỏi danh sách (các lần nhập vẫn được giữ; có thể "
                                               "hoàn tác)")
    remove.add_argument("file", metavar="OFFICE.db")
    remove.add_argument("code", metavar="MÃ_TRƯỜNG")
    remove.set_defaults(handler=run_remove)
    revert = actions.add_parser("revert", help="dùng lại bản nhập trước của một trường (bản mới vẫn được giữ; có "
                                               "thể hoàn tác)")
    revert.add_argument("file", metavar="OFFICE.db")
    revert.add_argument("code", metavar="MÃ_TRƯỜNG")
    revert.set_defaults(handler=run_revert)
    undo = actions.add_parser("undo", help="hoàn tác lần gỡ trường hoặc trở lại bản nhập trước gần nhất")
    undo.add_argument("file", metavar="OFFICE.db")
    undo.add_argument("code", metavar="MÃ_TRƯỜNG", nargs="?", help="chỉ thao tác của trường này")
    undo.set_defaults(handler=run_undo)


def _imported(db, import_id: int | None) -> str:
    from kehoach_desktop.store.district_history import exported_at
    from kehoach_desktop.store.district_progress import local_time
    when = exported_at(db, import_id)
    return f"bản xuất lúc {local_time(when)}" if when else "—"


def run_remove(args: argparse.Namespace) -> int:
    from kehoach_desktop.store.district import open_district
    from kehoach_desktop.store.district_history import remove_school
    db = open_district(Path(args.file))
    try:
        change = remove_school(db, args.code)
    finally:
        db.close()
    print(shown(f"Đã gỡ {change.school_name} (mã {change.school_code}) khỏi danh sách; các lần nhập vẫn được giữ "
                f"(kehoach office history). Hoàn tác: kehoach office undo {args.file}"))
    return 0


def run_revert(args: argparse.Namespace) -> int:
    from kehoach_desktop.store.district import open_district
    from kehoach_desktop.store.district_history import revert_school
    db = open_district(Path(args.file))
    try:
        change = revert_school(db, args.code)
        before, after = _imported(db, change.before_import), _imported(db, change.after_import)
    finally:
        db.close()
    print(shown(f"{change.school_name} (mã {change.school_code}): đang dùng lại {after}; {before} vẫn được giữ "
                f"trong lịch sử. Hoàn tác: kehoach office undo {args.file}"))
    return 0


def run_undo(args: argparse.Namespace) -> int:
    from kehoach_desktop.store.district import open_district
    from kehoach_desktop.store.district_history import REMOVE, undo_last
    db = open_district(Path(args.file))
    try:
        change = undo_last(db, args.code)
        before = _imported(db, change.before_import)
    finally:
        db.close()
    if change.action == REMOVE:
        print(shown(f"Đã hoàn tác: {change.school_name} (mã {change.school_code}) trở lại danh sách ({before})."))
    else:
        print(shown(f"Đã hoàn tác: {change.school_name} (mã {change.school_code}) dùng lại {before}."))
    return 0


def print_changes(db, code: str | None) -> None:
    """`office history`: the removes and reverts after the imports, newest first."""
    from kehoach_desktop.store.district_history import REMOVE, changes
    from kehoach_desktop.store.district_progress import local_time
    done = changes(db, code)
    if not done:
        return
    print("Thao tác trên danh sách:")
    for change in done:
        ended = "đã hoàn tác hoặc nhập lại" if change.action == REMOVE else "đã hoàn tác"
        undone = f" ({ended} lúc {local_time(change.undone_at)})" if change.undone_at else ""
        print(shown(f"  {local_time(change.made_at)}  {change.school_code:<10} {change.school_name[:34]:<34} "
                    f"{change.label}{undone}"))
