"""The «In» menu and the inspection editor: build the PDF as `kehoach print` does, then preview it.

Each document is built from the file (not from the screen) by the same use case as
the command line (usecases/print_document.py), into a private temporary folder; the
preview (ui/preview.py) prints it or saves a copy. ReportLab is imported by the use
case, when the principal asks for paper, never at start-up.
"""
from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.store.leftovers import private_folder
from kehoach_desktop.reports.build_progress import PAGES   # no ReportLab: that waits for the first print
from kehoach_desktop.store import inspections
from kehoach_desktop.ui.busy import Cancelled, run_with_progress
from kehoach_desktop.ui.errors import error_text
from kehoach_desktop.usecases import print_document
from kehoach_desktop.usecases.rendered import Rendered
from kehoach_desktop.usecases.school_file import SchoolFile, plan_context

_tr = QCoreApplication.translate   # lupdate: -tr-function-alias translate+=_tr


def describe_step(step) -> tuple[float, str]:
    """A reports.build_progress.Step as the progress dialog shows it: (fraction done, label)."""
    if step.stage == PAGES:
        label = _tr("PrintOps", "Đang dựng trang {0} (khoảng {1} trang)…").format(step.count, step.total)
    elif step.total:
        label = _tr("PrintOps", "Đang chuẩn bị bảng: dòng {0}/{1}…").format(step.count, step.total)
    else:
        label = _tr("PrintOps", "Đang dựng bản in…")
    return step.fraction, label


