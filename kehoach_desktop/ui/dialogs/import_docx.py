"""«Nhập kế hoạch từ Word…»: read last year's .docx, show every row as understood, save on OK.

Nothing is written until the principal presses «Nhập kế hoạch»: the dialog lists each row
(criterion, levels, work, months, money) with the rows that carry a warning highlighted and
the warnings below, and lets the school year be changed when the file's year is already
planned. The import itself is one undoable step («Hoàn tác» removes the imported plan).

The main window hooks ``import_word_plan(window)`` to a menu action; this module does not
touch the window's own files.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QFileDialog, QFormLayout, QHeaderView, QLabel, QLineEdit, QListWidget,
    QTableWidget, QTableWidgetItem, QVBoxLayout,
)

from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.import_report import DocxImport
from kehoach_desktop.domain.parse import format_amount, parse_school_year
from kehoach_desktop.domain.plan import FORM_TT57, Plan
from kehoach_desktop.ui.dialogs.fields import ok_cancel
from kehoach_desktop.ui.errors import error_text
from kehoach_desktop.ui.screen_fit import fit_to_screen
from kehoach_desktop.usecases import import_word

WARNED = QBrush(QColor("#fff3c4"))


class ImportDocxDialog(QDialog):
    def __init__(self, result: DocxImport, taken_years: set[str], file_name: str, parent=None) -> None:
        super().__init__(parent)
        self.import_result = result   # not ``result``: that is QDialog.result(), the button pressed
        self.taken_years = taken_years
        self.result_plan: Plan | None = None
        plan = result.plan
        self.setWindowTitle(self.tr("Nhập kế hoạch từ Word: {0}").format(file_name))
        form = QFormLayout()
        shape = self.tr("Biểu 2 (Thông tư 57/2026)") if result.form == FORM_TT57 else self.tr("mẫu 9 cột (2018)")
        form.addRow(self.tr("Trường:"), QLabel(result.school.name or self.tr("(không thấy tên trường)")))
        form.addRow(self.tr("Kế hoạch:"), QLabel(f"{plan.title} — {shape} — {plan.framework_id}"))
        form.addRow(self.tr("Số, ngày:"), QLabel(f"{plan.number or '…'}; {plan.place}"
                                                  + (f", {plan.issued_on:%d/%m/%Y}" if plan.issued_on else "")))
        self.year = QLineEdit(plan.school_year, self)
        form.addRow(self.tr("Lưu thành năm học:"), self.year)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #a40000")
        self.problem.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("{0} dòng kế hoạch đọc được:").format(len(plan.rows)), self))
        self.table = self._rows_table()
        layout.addWidget(self.table, 3)
        layout.addWidget(QLabel(self.tr("{0} cảnh báo — hãy kiểm tra trước khi nhập:").format(len(result.warnings))
                                if result.warnings else self.tr("Không có cảnh báo."), self))
        self.warnings = QListWidget(self)
        self.warnings.addItems([str(w) for w in result.warnings])
        self.warnings.setWordWrap(True)
        layout.addWidget(self.warnings, 1)
        layout.addWidget(self.problem)
        self.buttons = ok_cancel(self, self.tr("Nhập kế hoạch"), self.tr("Hủy"))
        layout.addWidget(self.buttons)
        fit_to_screen(self, (1100, 680))
        self._check_year()
        self.year.textChanged.connect(self._check_year)

    def _rows_table(self) -> QTableWidget:
        plan = self.import_result.plan
        headers = [self.tr("Tiêu chí"), self.tr("Mức"), self.tr("Nội dung / giải pháp"), self.tr("Thời gian"),
                   self.tr("Tháng"), self.tr("Kinh phí"), self.tr("Số tiền (đ)")]
        table = QTableWidget(len(plan.rows), len(headers), self)
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        table.setWordWrap(True)
        warned: dict[int, list[str]] = {}
        for w in self.import_result.warnings:
            if w.row is not None:
                warned.setdefault(w.row, []).append(w.message)
        for index, row in enumerate(plan.rows):
            months = (f"{row.timeframe.start} → {row.timeframe.end}" if row.timeframe.start and row.timeframe.end
                      else self.tr("chưa rõ"))
            money = format_amount(row.budget.amount) if row.budget.amount is not None else ""
            texts = [row.criterion_code or "?", f"{row.current_level or '?'} → {row.target_level or '?'}",
                     "\n".join(t for t in (row.content, row.tasks) if t), row.timeframe.text, months,
                     row.budget.text, money]
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if index + 1 in warned:
                    item.setBackground(WARNED)
                    item.setToolTip("\n".join(warned[index + 1]))
                table.setItem(index, column, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.Stretch)
        table.resizeRowsToContents()
        return table

    def _check_year(self) -> bool:
        ok_button = self.buttons.button(self.buttons.StandardButton.Ok)
        try:
            year = parse_school_year(self.year.text())
        except InputError as exc:
            self.problem.setText(error_text(exc))
            ok_button.setEnabled(False)
            return False
        if year in self.taken_years:
            self.problem.setText(self.tr("Tệp đã có kế hoạch năm học {0}; hãy chọn năm học khác.").format(year))
            ok_button.setEnabled(False)
            return False
        self.problem.setText("")
        ok_button.setEnabled(True)
        return True

    def accept(self) -> None:
        if not self._check_year():
            return
        plan = self.import_result.plan
        plan.school_year = parse_school_year(self.year.text())
        self.result_plan = plan
        super().accept()


def import_word_plan(window, path: str | Path | None = None, *, ask=None) -> int | None:
    """Pick a .docx, preview it, and on OK add it to the open file as one undoable step.

    ``ask`` runs the dialog (tests pass one that accepts); returns the new plan's id.
    """
    from kehoach_desktop.ui.commands import AddPlanCommand, EditSchoolCommand
    session, document = window.session, window.document
    if session is None or document is None:
        return None
    if path is None:
        path, _ = QFileDialog.getOpenFileName(window, window.tr("Nhập kế hoạch từ Word"), str(Path.home()),
                                              window.tr("Tệp Word (*.docx);;Mọi tệp (*)"))
        if not path:
            return None
    school = document.school
    try:
        taken = {p.school_year for p in document.list_plans()}
        read = import_word.read_word_plan(path, school=school, taken_years=taken, catalogs=document.catalogs)
    except InputError as exc:
        window.files.warn(error_text(exc))
        return None
    result = read.reading
    dialog = ImportDocxDialog(result, read.taken_years, Path(path).name, window)
    accepted = (ask or (lambda d: d.exec()))(dialog)
    if not accepted or dialog.result_plan is None:
        return None
    plan = dialog.result_plan
    previous = session.plan.id if session.plan is not None else None
    window.undo.beginMacro(window.tr("Nhập kế hoạch năm học {0} từ Word").format(plan.school_year))
    if school is None:
        window.undo.push(EditSchoolCommand(session, None, result.school))
    window.undo.push(AddPlanCommand(session, plan, previous, window.tr("Kế hoạch năm học {0}").format(plan.school_year)))
    window.undo.endMacro()
    window.statusBar().showMessage(window.tr("Đã nhập {0} dòng kế hoạch năm học {1} từ {2}.")
                                   .format(len(plan.rows), plan.school_year, Path(path).name), 10000)
    return session.plan.id if session.plan is not None else None
