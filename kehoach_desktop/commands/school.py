"""`kehoach school show|set FILE.db`: the school's details, its governing body proposed as the window does.

Since 01/7/2025 a school's letterhead names the UBND of its xã/phường (or the Sở GD&ĐT for THPT);
`set` proposes those bodies from the level, commune and province (domain.administration) whenever
one of those changes, or on `--propose`, and says what it proposed. A body given on the command
line is kept as typed. The code may change as in the window's school dialog (never to nothing);
the district office knows a school by it, so a change is pointed out.
"""
from __future__ import annotations

import argparse
import re
from dataclasses import asdict, replace
from pathlib import Path

from kehoach_desktop.commands.text import shown, shown_json

# Field → its Vietnamese label, in the order `show` prints them.
LABELS = {
    "name": "Tên trường",
    "code": "Mã trường",
    "level": "Cấp học",
    "commune": "Xã/phường/đặc khu",
    "province": "Tỉnh/thành phố",
    "governing_body": "Cơ quan chủ quản (đầu văn bản)",
    "governing_body_sentence": "Cơ quan chủ quản (trong câu văn)",
    "receiving_office": "Nơi nhận kế hoạch",
    "place": "Địa danh (dòng ngày tháng)",
    "principal": "Hiệu trưởng",
    "address": "Địa chỉ",
    "phone": "Điện thoại",
    "email": "Thư điện tử",
}
BODY_FIELDS = ("governing_body", "governing_body_sentence", "receiving_office", "place")
HELP = {
    "name": "tên trường, ví dụ \"Trường THCS Vĩnh Hải\"",
    "code": "mã trường (cơ quan quản lý nhận biết trường theo mã)",
    "level": "cấp học: mam_non, tieu_hoc, thcs, thpt, nhieu_cap, gdtx (hoặc tên, ví dụ \"Trung học cơ sở\")",
    "commune": "xã/phường/đặc khu, ví dụ \"xã Vĩnh Hải\"",
    "province": "tỉnh/thành phố, ví dụ \"thành phố Hải Phòng\"",
    "governing_body": "cơ quan chủ quản in ở đầu văn bản, chữ in hoa, ví dụ \"UBND XÃ VĨNH HẢI\"",
    "governing_body_sentence": "cơ quan chủ quản trong câu văn và Nơi nhận, ví dụ \"UBND xã Vĩnh Hải\"",
    "receiving_office": "nơi nhận kế hoạch, ví dụ \"Phòng Văn hóa - Xã hội xã Vĩnh Hải\"",
    "place": "địa danh ở dòng ngày tháng, ví dụ \"Vĩnh Hải\"",
    "principal": "họ tên hiệu trưởng",
    "address": "địa chỉ trường",
    "phone": "số điện thoại",
    "email": "thư điện tử",
}
MANAGERS = {"commune": "trường do UBND cấp xã quản lý", "province": "trường do Sở GD&ĐT quản lý"}


def register(sub: argparse._SubParsersAction) -> None:
    school = sub.add_parser("school", help="thông tin trường: xem, sửa, đề xuất cơ quan chủ quản")
    actions = school.add_subparsers(dest="school_command", metavar="show | set", required=True)
    show = actions.add_parser("show", help="in thông tin trường")
    show.add_argument("file", metavar="FILE.db")
    show.add_argument("--json", action="store_true", help="in dạng JSON")
    show.set_defaults(handler=run_show)
    put = actions.add_parser(
        "set", help="sửa thông tin trường; đề xuất cơ quan chủ quản, nơi nhận, địa danh theo xã/tỉnh và cấp học",
        description="Chỉ các mục được ghi mới thay đổi. Khi đổi xã/phường, tỉnh/thành phố hoặc cấp học (hoặc với "
                    "--propose), cơ quan chủ quản, nơi nhận kế hoạch và địa danh được đề xuất lại, trừ mục ghi rõ "
                    "trên dòng lệnh.")
    put.add_argument("file", metavar="FILE.db")
    for name in LABELS:
        put.add_argument("--" + name.replace("_", "-"), dest=name, metavar="…", help=HELP[name])
    put.add_argument("--propose", action="store_true",
                     help="đề xuất lại cơ quan chủ quản, nơi nhận kế hoạch và địa danh theo cấp học, xã và tỉnh")
    put.set_defaults(handler=run_set)


def _typed(value: str) -> str:
    """A value from the command line as one clean line, as the store keeps it (domain.school_fields)."""
    from kehoach_desktop.domain.school_fields import one_line
    return one_line(value)


def level_key(text: str) -> str:
    """"thcs", "THCS", "Trung học cơ sở" → "thcs"; anything else refused with the list of types."""
    from kehoach_desktop.domain.errors import InputError
    from kehoach_desktop.domain.plan import SCHOOL_LEVELS
    typed = _typed(text)
    wanted = re.sub(r"[\s-]+", "_", typed.casefold())
    for key, label in SCHOOL_LEVELS.items():
        if wanted in (key, label.casefold().replace(" ", "_")):
            return key
    raise InputError("Loại trường “{school_level}” không hợp lệ: chọn một trong {levels}", field="school_level",
                     school_level=typed, levels=", ".join(SCHOOL_LEVELS.values()))


def school_lines(school) -> list[str]:
    from kehoach_desktop.domain.plan import SCHOOL_LEVELS
    lines = []
    for name, label in LABELS.items():
        value = getattr(school, name)
        if name == "level":
            value = f"{SCHOOL_LEVELS.get(value, value)} ({value})"
        lines.append(shown(f"{label}: {value or '(chưa nhập)'}"))
    return lines


