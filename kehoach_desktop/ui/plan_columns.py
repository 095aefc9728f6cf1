"""The plan table's columns for each printed form, derived from the field registry.

Which columns a form shows, their order and their share of the width come from
``domain.plan_fields`` (the one description of every row field); this module only
adds Qt's side: the translated heading of each. ``field`` names the field a column
edits in place (None: read-only in the table, edited in the row form).

Headings stay literal for lupdate: ``_headings`` maps each Vietnamese source text
the registry uses to its ``tr()`` call, and a test checks that every heading and
label of the registry has its entry here.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from kehoach_desktop.domain.fields import BUDGET, TEXT, TIMEFRAME, plan_fields
from kehoach_desktop.domain.plan_fields import NUMBER_COLUMN
from kehoach_desktop.domain.plan import FORM_TT18
from kehoach_desktop.domain.status_text import implementation_text, status_label as status_source

_tr = QCoreApplication.translate   # lupdate: -tr-function-alias translate+=_tr

NUMBER_KEY = "tt"
EDITABLE_KINDS = (TEXT, TIMEFRAME, BUDGET)     # typed into a cell; the others are picked in the row form


@dataclass(frozen=True)
class Column:
    key: str             # the field's name ("tt" for the row number)
    field: str | None
    weight: int          # share of the table's width
    multiline: bool = True


def columns_for(form: str) -> tuple[Column, ...]:
    number = NUMBER_COLUMN.get(form, NUMBER_COLUMN[FORM_TT18])
    columns = [Column(NUMBER_KEY, None, number.table)]
    for f in plan_fields().table_fields(form):
        editable = f.kind in EDITABLE_KINDS
        columns.append(Column(f.name, f.name if editable else None, f.forms[form].table,
                              multiline=f.kind not in (TIMEFRAME, BUDGET)))
    return tuple(columns)


def _headings() -> dict[str, str]:
    """Every heading, label and status word of the registry → its translation (built at call time)."""
    return {
        "TT": _tr("PlanColumns", "TT"),
        "Tiêu chuẩn, tiêu chí": _tr("PlanColumns", "Tiêu chuẩn, tiêu chí"),
        "Mức": _tr("PlanColumns", "Mức"),
        "Kết quả cần đạt": _tr("PlanColumns", "Kết quả cần đạt"),
        "Công việc/giải pháp": _tr("PlanColumns", "Công việc/giải pháp"),
        "Chủ trì và phối hợp": _tr("PlanColumns", "Chủ trì và phối hợp"),
        "Thời gian": _tr("PlanColumns", "Thời gian"),
        "Dự kiến kinh phí": _tr("PlanColumns", "Dự kiến kinh phí"),
        "Điều kiện hỗ trợ khác": _tr("PlanColumns", "Điều kiện hỗ trợ khác"),
        "Ghi chú": _tr("PlanColumns", "Ghi chú"),
        "Nội dung cải tiến": _tr("PlanColumns", "Nội dung cải tiến"),
        "Mục tiêu cải tiến": _tr("PlanColumns", "Mục tiêu cải tiến"),
        "Hoạt động/giải pháp": _tr("PlanColumns", "Hoạt động/giải pháp"),
        "Chỉ số đánh giá kết quả": _tr("PlanColumns", "Chỉ số đánh giá kết quả"),
        "Thời gian thực hiện": _tr("PlanColumns", "Thời gian thực hiện"),
        "Đơn vị/cá nhân phụ trách": _tr("PlanColumns", "Đơn vị/cá nhân phụ trách"),
        "Nguồn lực bảo đảm": _tr("PlanColumns", "Nguồn lực bảo đảm"),
        "Thông tin, dữ liệu hoặc minh chứng dự kiến": _tr("PlanColumns", "Thông tin, dữ liệu hoặc minh chứng dự kiến"),
        "Mức độ thực hiện": _tr("PlanColumns", "Mức độ thực hiện"),
        "Tiêu chí": _tr("PlanColumns", "Tiêu chí"),
        "Mức hiện tại": _tr("PlanColumns", "Mức hiện tại"),
        "Mức cần đạt": _tr("PlanColumns", "Mức cần đạt"),
        "Minh chứng dự kiến": _tr("PlanColumns", "Minh chứng dự kiến"),
        "Vấn đề ưu tiên": _tr("PlanColumns", "Vấn đề ưu tiên"),
        "Vấn đề ưu tiên (số thứ tự ở mục IV)": _tr("PlanColumns", "Vấn đề ưu tiên (số thứ tự ở mục IV)"),
        "Chưa thực hiện": _tr("PlanColumns", "Chưa thực hiện"),
        "Đang thực hiện": _tr("PlanColumns", "Đang thực hiện"),
        "Hoàn thành": _tr("PlanColumns", "Hoàn thành"),
        "Tạm dừng": _tr("PlanColumns", "Tạm dừng"),
    }


def translated(source: str) -> str:
    """The translation of a registry heading (a heading not listed yet shows in Vietnamese)."""
    return _headings().get(source, source)


def header(form: str, key: str) -> str:
    """Column headings as printed on each form (translated at call time)."""
    if key == NUMBER_KEY:
        return translated(NUMBER_COLUMN[FORM_TT18].heading)
    f = plan_fields().get(key)
    on = f.on(form) if f is not None else None
    return translated(on.heading) if on is not None else key


def status_label(status: str) -> str:
    return translated(status_source(status))


def implementation_label(status: str, percent: int) -> str:
    """The 2026 form's "Mức độ thực hiện" in the window: the domain's wording, its status translated."""
    return implementation_text(status, percent, label=status_label)


def form_field_label(form: str, name: str) -> str:
    """Labels of the detail panel's fields: the field's label on the form, else its short name."""
    f = plan_fields().get(name)
    if f is None:
        return name
    on = f.on(form)
    return translated(on.form_label if on is not None else f.label)
