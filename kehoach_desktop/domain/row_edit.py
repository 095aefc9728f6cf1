"""One field of a plan row changed by a user: parse it, check it, return the new row.

The window's cells and its detail form both go through ``edit_field``, so a
timeframe typed in the table and one picked with the month pickers obey the
same rules, and a refused value raises ``InputError`` before anything is written.
Which parser reads a field follows its kind in the registry (``plan_fields``), so a
new text field is editable with no change here.
"""
from __future__ import annotations

from dataclasses import replace

from kehoach_desktop.domain.catalog import Framework
from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.parse import parse_budget, parse_level, parse_timeframe
from kehoach_desktop.domain.fields import BUDGET, CRITERION, LEVEL, STATUS, TEXT, TIMEFRAME, plan_fields, with_value
from kehoach_desktop.domain.plan import STATUSES, PlanRow
from kehoach_desktop.domain.row_order import criterion_of
from kehoach_desktop.domain.validation import field_label
from kehoach_desktop.domain.values import Budget, Timeframe, nfc

LEVEL_FIELDS = ("current_level", "target_level")


def _level(value, framework: Framework, name: str) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        return parse_level(value, framework.level_min, framework.level_max)
    except InputError as exc:
        raise InputError("{label}: {reason}", field=name,
                         label=field_label(name), reason=exc) from None


def _criterion(value: str, framework: Framework) -> str:
    code = nfc(value).strip()
    if not code:
        if framework.plan_form == "tt18-9col":
            raise InputError("Chưa chọn tiêu chí: mẫu kế hoạch 2018 cần tiêu chí cho mỗi dòng.",
                             field="criterion_code")
        return ""
    criterion = criterion_of(code, framework)
    if criterion is None:
        raise InputError("Tiêu chí {code} không có trong {framework}.", field="criterion_code",
                         code=code, framework=framework.name)
    return criterion.code


def field_parse(name: str, value, framework: Framework, school_year: str = ""):
    """The value a field takes from what was typed or picked, by the field's kind; InputError if refused."""
    f = plan_fields().get(name)
    kind = f.kind if f is not None else None
    if kind == TEXT:
        return nfc(value)
    if kind == CRITERION:
        return _criterion(value, framework)
    if kind == LEVEL:
        return _level(value, framework, name)
    if kind == TIMEFRAME:
        if isinstance(value, Timeframe):
            if value.start and value.end and value.end < value.start:
                raise InputError("Thời gian thực hiện: tháng kết thúc {end} trước tháng bắt đầu {start}.", field="timeframe",
                                 end=value.end, start=value.start)
            return value
        return parse_timeframe(value, school_year=school_year or None)
    if kind == BUDGET:
        return value if isinstance(value, Budget) else parse_budget(value)
    if kind == STATUS:
        if value not in STATUSES:
            raise InputError("Trạng thái «{value}» không hợp lệ.", field="status", value=value)
        return value
    raise InputError("Không sửa được trường «{name}».", field=name, name=name)


def edit_field(row: PlanRow, name: str, value, framework: Framework, school_year: str = "") -> PlanRow:
    """``row`` with field ``name`` set from ``value``; raises InputError naming the field."""
    try:
        parsed = field_parse(name, value, framework, school_year)     # refuses a field it does not know
    except InputError as exc:                                        # the same refusal, naming the row
        raise InputError(exc.template, field=exc.field, row=row.position + 1, **exc.values) from None
    new = with_value(row, plan_fields()[name], parsed)
    if name == "criterion_code" and parsed != row.criterion_code and new.criterion_wording:
        # an imported row printed its document's wording of the criterion: another criterion has none
        new = replace(new, criterion_wording="")
    if (name in LEVEL_FIELDS and new.current_level is not None and new.target_level is not None
            and new.target_level < new.current_level):
        raise InputError(
            "Mức cần đạt (Mức {target_level}) thấp hơn mức hiện tại (Mức {current_level}).",
            field=name, row=row.position + 1, target_level=new.target_level, current_level=new.current_level)
    return new
