"""The "Cập nhật tiến độ" form: one dated report on a plan row, checked before it is accepted.

The dialog only builds a ``ProgressUpdate``; the caller records it (through
store.progress.add_update, inside an undo command). What can be checked here
is checked here, with the same domain rules the store applies, so a refusal
shows beside the fields and the typed text stays.

The date is typed whole ("15/01/2026", read by domain.parse_dates) or picked on a
calendar. Esc, "Hủy" or closing the window with something typed asks first.
"""
from __future__ import annotations

from datetime import date
from typing import Mapping

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCalendarWidget, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QMenu, QMessageBox, QPlainTextEdit, QSlider, QSpinBox, QToolButton, QVBoxLayout, QWidget, QWidgetAction,
)

from kehoach_desktop.domain.catalog import Framework
from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.parse import format_amount, parse_budget
from kehoach_desktop.domain.parse_dates import parse_date
from kehoach_desktop.domain.plan import STATUSES, PlanRow, ProgressUpdate
from kehoach_desktop.domain.progress import check_evidence_codes, check_update, row_label, split_evidence_codes
from kehoach_desktop.ui.errors import error_text


class DayEdit(QLineEdit):
    """A day typed whole as principals write it ("15/01/2026", "15/1/2026"), never section by section."""

    def __init__(self, day: QDate, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="on_date")
        self.setPlaceholderText("dd/mm/yyyy")
        self.setDate(day)

    def day(self) -> date:
        """The typed day; an InputError naming this field when it can't be read."""
        try:
            return parse_date(self.text())
        except InputError as exc:
            raise InputError(exc.template, field="on_date", row=exc.row, **exc.values) from None

    def date(self) -> QDate:
        """The typed day as a QDate (invalid when it can't be read)."""
        try:
            day = self.day()
        except InputError:
            return QDate()
        return QDate(day.year, day.month, day.day)

    def setDate(self, day: QDate) -> None:
        self.setText(day.toString("dd/MM/yyyy"))


