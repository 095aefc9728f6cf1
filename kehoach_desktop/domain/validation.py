"""Checking a plan row against its plan's framework before it is saved.

The rules follow the plan's form: a 2018 row needs a criterion of that
framework and a target level within Mức 1–4; a 2026 row needs its own title
("Nội dung cải tiến") and may leave the criterion empty, with levels 1–2.
"""
from __future__ import annotations

from kehoach_desktop.domain.catalog import Framework
from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.plan import FORM_REQUIRED, STATUSES, PlanRow

FIELD_LABELS = {
    "criterion_code": "Tiêu chí",
    "current_level": "Mức hiện tại",
    "target_level": "Mức cần đạt",
    "expected_result": "Kết quả cần đạt",
    "tasks": "Công việc/giải pháp",
    "lead": "Chủ trì và phối hợp",
    "timeframe": "Thời gian thực hiện",
    "budget": "Dự kiến kinh phí",
    "support": "Điều kiện hỗ trợ khác",
    "notes": "Ghi chú",
    "content": "Nội dung cải tiến",
    "indicators": "Chỉ số đánh giá kết quả",
    "expected_evidence": "Thông tin, dữ liệu hoặc minh chứng dự kiến",
    "status": "Mức độ thực hiện",
    "percent": "Phần trăm hoàn thành",
}


def row_problems(row: PlanRow, framework: Framework) -> list[InputError]:
    """Every problem with ``row`` under ``framework``, each naming its field; empty when valid."""
    problems: list[InputError] = []
    for name in FORM_REQUIRED[framework.plan_form]:
        value = getattr(row, name)
        if value is None or (isinstance(value, str) and not value.strip()):
            problems.append(InputError(f"Chưa nhập «{FIELD_LABELS[name]}».", field=name))
    if row.criterion_code and framework.criterion(row.criterion_code) is None:
        problems.append(InputError(
            f"Tiêu chí {row.criterion_code} không có trong {framework.name}.", field="criterion_code"))
    for name in ("current_level", "target_level"):
        level = getattr(row, name)
        if level is not None:
            try:
                framework.validate_level(level)
            except InputError as exc:
                problems.append(InputError(f"{FIELD_LABELS[name]}: {exc.message}", field=name))
    if (row.current_level is not None and row.target_level is not None
            and row.target_level < row.current_level):
        problems.append(InputError(
            f"Mức cần đạt (Mức {row.target_level}) thấp hơn mức hiện tại (Mức {row.current_level}).",
            field="target_level"))
    start, end = row.timeframe.start, row.timeframe.end
    if start and end and end < start:
        problems.append(InputError(
            f"Thời gian thực hiện: tháng kết thúc {end} trước tháng bắt đầu {start}.", field="timeframe"))
    if row.status not in STATUSES:
        problems.append(InputError(f"Trạng thái «{row.status}» không hợp lệ.", field="status"))
    if not 0 <= row.percent <= 100:
        problems.append(InputError(f"Phần trăm hoàn thành phải từ 0 đến 100 (đang là {row.percent}).",
                                   field="percent"))
    return problems


def check_row(row: PlanRow, framework: Framework) -> None:
    """Raise the first problem with ``row``, if any."""
    problems = row_problems(row, framework)
    if problems:
        raise problems[0]
