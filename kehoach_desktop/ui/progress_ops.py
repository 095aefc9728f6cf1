"""«Cập nhật tiến độ» from the window: the form, then one undoable step that records the update.

The form (ui/progress_dialog.py) checks what it can; the use case (usecases/record_progress.py,
as `kehoach progress update`) records the update and brings the row's status, percent and
spent in line in one transaction; undo removes that update again and the row follows what
remains. The rows the use case says changed are repainted.
"""
from __future__ import annotations

import copy

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.plan import ProgressUpdate
from kehoach_desktop.domain.progress import row_label
from kehoach_desktop.store.evidence_items import list_items
from kehoach_desktop.store.progress import used_evidence
from kehoach_desktop.ui.errors import error_text
from kehoach_desktop.ui.session import PlanSession
from kehoach_desktop.usecases import record_progress as use_case
from kehoach_desktop.usecases.school_file import SchoolFile

_tr = QCoreApplication.translate   # lupdate: -tr-function-alias translate+=_tr


class AddProgressCommand(QUndoCommand):
    def __init__(self, session: PlanSession, plan_id: int, row_id: int, update: ProgressUpdate, label: str) -> None:
        super().__init__(_tr("ProgressOps", "Cập nhật tiến độ «{0}»").format(label))
        self.session, self.plan_id, self.row_id = session, plan_id, row_id
        self.update = copy.deepcopy(update)
        self.update_id: int | None = None

    def _file(self) -> SchoolFile:
        self.session.show_plan(self.plan_id)   # undo of an update in another plan brings that plan back first
        return SchoolFile.of_document(self.session.doc)

    def _show(self, done: use_case.Recorded) -> None:
        """Repaint the one row the use case changed, as the file now has it (status, percent, spent)."""
        self.session.model.replace_row(done.row)
        for row_id in done.changes.row_ids:
            self.session.rowChanged.emit(row_id)

    def redo(self) -> None:
        try:
            done = use_case.record_progress(self._file(), self.row_id, copy.deepcopy(self.update),
                                            self.session.framework)
        except InputError as exc:     # a full disk, or a minh chứng code taken meanwhile: nothing recorded
            self.update_id = None
            self.setObsolete(True)
            self.session.problem.emit(error_text(exc))
            return
        self.update_id = done.update_id
        self._show(done)

    def undo(self) -> None:
        if self.update_id is None:
            return
        try:
            self._show(use_case.remove_progress(self._file(), self.row_id, self.update_id))
        except InputError as exc:
            self.setObsolete(True)
            self.session.problem.emit(error_text(exc))


def record_progress(window) -> int | None:
    """Ask for an update of the selected row and record it; the new update's id, or None."""
    from kehoach_desktop.ui.progress_dialog import ProgressDialog
    session, ops = window.session, window.row_ops
    row = ops.current_row() if ops else None
    if row is None or session.plan is None:
        window.statusBar().showMessage(_tr("ProgressOps", "Hãy chọn một dòng kế hoạch trước."), 8000)
        return None
    try:
        file = SchoolFile.of_document(window.document)
        used = file.read(used_evidence, session.plan.id)
        register = {item.code: item.name for item in file.read(list_items, session.plan.school_year)}
    except InputError as exc:
        window.files.warn(error_text(exc))
        return None
    remembered = window.settings.qs   # who usually reports: typed once, offered again next time
    update = ProgressDialog.get_update(row, session.framework, used, str(remembered.value("progress/reporter", "")),
                                       window, register, session.plan.school_year)
    if update is None:
        return None
    remembered.setValue("progress/reporter", update.reporter)
    command = AddProgressCommand(session, session.plan.id, row.id, update, row_label(row) or str(row.position + 1))
    window.undo.push(command)
    if command.update_id is not None:
        window.statusBar().showMessage(
            _tr("ProgressOps", "Đã ghi cập nhật tiến độ: {0}%.").format(update.percent), 8000)
    return command.update_id
