"""`kehoach district init|import|list|summary`: the district office's workspace."""
from __future__ import annotations

import argparse

from pathlib import Path

from kehoach_desktop.commands.text import shown, shown_json


def register(sub: argparse._SubParsersAction) -> None:
    district = sub.add_parser("district", help="tệp của Phòng GD&ĐT: nhập tệp các trường, xem tiến độ")
    actions = district.add_subparsers(dest="district_command", metavar="init|import|list|summary|history|extract|gui", required=True)
    init = actions.add_parser("init", help="tạo tệp Phòng GD&ĐT mới")
    init.add_argument("file", metavar="DISTRICT.db")
    init.add_argument("--name", required=True, help='tên Phòng, ví dụ "Phòng GD&ĐT Quận 3"')
    init.set_defaults(handler=run_init)

    imp = actions.add_parser("import", help="nhập các tệp trường gửi lên (mỗi tệp một báo cáo)")
    imp.add_argument("file", metavar="DISTRICT.db")
    imp.add_argument("schools", metavar="FILE", nargs="+", help="các tệp xuất của trường")
    imp.add_argument("--accept-rename", action="store_true",
                     help="chấp nhận tệp có mã trường đã biết nhưng tên trường khác (trường đổi tên)")
    imp.set_defaults(handler=run_import)

    for name, helptext in (("list", "xem tiến độ các trường cạnh nhau"),
                           ("summary", "bảng tổng hợp tiến độ (như bản in)")):
        listing = actions.add_parser(name, help=helptext)
        listing.add_argument("file", metavar="DISTRICT.db")
        listing.add_argument("--json", action="store_true", help="in dạng JSON")
        if name == "summary":
            listing.add_argument("--pdf", metavar="OUT.pdf", help="in bảng tổng hợp ra PDF (để ký, gửi)")
        listing.set_defaults(handler=run_list)


    history = actions.add_parser("history", help="lịch sử các lần nhập (mọi bản đã nhập đều được giữ)")
    history.add_argument("file", metavar="DISTRICT.db")
    history.add_argument("code", metavar="MÃ_TRƯỜNG", nargs="?", help="chỉ một trường")
    history.set_defaults(handler=run_history)

    extract = actions.add_parser("extract", help="lấy dữ liệu một trường ra tệp trường (để xem, in, lập biên bản)")
    extract.add_argument("file", metavar="DISTRICT.db")
    extract.add_argument("code", metavar="MÃ_TRƯỜNG")
    extract.add_argument("-o", "--output", required=True, metavar="OUT.db")
    extract.set_defaults(handler=run_extract)

    gui = actions.add_parser("gui", help="mở cửa sổ Phòng GD&ĐT")
    gui.add_argument("file", metavar="DISTRICT.db")
    gui.add_argument("--screenshot", metavar="OUT.png", help="chụp cửa sổ vào tệp PNG rồi thoát")
    gui.set_defaults(handler=run_gui)


def run_gui(args: argparse.Namespace) -> int:
    from kehoach_desktop.ui.app import run_district_app
    return run_district_app(args.file, args.screenshot)


def run_history(args: argparse.Namespace) -> int:
    from kehoach_desktop.store.district import open_district
    from kehoach_desktop.store.district_extract import import_history
    from kehoach_desktop.store.district_progress import local_time
    db = open_district(Path(args.file))
    try:
        entries = import_history(db, args.code)
    finally:
        db.close()
    if not entries:
        print("Chưa có lần nhập nào.")
    for e in entries:
        mark = "* " if e.current else "  "
        print(f"{mark}{shown(e.school_code):<10} {shown(e.school_name)[:34]:<34} xuất {local_time(e.exported_at)}  "
              f"nhập {local_time(e.imported_at)}  {shown(e.file_name)}")
    if entries:
        print("(* : bản đang dùng; các bản khác được giữ làm lịch sử)")
    return 0


def run_extract(args: argparse.Namespace) -> int:
    from kehoach_desktop.store.district import open_district
    from kehoach_desktop.store.district_extract import extract_school
    db = open_district(Path(args.file))
    try:
        out = extract_school(db, args.code, Path(args.output))
    finally:
        db.close()
    print(shown(f"Đã lấy dữ liệu trường mã {args.code} ra tệp {out} (có thể xem, in: kehoach print plan {out})."))
    return 0


def run_init(args: argparse.Namespace) -> int:
    from kehoach_desktop.store.district import create_district
    path = create_district(Path(args.file), args.name)
    print(f"Đã tạo tệp Phòng GD&ĐT: {shown(path)}")
    return 0


def run_import(args: argparse.Namespace) -> int:
    from kehoach_desktop.domain.errors import InputError
    from kehoach_desktop.store.backups import BEFORE_IMPORT, make_backup
    from kehoach_desktop.store.district import REFUSED, import_files, open_district
    db = open_district(Path(args.file))
    try:
        make_backup(Path(args.file), BEFORE_IMPORT)
        reports = import_files(db, args.schools, accept_rename=args.accept_rename,
                               on_progress=lambda n, r: print(("✗ " if r.outcome == REFUSED else "✓ ") + shown(r.message)))
    finally:
        db.close()
    refused = sum(r.outcome == REFUSED for r in reports)
    print(f"Tổng cộng {len(reports)} tệp: {len(reports) - refused} nhận, {refused} bị từ chối.")
    if refused:
        raise InputError("{refused} tệp bị từ chối; tệp Phòng không bị ảnh hưởng bởi các tệp đó.", field="file",
                         refused=refused)
    return 0


def run_list(args: argparse.Namespace) -> int:
    from kehoach_desktop.store.district import district_name, open_district
    from kehoach_desktop.store.district_progress import district_overview, local_time
    db = open_district(Path(args.file))
    try:
        name, schools = district_name(db), district_overview(db)
    finally:
        db.close()
    if getattr(args, "pdf", None):
        from kehoach_desktop.reports.district import print_district_summary
        print_district_summary(name, [s.to_dict() for s in schools], args.pdf)
        print(f"Đã in bảng tổng hợp {len(schools)} trường ra {shown(args.pdf)}")
        return 0
    if args.json:
        print(shown_json({"district": name, "schools": [s.to_dict() for s in schools]}))
        return 0
    print(f"{shown(name)}: {len(schools)} trường")
    if not schools:
        print("Chưa nhập tệp trường nào (kehoach district import).")
        return 0
    header = f"{'Mã':<10} {'Trường':<36} {'Năm học':<10} {'KH':>3} {'Dòng':>5} {'Xong':>5} {'%':>6} {'Trễ':>4}  Nhập lúc"
    print(header)
    print("-" * len(header))
    for s in schools:
        print(f"{shown(s.code):<10} {shown(s.name)[:36]:<36} {shown(s.school_year):<10} {s.plans:>3} {s.rows:>5} {s.done:>5} "
              f"{s.percent:>5.1f}% {s.late:>4}  {local_time(s.imported_at)}")
    return 0
