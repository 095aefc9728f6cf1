"""The office window: the schools' progress side by side, and importing many files at once.

The office is the commune's Phòng Văn hóa - Xã hội, the Sở GD&ĐT, or (a file made before
01/7/2025) a Phòng GD&ĐT; the window names it by its kind and calls itself «Cơ quan quản lý».
The overview shows each school's plan of the school year picked above the table (this school
year at first), so a school's next-year draft never hides the plan it is running, and the level the
school's self-assessment of that year reaches by the rule («Mức tự đánh giá», ui.district.school_model).

Importing goes through store.district exactly like `kehoach office import`:
the district file is backed up first, each file is checked as hostile and
imported all or nothing, in a worker thread while the window keeps answering
(ui.district.import_worker: a progress bar of committed files, «Dừng» stops after the
current one), files held for confirmation are put to the officer one by one and the
confirmed ones imported again (ui.district.held_files), and a report says what happened
to each file. Double-clicking a school shows its plan and dashboard, read only. A school
can be taken out of the list or put back on its previous import, and either undone
(ui.district.history_ops).

Two levels: «Xuất tệp tổng hợp gửi cấp trên…» writes the commune office's one file of its schools
for the Sở (store.office_bundle_export), and «Nhập tệp trường…» takes those bundles (.zip) beside
school files, each school in it reported on its own; the table groups the schools by commune.
"""
from __future__ import annotations

from pathlib import Path

from datetime import date, datetime

from PySide6.QtCore import QIdentityProxyModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QComboBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QMainWindow,
    QMessageBox, QStackedWidget, QTableView, QToolBar, QVBoxLayout, QWidget,
)

from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.office import outdated_office
from kehoach_desktop.domain.school_year import current_school_year
from kehoach_desktop.store.backups import BEFORE_IMPORT, make_backup
from kehoach_desktop.store.district import HELD, REFUSED, open_district
from kehoach_desktop.store.district_trust import NOTHING_CONFIRMED, Confirmations
from kehoach_desktop.store.district_office import identity_at, record_identity
from kehoach_desktop.store.district_progress import district_overview, school_years
from kehoach_desktop.store.office_bundle_export import export_bundle as write_bundle
from kehoach_desktop.ui.district.held_files import HeldFilesDialog
from kehoach_desktop.ui.district.history_ops import HistoryOps
from kehoach_desktop.ui.district.import_report import ImportReportDialog
from kehoach_desktop.ui.district.import_worker import run_import
from kehoach_desktop.ui.district.inspection_ops import InspectionOps
from kehoach_desktop.ui.district.office_dialog import OfficeDialog
from kehoach_desktop.ui.district.percent_delegate import PercentDelegate
from kehoach_desktop.ui.district.school_model import SchoolModel
from kehoach_desktop.ui.district.school_view import SchoolView
from kehoach_desktop.ui.errors import error_text
from kehoach_desktop.ui.text import literal

STYLE = """
QWidget#page { background: #f4f6f9; }
QLabel#title { font-size: 18px; font-weight: bold; color: #1f2933; }
QLabel#caption { color: #5f6b7a; }
QLabel#empty { color: #5f6b7a; font-size: 14px; }
QLabel#banner { background: #fff4e0; color: #8a5300; border: 1px solid #f0d8a8; padding: 6px; }
QTableView { background: white; border: 1px solid #dbe1e8; gridline-color: #edf0f4; }
"""


