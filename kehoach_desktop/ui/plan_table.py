"""The plan rows as a Qt table model, grouped under "Tiêu chuẩn N" on the 2018 form.

The model caches the plan's rows (the file is read once per plan) and is told
about each change by the session after the change is on disk, so it never
queries the store while painting. On the 2018 form a heading row spans the
table whenever the standard changes, as in the printed plan; on the 2026 form
rows are numbered 1, 2, 3 … and stand alone.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QApplication, QStyle

from kehoach_desktop.domain.catalog import Framework
from kehoach_desktop.domain.fields import BUDGET, CRITERION, LEVEL, STATUS, TIMEFRAME, plan_fields, value_of
from kehoach_desktop.domain.plan import FORM_TT57, Plan, PlanRow
from kehoach_desktop.domain.row_order import standard_of
from kehoach_desktop.ui.plan_columns import NUMBER_KEY, Column, columns_for, header, implementation_label

ROW_ID_ROLE = int(Qt.UserRole) + 1
HEADING_BRUSH = QBrush(QColor("#e8eef7"))
ERROR_BRUSH = QBrush(QColor("#f8c4c4"))

DISPLAY, DECORATION, EDIT = int(Qt.DisplayRole), int(Qt.DecorationRole), int(Qt.EditRole)
ALIGNMENT, BACKGROUND, TOOLTIP = int(Qt.TextAlignmentRole), int(Qt.BackgroundRole), int(Qt.ToolTipRole)
CELL_ROLES = frozenset({DISPLAY, DECORATION, EDIT, ALIGNMENT, BACKGROUND, TOOLTIP, int(ROW_ID_ROLE)})
CENTRED_TOP = int((Qt.AlignHCenter | Qt.AlignTop).value)
LEFT_TOP = int((Qt.AlignLeft | Qt.AlignTop).value)
HEADING_FLAGS = Qt.ItemIsEnabled
ROW_FLAGS = Qt.ItemIsEnabled | Qt.ItemIsSelectable
EDITABLE_FLAGS = ROW_FLAGS | Qt.ItemIsEditable

# (kind, value): ("std", standard number) for a heading, ("row", index into rows) for a plan row
Entry = tuple[str, int]


def levels_text(row: PlanRow) -> str:
    if row.current_level and row.target_level:
        return f"{row.current_level} → {row.target_level}"
    if row.target_level:
        return f"→ {row.target_level}"
    return str(row.current_level or "")


class PlanTableModel(QAbstractTableModel):
    layoutRebuilt = Signal()    # headings moved: the view re-spans them
    # A typed value was refused: (its cell, the Vietnamese reason). The view reopens the editor
    # on the typed text and the window shows the reason; nothing typed is lost.
    editRejected = Signal(QModelIndex, str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.plan: Plan | None = None
        self.framework: Framework | None = None
        self.columns: tuple[Column, ...] = ()
        self.entries: list[Entry] = []
        self.errors: dict[tuple[int, str], str] = {}     # (row id, field) → message
        self.refused: dict[tuple[int, str], str] = {}    # (row id, field) → the text typed and refused
        self.on_edit: Callable[[int, str, str], str | None] | None = None
        self.read_only = False     # the file is open in another window: shown, never edited here

    # -- loading ----------------------------------------------------------------------
    @property
    def rows(self) -> list[PlanRow]:
        return self.plan.rows if self.plan else []

    @property
    def form(self) -> str:
        return self.framework.plan_form if self.framework else ""

    def set_plan(self, plan: Plan | None, framework: Framework | None) -> None:
        self.beginResetModel()
        self.plan, self.framework = plan, framework
        self.columns = columns_for(framework.plan_form) if framework else ()
        self.errors.clear()
        self.refused.clear()
        self._build_entries()
        self.endResetModel()
        self.layoutRebuilt.emit()

    def _build_entries(self) -> None:
        self.entries = []
        grouped = self.form != FORM_TT57
        last_std: int | None = -1
        for index, row in enumerate(self.rows):
            std = standard_of(row.criterion_code, self.framework)
            if grouped and std is not None and std != last_std:
                self.entries.append(("std", std))
            last_std = std
            self.entries.append(("row", index))

    def rebuild(self) -> None:
        """After rows were added, removed or moved: the headings may change."""
        self.beginResetModel()
        self._build_entries()
        self.endResetModel()
        self.layoutRebuilt.emit()

    # -- lookups ----------------------------------------------------------------------
    def row_at(self, visual: int) -> PlanRow | None:
        if 0 <= visual < len(self.entries) and self.entries[visual][0] == "row":
            return self.rows[self.entries[visual][1]]
        return None

    def visual_of(self, row_id: int) -> int:
        for visual, (kind, value) in enumerate(self.entries):
            if kind == "row" and self.rows[value].id == row_id:
                return visual
        return -1

    def visual_of_standard(self, no: int) -> int:
        for visual, (kind, value) in enumerate(self.entries):
            if (kind == "std" and value == no) or (kind == "row" and standard_of(self.rows[value].criterion_code, self.framework) == no):
                return visual
        return -1

    def heading_rows(self) -> list[int]:
        return [v for v, (kind, _) in enumerate(self.entries) if kind == "std"]

    def index_of_row(self, row_id: int) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == row_id), -1)

    def column_of(self, field: str) -> int:
        return next((c for c, col in enumerate(self.columns) if col.field == field or col.key == field), -1)

    # -- changes the session reports --------------------------------------------------
    def replace_row(self, row: PlanRow) -> None:
        index = self.index_of_row(row.id)
        if index < 0:
            return
        old = self.rows[index]
        regroup = standard_of(old.criterion_code, self.framework) != standard_of(row.criterion_code, self.framework)
        for key in [k for k in self.errors if k[0] == row.id]:   # saved since (form, undo): mark gone
            f = plan_fields().get(key[1])
            if f is None or value_of(old, f) != value_of(row, f):
                self.errors.pop(key, None)
                self.refused.pop(key, None)
        self.rows[index] = row
        if regroup:
            self.rebuild()
            return
        visual = self.visual_of(row.id)
        self.dataChanged.emit(self.index(visual, 0), self.index(visual, len(self.columns) - 1))

    def replace_rows(self, rows: list[PlanRow]) -> None:
        """Every row anew (another writer added, removed or moved some); marks of rows still there stay."""
        if self.plan is None:
            return
        self.plan.rows = rows
        ids = {r.id for r in rows}
        self.errors = {k: v for k, v in self.errors.items() if k[0] in ids}
        self.refused = {k: v for k, v in self.refused.items() if k[0] in ids}
        self.rebuild()

    def insert_row(self, row: PlanRow, position: int) -> None:
        self.rows.insert(max(0, min(position, len(self.rows))), row)
        self._renumber()
        self.rebuild()

    def remove_row(self, row_id: int) -> None:
        index = self.index_of_row(row_id)
        if index >= 0:
            del self.rows[index]
            self._renumber()
            self.rebuild()

    def move_row(self, row_id: int, position: int) -> None:
        index = self.index_of_row(row_id)
        if index >= 0:
            row = self.rows.pop(index)
            self.rows.insert(max(0, min(position, len(self.rows))), row)
            self._renumber()
            self.rebuild()

    def _renumber(self) -> None:
        for position, row in enumerate(self.rows):
            row.position = position

    def set_error(self, row_id: int, field: str, message: str | None, typed: str | None = None) -> None:
        """Mark a cell refused (with the text typed, kept on screen) or clear its mark."""
        if message:
            self.errors[(row_id, field)] = message
            if typed is not None:
                self.refused[(row_id, field)] = typed
        else:
            self.errors.pop((row_id, field), None)
            self.refused.pop((row_id, field), None)
        visual, column = self.visual_of(row_id), self.column_of(field)
        if visual >= 0 and column >= 0:
            self.dataChanged.emit(self.index(visual, column), self.index(visual, column))

    # -- Qt model interface -----------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation != Qt.Horizontal or section >= len(self.columns):
            return None
        if role == Qt.DisplayRole:
            return header(self.form, self.columns[section].key)
        if role == Qt.ToolTipRole and self.columns[section].key == "target_level":   # shows "2 → 3"
            return self.tr("Mức hiện tại → mức cần đạt")
        return None

    def flags(self, index):
        if self.row_at(index.row()) is None:
            return HEADING_FLAGS
        return EDITABLE_FLAGS if self.columns[index.column()].field and not self.read_only else ROW_FLAGS

    def data(self, index, role=Qt.DisplayRole):
        # Painted ~60 cells × 10 roles per frame: roles are compared as plain ints and the
        # alignments are precomputed (PySide's enum operations cost microseconds each).
        if not index.isValid():
            return None
        role = int(role)
        kind, value = self.entries[index.row()]
        if kind == "std":
            return self._heading_data(index.row(), index.column(), value, role)
        if role not in CELL_ROLES:
            return None
        row = self.rows[value]
        column = self.columns[index.column()]
        if role == ROW_ID_ROLE:
            return row.id
        key = (row.id, column.field or column.key)
        if role <= EDIT:                     # DisplayRole 0, DecorationRole 1, EditRole 2
            if role == DECORATION:
                return self._warning_icon() if key in self.errors else None
            if key in self.refused:          # what was typed stays until it is fixed or cleared
                return self.refused[key]
            return self._cell_text(row, column, value, role == EDIT)
        if role == ALIGNMENT:
            return CENTRED_TOP if column.key in (NUMBER_KEY, "target_level") else LEFT_TOP
        error = self.errors.get(key)
        if role == BACKGROUND:
            return ERROR_BRUSH if error else None
        return error                         # the tooltip: why the cell is red

    @staticmethod
    def _warning_icon():
        return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)

    def _heading_data(self, visual: int, column: int, no: int, role):
        if role == Qt.DisplayRole:
            if column == 0:
                return str(self.heading_rows().index(visual) + 1)
            if column == 1:
                standard = self.framework.standard(no) if self.framework else None
                title = f": {standard.title}" if standard else ""
                return self.tr("Tiêu chuẩn {0}").format(no) + title
            return None
        if role == Qt.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.BackgroundRole:
            return HEADING_BRUSH
        if role == Qt.TextAlignmentRole:
            return int((Qt.AlignHCenter if column == 0 else Qt.AlignLeft) | Qt.AlignVCenter)
        return None

    def _cell_text(self, row: PlanRow, column: Column, index: int, editing: bool) -> str:
        """A cell's words by its field's kind (the registry), so a new text field needs nothing here."""
        if column.key == NUMBER_KEY:
            return str(index + 1) if self.form == FORM_TT57 else ""
        f = plan_fields()[column.key]
        if f.kind == CRITERION:
            criterion = self.framework.criterion(row.criterion_code) if self.framework else None
            if criterion is None:
                return row.criterion_code
            return self.tr("Tiêu chí {0}: {1}").format(criterion.code, criterion.title)
        if f.kind == LEVEL:
            return levels_text(row)
        if f.kind in (TIMEFRAME, BUDGET):
            return value_of(row, f).display()
        if f.kind == STATUS:
            return implementation_label(row.status, row.percent)
        value = value_of(row, f)
        return "" if value is None else str(value)

    def setData(self, index, value, role=Qt.EditRole):
        row = self.row_at(index.row())
        column = self.columns[index.column()] if index.isValid() else None
        if (role != Qt.EditRole or row is None or column is None or not column.field or self.on_edit is None
                or self.read_only):
            return False
        text = str(value)
        if text == self._cell_text(row, column, 0, True):
            if (row.id, column.field) in self.errors:    # typed back to what is saved: nothing refused
                self.set_error(row.id, column.field, None)
                return True
            return False
        error = self.on_edit(row.id, column.field, text)
        self.set_error(row.id, column.field, error, typed=text)
        if error is not None:
            self.editRejected.emit(self.index(index.row(), index.column()), error)
        return error is None
