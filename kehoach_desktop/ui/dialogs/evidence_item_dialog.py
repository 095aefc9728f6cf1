"""One evidence item's details: its criterion (which gives its code), name, document, storage place, expiry.

«Lưu» hands the item to the register dialog's writer (ui/dialogs/evidence_dialog.py); a refusal is shown
here and the form stays open with everything that was typed.
"""
from __future__ import annotations

from datetime import date
from typing import Callable

from PySide6.QtWidgets import (
    QComboBox, QDialog, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QVBoxLayout,
)

from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.evidence_register import EvidenceItem
from kehoach_desktop.domain.parse import parse_date
from kehoach_desktop.domain.values import nfc
from kehoach_desktop.ui.dialogs.council_dialog import RefusalLabel
from kehoach_desktop.ui.dialogs.fields import ok_cancel
from kehoach_desktop.ui.errors import error_text
from kehoach_desktop.ui.screen_fit import fit_to_screen


def day_text(day: date | None) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}" if day else ""


class EvidenceItemDialog(QDialog):
    """One item's details. «Lưu» hands the item to ``save`` (which writes it); a refusal is shown here
    and the form stays open with what was typed."""

    def __init__(self, framework, item: EvidenceItem | None, save: Callable[[EvidenceItem, str], EvidenceItem],
                 code_for: Callable[[str], str], criterion: str = "", parent=None) -> None:
        super().__init__(parent)
        self.save, self.code_for, self.item = save, code_for, item
        self.saved: EvidenceItem | None = None
        self.setWindowTitle(self.tr("Sửa minh chứng {0}").format(item.code) if item else self.tr("Thêm minh chứng"))
        item = item or EvidenceItem("", "")
        self.criterion = QComboBox(self)
        for c in framework.criteria():
            self.criterion.addItem(f"{c.code}. {c.title}", c.code)
        self.criterion.setCurrentIndex(max(0, self.criterion.findData(item.criterion or criterion)))
        self.criterion.setEnabled(self.item is None)     # a code stays once given: reports cite it
        self.criterion.currentIndexChanged.connect(self._show_code)
        self.code = QLabel(self, objectName="code")
        self.name = QLineEdit(item.name, self)
        self.number = QLineEdit(item.number, self)
        self.number.setPlaceholderText("125/KH-THCS")
        self.issued = QLineEdit(day_text(item.issued_on), self)
        self.issued.setPlaceholderText(self.tr("ví dụ: 05/9/2025"))
        self.issuer = QLineEdit(item.issuer, self)
        self.issuer.setPlaceholderText(self.tr("Hiệu trưởng, UBND xã …"))
        self.location = QLineEdit(item.location, self)
        self.location.setPlaceholderText(self.tr("Hồ sơ giấy, tủ 2 — hoặc thư mục D:\\MinhChung\\TC1"))
        browse = QPushButton(self.tr("Chọn thư mục…"), self)
        browse.clicked.connect(lambda: self.choose_folder())
        where = QHBoxLayout()
        where.addWidget(self.location, 1)
        where.addWidget(browse)
        self.expires = QLineEdit(day_text(item.expires), self)
        self.expires.setPlaceholderText(self.tr("nếu có: giấy phép, chứng nhận còn hiệu lực đến"))
        self.note = QPlainTextEdit(item.note, self)
        self.note.setMaximumHeight(60)
        form = QFormLayout()
        form.addRow(self.tr("Tiêu chí gốc"), self.criterion)
        form.addRow(self.tr("Mã minh chứng"), self.code)
        form.addRow(self.tr("Tên minh chứng"), self.name)
        form.addRow(self.tr("Số văn bản"), self.number)
        form.addRow(self.tr("Ngày ban hành"), self.issued)
        form.addRow(self.tr("Nơi ban hành"), self.issuer)
        form.addRow(self.tr("Nơi lưu"), where)
        form.addRow(self.tr("Hết hiệu lực ngày"), self.expires)
        form.addRow(self.tr("Ghi chú"), self.note)
        self.error = RefusalLabel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.error)
        layout.addWidget(ok_cancel(self, self.tr("Lưu"), self.tr("Hủy")))
        self._show_code()
        fit_to_screen(self, (640, 400))

    def _show_code(self, *_args) -> None:
        if self.item is not None:
            self.code.setText(self.item.code)
            return
        criterion = self.criterion.currentData() or ""
        self.code.setText(self.tr("{0} (mã tiếp theo của tiêu chí {1}, cấp khi lưu)")
                          .format(self.code_for(criterion), criterion))

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Thư mục lưu minh chứng"), self.location.text())
        if chosen:
            self.location.setText(chosen)

    def build_item(self) -> EvidenceItem:
        """The item as typed (its code comes from the store); an InputError for a date that is not one."""
        def day(edit: QLineEdit) -> date | None:
            return parse_date(edit.text()) if edit.text().strip() else None
        base = self.item or EvidenceItem("", "")
        return EvidenceItem(base.code, nfc(self.name.text()).strip(), nfc(self.number.text()).strip(),
                            day(self.issued), nfc(self.issuer.text()).strip(), nfc(self.location.text()).strip(),
                            day(self.expires), nfc(self.note.toPlainText()).strip(), base.id)

    def accept(self) -> None:
        try:
            self.saved = self.save(self.build_item(), self.criterion.currentData() or "")
        except InputError as exc:
            self.error.setText(error_text(exc))
            return
        super().accept()
