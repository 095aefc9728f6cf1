"""The chỉ tiêu on the «Tiến độ» tab: a table to type in, «Thêm chỉ tiêu», «Xóa chỉ tiêu».

Each gesture becomes one undo step on the window's stack (ui/target_commands.py),
checked first by the rules the command line uses (domain/targets.py), so a
refused value writes nothing: its cell keeps what was typed and the reason
shows in red under the table.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QMessageBox, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.plan import Target
from kehoach_desktop.domain.targets import edit_target, new_target_name
from kehoach_desktop.ui.errors import error_text
from kehoach_desktop.ui.target_commands import AddTargetCommand, DeleteTargetCommand, EditTargetCommand, TargetHost
from kehoach_desktop.ui.target_model import KEYS, TargetModel

NAME_MIN = 140      # px the stretching name column keeps however narrow the window
Editing = Callable[[], "tuple[QUndoStack, TargetHost] | None"]


class TargetsPanel(QWidget):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.plan_id: int | None = None
        self.editing: Editing | None = None    # the undo stack and writer of the window (set by the dashboard)
        self.model = TargetModel(self)
        self.model.on_edit = self._edit
        self.model.refused.connect(self.show_problem)
        self._build()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Thêm chỉ tiêu"), self, objectName="add_target")
        self.delete_button = QPushButton(self.tr("Xóa chỉ tiêu"), self, objectName="delete_target")
        self.add_button.setToolTip(self.tr("Thêm một chỉ tiêu vào kế hoạch, rồi gõ tên và mục tiêu của nó"))
        self.delete_button.setToolTip(self.tr("Xóa chỉ tiêu đang chọn (có thể hoàn tác bằng Ctrl+Z)"))
        self.add_button.clicked.connect(self.add)
        self.delete_button.clicked.connect(self.delete)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.view = QTableView(self, objectName="targets")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectItems)
        self.view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.DoubleClicked | QAbstractItemView.EditKeyPressed
                                  | QAbstractItemView.AnyKeyPressed | QAbstractItemView.SelectedClicked)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.ElideRight)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(26)
        header = self.view.horizontalHeader()
        header.setMinimumSectionSize(72)
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        layout.addWidget(self.view, 1)
        self.problem = QLabel("", self, objectName="target_problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #c0392b; font-weight: bold;")
        self.problem.hide()
        layout.addWidget(self.problem)
        self._update_buttons()

    # -- showing ----------------------------------------------------------------------
    def set_targets(self, plan_id: int | None, targets: list[Target]) -> None:
        if plan_id != self.plan_id:
            self.model.pending.clear()
            self.clear_problem()
        self.plan_id = plan_id
        self.model.set_targets(targets)
        # sized once after filling: the others fit their contents, the name stretches but keeps NAME_MIN
        others = 0
        for column in range(1, self.model.columnCount()):
            self.view.resizeColumnToContents(column)
            self.view.setColumnWidth(column, min(self.view.columnWidth(column) + 16, 160))
            others += self.view.columnWidth(column)
        self.view.setMinimumWidth(others + NAME_MIN + 2 * self.view.frameWidth())
        self._update_buttons()

    def show_problem(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.show()

    def clear_problem(self) -> None:
        self.problem.clear()
        self.problem.hide()

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(self.plan_id is not None)
        self.delete_button.setEnabled(self.current_target() is not None)

    def current_target(self) -> Target | None:
        index = self.view.currentIndex()
        return self.model.target_at(index.row()) if index.isValid() else None

    # -- gestures ---------------------------------------------------------------------
    def _push(self, make: Callable[[TargetHost], object]) -> bool:
        found = self.editing() if self.editing else None
        if found is None or self.plan_id is None:
            return False
        undo, host = found
        undo.push(make(host))
        return True

    def _edit(self, target: Target, key: str, text: str) -> str | None:
        """One typed cell: the Vietnamese reason when refused, else None (the step is pushed if anything changed)."""
        try:
            new = edit_target(target, key, text, self.model.targets)
        except InputError as exc:
            label = self.model.headerData(KEYS.index(key), Qt.Horizontal)
            return self.tr("«{0}», cột {1}: {2}").format(target.name, label, error_text(exc))
        self.clear_problem()
        if new != target:
            self._push(lambda host: EditTargetCommand(host, target, new))
        return None

    def add(self) -> None:
        """A new chỉ tiêu at the end (≥ 0 %), its name cell chosen so the principal types over it."""
        name = new_target_name(self.model.targets, self.tr("Chỉ tiêu mới"))
        target = Target(name=name, value=0, unit="%", comparison=">=", position=len(self.model.targets))
        if self._push(lambda host: AddTargetCommand(host, self.plan_id, target)):
            row = next((r for r, t in enumerate(self.model.targets) if t.name == name), -1)
            if row >= 0:
                self.view.setCurrentIndex(self.model.index(row, 0))
                self.view.scrollTo(self.model.index(row, 0))
                self.view.setFocus()

    def confirm_delete(self, target: Target) -> bool:
        box = QMessageBox(QMessageBox.Question, self.tr("Xóa chỉ tiêu"),
                          self.tr("Xóa chỉ tiêu «{0}» và các kết quả đã nhập của nó?\n"
                                  "(Có thể hoàn tác bằng Ctrl+Z.)").format(target.name), parent=self)
        yes = box.addButton(self.tr("Xóa"), QMessageBox.AcceptRole)
        box.addButton(self.tr("Không"), QMessageBox.RejectRole)
        box.exec()
        return box.clickedButton() is yes

    def delete(self) -> None:
        target = self.current_target()
        if target is None or not self.confirm_delete(target):
            return
        row = self.view.currentIndex().row()
        self._push(lambda host: DeleteTargetCommand(host, self.plan_id, target))
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1), 0))
        self._update_buttons()

