"""The office window's inspection records (biên bản kiểm tra): made, edited and printed by the office.

The team inspects the plan of the school year on screen of the school selected in the table, as the
office last imported it (store.office_inspections). A new record starts headed by the office of the
day, at the school, each row as the school reports it; it is typed in the same dialog the school window
uses, refused there when dated before the plan, and kept in the office file. Printing writes the PDF
under the office's letterhead, in the columns of the plan's own form.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu, QMessageBox

from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.ui.errors import error_text


class InspectionOps(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.menu = QMenu(self.tr("Biên bản kiểm tra"), window)
        self.menu.setObjectName("inspection_menu")
        self.menu_action = self.menu.menuAction()
        self.menu_action.setToolTip(self.tr("Lập, sửa, in biên bản kiểm tra kế hoạch của trường đang chọn"))
        self.record_action = QAction(self.tr("Lập hoặc sửa biên bản…"), window)
        self.record_action.triggered.connect(lambda: self.record())
        self.print_action = QAction(self.tr("In biên bản (PDF)…"), window)
        self.print_action.triggered.connect(lambda: self.print_record())   # not triggered(bool) as a file name
        self.menu.addAction(self.record_action)
        self.menu.addAction(self.print_action)
        self.menu_action.triggered.connect(lambda: self.record())
        self.last_pdf: Path | None = None

    @property
    def window(self):
        """The office window (our Qt parent; not kept in an attribute, so closing it frees it)."""
        return self.parent()

    # -- what the officer picked ----------------------------------------------------------------
    def _school(self):
        school = self.window.selected_school()
        if school is None:
            self.window.statusBar().showMessage(self.tr("Hãy chọn một trường trong bảng."), 6000)
        return school

    def _warn(self, exc: InputError) -> None:
        QMessageBox.warning(self.window, self.tr("Biên bản kiểm tra"), error_text(exc))

    def choose(self, records: list, *, allow_new: bool):
        """One of the school's records of the year (the latest first); "new" for a new one, None if cancelled."""
        if not records:
            return "new" if allow_new else None
        if len(records) == 1 and not allow_new:
            return records[0]
        labels = [self.tr("Biên bản số {0}: {1} ({2})").format(
            kept.id, kept.record.started_at.strftime("%d/%m/%Y") if kept.record.started_at else "?",
            kept.record.number.strip() or self.tr("chưa có số")) for kept in records]
        if allow_new:
            labels.append(self.tr("Lập biên bản mới"))
        label, ok = QInputDialog.getItem(self.window, self.tr("Biên bản kiểm tra"), self.tr("Biên bản:"), labels, 0,
                                         False)
        if not ok:
            return None
        index = labels.index(label)
        return records[index] if index < len(records) else "new"

    def run_dialog(self, dialog) -> bool:
        return bool(dialog.exec())

    # -- the actions ----------------------------------------------------------------------------
    def record(self) -> int | None:
        """Make (or edit) a record of the selected school's plan of the year on screen; its number."""
        from kehoach_desktop.store.office_inspections import (
            new_office_inspection, office_inspections, save_office_inspection,
        )
        from kehoach_desktop.ui.dialogs.inspection_dialog import InspectionDialog
        from kehoach_desktop.usecases.office_inspection import plan_in_hand
        school = self._school()
        if school is None:
            return None
        db, year = self.window.db, self.window.school_year()
        try:
            picked = self.choose(office_inspections(db, school.code, year), allow_new=True)
            if picked is None:
                return None
            inspected, framework = plan_in_hand(db, school.code, year, None if picked == "new" else picked.import_id)
            record = new_office_inspection(db, inspected) if picked == "new" else picked.record
        except InputError as exc:
            self._warn(exc)
            return None
        dialog = InspectionDialog(inspected.plan, framework, record, self.window)
        for heading in (dialog.authority, dialog.office, dialog.office_line):   # the office of the record's day
            heading.setReadOnly(True)
        dialog.setWindowTitle(self.tr("Biên bản kiểm tra: {0}, kế hoạch năm học {1}").format(school.name, year))
        if not self.run_dialog(dialog) or dialog.result_inspection is None:
            return None
        try:
            number = save_office_inspection(db, inspected, dialog.result_inspection,
                                            None if picked == "new" else picked.id)
        except InputError as exc:
            self._warn(exc)
            return None
        self.window.statusBar().showMessage(self.tr("Đã lưu biên bản kiểm tra số {0} của {1} (năm học {2}); "
                                                    "biên bản đi kèm phản hồi gửi trường.")
                                            .format(number, school.name, year), 10000)
        return number

    def print_record(self, out: str | Path | None = None) -> Path | None:
        """The selected school's record of the year (chosen when there are several) as a PDF."""
        from kehoach_desktop.store.atomic_file import write_rendered
        from kehoach_desktop.store.office_inspections import office_inspections
        from kehoach_desktop.usecases.office_inspection import print_office_inspection
        school = self._school()
        if school is None:
            return None
        db, year = self.window.db, self.window.school_year()
        try:
            picked = self.choose(office_inspections(db, school.code, year), allow_new=False)
        except InputError as exc:
            self._warn(exc)
            return None
        if picked is None:
            self.window.statusBar().showMessage(self.tr("{0} chưa có biên bản kiểm tra năm học {1}; hãy «Lập hoặc "
                                                        "sửa biên bản…» trước.").format(school.name, year), 8000)
            return None
        if out is None:
            out, _ = QFileDialog.getSaveFileName(self.window, self.tr("Lưu biên bản kiểm tra"),
                                                 f"bien-ban-kiem-tra-{school.code}-{year}.pdf",
                                                 self.tr("Tệp PDF (*.pdf)"))
            if not out:
                return None
        try:
            path = write_rendered(lambda stream: print_office_inspection(db, picked.id, stream), out,
                                  "In biên bản kiểm tra", suffix=".pdf")
        except InputError as exc:
            self._warn(exc)
            return None
        self.last_pdf = path
        self.window.statusBar().showMessage(self.tr("Đã lưu biên bản kiểm tra: {0}").format(path), 10000)
        return path
