"""The chỉ tiêu table's model: one row a chỉ tiêu, cells typed like a spreadsheet's.

Columns: name, goal ("≥ 95 %"), then one per period of PERIODS showing the
figure and whether it is met. ``setData`` (what a delegate calls when a cell
is committed) hands the typed text to ``on_edit``; when that refuses it, the
cell keeps the typed text, turns red and carries the Vietnamese reason as its
tooltip, and ``refused`` tells the panel, so nothing typed is lost silently.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel

from kehoach_desktop.domain.plan import PERIODS, Target
from kehoach_desktop.domain.progress import TargetResult, format_number, target_results, target_text
from kehoach_desktop.domain.targets import GOAL, NAME
from kehoach_desktop.ui.progress_words import period_name, verdict

MET_ROLE = Qt.UserRole        # "met", "not_met" or "no_figure" on each period cell
EDIT_ROLE = Qt.UserRole + 2   # the text an editor opens with ("64", not "64 · Đạt")
KEYS = (NAME, GOAL, *PERIODS)
MET_COLORS = {True: QColor("#1e7b4f"), False: QColor("#c0392b")}
MUTED = QColor("#7b8794")
REFUSED_BACKGROUND = QColor("#fde2e1")

_tr = QCoreApplication.translate   # lupdate: -tr-function-alias translate+=_tr


class TargetModel(QStandardItemModel):
    refused = Signal(str)      # the Vietnamese reason a typed value was not taken

    def __init__(self, parent=None) -> None:
        super().__init__(0, len(KEYS), parent)
        self.targets: list[Target] = []
        # (target, key, typed text) → None when taken, else the Vietnamese reason it was refused
        self.on_edit: Callable[[Target, str, str], str | None] | None = None
        self.pending: dict[tuple[int, str], tuple[str, str]] = {}   # (target id, key) → (typed, reason)
        self._headers()

    def _headers(self) -> None:
        texts = [_tr("TargetModel", "Chỉ tiêu"), _tr("TargetModel", "Mục tiêu")] + [period_name(p) for p in PERIODS]
        tips = [_tr("TargetModel", "Tên chỉ tiêu: bấm đúp hoặc gõ để sửa"),
                _tr("TargetModel", "Gõ ví dụ: ≥ 95 %, <= 0,5 %, = 100 học sinh; chỉ gõ số thì giữ so sánh và đơn vị")]
        tips += [_tr("TargetModel", "Kết quả {0}: gõ một số, ví dụ 64 hoặc 0,5; xóa trắng để bỏ").format(period_name(p))
                 for p in PERIODS]
        for column, (text, tip) in enumerate(zip(texts, tips)):
            item = QStandardItem(text)
            item.setToolTip(tip)
            self.setHorizontalHeaderItem(column, item)

    # -- filling ----------------------------------------------------------------------
    def set_targets(self, targets: list[Target]) -> None:
        """Show a plan's chỉ tiêu; cells are updated in place so an open editor is not torn down."""
        self.targets = list(targets)
        known = {t.id for t in self.targets}
        self.pending = {k: v for k, v in self.pending.items() if k[0] in known}
        self.setRowCount(len(self.targets))
        for row, target in enumerate(self.targets):
            self._fill_row(row, target)

    def _fill_row(self, row: int, target: Target) -> None:
        by_period = {r.period: r for r in target_results(target)}
        self._cell(row, 0, target.name, target.name, target.name)
        self._cell(row, 1, target_text(target), target_text(target), None, Qt.AlignCenter)
        for column, period in enumerate(PERIODS, 2):
            self._period_cell(row, column, by_period.get(period))
        for (target_id, key), (typed, reason) in self.pending.items():
            if target_id == target.id:
                self._mark(row, KEYS.index(key), typed, reason)

    def _item(self, row: int, column: int) -> QStandardItem:
        item = self.item(row, column)
        if item is None:
            item = QStandardItem()
            self.setItem(row, column, item)
        return item

    def _cell(self, row: int, column: int, text: str, edit: str, tip: str | None, align=None,
              color: QColor | None = None, met: str | None = None) -> None:
        item = self._item(row, column)
        item.setData(text, Qt.DisplayRole)
        item.setData(edit, EDIT_ROLE)
        item.setData(tip, Qt.ToolTipRole)
        item.setData(color, Qt.ForegroundRole)
        item.setData(None, Qt.BackgroundRole)
        item.setData(met, MET_ROLE)
        if align is not None:
            item.setTextAlignment(align)

    def _period_cell(self, row: int, column: int, result: TargetResult | None) -> None:
        if result is None or result.met is None:
            self._cell(row, column, "—", "", None, Qt.AlignCenter, MUTED, "no_figure")
            return
        figure = format_number(result.actual)
        self._cell(row, column, f"{figure} · {verdict(result.met)}", figure, None, Qt.AlignCenter,
                   MET_COLORS[result.met], "met" if result.met else "not_met")

    def _mark(self, row: int, column: int, typed: str, reason: str) -> None:
        """A refused cell: what was typed stays, on red, with the reason as its tooltip."""
        item = self._item(row, column)
        item.setData(typed, Qt.DisplayRole)
        item.setData(typed, EDIT_ROLE)
        item.setData(reason, Qt.ToolTipRole)
        item.setData(REFUSED_BACKGROUND, Qt.BackgroundRole)
        item.setData(MET_COLORS[False], Qt.ForegroundRole)

    # -- reading and editing ----------------------------------------------------------
    def target_at(self, row: int) -> Target | None:
        return self.targets[row] if 0 <= row < len(self.targets) else None

    def reason_at(self, row: int, column: int) -> str | None:
        target = self.target_at(row)
        found = self.pending.get((target.id, KEYS[column])) if target else None
        return found[1] if found else None

    def data(self, index, role=Qt.DisplayRole):
        if role == Qt.EditRole:
            role = EDIT_ROLE
        return super().data(index, role)

    def setData(self, index, value, role=Qt.EditRole) -> bool:
        if role != Qt.EditRole or not index.isValid():
            return super().setData(index, value, role)
        target = self.target_at(index.row())
        if target is None:
            return False
        key = KEYS[index.column()]
        text = "" if value is None else str(value)
        if text == self.data(index, Qt.EditRole) and (target.id, key) not in self.pending:
            return True     # committed unchanged: nothing to write
        reason = self.on_edit(target, key, text) if self.on_edit else None
        if reason:
            self.pending[(target.id, key)] = (text, reason)
            self._mark(index.row(), index.column(), text, reason)
            self.refused.emit(reason)
            return False
        if self.pending.pop((target.id, key), None) is not None:   # taken, or typed back as it was
            self._fill_row(index.row(), self.targets[index.row()])
        return True
