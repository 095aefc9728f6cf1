"""The plan table's columns for each printed form, in the order principals know them.

The 2018 form has the 9 columns of the seeds' plans (plus the current → target
level principals write as "Đạt mức 3 so với hiện tại"); the 2026 "Biểu 2" form
has its own 10. ``field`` names the PlanRow field a column edits in place
(None: read-only in the table, edited in the detail panel).
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from kehoach_desktop.domain.plan import FORM_TT18, FORM_TT57

_tr = QCoreApplication.translate   # lupdate: -tr-function-alias translate+=_tr


@dataclass(frozen=True)
class Column:
    key: str
    field: str | None
    weight: int          # share of the table's width
    multiline: bool = True



TT18_COLUMNS = (
    Column("tt", None, 3),
    Column("criterion", None, 13),
    Column("levels", None, 6),
    Column("expected_result", "expected_result", 12),
    Column("tasks", "tasks", 22),
    Column("lead", "lead", 10),
    Column("timeframe", "timeframe", 10, multiline=False),
    Column("budget", "budget", 9, multiline=False),
    Column("support", "support", 8),
    Column("notes", "notes", 7),
)

TT57_COLUMNS = (
    Column("tt", None, 3),
    Column("content", "content", 12),
    Column("expected_result", "expected_result", 12),
    Column("tasks", "tasks", 18),
    Column("indicators", "indicators", 11),
    Column("timeframe", "timeframe", 9, multiline=False),
    Column("lead", "lead", 10),
    Column("budget", "budget", 9, multiline=False),
    Column("expected_evidence", "expected_evidence", 11),
    Column("status", None, 8),
)


def columns_for(form: str) -> tuple[Column, ...]:
    return TT57_COLUMNS if form == FORM_TT57 else TT18_COLUMNS


def header(form: str, key: str) -> str:
    """Column headings as printed on each form (translated at call time)."""
    if form == FORM_TT18:
        names = {
            "tt": _tr("PlanColumns", "TT"),
            "criterion": _tr("PlanColumns", "Tiêu chuẩn, tiêu chí"),
            "levels": _tr("PlanColumns", "Mức"),
            "expected_result": _tr("PlanColumns", "Kết quả cần đạt"),
            "tasks": _tr("PlanColumns", "Công việc/giải pháp"),
            "lead": _tr("PlanColumns", "Chủ trì và phối hợp"),
            "timeframe": _tr("PlanColumns", "Thời gian"),
            "budget": _tr("PlanColumns", "Dự kiến kinh phí"),
            "support": _tr("PlanColumns", "Điều kiện hỗ trợ khác"),
            "notes": _tr("PlanColumns", "Ghi chú"),
        }
    else:
        names = {
            "tt": _tr("PlanColumns", "TT"),
            "content": _tr("PlanColumns", "Nội dung cải tiến"),
            "expected_result": _tr("PlanColumns", "Mục tiêu cải tiến"),
            "tasks": _tr("PlanColumns", "Hoạt động/giải pháp"),
            "indicators": _tr("PlanColumns", "Chỉ số đánh giá kết quả"),
            "timeframe": _tr("PlanColumns", "Thời gian thực hiện"),
            "lead": _tr("PlanColumns", "Đơn vị/cá nhân phụ trách"),
            "budget": _tr("PlanColumns", "Nguồn lực bảo đảm"),
            "expected_evidence": _tr("PlanColumns", "Thông tin, dữ liệu hoặc minh chứng dự kiến"),
            "status": _tr("PlanColumns", "Mức độ thực hiện"),
        }
    return names.get(key, key)


def status_label(status: str) -> str:
    labels = {
        "not_started": _tr("PlanColumns", "Chưa thực hiện"),
        "in_progress": _tr("PlanColumns", "Đang thực hiện"),
        "done": _tr("PlanColumns", "Hoàn thành"),
        "paused": _tr("PlanColumns", "Tạm dừng"),
    }
    return labels.get(status, status)


def form_field_label(form: str, name: str) -> str:
    """Labels of the detail panel's fields: the column heading, or a short name for the rest."""
    others = {
        "criterion_code": _tr("PlanColumns", "Tiêu chí"),
        "current_level": _tr("PlanColumns", "Mức hiện tại"),
        "target_level": _tr("PlanColumns", "Mức cần đạt"),
        "expected_evidence": _tr("PlanColumns", "Minh chứng dự kiến"),
        "timeframe": _tr("PlanColumns", "Thời gian thực hiện"),
    }
    return others.get(name) or header(form, name)
