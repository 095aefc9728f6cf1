"""Every column of the inspection record's findings table described once (biên bản kiểm tra).

The printed record (PDF), its Word copy, the window's inspection dialog, the JSON that
`kehoach inspection add` reads (and its example), the model's checks and the store's
finding records all derive from these columns, as the plan's tables do from
``domain.fields``.

A column either repeats the inspected plan row (``ROW``: read-only, the dialog shows the
row in its one "Dòng kế hoạch" column) or holds what the team found (``FINDING``: a
``RowFinding`` attribute, or for a column without one a key of ``RowFinding.extra``; edited
in the dialog, stored per finding — a new one needs its ``inspection_finding`` column
added by a store migration). Its heading is the printed one (Vietnamese source text; the
dialog translates its own ``dialog`` heading through one lookup keyed by it).

The active columns are ``inspection_columns()``; a test swaps in its own with
``using_inspection_columns``.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, fields, replace
from typing import TYPE_CHECKING

from kehoach_desktop.domain.catalog import Framework
from kehoach_desktop.domain.plan import FORM_TT18, FORM_TT57, PlanRow
from kehoach_desktop.domain.plan_fields import PLAN_FIELDS
from kehoach_desktop.domain.row_order import criterion_of
from kehoach_desktop.domain.values import nfc

if TYPE_CHECKING:
    from kehoach_desktop.domain.inspection import RowFinding

ROW, FINDING = "row", "finding"
NUMBER = "number"      # the leading TT column: blank on a plan row, the standards' rows carry the numbers

FINDINGS = {
    "done": "Đã hoàn thành",
    "in_progress": "Đang thực hiện",
    "not_done": "Không hoàn thành",
    "not_started": "Chưa thực hiện",
}

# The rows the JSON example's findings name: by printed number, then by criterion.
EXAMPLE_ROWS: tuple[dict[str, object], ...] = ({"row": 1}, {"criterion": "3.4"})

RowText = Callable[[PlanRow, Framework], str]


@dataclass(frozen=True)
class InspectionColumn:
    name: str                           # ROW: a name; FINDING: RowFinding attribute or key of its extra
    heading: str                        # as printed (PDF and Word)
    printed: float                      # share of the printed table's width
    word: float                         # share of the Word table's width (mm on the landscape frame)
    source: str = ROW                   # ROW: the plan row's words; FINDING: the team's
    row_text: RowText | None = None     # ROW: the printed words of the plan row
    choices: dict[str, str] | None = None   # FINDING picked from a list: key → printed words
    required: bool = False              # FINDING: a finding is refused without it
    dialog: str = ""                    # FINDING: heading in the dialog's findings tab
    default: str = ""                   # FINDING: the value of a finding not yet judged
    examples: tuple[str, ...] = ()      # FINDING: its value in each finding of the JSON example

    def text(self, row: PlanRow, finding: RowFinding | None, fw: Framework) -> str:
        """The cell's printed words for ``row`` (a finding's cells stay blank without a finding)."""
        if self.source == ROW:
            return self.row_text(row, fw) if self.row_text else ""
        if finding is None:
            return ""
        value = value_of(finding, self)
        return self.choices.get(value, "") if self.choices is not None else str(value or "")


def _is_attribute(finding: RowFinding, name: str) -> bool:
    return name in {f.name for f in fields(finding)} and name != "extra"


def value_of(finding: RowFinding, column: InspectionColumn):
    if _is_attribute(finding, column.name):
        return getattr(finding, column.name)
    return dict(finding.extra).get(column.name, column.default)


def with_value(finding: RowFinding, column: InspectionColumn, value) -> RowFinding:
    """A new finding with ``column`` set (``extra`` is immutable pairs, replaced, never changed in place)."""
    if _is_attribute(finding, column.name):
        return replace(finding, **{column.name: value})
    return replace(finding, extra=tuple(sorted({**dict(finding.extra), column.name: value}.items())))


def criterion_words(row: PlanRow, fw: Framework) -> str:
    """The criterion with its title, the 2026 form's content first: what the team inspected."""
    criterion = criterion_of(row.criterion_code, fw)
    label = f"Tiêu chí {criterion.code}. {criterion.title}" if criterion else (
        f"Tiêu chí {row.criterion_code}" if row.criterion_code else "")
    if row.content:
        return f"{row.content}\n({label})" if label else row.content
    return label


class InspectionColumns:
    """The findings table's columns in their printed order, with the views every consumer needs."""

    def __init__(self, columns: tuple[InspectionColumn, ...]) -> None:
        self.columns = tuple(columns)
        if len({c.name for c in self.columns}) != len(self.columns):
            raise ValueError("two columns share a name")

    def __iter__(self) -> Iterator[InspectionColumn]:
        return iter(self.columns)

    def finding_columns(self) -> list[InspectionColumn]:
        return [c for c in self.columns if c.source == FINDING]

    def dialog_columns(self) -> list[InspectionColumn]:
        return [c for c in self.finding_columns() if c.dialog]

    def cells(self, row: PlanRow, finding: RowFinding | None, fw: Framework) -> list[str]:
        return [c.text(row, finding, fw) for c in self.columns]

    def with_column(self, new: InspectionColumn) -> "InspectionColumns":
        return InspectionColumns(self.columns + (new,))


