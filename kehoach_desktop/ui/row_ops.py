"""What the row actions do: edit a field, add, duplicate, delete, move, find.

Business rules live in domain/ (``edit_field``, ``insert_position``); this
class turns a user's gesture into one undo command, or into a Vietnamese
message when the input is refused (then nothing is written).
"""
from __future__ import annotations

import copy

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.plan import FORM_TT18, PlanRow
from kehoach_desktop.domain.row_edit import edit_field
from kehoach_desktop.domain.row_order import insert_position
from kehoach_desktop.ui.criteria_tree import fold
from kehoach_desktop.ui.commands import AddRowCommand, DeleteRowCommand, EditRowCommand, MoveRowCommand
from kehoach_desktop.ui.errors import error_text
from kehoach_desktop.ui.plan_columns import form_field_label
from kehoach_desktop.ui.session import PlanSession
from kehoach_desktop.ui.table_view import PlanTableView


class RowOps(QObject):
    message = Signal(str)       # for the status bar

    def __init__(self, session: PlanSession, undo: QUndoStack, table: PlanTableView, window: QWidget) -> None:
        super().__init__(window)
        self.session, self.undo, self.table, self.window = session, undo, table, window

    # -- the row the user is on -------------------------------------------------------
    def current_row(self) -> PlanRow | None:
        return self.session.model.row_at(self.table.currentIndex().row())

    def select_row(self, row_id: int | None) -> None:
        if row_id is not None:
            self.table.select_visual(self.session.model.visual_of(row_id))

    # -- editing ----------------------------------------------------------------------
    def edit(self, row_id: int, name: str, value) -> str | None:
        """Apply one field edit; return the Vietnamese message when refused (nothing written)."""
        session = self.session
        row = session.row(row_id)
        if row is None or session.plan is None:
            return None
        try:
            new = edit_field(row, name, value, session.framework, session.plan.school_year)
        except InputError as exc:
            self.message.emit(error_text(exc))
            return error_text(exc)
        if new == row:
            return None
        self.undo.push(EditRowCommand(session, session.plan.id, row, new,
                                       form_field_label(session.framework.plan_form, name)))
        return None

    def add(self, code: str | None = None) -> None:
        session = self.session
        if session.plan is None:
            return
        current = self.current_row()
        rows = session.model.rows
        if code:
            position = insert_position(rows, code)
        else:
            position = current.position + 1 if current else len(rows)
            code = current.criterion_code if current else ""
        if not code and session.framework.plan_form == FORM_TT18:
            code = session.framework.criteria()[0].code
        row = PlanRow(criterion_code=code or "")
        if code and current and current.criterion_code == code:
            row.current_level, row.target_level = current.current_level, current.target_level
        command = AddRowCommand(session, session.plan.id, row, position)
        self.undo.push(command)
        self.select_row(command.row_id)

    def duplicate(self) -> None:
        current = self.current_row()
        if current is None:
            return
        command = AddRowCommand(self.session, self.session.plan.id, copy.deepcopy(current),
                                current.position + 1, self.tr("Nhân bản dòng"))
        self.undo.push(command)
        self.select_row(command.row_id)

    def confirm_delete(self) -> bool:
        box = QMessageBox(QMessageBox.Question, self.tr("Xóa dòng"),
                          self.tr("Xóa dòng đang chọn khỏi kế hoạch?\n(Có thể hoàn tác bằng Ctrl+Z.)"),
                          parent=self.window)
        yes = box.addButton(self.tr("Xóa"), QMessageBox.AcceptRole)
        box.addButton(self.tr("Không"), QMessageBox.RejectRole)
        box.exec()
        return box.clickedButton() is yes

    def delete(self) -> None:
        current = self.current_row()
        if current is None or not self.confirm_delete():
            return
        position = current.position
        self.undo.push(DeleteRowCommand(self.session, self.session.plan.id, current.id))
        rows = self.session.model.rows
        if rows:
            self.select_row(rows[min(position, len(rows) - 1)].id)

    def move(self, step: int) -> None:
        current = self.current_row()
        if current is None:
            return
        new = current.position + step
        if not 0 <= new < len(self.session.model.rows):
            return
        self.undo.push(MoveRowCommand(self.session, self.session.plan.id, current.id, current.position, new))
        self.select_row(current.id)

    # -- finding ----------------------------------------------------------------------
    def find(self, text: str, forward: bool = True) -> bool:
        """Select the next row (after the current one, wrapping) whose text contains ``text``."""
        needle = fold(text.strip())
        rows = self.session.model.rows
        if not needle or not rows:
            return False
        current = self.current_row()
        start = current.position if current else -1
        count = len(rows)
        for step in range(1, count + 1):
            row = rows[(start + (step if forward else -step)) % count]
            haystack = " ".join([row.criterion_code, row.expected_result, row.tasks, row.lead,
                                 row.timeframe.display(), row.budget.display(), row.support, row.notes,
                                 row.content, row.indicators, row.expected_evidence])
            if needle in fold(haystack):
                self.select_row(row.id)
                return True
        self.message.emit(self.tr("Không tìm thấy «{0}».").format(text))
        return False
