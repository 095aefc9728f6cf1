"""The report's texts outside the criteria (Phần I, III, IV), its three-year data table and its approval date.

Built entirely from the registry (domain.assessment_texts): one tab per part, one box per text — a
line or a paragraph as the registry says — and one row per data-table row, so a text or a row added
there appears here by itself. The approval date is checked against the rule's deadline
(resources/accreditation/council-rules.json, ``report_due``: 15/6 of the school year's end).
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPlainTextEdit, QTableWidget, QTableWidgetItem,
    QTabWidget, QVBoxLayout, QWidget,
)

from kehoach_desktop.domain import assessment_texts
from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.parse import parse_date, parse_school_year
from kehoach_desktop.domain.self_assessment import SelfAssessment
from kehoach_desktop.domain.values import nfc
from kehoach_desktop.domain.council import council_rule
from kehoach_desktop.ui.dialogs.council_dialog import RefusalLabel
from kehoach_desktop.ui.dialogs.fields import ok_cancel
from kehoach_desktop.ui.errors import error_text
from kehoach_desktop.ui.screen_fit import fit_to_screen, scrollable


def report_due(framework_id: str, school_year: str) -> date | None:
    """The day the council must approve the report by («15/6» of the school year's end), from the rule's data."""
    rule = council_rule(framework_id)
    return rule.due_date(parse_school_year(school_year)) if rule else None


def three_years(school_year: str) -> list[str]:
    """The data table's school years, oldest first, ending with the report's."""
    last = int(parse_school_year(school_year)[:4])
    return [f"{first}-{first + 1}" for first in range(last - 2, last + 1)]


def _day(day: date | None) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}" if day else ""


class ReportTextsDialog(QDialog):
    def __init__(self, assessment: SelfAssessment, due: date | None, parent=None) -> None:
        super().__init__(parent)
        self.due = due
        self.result_texts: dict[str, str] | None = None
        self.result_data: dict[str, tuple[str, str, str]] = {}
        self.result_approved: date | None = None
        self.setWindowTitle(self.tr("Các nội dung khác của báo cáo tự đánh giá năm học {0}")
                            .format(assessment.school_year))
        self.tabs = QTabWidget(self)
        self.edits: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.labels: dict[str, str] = {}
        registry = assessment_texts.REPORT_TEXTS
        for part in dict.fromkeys(t.part for t in registry):       # the parts in the registry's order
            page = QWidget(self)
            column = QVBoxLayout(page)
            form = QFormLayout()
            column.addLayout(form)
            column.addStretch(1)       # a short part keeps its boxes together at the top
            for text in (t for t in registry if t.part == part):
                value = assessment.texts.get(text.key, text.default)
                if text.kind == assessment_texts.LINE:
                    edit: QLineEdit | QPlainTextEdit = QLineEdit(value, page)
                else:
                    edit = QPlainTextEdit(value, page)
                    edit.setTabChangesFocus(True)
                    edit.setMinimumHeight(64)
                    edit.setMaximumHeight(110)
                edit.setObjectName(text.key)
                edit.setToolTip(self.tr("In trong báo cáo dưới đề mục: {0}").format(text.heading))
                label = QLabel(text.label, page)
                label.setToolTip(edit.toolTip())
                label.setWordWrap(True)
                form.addRow(label, edit)
                self.edits[text.key] = edit
                self.labels[text.key] = text.label
            self.tabs.addTab(scrollable(page), self.tr("Phần {0}").format(part))
        self.years = three_years(assessment.school_year)
        self.tabs.addTab(self._data_page(assessment), self.tr("Số liệu 3 năm"))

        self.approved = QLineEdit(_day(assessment.approved_on), self)
        self.approved.setPlaceholderText(self.tr("ví dụ: 05/6/2026"))
        self.approved.setMaximumWidth(160)
        self.approved.textChanged.connect(self._check_date)
        self.late = QLabel(self, objectName="late")
        self.late.setWordWrap(True)
        approval = QHBoxLayout()
        approval.addWidget(QLabel(self.tr("Ngày Hội đồng thông qua báo cáo:"), self))
        approval.addWidget(self.approved)
        approval.addWidget(self.late, 1)
        self.error = RefusalLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(approval)
        layout.addWidget(self.error)
        layout.addWidget(ok_cancel(self, self.tr("Lưu"), self.tr("Hủy")))
        self._check_date()
        fit_to_screen(self, (900, 680))

    def _data_page(self, assessment: SelfAssessment) -> QWidget:
        page = QWidget(self)
        rows = assessment_texts.data_rows()
        self.data = QTableWidget(len(rows), 4, page)
        self.data.setHorizontalHeaderLabels([self.tr("Nội dung")] + [self.tr("Năm học {0}").format(y)
                                                                     for y in self.years])
        self.data.verticalHeader().hide()
        self.data.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        group = None
        bold = QFont()
        bold.setBold(True)
        for number, row in enumerate(rows):
            first = row.group != group
            group = row.group
            label = QTableWidgetItem(("    " * row.indent) + row.label)
            label.setFlags(label.flags() & ~Qt.ItemIsEditable)
            label.setData(Qt.UserRole, row.key)
            label.setToolTip(row.group)
            if first:            # the group's name on its first row: «1. Số lớp học — Tổng số lớp»
                label.setText(f"{row.group} — {label.text()}")
                label.setFont(bold)
            self.data.setItem(number, 0, label)
            for column, value in enumerate(assessment.data.get(row.key, ("", "", "")), 1):
                self.data.setItem(number, column, QTableWidgetItem(value))
        for column in (1, 2, 3):
            self.data.setColumnWidth(column, 130)
        note = QLabel(assessment_texts.data_table_note(), page)
        note.setWordWrap(True)
        note.setStyleSheet("color: #505050;")
        layout = QVBoxLayout(page)
        layout.addWidget(self.data, 1)
        layout.addWidget(note)
        return page

    def _approved_on(self) -> date | None:
        text = self.approved.text().strip()
        return parse_date(text) if text else None

    def _check_date(self, *_args) -> None:
        try:
            day = self._approved_on()
        except InputError as exc:
            self.late.setText(error_text(exc))
            self.late.setStyleSheet("color: #b00020;")
            return
        if day is not None and self.due is not None and day > self.due:
            self.late.setText(self.tr("⚠ Sau hạn {0}: báo cáo tự đánh giá cần được Hội đồng thông qua trước "
                                      "ngày {0}.").format(_day(self.due)))
            self.late.setStyleSheet("color: #8a5300;")
        else:
            self.late.setText(self.tr("Hạn thông qua: {0}.").format(_day(self.due)) if self.due else "")
            self.late.setStyleSheet("color: #505050;")

    def texts(self) -> dict[str, str]:
        return {key: nfc(edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText()).strip()
                for key, edit in self.edits.items()}

    def data_values(self) -> dict[str, tuple[str, str, str]]:
        found = {}
        for row in range(self.data.rowCount()):
            values = tuple(nfc(self.data.item(row, c).text() if self.data.item(row, c) else "").strip()
                           for c in (1, 2, 3))
            if any(values):
                found[self.data.item(row, 0).data(Qt.UserRole)] = values
        return found   # type: ignore[return-value]

    def accept(self) -> None:
        texts = self.texts()
        too_long = next((k for k, v in texts.items() if len(v) > assessment_texts.MAX_TEXT_CHARS), None)
        if too_long is not None:
            self.error.setText(self.tr("«{0}» dài quá {1} ký tự.").format(self.labels[too_long], assessment_texts.MAX_TEXT_CHARS))
            return
        try:
            approved = self._approved_on()
        except InputError as exc:
            self.error.setText(error_text(exc))
            self.approved.setFocus()
            return
        self.result_texts, self.result_data, self.result_approved = texts, self.data_values(), approved
        super().accept()
