"""The main window: criteria tree | (plan table over the row form, progress dashboard, self-assessment).

The window wires widgets together; what an edit means lives in domain/ and
row_ops.py, how it is written in session.py and commands.py.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QApplication, QComboBox, QLabel, QMainWindow, QMenu, QSplitter, QStackedWidget, QTabWidget, QVBoxLayout, QWidget,
)

from kehoach_desktop.domain.catalog import PROVISIONAL_MARK
from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.parse_refs import criterion_code
from kehoach_desktop.domain.row_order import criterion_of
from kehoach_desktop.store.file_lock import FileLock
from kehoach_desktop.store.plans import copy_numbers
from kehoach_desktop.ui.reply_ops import ReplyBanner, ReplyOps
from kehoach_desktop.ui.actions import build_actions
from kehoach_desktop.ui.assessment_ops import AssessmentOps
from kehoach_desktop.ui.assessment_editor_tree import show_finding, sync_tree
from kehoach_desktop.ui.assessment_page import AssessmentPage
from kehoach_desktop.ui.criteria_tree import CriteriaTree
from kehoach_desktop.ui.dashboard import DashboardWidget
from kehoach_desktop.ui.document import SchoolDocument
from kehoach_desktop.ui.errors import error_text
from kehoach_desktop.ui.exchange_ops import ExchangeOps
from kehoach_desktop.ui.file_ops import FileOps
from kehoach_desktop.ui.file_watch import FileWatch
from kehoach_desktop.ui.find_bar import FindBar
from kehoach_desktop.ui.plan_ops import PlanOps
from kehoach_desktop.ui.print_ops import PrintOps
from kehoach_desktop.ui.progress_ops import record_progress
from kehoach_desktop.ui.row_form import RowForm
from kehoach_desktop.ui.row_ops import RowOps
from kehoach_desktop.ui.screen_fit import PREFERRED_SIZE, fit_to_screen, scrollable
from kehoach_desktop.ui.second_window import READ_ONLY, SWITCH, ask_second_window
from kehoach_desktop.ui.session import PlanSession
from kehoach_desktop.ui.settings import AppSettings
from kehoach_desktop.ui.table_view import PlanTableView
from kehoach_desktop.ui.welcome import WelcomePage
from kehoach_desktop.ui.window_beacon import Beacon, call_forward


class MainWindow(QMainWindow):
    def __init__(self, settings: AppSettings | None = None) -> None:
        super().__init__()
        self.settings = settings or AppSettings()
        self.document: SchoolDocument | None = None
        self.session: PlanSession | None = None
        self.undo = QUndoStack(self)
        self.files = FileOps(self)
        self.printing = PrintOps(self)
        self.plans = PlanOps(self)
        self.exchange = ExchangeOps(self)
        self.replies = ReplyOps(self)
        self.assessment = AssessmentOps(self)
        self._build_widgets()
        self.menu_actions = build_actions(self)
        self.row_ops: RowOps | None = None
        self.watch: FileWatch | None = None
        self.beacon: Beacon | None = None      # answers a second window's «Chuyển sang cửa sổ đó»
        self.statusBar().addPermanentWidget(self.saved_label)
        self._restore_layout()
        self._update_state()

    # -- building ---------------------------------------------------------------------
    def _build_widgets(self) -> None:
        self.plan_label = QLabel(self.tr(" Kế hoạch: "), self)
        self.plan_selector = QComboBox(self)
        self.plan_selector.setMinimumContentsLength(36)   # «Năm học 2026-2027 · Thông tư 57/2026 (tạm thời)» whole
        self.plan_selector.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.plan_selector.activated.connect(self._plan_chosen)
        self.tree = CriteriaTree(self)
        self.table = PlanTableView(self)
        self.find_bar = FindBar(self)
        self.form = RowForm(self)
        plan_page = QWidget(self)
        column = QVBoxLayout(plan_page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.find_bar)
        self.reply_banner = ReplyBanner(plan_page)     # the office's latest decision on this plan
        column.addWidget(self.reply_banner)
        self.table_split = QSplitter(Qt.Vertical, plan_page)
        self.table_split.addWidget(self.table)
        self.table_split.addWidget(self.form)
        self.table_split.setStretchFactor(0, 1)
        self.table_split.setStretchFactor(1, 0)
        column.addWidget(self.table_split)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(plan_page, self.tr("Kế hoạch"))
        self.dashboard = DashboardWidget(self)
        self.dashboard.rowActivated.connect(self._dashboard_row)
        # In a scroll area: with its chỉ tiêu and five standards it is taller than a 125 % screen.
        self.dashboard_page = scrollable(self.dashboard)
        self.tabs.addTab(self.dashboard_page, self.tr("Tiến độ"))
        # The year's self-assessment beside the same tree, which then shows each criterion's assessed level.
        self.assessment_page = AssessmentPage(self)
        self.assessment_page.findingChanged.connect(lambda code: show_finding(self, code))
        self.assessment_page.assessmentLoaded.connect(lambda: sync_tree(self, force=True))
        self.tabs.addTab(self.assessment_page, self.tr("Tự đánh giá"))
        self.assessment.changed.connect(self.assessment_page.written_here)   # the council, register… dialogs wrote
        self.tabs.currentChanged.connect(self._tab_changed)
        self.main_split = QSplitter(Qt.Horizontal, self)
        self.main_split.addWidget(self.tree)
        self.main_split.addWidget(self.tabs)
        self.main_split.setStretchFactor(1, 1)
        self.welcome = WelcomePage(self)
        self.welcome.openRequested.connect(lambda: self.files.open_file())
        self.welcome.createRequested.connect(lambda: self.files.new_file())
        self.welcome.demoRequested.connect(lambda: self.files.open_demo())
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.main_split)
        self.setCentralWidget(self.stack)
        self.saved_label = QLabel(self)
        self.tree.criterionActivated.connect(self._criterion_clicked)
        self.tree.standardActivated.connect(self._standard_clicked)
        self.tree.addRowRequested.connect(lambda code: self.row_ops.add(code) if self.row_ops else None)
        self.form.fieldEdited.connect(self._form_edited)
        self.table.setContextMenuPolicy(Qt.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._table_menu)
        self.find_bar.findRequested.connect(lambda text, forward: self.row_ops and self.row_ops.find(text, forward))

    def _restore_layout(self) -> None:
        geometry = self.settings.geometry("main")
        if geometry is None or not self.restoreGeometry(geometry):
            fit_to_screen(self, PREFERRED_SIZE)
        else:
            fit_to_screen(self, (self.width(), self.height()))   # saved on a larger screen, or at 100 %
        # The first start shares the space the screen has: the tree a quarter of the width at
        # most, the row form at most 40 % of the height, so several table rows stay in view.
        width, height = self.width(), self.height()
        tree = min(330, max(230, width * 22 // 100))
        self.main_split.setSizes([tree, width - tree])
        self.table_split.setSizes([height * 6 // 10, height * 4 // 10])
        for key, splitter in (("main-split", self.main_split), ("table-split", self.table_split)):
            state = self.settings.geometry(key)
            if state is not None:
                splitter.restoreState(state)
        self.menu_actions.show_tree.setChecked(not self.tree.isHidden())

    # -- the open file ----------------------------------------------------------------
    def open_document(self, path: str | Path, *, create: bool = False, plan_id: int | None = None) -> bool:
        """Open (or create) a school file; InputError with a Vietnamese message when refused.

        A file open in another window of this program is opened read-only if the user agrees;
        otherwise nothing changes here (False).
        """
        lock = FileLock(Path(path).resolve())
        read_only = not lock.acquire()
        if read_only:
            choice = ask_second_window(self, Path(path))
            if choice == SWITCH and not call_forward(path):
                self.files.warn(self.tr("Không chuyển được sang cửa sổ kia (có thể nó vừa đóng). Hãy mở lại tệp."))
            if choice != READ_ONLY:
                return False
        document = SchoolDocument(path, create=create, read_only=read_only, lock=None if read_only else lock)
        self.close_document()
        self.document = document
        self.session = PlanSession(document, self)
        self.row_ops = RowOps(self.session, self.undo, self.table, self)
        self.row_ops.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.session.model.on_edit = self.row_ops.edit
        self.table.setModel(self.session.model)
        self.table.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.session.planLoaded.connect(self._plan_loaded)
        self.session.plansChanged.connect(self._fill_plan_selector)
        self.session.rowChanged.connect(self._rows_edited)
        self.session.rowsChanged.connect(self._rows_edited)
        self.session.schoolChanged.connect(self._update_state)
        self.session.problem.connect(self.show_write_problem)
        self.stack.setCurrentWidget(self.main_split)
        plans = document.list_plans()
        if document.school is None or not plans:    # a new file: the first-run wizard
            self.plans.new_plan()
            plans = document.list_plans()
        self._fill_plan_selector()
        if plan_id is None and plans:
            plan_id = plans[0].id
        self.session.load(plan_id)
        self.undo.clear()
        self.session.model.read_only = read_only
        self.form.setEnabled(not read_only)
        self.watch = FileWatch(self.session, self.table, self,
                               typing=lambda: self.form.isAncestorOf(QApplication.focusWidget()))
        self.watch.refreshed.connect(lambda _seconds: self.assessment_page.file_changed())
        self.assessment_page.set_document(document)
        if not read_only:
            self.beacon = Beacon(self, path)
        self._update_state()
        return True

    def changeEvent(self, event) -> None:
        """Coming back to the window: show what another writer changed meanwhile, at once."""
        super().changeEvent(event)
        if event.type() == QEvent.ActivationChange and self.isActiveWindow() and self.watch is not None:
            self.watch.check()

    def close_document(self) -> None:
        if self.document is None:
            return
        self.assessment_page.save_typed()      # a statement typed a moment ago goes in before the file closes
        if self.watch is not None:
            self.watch.stop()
            self.watch.deleteLater()
            self.watch = None
        if self.beacon is not None:
            self.beacon.close()
            self.beacon = None
        self.form.setEnabled(True)
        self.undo.clear()
        self.dashboard.set_plan(None, None)
        self.table.setModel(None)
        self.session.deleteLater()
        self.assessment_page.set_document(None)
        self.document.close()
        self.document = self.session = self.row_ops = None
        self.tree.set_framework(None)
        self.form.set_framework(None)
        self.form.show_row(None)
        self.stack.setCurrentWidget(self.welcome)
        self._update_state()

    # -- plans ------------------------------------------------------------------------
    def _fill_plan_selector(self) -> None:
        self.plan_selector.blockSignals(True)
        self.plan_selector.clear()
        if self.document is not None:
            copies = self.document.guard.read(copy_numbers, self.document.db)
            for plan in self.document.list_plans():
                fw = self.document.catalogs.get(plan.framework_id)
                circular = fw.short_circular() if fw else plan.framework_id
                if fw is not None and fw.provisional:
                    circular += PROVISIONAL_MARK.lower()
                self.plan_selector.addItem(self.tr("Năm học {0} · {1}").format(plan.school_year, circular), plan.id)
                if copies.get(plan.id):
                    self._mark_copy(self.plan_selector.count() - 1, copies[plan.id])
        if self.session and self.session.plan:
            self.plan_selector.setCurrentIndex(self.plan_selector.findData(self.session.plan.id))
        self.plan_selector.blockSignals(False)

    def _mark_copy(self, index: int, number: int) -> None:
        """A twin kept by the one-plan-per-year upgrade (store/migrations.py 0005) says what it is."""
        box = self.plan_selector
        box.setItemText(index, box.itemText(index) + self.tr(" (bản sao {0})").format(number))
        box.setItemData(index, self.tr("Tệp cũ có hai kế hoạch cùng năm học; bản sao này được giữ để không mất "
                                       "dòng nào. Hãy đổi năm học của nó trong «Thông tin kế hoạch…»."), Qt.ToolTipRole)

    def _plan_chosen(self, index: int) -> None:
        plan_id = self.plan_selector.itemData(index)
        if self.session and plan_id and (self.session.plan is None or self.session.plan.id != plan_id):
            self.statusBar().clearMessage()     # a message about the other plan (a print's warning) no longer holds
            try:
                self.session.load(plan_id)
            except InputError as exc:
                self.files.warn(error_text(exc))

    def _plan_loaded(self, plan_id: int) -> None:
        session = self.session
        self.plan_selector.blockSignals(True)
        self.plan_selector.setCurrentIndex(self.plan_selector.findData(plan_id))
        self.plan_selector.blockSignals(False)
        sync_tree(self)
        self.form.set_framework(session.framework)
        self.form.show_row(None)
        self.dashboard.set_plan(self.document.db if plan_id else None, plan_id or None)
        self.replies.refresh()
        self.assessment_page.plan_changed()
        self._update_state()

    def open_settings(self) -> None:
        from kehoach_desktop.ui.dialogs.settings_dialog import SettingsDialog
        SettingsDialog(self.settings, self).exec()

    # -- rows -------------------------------------------------------------------------
    def _current_row_changed(self, current, _previous) -> None:
        row = self.session.model.row_at(current.row()) if self.session else None
        heading = ""
        if row is not None:
            criterion = criterion_of(row.criterion_code, self.session.framework)
            heading = (self.tr("Tiêu chí {0}: {1}").format(criterion.code, criterion.title) if criterion
                       else row.content or self.tr("Dòng {0}").format(row.position + 1))
            self.tree.select_code(criterion.code if criterion else row.criterion_code)
        self.form.show_row(row, heading)

    def _rows_edited(self, *_args) -> None:
        if self.tree.framework is self.session.framework:
            self.tree.update_counts(self.session.model.rows)
        current = self.row_ops.current_row()
        shown = self.form.row.id if self.form.row is not None else None
        if shown is not None and (current is None or current.id != shown) \
                and self.session.model.visual_of(shown) >= 0:
            self.row_ops.select_row(shown)   # the table was regrouped (the row moved to another standard)
            return
        if current is not None and (self.form.row is None or self.form.row.id == current.id):
            self._current_row_changed(self.table.currentIndex(), None)
        self.dashboard.schedule_refresh()   # coalesced: many edits in one go cost one refresh

    def _form_edited(self, name: str, value) -> None:
        if self.form.row is None or self.row_ops is None:
            return
        message = self.row_ops.edit(self.form.row.id, name, value)
        if message:
            self.form.show_problem(name, message)

    def _criterion_clicked(self, code: str) -> None:
        if self.tabs.currentWidget() is self.assessment_page:
            self.assessment_page.show_criterion(code)
            return
        rows = self.session.model.rows if self.session else []
        match = next((r for r in rows if criterion_code(r.criterion_code) == code), None)
        if match is None:
            self.statusBar().showMessage(
                self.tr("Tiêu chí {0} chưa có dòng nào. Nhấn chuột phải để thêm dòng.").format(code), 8000)
            return
        self.row_ops.select_row(match.id)

    def find_next(self, forward: bool) -> None:
        if self.find_bar.edit.text() and self.row_ops:
            self.row_ops.find(self.find_bar.edit.text(), forward)
        else:
            self.find_bar.open()

    def _dashboard_row(self, row_id: int) -> None:
        self.tabs.setCurrentIndex(0)
        if self.row_ops:
            self.row_ops.select_row(row_id)

    def _standard_clicked(self, no: int) -> None:
        if self.tabs.currentWidget() is self.assessment_page:
            self.assessment_page.show_standard(no)
        elif self.session:
            self.table.select_visual(self.session.model.visual_of_standard(no))

    def _tab_changed(self, index: int) -> None:
        self.assessment_page.save_typed()      # leaving the self-assessment (or not): what was typed is written
        if self.tabs.widget(index) is self.dashboard_page:
            self.dashboard.schedule_refresh()
        if self.tabs.widget(index) is self.assessment_page:
            self.assessment_page.ensure_loaded()
        sync_tree(self)

    def record_progress(self) -> int | None:
        return record_progress(self) if self.session is not None else None

    def row_menu(self) -> QMenu:
        """The plan table's context menu: what can be done to the row under the mouse."""
        a = self.menu_actions
        menu = QMenu(self)
        menu.addAction(a.progress)
        menu.addSeparator()
        menu.addActions([a.add_row, a.duplicate, a.delete_row])
        menu.addSeparator()
        menu.addActions([a.move_up, a.move_down])
        return menu

    def _table_menu(self, pos) -> None:
        index = self.table.indexAt(pos)
        if self.session is None or not index.isValid() or self.session.model.row_at(index.row()) is None:
            return
        self.table.setCurrentIndex(index)
        self.popup(self.row_menu(), self.table.viewport().mapToGlobal(pos))

    def popup(self, menu: QMenu, where) -> None:
        menu.exec(where)

    def issue_plan(self) -> None:
        """«Ban hành kế hoạch…»: freeze the plan on screen as its next revision (ui/issue_ops.py)."""
        from kehoach_desktop.ui.issue_ops import issue_current_plan
        if issue_current_plan(self) is not None:
            self._fill_plan_selector()
            self._update_state()

    def show_about(self) -> None:
        from kehoach_desktop.ui.about import AboutDialog
        AboutDialog(self.document.catalogs if self.document else None, self).exec()

    def show_write_problem(self, message: str) -> None:
        """A write failed (the file vanished, the disk is full): said in the status bar and a message box."""
        self.statusBar().showMessage(message, 15000)
        self.saved_label.setText(self.tr("Chưa lưu được vào tệp!"))
        self.saved_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.files.warn(message)

    # -- state ------------------------------------------------------------------------
    def _update_state(self) -> None:
        doc = self.document
        has_plan = bool(self.session and self.session.plan)
        for action in self.menu_actions.plan_actions:
            action.setEnabled(has_plan)
        for action in self.menu_actions.file_actions:
            action.setEnabled(doc is not None)
        self.plan_selector.setEnabled(doc is not None)
        if doc is None:
            self.setWindowTitle(self.tr("Kế hoạch cải tiến chất lượng giáo dục"))
            self.saved_label.clear()
            return
        school = doc.school.name if doc.school else self.tr("(chưa có thông tin trường)")
        self.setWindowTitle(f"{doc.path.name} — {school} — " + self.tr("Kế hoạch")
                            + (self.tr(" (chỉ xem)") if doc.read_only else ""))
        if doc.read_only:
            self.saved_label.setText(self.tr("Chỉ xem: tệp đang mở ở một cửa sổ khác"))
            self.saved_label.setStyleSheet("color: #8a6d00;")
            return
        self.saved_label.setText(self.tr("Mọi thay đổi được lưu ngay vào tệp"))
        self.saved_label.setStyleSheet("color: #2e7d32;")

    def closeEvent(self, event) -> None:
        """Closing never asks "save changes?": every edit is already in the file."""
        self.settings.set_geometry("main", self.saveGeometry())
        self.settings.set_geometry("main-split", self.main_split.saveState())
        self.settings.set_geometry("table-split", self.table_split.saveState())
        self.close_document()
        super().closeEvent(event)
