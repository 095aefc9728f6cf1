"""One field of a plan row changed by a user: parse it, check it, return the new row.

The window's cells and its detail form both go through ``edit_field``, so a
timeframe typed in the table and one picked with the month pickers obey the
same rules, and a refused value raises ``InputError`` before anything is written.
"""
from __future__ import annotations

from dataclasses import replace

from kehoach_desktop.domain.catalog import Framework
from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.parse import parse_budget, parse_level, parse_timeframe
from kehoach_desktop.domain.plan import STATUSES, PlanRow
from kehoach_desktop.domain.validation import FIELD_LABELS
from kehoach_desktop.domain.values import Budget, Timeframe, nfc

TEXT_FIELDS = (
    "expected_result", "tasks", "lead", "support", "notes", "content", "indicators", "expected_evidence",
)
LEVEL_FIELDS = ("current_level", "target_level")


def _level(value, framework: Framework, name: str) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        return parse_level(value, framework.level_min, framework.level_max)
    except InputError as exc:
        raise InputError(f"{FIELD_LABELS[name]}: {exc.message}", field=name) from None


def _criterion(value: str, framework: Framework) -> str:
    code = nfc(value).strip()
    if not code:
        if framework.plan_form == "tt18-9col":
            raise InputError("Chưa chọn tiêu chí: mẫu kế hoạch 2018 cần tiêu chí cho mỗi dòng.",
                             field="criterion_code")
        return ""
    if framework.criterion(code) is None:
        raise InputError(f"Tiêu chí {code} không có trong {framework.name}.", field="criterion_code")
    return code


def _parse(name: str, value, framework: Framework, school_year: str):
    if name in TEXT_FIELDS:
        return nfc(value)
    if name == "criterion_code":
        return _criterion(value, framework)
    if name in LEVEL_FIELDS:
        return _level(value, framework, name)
    if name == "timeframe":
        if isinstance(value, Timeframe):
            if value.start and value.end and value.end < value.start:
                raise InputError(f"Thời gian thực hiện: tháng kết thúc {value.end} trước tháng bắt đầu "
                                 f"{value.start}.", field="timeframe")
            return value
        return parse_timeframe(value, school_year=school_year or None)
    if name == "budget":
        return value if isinstance(value, Budget) else parse_budget(value)
    if name == "status":
        if value not in STATUSES:
            raise InputError(f"Trạng thái «{value}» không hợp lệ.", field="status")
        return value
    raise InputError(f"Không sửa được trường «{name}».", field=name)


def edit_field(row: PlanRow, name: str, value, framework: Framework, school_year: str = "") -> PlanRow:
    """``row`` with field ``name`` set from ``value``; raises InputError naming the field."""
    new = replace(row, **{name: _parse(name, value, framework, school_year)})
    if (name in LEVEL_FIELDS and new.current_level is not None and new.target_level is not None
            and new.target_level < new.current_level):
        raise InputError(
            f"Mức cần đạt (Mức {new.target_level}) thấp hơn mức hiện tại (Mức {new.current_level}).",
            field=name)
    return new
