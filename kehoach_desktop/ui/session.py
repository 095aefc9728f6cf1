"""Editing the plans of one open file: the one place that writes and then updates the screen.

Undo commands call these methods. Each writes to the file first (one
transaction through the document's guard) and then updates the table model,
so the screen always shows what was typed; if the write fails the screen
still updates (nothing typed is lost) and ``WriteFailed`` goes up to the
command, which reports it and drops itself from the undo stack.
"""
from __future__ import annotations

import copy

from PySide6.QtCore import QObject, Qt, Signal

from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.fields import plan_fields, value_of
from kehoach_desktop.domain.plan import Plan, PlanRow, ProgressUpdate, School
from kehoach_desktop.store import plans, progress, snapshots
from kehoach_desktop.store.guard import WriteFailed
from kehoach_desktop.ui.document import SchoolDocument
from kehoach_desktop.ui.plan_table import PlanTableModel


class PlanSession(QObject):
    planLoaded = Signal(int)          # plan id now on screen
    plansChanged = Signal()           # a plan added, removed or renamed (school year)
    rowChanged = Signal(int)          # row id edited
    rowsChanged = Signal()            # rows added, removed or moved
    schoolChanged = Signal()
    problem = Signal(str)             # a write failed: show the Vietnamese message

    def __init__(self, document: SchoolDocument, parent=None) -> None:
        super().__init__(parent)
        self.doc = document
        self.model = PlanTableModel(self)

    @property
    def plan(self) -> Plan | None:
        return self.model.plan

    @property
    def framework(self):
        return self.model.framework

    # -- which plan is on screen ------------------------------------------------------
    def load(self, plan_id: int | None) -> None:
        if plan_id is None:
            self.model.set_plan(None, None)
        else:
            plan = self.doc.get_plan(plan_id)
            self.model.set_plan(plan, self.doc.framework(plan.framework_id))
        self.planLoaded.emit(plan_id or 0)

    def show_plan(self, plan_id: int) -> None:
        """Undo of an edit in another plan brings that plan back on screen first."""
        if self.plan is None or self.plan.id != plan_id:
            self.load(plan_id)

    def row(self, row_id: int) -> PlanRow | None:
        index = self.model.index_of_row(row_id)
        return copy.deepcopy(self.model.rows[index]) if index >= 0 else None

    # -- writes (called by ui.commands) -----------------------------------------------
    def _write(self, fn, *args):
        return self.doc.write(fn, *args)

    def put_row(self, plan_id: int, before: PlanRow, after: PlanRow) -> None:
        """Write the fields that differ between ``before`` (as last read) and ``after``.

        Another window or the command line may have changed the row since: only the edited fields
        are written, each refused if the file no longer has its ``before`` value (plans.update_row_fields).
        """
        self.show_plan(plan_id)
        changes = {f.name: (value_of(before, f), value_of(after, f))
                   for f in plan_fields() if value_of(before, f) != value_of(after, f)}
        try:
            fresh = self._write(plans.update_row_fields, after.id, changes)
        except WriteFailed:   # the file is gone: the screen keeps what was typed
            self.model.replace_row(copy.deepcopy(after))
            self.rowChanged.emit(after.id)
            raise
        except InputError:    # changed elsewhere: the table shows the file, nothing typed was written
            self._reload_row(after.id)
            raise
        self.model.replace_row(fresh)
        self.rowChanged.emit(after.id)

    def insert_row(self, plan_id: int, snapshot: snapshots.RowSnapshot) -> None:
        self.show_plan(plan_id)
        snap = copy.deepcopy(snapshot)
        try:
            self._write(snapshots.restore_row, snap)
        finally:
            snapshot.row.id = snap.row.id
            self.model.insert_row(copy.deepcopy(snap.row), snap.row.position)
            self.rowsChanged.emit()

    def remove_row(self, plan_id: int, row_id: int) -> snapshots.RowSnapshot | None:
        self.show_plan(plan_id)
        try:
            return self._write(snapshots.take_row, row_id)
        finally:
            self.model.remove_row(row_id)
            self.model.errors = {k: v for k, v in self.model.errors.items() if k[0] != row_id}
            self.rowsChanged.emit()

    def move_row(self, plan_id: int, row_id: int, position: int) -> None:
        self.show_plan(plan_id)
        try:
            self._write(plans.move_row, row_id, position)
        finally:
            self.model.move_row(row_id, position)
            self.rowsChanged.emit()

    def put_header(self, plan: Plan) -> None:
        self.show_plan(plan.id)
        header = copy.deepcopy(plan)
        header.rows = []
        try:
            self._write(plans.save_plan_header, header)
        finally:
            self.put_header_on_screen(copy.deepcopy(plan))

    def put_school(self, school: School) -> None:
        try:
            self._write(plans.save_school, copy.deepcopy(school))
        finally:
            self.doc.school = copy.deepcopy(school)
            self.schoolChanged.emit()

    def add_plan(self, plan: Plan) -> int:
        """Insert a whole plan (new, or back after an undo: its ids are kept)."""
        fresh = copy.deepcopy(plan)
        if fresh.id is None:
            self._write(plans.save_plan, fresh)
        else:
            self._write(snapshots.restore_plan, fresh)
        self.plansChanged.emit()
        self.load(fresh.id)
        return fresh.id

    def remove_plan(self, plan_id: int, fallback: int | None) -> None:
        self._write(plans.delete_plan, plan_id)
        self.plansChanged.emit()
        if self.plan is not None and self.plan.id == plan_id:
            self.load(fallback)

    def add_progress(self, plan_id: int, row_id: int, update: ProgressUpdate) -> int:
        """Record a dated update (the row's status, percent and spent follow it in the same transaction)."""
        self.show_plan(plan_id)
        try:
            return self._write(progress.add_update, row_id, copy.deepcopy(update), self.framework)
        finally:
            self._reload_row(row_id)

    def remove_progress(self, plan_id: int, row_id: int, update_id: int) -> None:
        self.show_plan(plan_id)
        try:
            self._write(progress.delete_update, update_id)
        finally:
            self._reload_row(row_id)

    def _reload_row(self, row_id: int) -> None:
        """The row as the file now has it (its status follows its updates there)."""
        try:
            row = self.doc.guard.read(plans.get_row, self.doc.db, row_id)
        except InputError:   # the file vanished: the screen keeps what it showed, the write reported it
            return
        self.model.replace_row(row)
        self.rowChanged.emit(row_id)

    # -- another writer changed the file --------------------------------------------------
    def refresh(self) -> None:
        """Bring the plan on screen in line with the file after another writer changed it.

        Rows that merely changed are replaced in place (no model reset: the selection and an open
        cell editor stay); added, removed or moved rows rebuild the table.
        """
        if self.plan is None:
            return
        try:
            fresh = self.doc.get_plan(self.plan.id)
        except InputError:    # the plan was deleted elsewhere (or the file vanished: the next write says so)
            if self.doc.guard.present():
                remaining = self.doc.list_plans()
                self.plansChanged.emit()
                self.load(remaining[0].id if remaining else None)
            return
        rows, fresh.rows = fresh.rows, []
        shown = copy.copy(self.plan)
        shown.rows = []
        if shown != fresh:
            self.put_header_on_screen(fresh)
        if [r.id for r in rows] != [r.id for r in self.model.rows]:
            self.model.replace_rows(rows)
            self.rowsChanged.emit()
            return
        for old, new in zip(list(self.model.rows), rows):
            if old != new:
                self.model.replace_row(new)
                self.rowChanged.emit(new.id)

    def put_header_on_screen(self, header: Plan) -> None:
        header.rows = self.model.rows
        if header.framework_id != self.model.plan.framework_id:
            self.model.set_plan(header, self.doc.framework(header.framework_id))
        else:
            self.model.plan = header
            self.model.headerDataChanged.emit(Qt.Horizontal, 0, max(0, self.model.columnCount() - 1))
        self.plansChanged.emit()

    def memory_plan(self) -> Plan | None:
        """The plan as on screen, with its rows (for «Lưu bản sao»)."""
        return copy.deepcopy(self.plan) if self.plan else None
