"""`kehoach office export OFFICE.db -o FOLDER_OR_FILE`: a commune office's consolidated file for the Sở.

One zip of the schools the office holds, each the school's export as the office last received it
(store.office_bundle_export); the Sở imports it with `kehoach office import` like school files.
"""
from __future__ import annotations

import argparse
from pathlib import Path

from kehoach_desktop.commands.text import shown


def register(actions: argparse._SubParsersAction) -> None:
    export = actions.add_parser("export", help="xuất tệp tổng hợp các trường gửi cấp trên (xã → Sở GD&ĐT)",
                                description="Một tệp .zip chứa tệp xuất của từng trường mà cơ quan đang giữ (bản "
                                            "nhập mới nhất), kèm danh sách; Sở GD&ĐT nhập bằng «kehoach office "
                                            "import» như tệp của trường.")
    export.add_argument("file", metavar="OFFICE.db")
    export.add_argument("-o", "--output", required=True, metavar="THƯ_MỤC|TỆP.zip",
                        help="thư mục (ví dụ ổ USB) hoặc tên tệp .zip cần ghi")
    export.set_defaults(handler=run_export)


def run_export(args: argparse.Namespace) -> int:
    from kehoach_desktop.store.district import open_district
    from kehoach_desktop.store.district_progress import local_time
    from kehoach_desktop.store.office_bundle_export import export_bundle
    db = open_district(Path(args.file))
    try:
        result = export_bundle(db, Path(args.output))
    finally:
        db.close()
    print(shown(f"Đã xuất tệp tổng hợp {result.schools} trường: {result.path} ({result.size / 1_000_000:.1f} MB, "
                f"lúc {local_time(result.exported_at)}); đã đọc lại và kiểm tra từng tệp trường."))
    return 0
