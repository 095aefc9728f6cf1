"""`kehoach inspection add|show`: record a district inspection of a plan headlessly (from JSON).

The JSON names rows by their number in the printed plan ("row": 3) or by
criterion ("criterion": "3.4"), never by database ids a user cannot see.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from kehoach_desktop.commands.text import shown, shown_json


def example_record() -> dict:
    """The JSON `kehoach inspection example` prints; its findings follow the inspection registry.

    Built when asked for: the registry is not loaded by every other command's start-up.
    """
    from kehoach_desktop.domain.inspection_fields import example_findings
    return {
        "started_at": "2026-11-20T08:00", "ended_at": "2026-11-20T10:30",
        "authority": "UBND XÃ HÒA BÌNH", "office": "Phòng Văn hóa - Xã hội xã Hòa Bình",
        "office_line": "PHÒNG VĂN HÓA - XÃ HỘI", "number": "05/BB-VHXH",
        "team": [{"name": "Ông Cao Văn Hải", "position": "Phó trưởng phòng", "team_role": "Tổ trưởng"},
                 {"name": "Bà Nguyễn Thị Hương", "position": "Chuyên viên", "team_role": "Thành viên"}],
        "school_side": [{"name": "Ông Nguyễn Văn An", "role": "Hiệu trưởng"}],
        "findings": example_findings(),
        "comments": ["Nhà trường xây dựng kế hoạch đúng quy trình.", {"standard": 3, "text": "Bổ sung minh chứng."}],
        "recommendations": ["Hoàn thiện minh chứng trước ngày 30/5/2027."],
        "conclusion": "Kế hoạch đạt yêu cầu.",
    }


def register(sub: argparse._SubParsersAction) -> None:
    group = sub.add_parser("inspection", help="biên bản kiểm tra kế hoạch (cơ quan quản lý kiểm tra trường)")
    actions = group.add_subparsers(dest="inspection_command", metavar="add | show | example", required=True)
    add = actions.add_parser("add", help="ghi một lần kiểm tra từ tệp JSON (xem: kehoach inspection example)")
    add.add_argument("file", metavar="FILE.db")
    add.add_argument("json_file", metavar="BIENBAN.json")
    add.add_argument("--year", metavar="2024-2025", help="năm học của kế hoạch (mặc định: kế hoạch mới nhất)")
    add.set_defaults(handler=run_add)
    show = actions.add_parser("show", help="các lần kiểm tra của một kế hoạch")
    show.add_argument("file", metavar="FILE.db")
    show.add_argument("--year", metavar="2024-2025")
    show.add_argument("--json", action="store_true", help="in dạng JSON")
    show.set_defaults(handler=run_show)
    example = actions.add_parser("example", help="in một tệp JSON mẫu")
    example.set_defaults(handler=lambda args: print(shown_json(example_record())) or 0)


def run_add(args: argparse.Namespace) -> int:
    from kehoach_desktop.domain.errors import InputError
    from kehoach_desktop.domain.inspection import inspection_from_dict, resolve_rows
    from kehoach_desktop.domain.parse import parse_school_year
    from kehoach_desktop.store import inspections, plans
    from kehoach_desktop.store.database import open_school_file
    source = Path(args.json_file)
    try:
        data = json.loads(source.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise InputError(f"Không tìm thấy tệp «{source.name}».", field="file") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"Tệp «{source.name}» không phải JSON hợp lệ ({exc}).", field="file") from exc
    if not isinstance(data, dict):
        raise InputError("Tệp biên bản phải là một đối tượng JSON.", field="file")
    db = open_school_file(Path(args.file))
    try:
        plan = plans.find_plan(db, parse_school_year(args.year) if args.year else None)
        school = plans.get_school(db)
        record = inspection_from_dict(resolve_rows(data, plan.rows))
        record.plan_id, record.id = plan.id, None
        record.school_year = record.school_year or plan.school_year
        record.place = record.place or (school.name if school else "")
        inspections.save_inspection(db, record)
    finally:
        db.close()
    print(f"Đã ghi biên bản kiểm tra số {record.id} cho kế hoạch năm học {shown(plan.school_year)} "
          f"({len(record.team)} thành viên đoàn, {len(record.findings)} dòng có kết quả).")
    return 0


def run_show(args: argparse.Namespace) -> int:
    from kehoach_desktop.domain.inspection import FINDINGS, inspection_to_dict
    from kehoach_desktop.domain.parse import parse_school_year
    from kehoach_desktop.store import inspections, plans
    from kehoach_desktop.store.database import open_school_file
    db = open_school_file(Path(args.file), read_only=True)
    try:
        plan = plans.find_plan(db, parse_school_year(args.year) if args.year else None)
        records = inspections.list_inspections(db, plan.id)
    finally:
        db.close()
    if args.json:
        print(shown_json([inspection_to_dict(r) for r in records]))
        return 0
    if not records:
        print(f"Kế hoạch năm học {shown(plan.school_year)} chưa có lần kiểm tra nào.")
    numbers = {row.id: n for n, row in enumerate(plan.rows, 1)}
    for record in records:
        when = record.started_at.strftime("%d/%m/%Y %H:%M") if record.started_at else "chưa ghi thời gian"
        print(f"Biên bản số {record.id}: {when}, {shown(record.place)}")
        for member in record.team:
            print(f"  Đoàn: {shown(member.line())}")
        for member in record.school_side:
            print(shown(f"  Nhà trường: {member.name}" + (f", {member.role}" if member.role else "")))
        for finding in record.findings:
            comment = f" — {finding.comment}" if finding.comment else ""
            print(shown(f"  Dòng {numbers.get(finding.row_id, '?')}: {FINDINGS.get(finding.status, finding.status)}{comment}"))
    return 0