class ProgressDialog(QDialog):
    """``ProgressDialog.get_update(row, framework, used_codes)`` → the accepted report or None.

    ``used_codes`` (store.progress.used_evidence) lets the form refuse a minh chứng
    code already used in the plan before the store would.
    """

    def __init__(self, row: PlanRow, framework: Framework, used_codes: Mapping[str, str] | None = None,
                 reporter: str = "", parent: QWidget | None = None, register: Mapping[str, str] | None = None,
                 school_year: str = "") -> None:
        super().__init__(parent)
        self.row = row
        self.framework = framework
        self.used_codes = dict(used_codes or {})
        # The year's evidence register (code → name): the update cites its codes; an unknown one is
        # pointed out (the item may be added to the register later), never refused.
        self.register = dict(register or {})
        self.school_year = school_year
        self._update: ProgressUpdate | None = None
        self.setWindowTitle(self.tr("Cập nhật tiến độ"))
        self.setMinimumWidth(520)
        self._build(reporter)

    def _build(self, reporter: str) -> None:
        layout = QVBoxLayout(self)
        heading = QLabel(row_label(self.row) or self.tr("Dòng kế hoạch"))
        heading.setWordWrap(True)
        heading.setStyleSheet("font-weight: bold;")
        layout.addWidget(heading)
        current = QLabel(self.tr("Hiện tại: {0}, {1}%").format(
            self.tr(STATUSES.get(self.row.status, self.row.status)), self.row.percent)
            + (self.tr(" (trạng thái đặt bằng tay)") if self.row.status_manual else ""))
        current.setStyleSheet("color: #5f6b7a;")
        layout.addWidget(current)

        form = QFormLayout()
        self.date_edit = DayEdit(QDate.currentDate())
        form.addRow(self.tr("Ngày cập nhật:"), self._with_calendar(self.date_edit))

        self.percent = QSpinBox(objectName="percent")
        self.percent.setRange(0, 100)
        self.percent.setSuffix(" %")
        self.percent.setValue(self.row.percent)
        slider = QSlider(Qt.Horizontal)
        slider.setRange(0, 100)
        slider.setValue(self.row.percent)
        slider.valueChanged.connect(self.percent.setValue)
        self.percent.valueChanged.connect(slider.setValue)
        line = QHBoxLayout()
        line.addWidget(slider, 1)
        line.addWidget(self.percent)
        form.addRow(self.tr("Phần trăm hoàn thành:"), line)

        self.status = QComboBox(objectName="status")
        # "" rather than None: reading None back from a combo costs a reference in PySide6 6.12 on 3.11
        self.status.addItem(self.tr("Theo phần trăm (100% là hoàn thành)"), "")
        self.status.addItem(self.tr("Tạm dừng"), "paused")
        form.addRow(self.tr("Trạng thái:"), self.status)

        self.note = QPlainTextEdit(objectName="note")
        self.note.setPlaceholderText(self.tr("Đã thực hiện được gì, kết quả ra sao…"))
        self.note.setFixedHeight(90)
        form.addRow(self.tr("Nội dung:"), self.note)

        self.reporter = QLineEdit(reporter, objectName="reporter")
        form.addRow(self.tr("Người báo cáo:"), self.reporter)

        self.evidence = QLineEdit(objectName="evidence")
        example = self.framework.evidence_example
        self.evidence.setPlaceholderText(self.tr("Ví dụ: {0}; nhiều mã cách nhau bằng dấu phẩy").format(example))
        form.addRow(self.tr("Mã minh chứng:"), self.evidence)
        self.evidence_hint = QLabel("", objectName="evidence_hint")
        self.evidence_hint.setWordWrap(True)
        self.evidence_hint.hide()
        form.addRow("", self.evidence_hint)
        self.evidence.textChanged.connect(self._show_register_names)

        self.spent = QLineEdit(objectName="spent")
        self.spent.setPlaceholderText(self.tr("Kinh phí đã chi đến nay, ví dụ 2,5 triệu"))
        if self.row.spent is not None:
            self.spent.setText(format_amount(self.row.spent))
        form.addRow(self.tr("Đã chi:"), self.spent)
        layout.addLayout(form)

        self.problem = QLabel("", objectName="problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #c0392b;")
        self.problem.hide()
        layout.addWidget(self.problem)

        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("Lưu cập nhật"))
        buttons.button(QDialogButtonBox.Cancel).setText(self.tr("Hủy"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.cancel)
        layout.addWidget(buttons)
        self._as_opened = self._typed()

    def _with_calendar(self, edit: DayEdit) -> QHBoxLayout:
        """The day box and a button that opens a calendar, for those who would rather click."""
        calendar = QCalendarWidget(objectName="calendar")
        calendar.setGridVisible(True)
        menu = QMenu(self)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(calendar)
        menu.addAction(holder)
        menu.aboutToShow.connect(lambda: calendar.setSelectedDate(edit.date() if edit.date().isValid()
                                                                  else QDate.currentDate()))
        calendar.clicked.connect(lambda day: (edit.setDate(day), menu.close()))
        button = QToolButton(objectName="calendar_button")
        button.setText("…")
        button.setToolTip(self.tr("Chọn ngày trên lịch"))
        button.setMenu(menu)
        button.setPopupMode(QToolButton.InstantPopup)
        line = QHBoxLayout()
        line.addWidget(edit, 1)
        line.addWidget(button)
        return line

    def _show_register_names(self, text: str) -> None:
        """Each code typed, with its name in the year's register, or a note that the register lacks it."""
        lines, unknown = [], False
        for code in split_evidence_codes(text):
            if not self.framework.evidence_template.matches(code):
                continue
            if code in self.register:
                lines.append(f"{code}: {self.register[code]}")
            else:
                unknown = True
                lines.append(self.tr("{0} chưa có trong danh mục minh chứng năm học {1}").format(code, self.school_year))
        self.evidence_hint.setText("\n".join(lines))
        self.evidence_hint.setStyleSheet("color: #b9770e;" if unknown else "color: #5f6b7a;")
        self.evidence_hint.setVisible(bool(lines))

    # -- result -----------------------------------------------------------------------
    def build_update(self) -> ProgressUpdate:
        """The report as typed, checked against the domain rules; an InputError names what is wrong."""
        day = self.date_edit.day()
        spent = None
        if self.spent.text().strip():
            spent = parse_budget(self.spent.text()).amount
            if spent is None:
                raise InputError("Không đọc được số tiền đã chi «{spent}». Ví dụ: 2,5 triệu", field="spent",
                                 spent=self.spent.text().strip())
        update = ProgressUpdate(
            on_date=day, percent=self.percent.value(),
            note=self.note.toPlainText(), reporter=self.reporter.text(),
            evidence=split_evidence_codes(self.evidence.text()), status=self.status.currentData() or None,
            spent=spent)
        check_update(update)
        update.evidence = check_evidence_codes(update.evidence, self.framework, self.used_codes)
        return update

    def accept(self) -> None:
        try:
            self._update = self.build_update()
        except InputError as exc:
            self.problem.setText(error_text(exc))
            self.problem.show()
            widget = self.findChild(QWidget, exc.field or "")
            if widget is not None:
                widget.setFocus()
            return
        super().accept()

    # -- leaving without saving -------------------------------------------------------
    def _typed(self) -> tuple:
        return (self.date_edit.text(), self.percent.value(), self.status.currentIndex(), self.note.toPlainText(),
                self.reporter.text(), self.evidence.text(), self.spent.text())

    def may_discard(self) -> bool:
        """True when nothing was typed, or the principal agrees to throw it away (the default is No)."""
        if self._typed() == self._as_opened:
            return True
        box = QMessageBox(QMessageBox.Question, self.tr("Cập nhật tiến độ"), self.tr("Bỏ những gì đã nhập?"),
                          QMessageBox.Yes | QMessageBox.No, self)
        box.button(QMessageBox.Yes).setText(self.tr("Có, bỏ đi"))
        box.button(QMessageBox.No).setText(self.tr("Không"))
        box.setDefaultButton(QMessageBox.No)
        box.setEscapeButton(QMessageBox.No)
        return box.exec() == QMessageBox.Yes

    def cancel(self) -> None:
        """Esc or "Hủy": close without saving, after asking when something was typed."""
        if self.may_discard():
            self.reject()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key_Escape and not event.modifiers():
            self.cancel()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event) -> None:
        if not self.may_discard():
            event.ignore()
            return
        super().closeEvent(event)

    def progress_update(self) -> ProgressUpdate | None:
        """The accepted report (None until the form is accepted)."""
        return self._update

    @classmethod
    def get_update(cls, row: PlanRow, framework: Framework, used_codes: Mapping[str, str] | None = None,
                   reporter: str = "", parent: QWidget | None = None, register: Mapping[str, str] | None = None,
                   school_year: str = "") -> ProgressUpdate | None:
        """Open the form modally; the checked report, or None when cancelled."""
        dialog = cls(row, framework, used_codes, reporter, parent, register, school_year)
        return dialog.progress_update() if dialog.exec() == QDialog.Accepted else None
