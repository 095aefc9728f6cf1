"""The file menu's way out and back in: Word, Excel, the office's copy, backups, the office window.

Each handler asks where (a file dialog), does the work through the same use case as
the command line (usecases/), and says what happened in the status bar or a
Vietnamese message. python-docx and openpyxl are imported by the use cases when a
file is built, so they cost nothing at start-up.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QFileDialog

from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.paths import default_school_dir
from kehoach_desktop.ui.busy import run_busy
from kehoach_desktop.ui.errors import error_text
from kehoach_desktop.ui.screen_fit import fit_to_screen
from kehoach_desktop.usecases.rendered import Rendered
from kehoach_desktop.usecases.school_file import SchoolFile, plan_context

_tr = QCoreApplication.translate   # lupdate: -tr-function-alias translate+=_tr


class ExchangeOps(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.district_windows: list = []

    def _start_folder(self) -> Path:
        doc = self.window.document
        return doc.path.parent if doc is not None else default_school_dir()

    def ask_target(self, title: str, name: str, filter_: str, suffix: str) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(self.window, title, str(self._start_folder() / name), filter_)
        if not chosen:
            return None
        target = Path(chosen)
        return target if target.suffix.lower() == suffix else target.with_name(target.name + suffix)

    def _plan_and_school(self):
        """(the open file, the plan on screen as in the file with its school and framework), or None."""
        win = self.window
        if win.session is None or win.session.plan is None:
            return None
        if win.document.school is None:
            win.files.warn(_tr("ExchangeOps", "Tệp chưa có thông tin trường; hãy nhập thông tin trường trước."))
            return None
        file = SchoolFile.of_document(win.document)
        try:
            return file, plan_context(file, plan_id=win.session.plan.id, framework=win.session.framework,
                                      school=win.document.school)
        except InputError as exc:
            win.files.warn(error_text(exc))
            return None

    def save(self, document: Rendered, target: Path, what: str, done: str) -> Path | None:
        """Build and write a use case's file (a busy bar if it takes a while); say where it went or why not."""
        try:
            path = run_busy(self.window, what + "…", lambda: document.write(target, what=what, check_suffix=False))
        except InputError as exc:
            self.window.files.warn(error_text(exc))
            return None
        self.window.statusBar().showMessage(done.format(str(path)), 10000)
        return path

    # -- Word and Excel -----------------------------------------------------------------
    def _export(self, target, suffix: str, title: str, filter_: str):
        """(the open file, the plan's context, target file) once the principal has chosen where; else None."""
        found = self._plan_and_school()
        if found is None:
            return None
        plan = found[1].plan
        target = Path(target) if target else self.ask_target(title, f"ke-hoach-{plan.school_year}{suffix}",
                                                              filter_, suffix)
        return None if target is None else (*found, target)

    def export_word(self, target: str | Path | None = None) -> Path | None:
        chosen = self._export(target, ".docx", _tr("ExchangeOps", "Xuất kế hoạch ra Word"),
                              _tr("ExchangeOps", "Tệp Word (*.docx)"))
        if chosen is None:
            return None
        from kehoach_desktop.usecases.export_word import plan_to_word
        _, context, target = chosen
        return self.save(plan_to_word(context), target,
                         _tr("ExchangeOps", "Xuất tệp Word"), _tr("ExchangeOps", "Đã xuất kế hoạch ra tệp Word {0}"))

    def export_excel(self, target: str | Path | None = None) -> Path | None:
        chosen = self._export(target, ".xlsx", _tr("ExchangeOps", "Xuất kế hoạch ra Excel"),
                              _tr("ExchangeOps", "Tệp Excel (*.xlsx)"))
        if chosen is None:
            return None
        from kehoach_desktop.usecases.export_excel import plan_to_excel
        file, context, target = chosen
        try:
            document = plan_to_excel(file, context)   # the rows' progress and the chỉ tiêu, read here
        except InputError as exc:
            self.window.files.warn(error_text(exc))
            return None
        return self.save(document, target,
                         _tr("ExchangeOps", "Xuất tệp Excel"), _tr("ExchangeOps", "Đã xuất kế hoạch ra tệp Excel {0}"))

    def import_word(self, path: str | Path | None = None, ask=None) -> int | None:
        """Last year's .docx into the open file; a backup is taken once the principal confirms."""
        from kehoach_desktop.ui.dialogs.import_docx import import_word_plan
        from kehoach_desktop.usecases.import_word import back_up_before_import
        doc = self.window.document

        def confirm_then_back_up(dialog) -> bool:
            accepted = (ask or (lambda d: d.exec()))(dialog)
            if accepted and doc is not None:
                try:
                    back_up_before_import(doc.path)
                except InputError as exc:   # no backup, no import: the principal is told why
                    self.window.files.warn(error_text(exc))
                    return False
            return accepted
        return import_word_plan(self.window, path, ask=confirm_then_back_up)

    # -- the district copy and the backups ----------------------------------------------
    def export_for_district(self, folder: str | None = None):
        from kehoach_desktop.ui.export_dialog import export_with_dialog
        doc = self.window.document
        if doc is None:
            return None
        result = export_with_dialog(self.window, doc.path, folder)
        if result is not None:
            office = doc.school.receiving_office if doc.school is not None else ""
            if office:     # the school's own office since 01/7/2025 ("Phòng Văn hóa - Xã hội xã …")
                done = _tr("ExchangeOps", "Đã xuất tệp gửi {0}: {1}").format(office, str(result.path))
            else:
                done = _tr("ExchangeOps", "Đã xuất tệp gửi cơ quan quản lý: {0}").format(str(result.path))
            self.window.statusBar().showMessage(done, 10000)
        return result

    def restore_backup(self, run=None) -> bool:
        """List the open file's backups; the file is closed while one is restored, then opened again."""
        from kehoach_desktop.ui.backup_dialog import BackupDialog
        win = self.window
        if win.document is None:
            return False
        path = win.document.path
        plan_id = win.session.plan.id if win.session and win.session.plan else None
        restored: list[str] = []
        win.close_document()
        dialog = BackupDialog(path, win)
        dialog.restored.connect(restored.append)
        try:
            (run or (lambda d: d.exec()))(dialog)
        finally:
            reopened = win.files.open_path(path)
        if reopened and plan_id is not None:   # back on the plan that was on screen
            plans = {p.id for p in win.document.list_plans()}
            if plan_id in plans:
                win.session.load(plan_id)
        if restored:
            win.statusBar().showMessage(_tr("ExchangeOps", "Đã khôi phục bản sao lưu vào {0}.").format(path.name), 10000)
        return bool(restored)

    # -- the managing office (Phòng Văn hóa - Xã hội, Sở GD&ĐT; before 01/7/2025 the Phòng GD&ĐT) --------
    def open_district(self, path: str | Path | None = None):
        """Open an office file in its own window."""
        from kehoach_desktop.store.district import is_district_file
        win = self.window
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                win, _tr("ExchangeOps", "Mở tệp của cơ quan quản lý"), str(self._start_folder()),
                _tr("ExchangeOps", "Tệp cơ quan quản lý (*.db);;Mọi tệp (*)"))
            if not path:
                return None
        path = Path(path)
        if not is_district_file(path):
            win.files.warn(_tr("ExchangeOps", "«{0}» không phải tệp của cơ quan quản lý. Tệp của một trường "
                                              "hãy mở bằng «Mở…».").format(path.name))
            return None
        return self._show_district(path)

    def new_district(self, path: str | Path | None = None, name: str | None = None, ask=None):
        """A new office file: where, then the office (its kind, area and signer, OfficeDialog); then its
        window. ``name`` alone makes a Phòng GD&ĐT file as before 01/7/2025 (``kehoach district init``)."""
        from kehoach_desktop.store.district import create_district, create_office
        from kehoach_desktop.ui.district.office_dialog import OfficeDialog
        win = self.window
        if path is None:
            path = self.ask_target(_tr("ExchangeOps", "Tạo tệp cơ quan quản lý mới"), "co-quan-quan-ly.db",
                                    _tr("ExchangeOps", "Tệp cơ quan quản lý (*.db)"), ".db")
            if path is None:
                return None
        try:
            if name is not None:
                create_district(Path(path), name.strip())
            else:
                dialog = OfficeDialog(None, win)
                if not (ask or (lambda d: d.exec()))(dialog) or dialog.result_identity is None:
                    return None
                create_office(Path(path), dialog.result_identity)
        except InputError as exc:
            win.files.warn(error_text(exc))
            return None
        return self._show_district(Path(path))

    def _show_district(self, path: Path):
        from kehoach_desktop.ui.district.window import DistrictWindow
        try:
            district = DistrictWindow(path)
        except InputError as exc:
            self.window.files.warn(error_text(exc))
            return None
        district.setAttribute(Qt.WA_DeleteOnClose)
        self.district_windows.append(district)
        district.destroyed.connect(lambda *_: self.district_windows.remove(district)
                                   if district in self.district_windows else None)
        fit_to_screen(district, (1200, 700))
        district.show()
        return district