def _read_school(path: str):
    from kehoach_desktop.domain.errors import InputError
    from kehoach_desktop.store import plans
    from kehoach_desktop.store.database import open_school_file
    db = open_school_file(Path(path), read_only=True)
    try:
        school = plans.get_school(db)
    finally:
        db.close()
    if school is None:
        raise InputError("Tệp chưa có thông tin trường; hãy nhập thông tin trường trước.", field="school")
    return school


def _fingerprint(path: str) -> str:
    from kehoach_desktop.store.database import open_school_file
    from kehoach_desktop.store.signing_keys import school_fingerprint
    db = open_school_file(Path(path), read_only=True)
    try:
        return school_fingerprint(db)
    finally:
        db.close()


def run_show(args: argparse.Namespace) -> int:
    school = _read_school(args.file)
    key = _fingerprint(args.file)
    if args.json:
        print(shown_json({**asdict(school), "key_fingerprint": key}))
    else:
        print("\n".join(school_lines(school)))
        if key:    # read to the office over the phone when it asks about a changed key
            print(f"Mã khóa ký tệp của trường: {key}")
    return 0


def edited_school(current, given: dict[str, str]):
    """The school with the typed fields set; a new school takes its type from its name when not given."""
    from kehoach_desktop.domain.errors import InputError
    from kehoach_desktop.domain.plan import School
    from kehoach_desktop.domain.school_level import level_from_name
    if current is None:
        name = given.get("name", "")
        current = School(name=name, code="", level=level_from_name(name) or School.level)
    school = replace(current, **given)
    if not school.name:
        raise InputError("Chưa nhập tên trường.", field="name")
    if not school.code:
        raise InputError("Chưa nhập mã trường (mã do phòng giáo dục cấp).", field="code")
    return school


def with_proposal(school, given: dict[str, str]):
    """``school`` with the bodies proposed for its level, commune and province, except those typed;
    and the lines saying what was proposed."""
    from kehoach_desktop.domain.administration import proposed_bodies
    from kehoach_desktop.domain.school_level import teaches_upper_secondary
    from kehoach_desktop.domain.plan import SCHOOL_LEVELS
    bodies = proposed_bodies(school.level, school.commune, school.province,
                             with_thpt=school.level == "nhieu_cap" and teaches_upper_secondary(school.name))
    where = ", ".join(v for v in (school.commune, school.province) if v) or "chưa ghi xã, tỉnh"
    lines = [f"Đề xuất theo cấp học {SCHOOL_LEVELS.get(school.level, school.level)} ({where}; "
             f"{MANAGERS.get(bodies.manager, bodies.manager)}):"]
    proposed = {}
    for name in BODY_FIELDS:
        value = getattr(bodies, name)
        if name in given:
            lines.append(f"  {LABELS[name]}: giữ giá trị đã ghi «{given[name]}»")
        elif value:
            proposed[name] = value
            lines.append(f"  {LABELS[name]}: {value}")
    missing = [name for name in BODY_FIELDS if name not in given and not getattr(bodies, name)]
    if missing:
        need = "xã/phường (--commune)" if bodies.manager == "commune" else "tỉnh/thành phố (--province)"
        lines.append(f"  Chưa đề xuất được {', '.join(LABELS[n].lower() for n in missing)}: cần {need}; "
                     "giữ giá trị cũ.")
    if bodies.unverified:
        lines.append(f"  Chưa xác minh: {bodies.unverified}")
    return replace(school, **proposed), lines


def run_set(args: argparse.Namespace) -> int:
    from datetime import date

    from kehoach_desktop.domain.administration import outdated_bodies
    from kehoach_desktop.store import plans
    from kehoach_desktop.usecases.school_file import SchoolFile
    given = {name: _typed(getattr(args, name)) for name in LABELS if getattr(args, name) is not None}
    if "level" in given:
        given["level"] = level_key(given["level"])
    with SchoolFile.open(args.file) as file:
        current = file.read(plans.get_school)
        school = edited_school(current, given)
        proposal: list[str] = []
        located = ("level", "commune", "province")
        if args.propose or current is None or any(getattr(school, n) != getattr(current, n) for n in located):
            if args.propose or any(getattr(school, n) for n in located[1:]):
                school, proposal = with_proposal(school, given)
        if school != current:
            file.write(plans.save_school, school)
    for line in proposal:
        print(shown(line))
    changed = [n for n in LABELS if current is None or getattr(school, n) != getattr(current, n)]
    if not changed:
        print("Không có gì thay đổi.")
        return 0
    print(shown(f"Đã lưu thông tin trường «{school.name}». Đã đổi:"))
    shown_lines = dict(zip(LABELS, school_lines(school)))
    print("\n".join("  " + shown_lines[n] for n in changed))
    if current is not None and "code" in changed:
        print(shown(f"Lưu ý: mã trường đổi từ {current.code} thành {school.code}. Cơ quan quản lý nhận biết trường "
                    f"theo mã: tệp xuất từ nay được nhận là của trường mã {school.code}."))
    # The school's details are what every new document prints from today: judged as one of today.
    for warning in outdated_bodies(date.today(), school.governing_body, school.place, [school.receiving_office]):
        print(shown(f"Lưu ý cho văn bản mới: {warning.message}"))
    return 0
