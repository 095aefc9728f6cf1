"""`kehoach plan new FILE.db --year 2026-2027 [--framework ID]`: a new plan, proposed as the window does.

The framework is the one in force when the school year starts for the school's level (TT57 from
2026-2027, the 2018 circular before: domain.catalog.frameworks_for_level) unless one is named;
the plan starts with its form's text and the school's bodies of today (domain.plan_start). A year
that already has a plan, a framework for another level or an unknown one is refused (exit 2).
"""
from __future__ import annotations

import argparse

from kehoach_desktop.commands.text import shown

# What a new plan starts with, per form: (section as printed, the plan's attribute holding it).
PREFILLED = {
    "tt57-bieu2": (("I. Thông tin chung", "general_info"), ("II. Căn cứ xây dựng kế hoạch", "bases"),
                   ("III. Mục đích, yêu cầu", "purposes"), ("VI. Theo dõi, giám sát", "monitoring"),
                   ("VII. Tổ chức thực hiện", "organization"), ("VIII. Cơ chế đánh giá và báo cáo", "reporting"),
                   ("Nơi nhận", "recipients")),
    "tt18-9col": (("I. Mục đích, yêu cầu", "purposes"), ("II. Căn cứ xây dựng kế hoạch", "bases"),
                  ("IV. Tổ chức thực hiện", "organization"), ("Nơi nhận", "recipients")),
}


def register_plan_actions(actions: argparse._SubParsersAction) -> None:
    """`plan new`, added to the `plan` group of commands/plan.py."""
    new = actions.add_parser("new", help="tạo kế hoạch năm học mới (khung tiêu chí đề xuất theo năm học và cấp học)")
    new.add_argument("file", metavar="FILE.db")
    new.add_argument("--year", required=True, metavar="2026-2027", help="năm học của kế hoạch mới")
    new.add_argument("--framework", metavar="ID",
                     help="khung tiêu chí, ví dụ tt57-pt hoặc tt18 (mặc định: khung đề xuất cho năm học và cấp "
                          "học của trường; xem kehoach catalog)")
    new.set_defaults(handler=run_new)


def chosen_framework(level: str, school_year: str, framework_id: str | None):
    """The framework named (refused when unknown or for another level), else the one proposed."""
    from kehoach_desktop.catalogs import framework, installed_catalogs
    from kehoach_desktop.domain.catalog import frameworks_for_level
    from kehoach_desktop.domain.errors import InputError
    from kehoach_desktop.domain.plan import SCHOOL_LEVELS
    catalogs = installed_catalogs()
    fitting = frameworks_for_level(level, catalogs, school_year=school_year)
    if framework_id is None:
        if not fitting:
            raise InputError("Chưa cài khung tiêu chí nào cho trường {level_name}: hãy cài tệp danh mục (kehoach "
                             "catalog import).", field="framework", level_name=SCHOOL_LEVELS.get(level, level))
        return fitting[0]
    typed = framework_id.strip()
    by_lower = {key.casefold(): key for key in catalogs}     # "TT57-PT" is tt57-pt
    chosen = catalogs.get(by_lower.get(typed.casefold(), typed)) or framework(typed)
    if level not in chosen.school_levels:
        raise InputError("Khung {display_name} không dùng cho trường {level_name}. Các khung dùng được: {fitting}.",
                         field="framework", display_name=chosen.display_name(),
                         level_name=SCHOOL_LEVELS.get(level, level),
                         fitting="; ".join(f"{fw.id}: {fw.display_name()}" for fw in fitting))
    return chosen


def _filled(plan, attribute: str) -> bool:
    value = getattr(plan, attribute)
    if attribute == "organization":
        return bool(value.chair_duties or value.monitoring_duties or value.staff_duties)
    return bool(value.strip() if isinstance(value, str) else value)


def run_new(args: argparse.Namespace) -> int:
    from kehoach_desktop.domain.administration import document_date, outdated_bodies
    from kehoach_desktop.domain.errors import InputError
    from kehoach_desktop.domain.parse import parse_school_year
    from kehoach_desktop.domain.plan_start import new_plan
    from kehoach_desktop.store import plans
    from kehoach_desktop.usecases.school_file import SchoolFile
    year = parse_school_year(args.year)
    with SchoolFile.open(args.file) as file:
        school = file.read(plans.get_school)
        if school is None:
            raise InputError("Tệp chưa có thông tin trường; hãy nhập thông tin trường trước.", field="school")
        file.read(plans.check_year_free, year)      # refused before a framework is even looked up
        fw = chosen_framework(school.level, year, args.framework)
        plan = new_plan(school, year, fw)
        file.write(plans.save_plan, plan)
    how = "chọn bằng --framework" if args.framework else f"đề xuất cho năm học {year}"
    print(shown(f"Đã tạo kế hoạch năm học {plan.school_year} cho {school.name} (chưa có dòng nào)."))
    print(shown(f"Khung tiêu chí: {fw.display_name()} [{fw.id}], {how}."))
    starts = document_date(None, year)      # 1 September: the day a plan's framework is judged by
    if starts is not None and fw.effective > starts:
        print(f"Lưu ý: {fw.short_circular()} có hiệu lực từ {fw.effective:%d/%m/%Y}, sau ngày bắt đầu năm học.")
    if args.framework:
        from kehoach_desktop.catalogs import installed_catalogs
        from kehoach_desktop.domain.catalog import frameworks_for_level
        proposed = frameworks_for_level(school.level, installed_catalogs(), school_year=year)
        if proposed and proposed[0].id != fw.id and fw.circular in proposed[0].replaces:
            print(shown(f"Lưu ý: {fw.short_circular()} đã được {proposed[0].short_circular()} thay thế; kế hoạch "
                        f"năm học {year} nên theo {proposed[0].short_circular()} ({proposed[0].id})."))
    if fw.provisional and fw.provisional_note:
        print(shown(f"Lưu ý: {fw.provisional_note}"))
    sections = [label for label, attribute in PREFILLED.get(fw.plan_form, ()) if _filled(plan, attribute)]
    if sections:
        print(shown("Đã điền sẵn theo mẫu (sửa được): " + "; ".join(sections) + "."))
    print(shown(f"Cơ quan chủ quản: {plan.governing_body or '(chưa nhập)'}; địa danh: {plan.place or '(chưa nhập)'}; "
                f"nơi nhận: {'; '.join(plan.recipients) or '(chưa có)'}."))
    for warning in outdated_bodies(document_date(None, plan.school_year), plan.governing_body, plan.place,
                                   plan.recipients, school):
        print(shown(f"Lưu ý: {warning.message}"))
    return 0
