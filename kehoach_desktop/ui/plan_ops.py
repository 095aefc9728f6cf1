"""Plans and the school from the window: a new plan, next year's plan, the plan's and the school's details.

Each is one undoable step on the window's undo stack (ui/commands.py); the dialogs refuse a school
year the file already has, keeping what was typed.
"""
from __future__ import annotations

from PySide6.QtCore import QObject

from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.store.next_year import next_year_plan
from kehoach_desktop.ui.commands import AddPlanCommand, EditHeaderCommand, EditSchoolCommand
from kehoach_desktop.ui.errors import error_text


class PlanOps(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window

    def new_plan(self) -> None:
        """A new plan (and, in a new file, the school first): one undoable step."""
        win = self.window
        from kehoach_desktop.ui.dialogs.first_run import FirstRunWizard
        doc, session = win.document, win.session
        if session is None:
            return
        wizard = FirstRunWizard(doc.catalogs, doc.school, win,
                                taken_years=frozenset(p.school_year for p in doc.list_plans()))
        if not wizard.exec():
            return
        school, plan = wizard.school(), wizard.plan()
        if any(p.school_year == plan.school_year for p in doc.list_plans()):
            win.files.warn(self.tr("Trường đã có kế hoạch năm học {0}; mỗi năm học chỉ có một kế hoạch. "
                                   "Hãy chọn năm học khác.").format(plan.school_year))
            return
        win.undo.beginMacro(self.tr("Kế hoạch năm học {0}").format(plan.school_year))
        if school != doc.school:
            win.undo.push(EditSchoolCommand(session, doc.school, school))
        win.undo.push(AddPlanCommand(session, plan, session.plan.id if session.plan else None,
                                     self.tr("Kế hoạch năm học {0}").format(plan.school_year)))
        win.undo.endMacro()

    def edit_plan_header(self) -> None:
        win = self.window
        from kehoach_desktop.ui.dialogs.plan_dialog import PlanDialog
        session = win.session
        if session is None or session.plan is None:
            return
        level = win.document.school.level if win.document.school else None
        taken = {p.school_year for p in win.document.list_plans() if p.id != session.plan.id}
        dialog = PlanDialog(session.plan, win.document.catalogs, level, bool(session.model.rows), win,
                            taken_years=taken, school=win.document.school)
        if dialog.exec() and dialog.result_plan is not None:
            win.undo.push(EditHeaderCommand(session, session.plan, dialog.result_plan))

    def next_year_plan(self) -> None:
        win = self.window
        session = win.session
        if session is None or session.plan is None:
            return
        try:
            fresh = win.document.guard.read(next_year_plan, win.document.db, session.plan.id)
        except InputError as exc:
            win.files.warn(error_text(exc))
            return
        win.undo.push(AddPlanCommand(session, fresh, session.plan.id,
                                     self.tr("Kế hoạch năm học {0}").format(fresh.school_year)))
        win.statusBar().showMessage(self.tr("Đã tạo kế hoạch năm học {0} với {1} dòng chưa hoàn thành.")
                                    .format(fresh.school_year, len(fresh.rows)), 10000)

    def edit_school(self) -> None:
        win = self.window
        from kehoach_desktop.ui.dialogs.school_dialog import SchoolDialog
        if win.session is None:
            return
        dialog = SchoolDialog(win.document.school, win)
        if dialog.exec() and dialog.result_school is not None:
            win.undo.push(EditSchoolCommand(win.session, win.document.school, dialog.result_school))
