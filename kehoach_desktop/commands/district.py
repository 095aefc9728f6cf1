"""`kehoach office init|set|show|import|export|list|summary|history|remove|revert|undo|extract|reply|inspect|gui`: the managing office's workspace.

The office is the commune's Phòng Văn hóa - Xã hội, the Sở GD&ĐT or, for files made before
01/7/2025, a Phòng GD&ĐT (domain.office). `kehoach district …` is the same commands under their
old name, so scripts written for the Phòng GD&ĐT keep working.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kehoach_desktop.commands import office_history, office_inspect
from kehoach_desktop.commands import office_export
from kehoach_desktop.commands.text import shown, shown_json

ACTIONS = "init|set|show|import|export|list|summary|history|remove|revert|undo|extract|reply|inspect|gui"


def register(sub: argparse._SubParsersAction) -> None:
    _register(sub, "office", "tệp của cơ quan quản lý (Phòng Văn hóa - Xã hội, Sở GD&ĐT): nhập tệp các trường, "
                             "xem tiến độ, in tổng hợp")
    _register(sub, "district", "tên cũ của «kehoach office» (tệp Phòng GD&ĐT trước 01/7/2025 vẫn dùng được)")


def _identity_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--kind", metavar="xa|so", help="loại cơ quan: xa (UBND xã/phường/đặc khu — Phòng Văn hóa - "
                                                        "Xã hội), so (Sở GD&ĐT)")
    parser.add_argument("--commune", metavar="…", help='xã/phường/đặc khu, ví dụ "xã Vĩnh Hải"')
    parser.add_argument("--province", metavar="…", help='tỉnh/thành phố, ví dụ "thành phố Hải Phòng"')
    parser.add_argument("--signer", metavar="HỌ_TÊN", help="họ tên người ký báo cáo")
    parser.add_argument("--signer-title", metavar="…", help='chức vụ người ký, ví dụ "TRƯỞNG PHÒNG", '
                                                            '"KT. GIÁM ĐỐC\\nPHÓ GIÁM ĐỐC"')
    parser.add_argument("--name", metavar="…", help="tên cơ quan trong câu văn (mặc định: theo loại và địa bàn)")


def _register(sub: argparse._SubParsersAction, command: str, helptext: str) -> None:
    office = sub.add_parser(command, help=helptext)
    actions = office.add_subparsers(dest="office_command", metavar=ACTIONS, required=True)
    init = actions.add_parser("init", help="tạo tệp cơ quan mới: loại cơ quan, địa bàn, người ký",
                              description="Không ghi --kind thì chương trình hỏi. Chỉ ghi --name (như lệnh cũ "
                                          "«district init») là tạo tệp Phòng GD&ĐT như trước 01/7/2025.")
    init.add_argument("file", metavar="OFFICE.db")
    _identity_options(init)
    init.set_defaults(handler=run_init)

    put = actions.add_parser("set", help="sửa thông tin cơ quan (bản cũ được giữ cho văn bản đã lập trước đó)")
    put.add_argument("file", metavar="OFFICE.db")
    _identity_options(put)
    put.add_argument("--governing-body", metavar="…", help='dòng cơ quan chủ quản, ví dụ "UBND XÃ VĨNH HẢI"')
    put.add_argument("--office-line", metavar="…", help='dòng tên cơ quan, ví dụ "PHÒNG VĂN HÓA - XÃ HỘI"')
    put.add_argument("--place", metavar="…", help='địa danh ở dòng ngày tháng, ví dụ "Vĩnh Hải"')
    put.add_argument("--symbol", metavar="…", help='ký hiệu báo cáo sau "Số: …/", ví dụ "BC-VHXH"')
    put.add_argument("--recipient", action="append", metavar="…", help="một dòng Nơi nhận (ghi nhiều lần)")
    put.add_argument("--since", metavar="dd/mm/yyyy", help="áp dụng từ ngày (mặc định: hôm nay)")
    put.set_defaults(handler=run_set)

    reply = actions.add_parser("reply", help="ghi tệp phản hồi cho trường: duyệt/trả lại, ý kiến theo dòng")
    reply.add_argument("file", metavar="OFFICE.db")
    reply.add_argument("--school", required=True, metavar="MÃ", help="mã trường")
    reply.add_argument("--year", required=True, metavar="2026-2027", help="năm học của kế hoạch")
    reply.add_argument("--decision", required=True, choices=("approved", "returned"),
                       help="approved: duyệt; returned: trả lại (cần --reasons)")
    reply.add_argument("--reasons", default="", metavar="…", help="lý do trả lại")
    reply.add_argument("--comment", action="append", default=[], metavar="SỐ:Ý KIẾN",
                       help='ý kiến cho dòng số SỐ của kế hoạch, ví dụ "2:Ghi rõ cách đo" (ghi nhiều lần)')
    reply.add_argument("-o", "--output", required=True, metavar="PHAN-HOI.json", help="tệp phản hồi cần ghi")
    reply.set_defaults(handler=run_reply)

    show = actions.add_parser("show", help="thông tin cơ quan và các lần thay đổi")
    show.add_argument("file", metavar="OFFICE.db")
    show.add_argument("--json", action="store_true", help="in dạng JSON")
    show.set_defaults(handler=run_show)

    imp = actions.add_parser("import", help="nhập các tệp trường gửi lên và tệp tổng hợp của xã (mỗi tệp trường "
                                            "một báo cáo)")
    imp.add_argument("file", metavar="OFFICE.db")
    imp.add_argument("schools", metavar="FILE", nargs="+",
                     help="các tệp xuất của trường (.db) hoặc tệp tổng hợp của xã/phường (.zip)")
    imp.add_argument("--accept-rename", action="append", default=[], metavar="MÃ_TRƯỜNG",
                     help="xác nhận trường mã này đã đổi tên (tệp ghi tên khác tên đã biết)")
    imp.add_argument("--accept-key", action="append", default=[], metavar="MÃ_TRƯỜNG",
                     help="xác nhận trường mã này (hoặc cơ quan gửi tệp tổng hợp) đã đổi khóa ký tệp, ví dụ khi "
                          "cài lại máy; hãy gọi điện đối chiếu mã khóa trước")
    imp.add_argument("--accept-future", action="append", default=[], metavar="MÃ_TRƯỜNG",
                     help="nhận tệp của trường mã này dù thời điểm xuất ở tương lai quá một ngày")
    imp.add_argument("--accept-code", action="append", default=[], metavar="MÃ_TRƯỜNG",
                     help="xác nhận mã trường này là trường mới dù trông giống mã một trường đã có")
    imp.set_defaults(handler=run_import)
    office_export.register(actions)

    for name, text in (("list", "xem tiến độ các trường cạnh nhau"), ("summary", "bảng tổng hợp tiến độ (như bản in)")):
        listing = actions.add_parser(name, help=text)
        listing.add_argument("file", metavar="OFFICE.db")
        listing.add_argument("--year", metavar="2026-2027", help="năm học (mặc định: năm học hiện tại)")
        listing.add_argument("--json", action="store_true", help="in dạng JSON")
        if name == "summary":
            listing.add_argument("--pdf", metavar="OUT.pdf", help="in bảng tổng hợp ra PDF (để ký, gửi)")
            listing.add_argument("--date", metavar="dd/mm/yyyy", help="ngày của báo cáo (mặc định: hôm nay)")
            listing.add_argument("--number", metavar="12", help='số báo cáo: "12" in «Số: 12/BC-…» (mặc định: để trống)')
            listing.add_argument("--recipient", action="append", metavar="…",
                                 help="một dòng Nơi nhận thay cho nơi nhận của cơ quan (ghi nhiều lần)")
            listing.add_argument("--signer", metavar="HỌ_TÊN", help="người ký báo cáo này")
            listing.add_argument("--signer-title", metavar="…", help="chức vụ người ký báo cáo này")
        listing.set_defaults(handler=run_list)

    history = actions.add_parser("history", help="lịch sử các lần nhập (mọi bản đã nhập đều được giữ)")
    history.add_argument("file", metavar="OFFICE.db")
    history.add_argument("code", metavar="MÃ_TRƯỜNG", nargs="?", help="chỉ một trường")
    history.set_defaults(handler=run_history)
    office_history.register(actions)

    extract = actions.add_parser("extract", help="lấy dữ liệu một trường ra tệp trường (để xem, in, lập biên bản)")
    extract.add_argument("file", metavar="OFFICE.db")
    extract.add_argument("code", metavar="MÃ_TRƯỜNG")
    extract.add_argument("-o", "--output", required=True, metavar="OUT.db")
    extract.set_defaults(handler=run_extract)

    gui = actions.add_parser("gui", help="mở cửa sổ cơ quan quản lý")
    gui.add_argument("file", metavar="OFFICE.db")
    gui.add_argument("--screenshot", metavar="OUT.png", help="chụp cửa sổ vào tệp PNG rồi thoát")
    gui.set_defaults(handler=run_gui)
    office_inspect.register(actions)


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
        if not entries:
            print("Chưa có lần nhập nào.")
        for e in entries:
            mark = "* " if e.current else "  "
            came = f"  qua {shown(e.through)}" if e.through else ""
            print(f"{mark}{shown(e.school_code):<10} {shown(e.school_name)[:34]:<34} xuất {local_time(e.exported_at)}  "
                  f"nhập {local_time(e.imported_at)}  {shown(e.file_name)}{came}")
        if entries:
            print("(* : bản đang dùng; các bản khác được giữ làm lịch sử)")
        office_history.print_changes(db, args.code)
    finally:
        db.close()
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
    from kehoach_desktop.commands.district_identity import asked_identity, identity_lines
    from kehoach_desktop.store.district import create_district, create_office, open_district
    from kehoach_desktop.store.district_office import identity_at
    if args.name and not any((args.kind, args.commune, args.province, args.signer, args.signer_title)):
        path = create_district(Path(args.file), args.name)    # the old `district init --name`
    else:
        path = create_office(Path(args.file), asked_identity(args, ask=sys.stdin.isatty()))
    db = open_district(path)
    try:
        identity = identity_at(db)
    finally:
        db.close()
    print(shown(f"Đã tạo tệp cơ quan quản lý: {path}"))
    for line in identity_lines(identity):
        print(line)
    return 0


def run_set(args: argparse.Namespace) -> int:
    from kehoach_desktop.commands.district_identity import changed_identity, identity_lines
    from kehoach_desktop.store.district import open_district
    from kehoach_desktop.store.district_office import identity_at, record_identity
    db = open_district(Path(args.file))
    try:
        identity, since = changed_identity(identity_at(db), args)
        identity = record_identity(db, identity, since)
    finally:
        db.close()
    print(shown(f"Đã lưu thông tin cơ quan, áp dụng từ ngày {since.strftime('%d/%m/%Y')} "
                "(văn bản ngày trước đó giữ thông tin cũ):"))
    for line in identity_lines(identity):
        print(line)
    return 0


def run_show(args: argparse.Namespace) -> int:
    from dataclasses import asdict
    from kehoach_desktop.commands.district_identity import identity_lines
    from kehoach_desktop.store.district import open_district
    from kehoach_desktop.store.district_office import identity_history
    db = open_district(Path(args.file))
    try:
        history = identity_history(db)
    finally:
        db.close()
    if args.json:
        print(shown_json([asdict(i) for i in history]))
        return 0
    from datetime import date
    from kehoach_desktop.domain.office import identity_on
    today = identity_on(history, date.today())
    for number, identity in enumerate(history, 1):
        if len(history) > 1:
            since = (f"Từ ngày {date.fromisoformat(identity.since).strftime('%d/%m/%Y')}" if identity.since
                     else "Từ khi lập tệp")
            print(shown(f"{number}. {since}{' (đang dùng)' if identity is today else ''}:"))
        for line in identity_lines(identity):
            print(line)
    return 0


def run_import(args: argparse.Namespace) -> int:
    from kehoach_desktop.domain.errors import InputError
    from kehoach_desktop.store.backups import BEFORE_IMPORT, make_backup
    from kehoach_desktop.store.district import HELD, REFUSED, UNCHANGED, import_files, open_district
    from kehoach_desktop.store.district_trust import Confirmations
    db = open_district(Path(args.file))
    try:
        make_backup(Path(args.file), BEFORE_IMPORT)
        confirmed = Confirmations.of(rename=args.accept_rename, key_change=args.accept_key,
                                     future=args.accept_future, look_alike=args.accept_code)
        marks = {REFUSED: "✗ ", HELD: "? ", UNCHANGED: "= "}
        # Called only once the file's import is committed: a ✓ on screen is in the office file.
        reports = import_files(db, args.schools, confirmed=confirmed,
                               on_progress=lambda n, r: print(marks.get(r.outcome, "✓ ") + shown(r.message),
                                                              flush=True))
    finally:
        db.close()
    refused = sum(r.outcome == REFUSED for r in reports)
    held = sum(r.outcome == HELD for r in reports)
    same = sum(r.outcome == UNCHANGED for r in reports)
    print(f"Tổng cộng {len(reports)} tệp trường: {len(reports) - refused - held - same} nhận, {same} không đổi, "
          f"{refused} bị từ chối, {held} chờ xác nhận.")
    if refused or held:
        raise InputError("{refused} tệp bị từ chối, {held} tệp chờ xác nhận; tệp cơ quan không bị ảnh hưởng bởi các "
                         "tệp đó.", field="file", refused=refused, held=held)
    return 0


def run_list(args: argparse.Namespace) -> int:
    from kehoach_desktop.domain.parse import parse_date, parse_school_year
    from kehoach_desktop.domain.school_year import current_school_year
    from kehoach_desktop.store.district import open_district
    from kehoach_desktop.store.district_office import identity_at
    from kehoach_desktop.reports.district import level_counts, level_label, level_tally
    from kehoach_desktop.store.district_progress import commune_key, district_overview, local_time
    day = parse_date(args.date) if getattr(args, "date", None) else None
    year = parse_school_year(args.year) if args.year else current_school_year(day)
    db = open_district(Path(args.file))
    try:
        office, schools = identity_at(db, day), district_overview(db, as_of=day, school_year=year)
    finally:
        db.close()
    if getattr(args, "pdf", None):
        return _print_summary(args, office, schools, year, day)
    if args.json:
        print(shown_json({"district": office.name, "office": office.name, "kind": office.kind, "school_year": year,
                          "schools": [s.to_dict() for s in schools],
                          "assessment_levels": _level_keys(level_counts(s.to_dict() for s in schools))}))
        return 0
    print(f"{shown(office.name)}: {len(schools)} trường · năm học {year}")
    if not schools:
        print("Danh sách chưa có trường nào (nhập tệp trường: kehoach office import; trường đã gỡ: kehoach office "
              "history).")
        return 0
    header = (f"{'Mã':<12} {'Trường':<36} {'Năm học':<10} {'Tự đánh giá':<14} {'KH':>3} {'Dòng':>5} {'Xong':>5} "
              f"{'%':>6} {'Trễ':>4}  Nhập lúc")
    print(header)
    print("-" * len(header))
    grouped = any(s.commune for s in schools)
    for number, s in enumerate(schools):
        if grouped and (number == 0 or commune_key(s.commune) != commune_key(schools[number - 1].commune)):
            members = sum(commune_key(o.commune) == commune_key(s.commune) for o in schools)
            print(shown(f"▸ {s.commune or 'Trường nhập trực tiếp'} ({members} trường)"))
        level = level_label(s.to_dict())
        if not s.school_year:
            print(f"{shown(s.code)[:12]:<12} {shown(s.name)[:36]:<36} {'—':<10} {level:<14} {s.plans:>3}  chưa có kế "
                  f"hoạch năm học {year}  {local_time(s.imported_at)}")
            continue
        print(f"{shown(s.code)[:12]:<12} {shown(s.name)[:36]:<36} {shown(s.school_year):<10} {level:<14} {s.plans:>3} "
              f"{s.rows:>5} {s.done:>5} {s.percent:>5.1f}% {s.late:>4}  {local_time(s.imported_at)}")
    print(f"Mức tự đánh giá năm học {year}: {level_tally(s.to_dict() for s in schools)}.")
    return 0


def _level_keys(counts: dict[str, int]) -> dict[str, int]:
    """The per-level counts under keys a script can rely on: "2", "1", "0" (not Mức 1), "none" (no level
    counted), "draft" (the council has not judged every criterion), "not_sent"."""
    words = {"Chưa đạt": "0", "Chưa xếp mức": "none", "Chưa đánh giá xong": "draft", "Chưa gửi": "not_sent"}
    return {words.get(label, label.removeprefix("Mức ")): count for label, count in counts.items()}


def _print_summary(args: argparse.Namespace, office, schools, year: str, day) -> int:
    from kehoach_desktop.domain.office import outdated_office
    from kehoach_desktop.reports.district import print_district_summary
    from datetime import date
    day = day or date.today()
    office = office.changed(signer_name=args.signer, signer_title=args.signer_title)
    for warning in outdated_office(office, day):
        print(shown(f"Lưu ý: {warning.message}"), file=sys.stderr)
    print_district_summary(office, [s.to_dict() for s in schools], args.pdf, day, school_year=year,
                           number=args.number or "", recipients=args.recipient)
    print(f"Đã in bảng tổng hợp {len(schools)} trường, năm học {year}, ra {shown(args.pdf)}")
    return 0


def run_reply(args: argparse.Namespace) -> int:
    """Write the office's reply for a school's plan (domain.office_reply), to carry back on a USB stick."""
    from kehoach_desktop.domain.errors import InputError
    from kehoach_desktop.domain.parse import parse_school_year
    from kehoach_desktop.store.atomic_file import write_rendered
    from kehoach_desktop.store.district import open_district
    from kehoach_desktop.store.district_reply import make_reply, signed_reply_bytes
    comments: dict[int, str] = {}
    for item in args.comment:
        number, _, text = item.partition(":")
        if not number.strip().isdigit() or not text.strip():
            raise InputError("Ý kiến «{item}» cần dạng SỐ:Ý KIẾN, ví dụ «2:Ghi rõ cách đo».", field="comment",
                             item=item)
        comments[int(number)] = text
    db = open_district(args.file)
    try:
        reply = make_reply(db, args.school.strip(), parse_school_year(args.year), args.decision, args.reasons,
                           comments)
        data = signed_reply_bytes(db, reply)
    finally:
        db.close()
    write_rendered(lambda out: out.write(data), args.output, "Ghi tệp phản hồi", suffix=".json")
    print(shown(f"Đã ghi phản hồi cho trường {reply.school_code} (năm học {reply.school_year}): "
                f"{reply.decision_label}, {len(reply.comments)} ý kiến → {args.output}"))
    return 0
