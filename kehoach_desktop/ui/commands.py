"""One QUndoCommand per kind of edit; each writes through the session (one transaction each).

There is no "Save": redo() is the write. When a write fails (the file vanished,
the disk is full, the store refuses it) the session has already updated the screen, the command
reports the Vietnamese message and marks itself obsolete so the undo stack
drops it instead of pretending it is on disk.
"""
from __future__ import annotations

import copy

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.plan import Plan, PlanRow, School
from kehoach_desktop.store.snapshots import RowSnapshot
from kehoach_desktop.ui.errors import error_text
from kehoach_desktop.ui.session import PlanSession

_tr = QCoreApplication.translate   # lupdate: -tr-function-alias translate+=_tr


class _Command(QUndoCommand):
    def __init__(self, session: PlanSession, text: str) -> None:
        super().__init__(text)
        self.session = session

    def _run(self, fn, *args):
        try:
            return fn(*args)
        except InputError as exc:   # WriteFailed, or a store invariant (one plan per school year)
            self.setObsolete(True)
            self.session.problem.emit(error_text(exc))
            return None


class EditRowCommand(_Command):
    def __init__(self, session: PlanSession, plan_id: int, before: PlanRow, after: PlanRow, label: str) -> None:
        super().__init__(session, _tr("Commands", "Sửa «{0}»").format(label))
        self.plan_id, self.before, self.after = plan_id, copy.deepcopy(before), copy.deepcopy(after)

    def redo(self) -> None:
        self._run(self.session.put_row, self.plan_id, self.before, self.after)

    def undo(self) -> None:
        self._run(self.session.put_row, self.plan_id, self.after, self.before)


class AddRowCommand(_Command):
    """Add a row (also: duplicate); redo after undo puts it back under the same id."""

    def __init__(self, session: PlanSession, plan_id: int, row: PlanRow, position: int, text: str = "") -> None:
        super().__init__(session, text or _tr("Commands", "Thêm dòng"))
        row = copy.deepcopy(row)
        row.id, row.position = None, position
        self.plan_id = plan_id
        self.snapshot = RowSnapshot(plan_id, row)

    @property
    def row_id(self) -> int | None:
        return self.snapshot.row.id

    def redo(self) -> None:
        self._run(self.session.insert_row, self.plan_id, self.snapshot)

    def undo(self) -> None:
        taken = self._run(self.session.remove_row, self.plan_id, self.snapshot.row.id)
        if taken is not None:
            self.snapshot = taken


class DeleteRowCommand(_Command):
    def __init__(self, session: PlanSession, plan_id: int, row_id: int) -> None:
        super().__init__(session, _tr("Commands", "Xóa dòng"))
        self.plan_id, self.row_id = plan_id, row_id
        self.snapshot: RowSnapshot | None = None

    def redo(self) -> None:
        taken = self._run(self.session.remove_row, self.plan_id, self.row_id)
        if taken is not None:
            self.snapshot = taken

    def undo(self) -> None:
        if self.snapshot is not None:
            self._run(self.session.insert_row, self.plan_id, self.snapshot)


class MoveRowCommand(_Command):
    def __init__(self, session: PlanSession, plan_id: int, row_id: int, old: int, new: int) -> None:
        super().__init__(session, _tr("Commands", "Chuyển dòng"))
        self.plan_id, self.row_id, self.old, self.new = plan_id, row_id, old, new

    def redo(self) -> None:
        self._run(self.session.move_row, self.plan_id, self.row_id, self.new)

    def undo(self) -> None:
        self._run(self.session.move_row, self.plan_id, self.row_id, self.old)


class EditHeaderCommand(_Command):
    def __init__(self, session: PlanSession, before: Plan, after: Plan) -> None:
        super().__init__(session, _tr("Commands", "Sửa thông tin kế hoạch"))
        self.before, self.after = copy.deepcopy(before), copy.deepcopy(after)
        self.before.rows = self.after.rows = []

    def redo(self) -> None:
        self._run(self.session.put_header, self.after)

    def undo(self) -> None:
        self._run(self.session.put_header, self.before)


class EditSchoolCommand(_Command):
    def __init__(self, session: PlanSession, before: School | None, after: School) -> None:
        super().__init__(session, _tr("Commands", "Sửa thông tin trường"))
        self.before, self.after = copy.deepcopy(before), copy.deepcopy(after)

    def redo(self) -> None:
        self._run(self.session.put_school, self.after)

    def undo(self) -> None:
        if self.before is not None:
            self._run(self.session.put_school, self.before)


class AddPlanCommand(_Command):
    """A new plan (e.g. next year's); undo removes it and shows the plan that was open."""

    def __init__(self, session: PlanSession, plan: Plan, previous_id: int | None, text: str) -> None:
        super().__init__(session, text)
        self.plan, self.previous_id = copy.deepcopy(plan), previous_id

    def redo(self) -> None:
        plan_id = self._run(self.session.add_plan, self.plan)
        if plan_id is not None and self.plan.id is None:
            self.plan = self.session.memory_plan()   # now with the ids the file gave it

    def undo(self) -> None:
        if self.plan.id is not None:
            self._run(self.session.remove_plan, self.plan.id, self.previous_id)
