"""`kehoach demo`, `kehoach check` and `kehoach gui`."""
from __future__ import annotations

import argparse
import re
from pathlib import Path

from kehoach_desktop.commands.text import shown, shown_json
from kehoach_desktop.domain.errors import InputError


def register(sub: argparse._SubParsersAction) -> None:
    demo = sub.add_parser("demo", help="tạo tệp trường mẫu (dữ liệu giả định)")
    demo.add_argument("out", metavar="OUT.db", help="tệp cần tạo (không ghi đè tệp đã có)")
    demo.set_defaults(handler=run_demo)

    check = sub.add_parser("check", help="kiểm tra một tệp dữ liệu trường")
    check.add_argument("file", metavar="FILE.db")
    check.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    check.set_defaults(handler=run_check)

    gui = sub.add_parser("gui", help="mở cửa sổ chương trình")
    gui.add_argument("file", nargs="?", metavar="FILE.db")
    gui.add_argument("--demo", action="store_true", help="mở trường mẫu")
    gui.add_argument("--lang", choices=["vi", "en"], help="ngôn ngữ giao diện (mặc định: theo cài đặt, tiếng Việt)")
    gui.add_argument("--screenshot", metavar="OUT.png", help="lưu ảnh cửa sổ rồi thoát")
    gui.add_argument("--size", metavar="RỘNGxCAO", default="1366x768", type=_window_size,
                     help="cỡ cửa sổ khi chụp ảnh (mặc định 1366x768; với QT_SCALE_FACTOR=1.25 là 1093x614)")
    gui.set_defaults(handler=run_gui)


def _window_size(text: str) -> tuple[int, int]:
    import argparse
    found = re.fullmatch(r"\s*(\d{3,4})\s*[xX×]\s*(\d{3,4})\s*", text)
    if not found:
        raise argparse.ArgumentTypeError(f"cỡ cửa sổ «{text}» không hợp lệ; ví dụ 1024x768")
    return int(found.group(1)), int(found.group(2))


def run_demo(args: argparse.Namespace) -> int:
    from kehoach_desktop.store.demo import write_demo
    path = write_demo(args.out)
    print(f"Đã tạo tệp trường mẫu: {shown(path)}")
    return 0


def file_report(path: Path) -> dict:
    """What `check` reports: integrity, schema version, school, plans and their row counts."""
    from kehoach_desktop.store import plans
    from kehoach_desktop.store.database import integrity, open_school_file, schema_version
    db = open_school_file(path, read_only=True)
    try:
        school = plans.get_school(db)
        copies = plans.copy_numbers(db)
        return {
            "file": str(path),
            "integrity": integrity(db),
            "schema_version": schema_version(db),
            "school": {"name": school.name, "code": school.code, "level": school.level} if school else None,
            "plans": [
                {"school_year": p.school_year, "framework": p.framework_id, "circular": _circular(p.framework_id),
                 "number": p.number,
                 "rows": len(plans.list_rows(db, p.id)), "copy_number": copies[p.id],
                 "revisions_readable": _revisions_readable(db, p.id)}
                for p in plans.list_plans(db)
            ],
        }
    finally:
        db.close()


def _revisions_readable(db, plan_id) -> bool:
    """Whether every issued revision of the plan can be read back (a damaged one is reported)."""
    from kehoach_desktop.domain.errors import InputError
    from kehoach_desktop.store.revisions import list_revisions
    try:
        list_revisions(db, plan_id)
    except InputError:
        return False
    return True


def _circular(framework_id: str) -> str:
    """The circular a plan follows ("57/2026/TT-BGDĐT"), or "" when its catalog is not installed."""
    from kehoach_desktop.catalogs import load_installed
    found = load_installed(only=framework_id)[0].get(framework_id)
    return found.circular if found else ""


def run_check(args: argparse.Namespace) -> int:
    report = file_report(Path(args.file))
    if args.json:
        print(shown_json(report))
    else:
        school = report["school"]
        print(f"Tệp: {shown(report['file'])}")
        print(f"Toàn vẹn dữ liệu: {'tốt' if report['integrity'] == 'ok' else shown(report['integrity'])}")
        print(f"Phiên bản lược đồ: {report['schema_version']}")
        print(f"Trường: {shown(school['name'])} (mã {shown(school['code'])})" if school else "Trường: chưa nhập thông tin")
        for p in report["plans"]:
            copy = f" — BẢN SAO {p['copy_number']}" if p["copy_number"] else ""
            follows = f"Thông tư {p['circular']}, " if p["circular"] else ""
            print(f"  Kế hoạch năm học {shown(p['school_year'])} ({shown(follows)}{shown(p['framework'])}): "
                  f"{p['rows']} dòng{copy}")
            if not p["revisions_readable"]:
                print("    Lưu ý: có lần ban hành bị hỏng, không đọc được; hãy khôi phục từ bản sao lưu "
                      "(kehoach backup list).")
        if any(p["copy_number"] for p in report["plans"]):
            print("Lưu ý: tệp có bản sao của kế hoạch cùng năm học (giữ lại khi nâng cấp tệp cũ để không mất "
                  "dòng nào). Mỗi năm học chỉ nên có một kế hoạch: hãy đổi năm học của bản sao trong «Thông tin "
                  "kế hoạch…» hoặc chép nội dung cần giữ sang kế hoạch chính.")
    if report["integrity"] != "ok":
        raise InputError("Tệp dữ liệu không toàn vẹn.", field="file")
    if report["school"] is None:
        raise InputError("Tệp chưa có thông tin trường.", field="school")
    return 0


def run_gui(args: argparse.Namespace) -> int:
    try:
        from kehoach_desktop.ui.app import run_app
    except ImportError as exc:     # Qt or a system library it needs is missing: say so, no traceback
        raise InputError("Không mở được cửa sổ chương trình: thiếu thư viện giao diện ({name}). "
                         "Hãy cài lại chương trình (hoặc chạy make run).", field="gui",
                         name=exc.name or str(exc)) from exc
    return run_app(args.file, demo=args.demo, lang=args.lang, screenshot=args.screenshot, size=args.size)
