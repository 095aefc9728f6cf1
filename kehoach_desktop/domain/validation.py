"""Checking a plan row against its plan's framework before it is saved.

The rules follow the plan's form: the fields a row needs are the ones the
registry (``plan_fields``) marks required on the form — on the 2018 form a
criterion of that framework and a target level within Mức 1–4; on the 2026 form
its own title ("Nội dung cải tiến"), the criterion optional, levels 1–2.
"""
from __future__ import annotations

from kehoach_desktop.domain.catalog import Framework
from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.fields import plan_fields, value_of
from kehoach_desktop.domain.plan import STATUSES, PlanRow
from kehoach_desktop.domain.row_order import criterion_of

def field_label(name: str, form: str = "") -> str:
    """What a message calls a field: its label on ``form`` (the row form's words), else its short name."""
    f = plan_fields().get(name)
    if f is None:
        return name
    on = f.on(form)
    return on.form_label if on is not None else f.label


def row_problems(row: PlanRow, framework: Framework) -> list[InputError]:
    """Every problem with ``row`` under ``framework``, each naming its field; empty when valid."""
    problems: list[InputError] = []
    form = framework.plan_form
    registry = plan_fields()
    for name in registry.required(form):
        value = value_of(row, registry[name])
        if value is None or (isinstance(value, str) and not value.strip()):
            problems.append(InputError("Chưa nhập «{label}».", field=name,
                                       label=field_label(name, form)))
    if row.criterion_code and criterion_of(row.criterion_code, framework) is None:
        problems.append(InputError(
            "Tiêu chí {criterion_code} không có trong {framework}.", field="criterion_code",
            criterion_code=row.criterion_code, framework=framework.name))
    for name in ("current_level", "target_level"):
        level = getattr(row, name)
        if level is not None:
            try:
                framework.validate_level(level)
            except InputError as exc:
                problems.append(InputError("{label}: {reason}", field=name,
                                           label=field_label(name), reason=exc))
    if (row.current_level is not None and row.target_level is not None
            and row.target_level < row.current_level):
        problems.append(InputError(
            "Mức cần đạt (Mức {target_level}) thấp hơn mức hiện tại (Mức {current_level}).",
            field="target_level", target_level=row.target_level, current_level=row.current_level))
    start, end = row.timeframe.start, row.timeframe.end
    if start and end and end < start:
        problems.append(InputError(
            "Thời gian thực hiện: tháng kết thúc {end} trước tháng bắt đầu {start}.", field="timeframe",
            end=end, start=start))
    if row.status not in STATUSES:
        problems.append(InputError("Trạng thái «{status}» không hợp lệ.", field="status",
                                   status=row.status))
    if not 0 <= row.percent <= 100:
        problems.append(InputError("Phần trăm hoàn thành phải từ 0 đến 100 (đang là {percent}).",
                                   field="percent", percent=row.percent))
    # Each problem names the row as a number too (1-based, in plan order), for whoever shows it.
    return [InputError(p.template, field=p.field, row=row.position + 1, **p.values) for p in problems]

