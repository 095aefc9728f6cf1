"""What `kehoach word import` prints before saving: every field as understood, every warning."""
from __future__ import annotations

import textwrap

from kehoach_desktop.commands.text import shown
from kehoach_desktop.domain.import_report import DocxImport
from kehoach_desktop.domain.parse import format_amount
from kehoach_desktop.domain.plan import FORM_TT57, STATUSES


def _line(label: str, value) -> None:
    if value not in (None, "", []):
        print(textwrap.fill(shown(f"{label}: {value}"), width=110, subsequent_indent="      "))


def _months(row) -> str:
    start, end = row.timeframe.start, row.timeframe.end
    if start and end:
        return f"tháng {start} → {end}"
    return "chưa rõ tháng"


def _money(row) -> str:
    if row.budget.amount is None:
        return "chưa rõ số tiền" if row.budget.text else ""
    return f"{format_amount(row.budget.amount)} đ"


def print_preview(result: DocxImport) -> None:
    plan, school = result.plan, result.school
    print(shown(f"Đã đọc: kế hoạch {plan.title.lower()} năm học {plan.school_year} "
                f"({'Biểu 2, 2026' if result.form == FORM_TT57 else 'mẫu 9 cột, 2018'}; khung {plan.framework_id})"))
    _line("  Trường", school.name)
    _line("  Cơ quan chủ quản", school.governing_body)
    _line("  Số", plan.number)
    _line("  Địa danh, ngày", f"{plan.place}, {plan.issued_on:%d/%m/%Y}" if plan.issued_on else plan.place)
    _line("  Mục đích, yêu cầu", f"{len(plan.purposes)} ý")
    _line("  Căn cứ", f"{len(plan.bases)} văn bản")
    org = plan.organization
    _line("  Tổ chức thực hiện", f"{len(org.working_groups)} nhóm công tác, {len(org.monitoring_team)} người giám sát")
    if result.form == FORM_TT57:
        _line("  Vấn đề ưu tiên", f"{len(plan.priority_problems)} dòng")
        _line("  Theo dõi, giám sát", f"{len(plan.monitoring)} dòng")
    _line("  Nơi nhận", " ".join(plan.recipients))
    _line("  Người ký", " ".join(plan.signer_title.split("\n")) + (f" — {plan.signer_name}" if plan.signer_name else ""))
    print(f"\n{len(plan.rows)} dòng kế hoạch:")
    for number, row in enumerate(plan.rows, 1):
        levels = f"Mức {row.current_level or '?'} → {row.target_level or '?'}"
        head = f"{number:>3}. " + (f"{row.content} " if row.content else "")
        head += f"[tiêu chí {row.criterion_code or '?'}; {levels}]"
        print(textwrap.shorten(shown(head), width=110, placeholder="…"))
        _line("       Giải pháp", textwrap.shorten(row.tasks, 150, placeholder="…") if row.tasks else "")
        _line("       Thời gian", f"{row.timeframe.text} ({_months(row)})" if row.timeframe.text else "")
        _line("       Kinh phí", f"{row.budget.text} ({_money(row)})" if row.budget.text else "")
        if row.status != "not_started" or row.percent:
            _line("       Mức độ thực hiện", f"{STATUSES.get(row.status, row.status)}, {row.percent}%")
    if result.warnings:
        print(f"\n{len(result.warnings)} cảnh báo (kiểm tra trước khi dùng):")
        for warning in result.warnings:
            print(f"  ⚠ {shown(warning)}")   # one line each, so they can be searched and counted
    else:
        print("\nKhông có cảnh báo.")