class DistrictWindow(QMainWindow):
    def __init__(self, path: str | Path, parent=None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.db = open_district(self.path)
        self.identity = identity_at(self.db)
        self.name = self.identity.name
        self._build()
        self._show_identity()
        self.fill_years(current_school_year())
        self.refresh()

    def _build(self) -> None:
        page = QWidget(objectName="page")
        page.setStyleSheet(STYLE)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(14, 12, 14, 12)
        self.title = QLabel(self.name, objectName="title")
        self.caption = QLabel(objectName="caption")
        self.year = QComboBox(objectName="year")
        self.year.setToolTip(self.tr("Mỗi trường hiện kế hoạch của năm học này"))
        year_label = QLabel(self.tr("Năm học:"))
        year_label.setBuddy(self.year)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(year_label)
        top.addWidget(self.year)
        layout.addLayout(top)
        layout.addWidget(self.caption)
        self.banner = QLabel(objectName="banner", wordWrap=True)
        self.banner.hide()
        layout.addWidget(self.banner)
        self.model = SchoolModel(self)
        self.proxy = QIdentityProxyModel(self)      # passes the header's sort to the model, which sorts
        self.proxy.setSourceModel(self.model)       # a Sở's 3,000 schools at once (by commune, then name)
        self.table = QTableView(objectName="schools")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setItemDelegateForColumn(SchoolModel.FIXED.index("percent"), PercentDelegate(self.table))
        self.empty = QLabel(self.tr("Chưa có trường nào. Bấm «Nhập tệp trường…» và chọn các tệp "
                                    "các trường gửi lên (có thể chọn nhiều tệp một lúc)."), objectName="empty")
        self.empty.setAlignment(Qt.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.table)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(page)
        toolbar = QToolBar(self.tr("Cơ quan quản lý"), objectName="district_toolbar")
        toolbar.toggleViewAction().setText(literal(toolbar.windowTitle()))   # the toolbar menu shows "&"
        toolbar.setMovable(False)
        self.import_action = QAction(self.tr("Nhập tệp trường…"), self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(lambda: self.choose_and_import())
        self.refresh_action = QAction(self.tr("Làm mới"), self)
        self.refresh_action.setShortcut(QKeySequence.Refresh)
        self.refresh_action.triggered.connect(lambda: self.refresh())
        self.view_action = QAction(self.tr("Xem kế hoạch của trường"), self)
        self.view_action.setShortcut(QKeySequence("Ctrl+O"))
        self.view_action.triggered.connect(lambda: self.view_selected())
        self.table.doubleClicked.connect(lambda _index: self.view_selected())
        self.print_action = QAction(self.tr("In bảng tổng hợp (PDF)…"), self)
        self.print_action.setShortcut(QKeySequence.Print)
        self.print_action.triggered.connect(lambda: self.print_summary())   # not triggered(bool) as a file name
        self.office_action = QAction(self.tr("Thông tin cơ quan…"), self)
        self.office_action.triggered.connect(lambda: self.edit_office())
        self.bundle_action = QAction(self.tr("Xuất tệp tổng hợp gửi cấp trên…"), self)
        self.bundle_action.setToolTip(self.tr("Một tệp chứa tệp của mọi trường cơ quan đang giữ, để gửi Sở GD&ĐT"))
        self.bundle_action.triggered.connect(lambda: self.export_bundle())
        self.inspections = InspectionOps(self)      # «Biên bản kiểm tra»: made and printed by the office
        self.history = HistoryOps(self)     # gỡ trường, trở lại bản nhập trước, hoàn tác
        # Every action is in the menus; the toolbar keeps the daily ones, so it fits 1024 px at 125 %.
        files = self.menuBar().addMenu(self.tr("&Tệp"))
        files.addActions([self.import_action, self.bundle_action, self.print_action])
        files.addSeparator()
        files.addAction(self.office_action)
        school = self.menuBar().addMenu(self.tr("T&rường"))
        school.addAction(self.view_action)
        school.addMenu(self.inspections.menu)
        school.addSeparator()
        school.addActions(list(self.history.actions))
        self.menuBar().addMenu(self.tr("&Xem")).addAction(self.refresh_action)
        for action in (self.import_action, self.view_action, self.inspections.menu_action, self.print_action,
                       self.refresh_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(self.history.undo_action)
        self.table.setContextMenuPolicy(Qt.ActionsContextMenu)
        self.table.addActions([self.view_action, *self.history.actions[:2]])
        self.importing = False
        self.addToolBar(toolbar)
        self.year.currentIndexChanged.connect(lambda _i: self.refresh())

    def _show_identity(self) -> None:
        self.name = self.identity.name
        # A commune's schools are all in that commune: the column says something only to a Sở (or an old
        # Phòng GD&ĐT file that holds several communes' schools).
        self.table.setColumnHidden(SchoolModel.FIXED.index("commune"), self.identity.kind == "commune")
        self.title.setText(self.name)
        self.setWindowTitle(self.tr("{0} — Kế hoạch (Cơ quan quản lý)").format(self.name))
        ended = self.identity.ended
        self.banner.setVisible(ended is not None and date.today() > ended)
        self.banner.setText(self.tr("Tệp này là của {0}, cơ quan không còn từ 01/7/2025. Hãy chọn cơ quan quản lý "
                                    "hiện nay ở «Thông tin cơ quan…»; lịch sử các lần nhập được giữ nguyên, văn bản "
                                    "ngày trước 01/7/2025 vẫn in Phòng GD&ĐT.").format(self.name))

    def school_year(self) -> str:
        return self.year.currentData() or current_school_year()

    def fill_years(self, selected: str) -> None:
        """This school year and every year a school has a plan for, newest first; ``selected`` chosen."""
        years = sorted(set(school_years(self.db)) | {current_school_year(), selected}, reverse=True)
        self.year.blockSignals(True)
        self.year.clear()
        for year in years:
            self.year.addItem(year, year)
        self.year.setCurrentIndex(self.year.findData(selected))
        self.year.blockSignals(False)

    def refresh(self) -> None:
        year = self.school_year()
        schools = district_overview(self.db, school_year=year)
        self.model.set_schools(schools)
        self.stack.setCurrentWidget(self.table if schools else self.empty)
        late = sum(1 for s in schools if s.late)
        planned = sum(1 for s in schools if s.school_year)
        self.caption.setText(self.tr("{0} · {1} trường, {2} có kế hoạch năm học {3} · {4} trường có dòng trễ hạn · "
                                     "tệp: {5}").format(self.identity.label, len(schools), planned, year, late,
                                                        self.path.name))
        self.caption.setToolTip(str(self.path))
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(0)    # the rows on screen, not a Sở's 3,000, size the columns
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        # A school's name on one line (a stretched column is squeezed to a few words once the per-standard
        # columns need the horizontal scroll bar); the officer can still drag it wider.
        name = SchoolModel.FIXED.index("name")
        header.setSectionResizeMode(name, QHeaderView.Interactive)
        header.resizeSection(name, max(header.sectionSizeHint(name), self.fontMetrics().horizontalAdvance("M") * 22))
        header.setSectionResizeMode(SchoolModel.FIXED.index("percent"), QHeaderView.Fixed)
        header.resizeSection(SchoolModel.FIXED.index("percent"), 170)

    def selected_school(self):
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.schools[self.proxy.mapToSource(index).row()]

    def view_selected(self) -> SchoolView | None:
        """The selected school's plan, read only (double-click a school does the same)."""
        school = self.selected_school()
        if school is None:
            self.statusBar().showMessage(self.tr("Hãy chọn một trường trong bảng."), 6000)
            return None
        view = SchoolView(self.db, school.code, school.name, self, school_year=self.school_year())
        view.setAttribute(Qt.WA_DeleteOnClose)
        view.show()
        return view

    def print_summary(self, out: str | None = None) -> Path | None:
        """One row per school of the school year on screen, per-standard percent: the page the head of
        the office signs, under the office's letterhead of today."""
        from kehoach_desktop.reports.district import print_district_summary
        if out is None:
            out, _ = QFileDialog.getSaveFileName(
                self, self.tr("Lưu bảng tổng hợp"), f"tong-hop-cac-truong-{self.school_year()}.pdf",
                self.tr("Tệp PDF (*.pdf)"))
            if not out:
                return None
        today = date.today()
        office = identity_at(self.db, today)
        try:
            print_district_summary(office, [s.to_dict() for s in self.model.schools], out, today,
                                   school_year=self.school_year())
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Không in được"), self.tr("Không ghi được tệp {0} ({1}).").format(
                out, exc.strerror or exc))
            return None
        warnings = outdated_office(office, today)
        message = self.tr("Đã lưu bảng tổng hợp: {0}").format(out)
        if warnings:
            message += " — " + error_text(warnings[0])
        self.statusBar().showMessage(message, 12000)
        return Path(out)

    def edit_office(self, run=None) -> bool:
        """The office's kind, letterhead, signer and Nơi nhận; kept from the day it applies, so earlier
        documents keep the office of their date."""
        dialog = OfficeDialog(self.identity, self)
        if not (run or (lambda d: d.exec()))(dialog) or dialog.result_identity is None:
            return False
        try:
            record_identity(self.db, dialog.result_identity, dialog.since())
        except InputError as exc:
            QMessageBox.warning(self, self.tr("Không lưu được"), error_text(exc))
            return False
        self.identity = identity_at(self.db)
        self._show_identity()
        self.refresh()
        self.statusBar().showMessage(self.tr("Đã lưu thông tin cơ quan."), 8000)
        return True

    def export_bundle(self, out: str | None = None) -> Path | None:
        """The commune office's one file of its schools for the Sở, read back and checked before it is
        reported written."""
        from kehoach_desktop.store.office_bundle_export import bundle_file_name, office_of
        if out is None:
            suggested = bundle_file_name(office_of(self.identity), datetime.now())
            out, _ = QFileDialog.getSaveFileName(self, self.tr("Lưu tệp tổng hợp gửi cấp trên"), suggested,
                                                 self.tr("Tệp tổng hợp (*.zip)"))
            if not out:
                return None
        QApplication.setOverrideCursor(Qt.WaitCursor)     # every school's file is re-made and read back
        try:
            result = write_bundle(self.db, Path(out))
        except InputError as exc:
            result, refused = None, exc
        finally:
            QApplication.restoreOverrideCursor()
        if result is None:
            QMessageBox.warning(self, self.tr("Không xuất được"), error_text(refused))
            return None
        self.statusBar().showMessage(self.tr("Đã xuất tệp tổng hợp {0} trường: {1}").format(
            result.schools, result.path), 12000)
        return result.path

    def choose_and_import(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Chọn các tệp trường gửi lên"), "",
            self.tr("Tệp trường, tệp tổng hợp của xã (*.db *.zip);;Mọi tệp (*)"))
        if files:
            self.import_paths(files)

    def import_paths(self, files: list[str | Path], *, show_report: bool = True,
                     confirmed: Confirmations = NOTHING_CONFIRMED) -> list:
        """Import ``files`` in a worker thread (the window keeps answering) behind a progress bar with
        «Dừng»; with ``show_report`` the held files are put to the officer and the confirmed ones imported
        again, then the report is shown. Returns the per-file reports, every one committed."""
        paths = [Path(f) for f in files]
        try:
            make_backup(self.path, BEFORE_IMPORT)
        except InputError as exc:
            QMessageBox.warning(self, self.tr("Không nhập được"), error_text(exc))
            return []
        self._importing(True)
        try:
            heard, stopped = self._run(paths, confirmed)
            held = [r for _, r in heard if r.outcome == HELD]
            if held and show_report and not stopped:
                heard = self._confirm_held(paths, heard, held)
        finally:
            self._importing(False)
        reports = [r for _, r in heard]
        self.fill_years(self.school_year())
        self.refresh()
        not_imported = len(paths) - len({n for n, _ in heard}) if stopped else 0
        if show_report and (reports or not_imported):
            dialog = ImportReportDialog(reports, self)
            if not_imported:
                dialog.note_not_imported(not_imported)
            dialog.exec()
        elif reports and all(r.outcome == REFUSED for r in reports):
            self.statusBar().showMessage(self.tr("Không tệp nào được nhận."), 8000)
        return reports

    def _run(self, paths: list[Path], confirmed: Confirmations) -> tuple[list, bool]:
        run = run_import(self, self.path, paths, confirmed)
        if run.error is not None:           # what was committed before it stays; the report says which
            QMessageBox.warning(self, self.tr("Không nhập được"), error_text(run.error))
        return run.heard, run.stopped

    def _confirm_held(self, paths: list[Path], heard: list, held: list) -> list:
        """Ask about each held file; import the confirmed ones again with exactly those confirmations."""
        dialog = HeldFilesDialog(held, self)
        if not dialog.exec() or not dialog.confirmed():
            return heard
        chosen = {id(r) for r in dialog.confirmed()}
        numbers = sorted({n for n, r in heard if id(r) in chosen})
        try:
            make_backup(self.path, BEFORE_IMPORT)
        except InputError as exc:
            QMessageBox.warning(self, self.tr("Không nhập được"), error_text(exc))
            return heard
        again, _ = self._run([paths[n - 1] for n in numbers], dialog.confirmations())
        # A bundle is imported again whole: only its confirmed schools' new reports replace the old ones.
        fresh = {(numbers[n - 1], r.file): r for n, r in again}
        return [(n, fresh.get((n, r.file), r) if id(r) in chosen else r) for n, r in heard]

    def _importing(self, busy: bool) -> None:
        self.importing = busy
        for action in (self.import_action, self.office_action, self.bundle_action, *self.history.actions):
            action.setEnabled(not busy)

    def closeEvent(self, event) -> None:
        if self.importing:                  # the import's progress window says when it can close
            event.ignore()
            return
        self.db.close()
        super().closeEvent(event)
