"""The file menu's way out and back in: Word, Excel, the district copy, backups, the district window.

Each handler asks where (a file dialog), does the work through the same store/ and
reports/ functions as the command line, and says what happened in the status bar
or a Vietnamese message. python-docx and openpyxl are imported inside the
handlers, so they cost nothing at start-up.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog

from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.paths import default_school_dir
from kehoach_desktop.store.atomic_file import write_rendered
from kehoach_desktop.ui.busy import run_busy
from kehoach_desktop.ui.screen_fit import fit_to_screen
from kehoach_desktop.ui.text import literal

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
        win = self.window
        if win.session is None or win.session.plan is None:
            return None
        if win.document.school is None:
            win.files.warn(_tr("ExchangeOps", "Tệp chưa có thông tin trường; hãy nhập thông tin trường trước."))
            return None
        try:
            return win.document.get_plan(win.session.plan.id), win.document.school, win.session.framework
        except InputError as exc:
            win.files.warn(exc.message)
            return None

    def save(self, render, target: Path, what: str, done: str) -> Path | None:
        """Build and write the file (a busy bar if it takes a while); say where it went or why not."""
        try:
            path = run_busy(self.window, what + "…", lambda: write_rendered(render, target, what))
        except InputError as exc:
            self.window.files.warn(exc.message)
            return None
        self.window.statusBar().showMessage(done.format(str(path)), 10000)
        return path

    # -- Word and Excel -----------------------------------------------------------------
    def _export(self, target, suffix: str, title: str, filter_: str):
        """(plan, school, framework, target file) once the principal has chosen where; else None."""
        found = self._plan_and_school()
        if found is None:
            return None
        plan = found[0]
        target = Path(target) if target else self.ask_target(title, f"ke-hoach-{plan.school_year}{suffix}",
                                                              filter_, suffix)
        return None if target is None else (*found, target)

    def export_word(self, target: str | Path | None = None) -> Path | None:
        chosen = self._export(target, ".docx", _tr("ExchangeOps", "Xuất kế hoạch ra Word"),
                              _tr("ExchangeOps", "Tệp Word (*.docx)"))
        if chosen is None:
            return None
        plan, school, fw, target = chosen
        from kehoach_desktop.reports.docx_plan import write_plan_docx
        return self.save(lambda out: write_plan_docx(plan, school, fw, out), target,
                          _tr("ExchangeOps", "Xuất tệp Word"), _tr("ExchangeOps", "Đã xuất kế hoạch ra tệp Word {0}"))

    def export_excel(self, target: str | Path | None = None) -> Path | None:
        chosen = self._export(target, ".xlsx", _tr("ExchangeOps", "Xuất kế hoạch ra Excel"),
                              _tr("ExchangeOps", "Tệp Excel (*.xlsx)"))
        if chosen is None:
            return None
        plan, school, fw, target = chosen
        from kehoach_desktop.reports.xlsx_plan import row_progress, write_plan_xlsx
        from kehoach_desktop.store.progress import list_targets, plan_updates
        doc = self.window.document
        try:
            plan.targets = doc.guard.read(list_targets, doc.db, plan.id)
            updates = doc.guard.read(plan_updates, doc.db, plan.id)
        except InputError as exc:
            self.window.files.warn(exc.message)
            return None
        progress = row_progress(updates)
        return self.save(lambda out: write_plan_xlsx(plan, school, fw, out, progress), target,
                          _tr("ExchangeOps", "Xuất tệp Excel"), _tr("ExchangeOps", "Đã xuất kế hoạch ra tệp Excel {0}"))

    def import_word(self, path: str | Path | None = None, ask=None) -> int | None:
        """Last year's .docx into the open file; a backup is taken once the principal confirms."""
        from kehoach_desktop.store.backups import BEFORE_IMPORT, make_backup
        from kehoach_desktop.ui.dialogs.import_docx import import_word_plan
        doc = self.window.document

        def confirm_then_back_up(dialog) -> bool:
            accepted = (ask or (lambda d: d.exec()))(dialog)
            if accepted and doc is not None:
                try:
                    make_backup(doc.path, BEFORE_IMPORT)
                except InputError as exc:   # no backup, no import: the principal is told why
                    self.window.files.warn(exc.message)
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
            self.window.statusBar().showMessage(
                _tr("ExchangeOps", "Đã xuất tệp gửi Phòng GD&ĐT: {0}").format(str(result.path)), 10000)
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

    # -- the district office ------------------------------------------------------------
    def open_district(self, path: str | Path | None = None):
        """Open a district file (Phòng GD&ĐT) in its own window."""
        from kehoach_desktop.store.district import is_district_file
        win = self.window
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                win, _tr("ExchangeOps", "Mở tệp của Phòng GD&ĐT"), str(self._start_folder()),
                _tr("ExchangeOps", "Tệp Phòng GD&ĐT (*.db);;Mọi tệp (*)"))
            if not path:
                return None
        path = Path(path)
        if not is_district_file(path):
            win.files.warn(_tr("ExchangeOps", "«{0}» không phải tệp của Phòng GD&ĐT. Tệp của một trường "
                                              "hãy mở bằng «Mở…».").format(path.name))
            return None
        return self._show_district(path)

    def new_district(self, path: str | Path | None = None, name: str | None = None):
        """A new district file: where, and the office's name; then its window."""
        from kehoach_desktop.store.district import create_district
        win = self.window
        if path is None:
            path = self.ask_target(_tr("ExchangeOps", "Tạo tệp Phòng GD&ĐT mới"), "phong-gd-dt.db",
                                    _tr("ExchangeOps", "Tệp Phòng GD&ĐT (*.db)"), ".db")
            if path is None:
                return None
        if name is None:
            # The label has the text box as its buddy, so its "&" would be a mnemonic.
            name, ok = QInputDialog.getText(win, _tr("ExchangeOps", "Tệp Phòng GD&ĐT mới"),
                                            literal(_tr("ExchangeOps", "Tên Phòng (ví dụ: Phòng GD&ĐT Quận 3):")))
            if not ok or not name.strip():
                return None
        try:
            create_district(Path(path), name.strip())
        except InputError as exc:
            win.files.warn(exc.message)
            return None
        return self._show_district(Path(path))

    def _show_district(self, path: Path):
        from kehoach_desktop.ui.district.window import DistrictWindow
        try:
            district = DistrictWindow(path)
        except InputError as exc:
            self.window.files.warn(exc.message)
            return None
        district.setAttribute(Qt.WA_DeleteOnClose)
        self.district_windows.append(district)
        district.destroyed.connect(lambda *_: self.district_windows.remove(district)
                                   if district in self.district_windows else None)
        fit_to_screen(district, (1200, 700))
        district.show()
        return district