def _plan_heading(name: str, form: str) -> str:
    """A plan column's heading as that form's plan prints it (the plan registry describes it once)."""
    return PLAN_FIELDS[name].forms[form].printed_heading


def _criterion_label(row: PlanRow, fw: Framework) -> str:
    criterion = criterion_of(row.criterion_code, fw)
    if criterion:
        return f"Tiêu chí {criterion.code}. {criterion.title}"
    return f"Tiêu chí {row.criterion_code}" if row.criterion_code else ""


# What the team found: the same columns whatever the plan's form (each is an inspection_finding column).
FINDING_COLUMNS = (
    InspectionColumn("status", "Kết quả kiểm tra", 26, 26, FINDING, choices=FINDINGS, required=True,
                     dialog="Kết quả", default="not_started", examples=("done", "in_progress")),
    InspectionColumn("comment", "Nhận xét", 43, 43, FINDING, dialog="Nhận xét",
                     examples=("Đã công khai đầy đủ.", "Đang cải tạo.")),
)


def _row_column(name: str, form: str, share: float, row_text: RowText) -> InspectionColumn:
    return InspectionColumn(name, _plan_heading(name, form), share, share, row_text=row_text)


# The plan row as the team reads it, in the columns of the plan's own form (shares in mm of the 247 mm
# landscape frame): the 2018 form as the district template prints it (shared/seeds/inspection-record-
# template-quan3.txt: criterion, expected result, tasks, who leads, when); Biểu 2's improvement content
# (with its criterion), objective, indicators and time.
COLUMNS_BY_FORM = {
    FORM_TT18: InspectionColumns((
        InspectionColumn(NUMBER, "TT", 10, 10),
        InspectionColumn("criterion", _plan_heading("criterion_code", FORM_TT18), 32, 32, row_text=_criterion_label),
        _row_column("expected_result", FORM_TT18, 38, lambda row, fw: row.expected_result),
        _row_column("tasks", FORM_TT18, 48, lambda row, fw: row.tasks),
        _row_column("lead", FORM_TT18, 24, lambda row, fw: row.lead),
        _row_column("timeframe", FORM_TT18, 26, lambda row, fw: row.timeframe.display()),
        *FINDING_COLUMNS,
    )),
    FORM_TT57: InspectionColumns((
        InspectionColumn(NUMBER, "TT", 10, 10),
        _row_column("content", FORM_TT57, 54, criterion_words),
        _row_column("expected_result", FORM_TT57, 44, lambda row, fw: row.expected_result),
        _row_column("indicators", FORM_TT57, 44, lambda row, fw: row.indicators),
        _row_column("timeframe", FORM_TT57, 26, lambda row, fw: row.timeframe.display()),
        *FINDING_COLUMNS,
    )),
}
INSPECTION_COLUMNS = COLUMNS_BY_FORM[FORM_TT18]

_active: list[InspectionColumns] = []


def inspection_columns(form: str | None = None) -> InspectionColumns:
    """The columns in force for a plan of ``form`` (the finding columns are every form's), unless a test
    swapped in others."""
    if _active:
        return _active[-1]
    return COLUMNS_BY_FORM.get(form or FORM_TT18, INSPECTION_COLUMNS)


@contextmanager
def using_inspection_columns(columns: InspectionColumns) -> Iterator[InspectionColumns]:
    """Every consumer reads ``columns`` while the block runs (tests of a new column)."""
    _active.append(columns)
    try:
        yield columns
    finally:
        _active.pop()


# -- a finding as a plain dict (the JSON `kehoach inspection add` reads, the store's record) --------

def finding_values(finding: RowFinding) -> dict:
    """The finding's value of every FINDING column, by name, in the columns' order."""
    return {c.name: value_of(finding, c) for c in inspection_columns().finding_columns()}


def finding_from_values(row_id: int | None, values: dict) -> RowFinding:
    """A finding from ``values`` by column name; a column missing takes its default."""
    from kehoach_desktop.domain.inspection import RowFinding
    finding = RowFinding(row_id)
    for column in inspection_columns().finding_columns():
        value = values.get(column.name, column.default)
        finding = with_value(finding, column, nfc(value) if isinstance(value, str) else value)
    return finding


def finding_problem(finding: RowFinding) -> str:
    """Why ``finding`` cannot be signed ("" when it can): a value outside its list, a required one empty."""
    for column in inspection_columns().finding_columns():
        value = value_of(finding, column)
        if column.choices is not None and value not in column.choices:
            return f"{column.heading} «{value}» không hợp lệ (dùng: {', '.join(column.choices)})."
        if column.required and not str(value or "").strip():
            return f"{column.heading}: mỗi dòng cần có nội dung."
    return ""


def example_findings() -> list[dict]:
    """The findings of the JSON example: each example row with every FINDING column's example value."""
    columns = inspection_columns().finding_columns()
    return [{**ref, **{c.name: c.examples[i] if i < len(c.examples) else c.default for c in columns}}
            for i, ref in enumerate(EXAMPLE_ROWS)]