class PrintOps(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        # In the program's own temp folder (store/leftovers.py), cleaned at the next start after a power cut.
        self._folder = private_folder("in")
        self.last_pdf: Path | None = None
        self._built = 0
        self.preview = None
        window.destroyed.connect(lambda *_: shutil.rmtree(self._folder, ignore_errors=True))

    # -- what is open -------------------------------------------------------------------
    def _context(self):
        """(the open file, its plan as in the file with school and framework), or None with a message."""
        win = self.window
        session, doc = win.session, win.document
        if session is None or session.plan is None:
            win.statusBar().showMessage(_tr("PrintOps", "Chưa mở kế hoạch nào."), 8000)
            return None
        if doc.school is None:
            win.files.warn(_tr("PrintOps", "Tệp chưa có thông tin trường; hãy nhập thông tin trường trước khi in."))
            return None
        file = SchoolFile.of_document(doc)
        try:
            return file, plan_context(file, plan_id=session.plan.id, framework=session.framework, school=doc.school)
        except InputError as exc:
            win.files.warn(error_text(exc))
            return None

    def _build_and_show(self, stem: str, make, title) -> Path | None:
        """The use case's document from ``make()`` built into a fresh private PDF, then the preview titled
        ``title(document)``; None when it failed or the principal pressed «Hủy» (then no file is left:
        the PDF is built in memory first)."""
        try:
            document: Rendered = make()   # reads the file here, in the window's thread
        except InputError as exc:
            self.window.files.warn(error_text(exc))
            return None
        self._built += 1   # a fresh folder each time: an earlier preview may still hold its file open (Windows)
        target = self._folder / str(self._built) / f"{stem}.pdf"
        target.parent.mkdir()
        what = _tr("PrintOps", "Dựng bản in")
        def build(report) -> None:
            document.write(target, progress=report, what=what)
        bar = self.window.statusBar()
        bar.showMessage(_tr("PrintOps", "Đang dựng bản in…"))
        try:
            run_with_progress(self.window, _tr("PrintOps", "Đang dựng bản in…"), build, describe_step)
        except Cancelled:
            bar.showMessage(_tr("PrintOps", "Đã hủy: bản in không được dựng."), 8000)
            return None
        except InputError as exc:
            bar.clearMessage()
            self.window.files.warn(error_text(exc))
            return None
        except OSError as exc:   # the temporary folder is full or gone
            bar.clearMessage()
            self.window.files.warn(_tr("PrintOps", "Không dựng được bản in ({0}).").format(exc.strerror or exc))
            return None
        bar.clearMessage()
        self.last_pdf = target
        self.show_preview(target, title(document))
        return target

    def show_preview(self, path: Path, title: str) -> None:
        from kehoach_desktop.ui.preview import PdfPreviewDialog
        self.preview = PdfPreviewDialog(path, self.window, title)
        self.preview.setAttribute(Qt.WA_DeleteOnClose)   # closed: the PDF and its pages are let go
        self.preview.exec()

    # -- the three documents --------------------------------------------------------------
    def print_plan(self) -> Path | None:
        found = self._context()
        if found is None:
            return None
        plan = found[1].plan   # the footer: the issued revision's code, or «Bản dự thảo»
        return self._build_and_show(f"ke-hoach-{plan.school_year}", lambda: print_document.plan_print(*found),
                                    lambda document: self._plan_title(plan, document.details["warnings"]))

    def _plan_title(self, plan, warnings: list) -> str:
        """The preview's title; a post-reform plan still naming a district says so there and in the
        status bar (printed anyway: a warning, not a refusal)."""
        title = _tr("PrintOps", "Kế hoạch năm học {0}").format(plan.school_year)
        if not warnings:
            return title
        self.window.statusBar().showMessage("⚠ " + "  ".join(error_text(w) for w in warnings), 30000)
        return title + " — " + _tr("PrintOps", "⚠ còn ghi tên huyện hoặc Phòng GD&ĐT (xem thanh trạng thái)")

    def print_inspection(self) -> Path | None:
        found = self._with_inspections()
        if found is None:
            return None
        file, context, records = found
        plan = context.plan
        if not records:
            answer = self.ask(_tr(
                "PrintOps", "Kế hoạch năm học {0} chưa có biên bản kiểm tra nào. Lập biên bản ngay bây giờ? "
                "(Chọn «Không» để in mẫu trống.)").format(plan.school_year))
            if answer is None:
                return None
            record = self.edit_inspection(choose=False) if answer else None
            if answer and record is None:
                return None
        else:
            record = self.choose(records, _tr("PrintOps", "In biên bản kiểm tra"), allow_new=False)
            if record is None:
                return None
        return self._build_and_show(f"bien-ban-kiem-tra-{plan.school_year}",
                                    lambda: print_document.inspection_print(file, context, record),
                                    lambda _: _tr("PrintOps", "Biên bản kiểm tra kế hoạch năm học {0}")
                                    .format(plan.school_year))

    def print_report(self) -> Path | None:
        found = self._context()
        if found is None:
            return None
        plan = found[1].plan
        dashboard = self.window.dashboard   # the month chosen on the «Tiến độ» tab, else this month
        as_of = (dashboard.as_of if dashboard is not None and dashboard.plan is not None
                 and dashboard.plan.id == plan.id else None)
        return self._build_and_show(f"bao-cao-tien-do-{plan.school_year}",
                                    lambda: print_document.progress_print(*found, as_of),
                                    lambda document: _tr("PrintOps", "Báo cáo tiến độ (tính đến tháng {0})")
                                    .format(document.details["as_of"]))

    def inspection_to_word(self, target: str | Path | None = None) -> Path | None:
        """The inspection record as an editable Word file (a blank form when the plan has none yet)."""
        found = self._with_inspections()
        if found is None:
            return None
        file, context, records = found
        plan = context.plan
        record = self.choose(records, _tr("PrintOps", "Xuất biên bản kiểm tra ra Word"), allow_new=False) \
            if records else None
        if records and record is None:
            return None
        exchange = self.window.exchange
        target = Path(target) if target else exchange.ask_target(
            _tr("PrintOps", "Xuất biên bản kiểm tra ra Word"), f"bien-ban-kiem-tra-{plan.school_year}.docx",
            _tr("PrintOps", "Tệp Word (*.docx)"), ".docx")
        if target is None:
            return None
        from kehoach_desktop.usecases.export_word import inspection_to_word
        return exchange.save(inspection_to_word(file, context, record), target,
                             _tr("PrintOps", "Xuất tệp Word"),
                             _tr("PrintOps", "Đã xuất biên bản kiểm tra ra tệp Word {0}"))

    # -- the inspection editor ------------------------------------------------------------
    def _with_inspections(self):
        """What _context gives, plus the plan's inspections (the latest first); None with a message."""
        found = self._context()
        if found is None:
            return None
        file, context = found
        try:
            return (*found, file.read(inspections.list_inspections, context.plan.id))
        except InputError as exc:
            self.window.files.warn(error_text(exc))
            return None

    def choose(self, records: list, title: str, *, allow_new: bool):
        """One of the plan's inspections (the latest first); None when cancelled, "new" for a new one."""
        if len(records) == 1 and not allow_new:
            return records[0]
        labels = [_tr("PrintOps", "Lần kiểm tra {0} ({1})").format(
            r.started_at.strftime("%d/%m/%Y") if r.started_at else "?", r.number or _tr("PrintOps", "chưa có số"))
            for r in records]
        if allow_new:
            labels.append(_tr("PrintOps", "Lập biên bản mới"))
        label, ok = QInputDialog.getItem(self.window, title, _tr("PrintOps", "Biên bản:"), labels, 0, False)
        if not ok:
            return None
        index = labels.index(label)
        return records[index] if index < len(records) else "new"

    def edit_inspection(self, choose: bool = True):
        """Open (or start) an inspection record of the plan on screen and save it; the saved record."""
        from kehoach_desktop.ui.dialogs.inspection_dialog import InspectionDialog, new_inspection
        found = self._with_inspections()
        if found is None:
            return None
        file, context, records = found
        plan = context.plan
        record = self.choose(records, _tr("PrintOps", "Biên bản kiểm tra"), allow_new=True) \
            if records and choose else "new"
        if record is None:
            return None
        if record == "new":
            record = new_inspection(plan, context.school)
        dialog = InspectionDialog(plan, context.framework, record, self.window)
        if not self.run_dialog(dialog) or dialog.result_inspection is None:
            return None
        saved = dialog.result_inspection
        try:
            file.write(inspections.save_inspection, saved)
        except InputError as exc:
            self.window.files.warn(error_text(exc))
            return None
        self.window.statusBar().showMessage(_tr("PrintOps", "Đã lưu biên bản kiểm tra ({0} thành viên đoàn).")
                                            .format(len(saved.team)), 8000)
        return saved

    def ask(self, text: str) -> bool | None:
        """Có / Không / Hủy with Vietnamese buttons: True, False or None."""
        box = QMessageBox(QMessageBox.Question, _tr("PrintOps", "Kế hoạch"), text, QMessageBox.NoButton, self.window)
        yes = box.addButton(_tr("PrintOps", "Có"), QMessageBox.YesRole)
        no = box.addButton(_tr("PrintOps", "Không"), QMessageBox.NoRole)
        box.addButton(_tr("PrintOps", "Hủy"), QMessageBox.RejectRole)
        box.exec()
        return True if box.clickedButton() is yes else False if box.clickedButton() is no else None

    def run_dialog(self, dialog) -> bool:
        return bool(dialog.exec())
