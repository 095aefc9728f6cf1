"""The office's identity in the window: its kind and area, its letterhead, signer and Nơi nhận.

The kind, commune and province propose every other line (domain.office.new_identity), as the
school dialog proposes a school's bodies; a line typed by hand keeps what was typed. A Phòng
GD&ĐT file (made before 01/7/2025) can keep its kind while its signer changes, or become one of
today's offices; the change applies from a day (domain.office.change_day) and earlier documents
keep the office of their date.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox, QDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout,
)

from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.office import (
    OfficeIdentity, change_day, current_kinds, new_identity, offices, refuse_ended,
)
from kehoach_desktop.domain.values import nfc
from kehoach_desktop.ui.dialogs.fields import LinesEdit, ok_cancel
from kehoach_desktop.ui.errors import error_text
from kehoach_desktop.ui.screen_fit import fit_to_screen

LINES = ("name", "governing_body", "office_line", "place", "symbol", "signer_name")


class OfficeDialog(QDialog):
    def __init__(self, current: OfficeIdentity | None = None, parent=None, today: date | None = None) -> None:
        super().__init__(parent)
        self.current = current
        self.today = today or date.today()
        self.setWindowTitle(self.tr("Thông tin cơ quan quản lý") if current else self.tr("Tệp cơ quan quản lý mới"))
        self.kind = QComboBox(self, objectName="kind")
        kinds = current_kinds()
        if current is not None and current.kind not in {k.id for k in kinds}:
            kinds = [offices().kinds[current.kind], *kinds]     # an old Phòng GD&ĐT may stay what it was
        for kind in kinds:
            self.kind.addItem(kind.label, kind.id)
        self.commune = QLineEdit(self, objectName="commune", placeholderText=self.tr("xã Vĩnh Hải"))
        self.province = QLineEdit(self, objectName="province", placeholderText=self.tr("thành phố Hải Phòng"))
        self.edits = {name: QLineEdit(self, objectName=name) for name in LINES}
        placeholders = {"name": self.tr("Phòng Văn hóa - Xã hội xã Vĩnh Hải"),
                        "governing_body": self.tr("UBND XÃ VĨNH HẢI"), "office_line": self.tr("PHÒNG VĂN HÓA - XÃ HỘI"),
                        "place": self.tr("Vĩnh Hải"), "symbol": self.tr("BC-VHXH"),
                        "signer_name": self.tr("Họ tên người ký")}
        for name, text in placeholders.items():
            self.edits[name].setPlaceholderText(text)
        self.signer_title = LinesEdit(parent=self)
        self.signer_title.setObjectName("signer_title")
        self.signer_title.setFixedHeight(48)
        self.recipients = LinesEdit(parent=self)
        self.recipients.setObjectName("recipients")
        self.recipients.setFixedHeight(72)
        self.note = QLabel(self, objectName="note", wordWrap=True)
        self.note.setStyleSheet("color: #505050;")
        self.error = QLabel(self, objectName="error", wordWrap=True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()

        office_box = QGroupBox(self.tr("Cơ quan"), self)
        form = QFormLayout(office_box)
        form.addRow(self.tr("Loại cơ quan"), self.kind)
        form.addRow(self.tr("Xã, phường, đặc khu"), self.commune)
        form.addRow(self.tr("Tỉnh, thành phố"), self.province)
        form.addRow(self.tr("Tên (trong câu văn)"), self.edits["name"])
        form.addRow(self.note)
        paper_box = QGroupBox(self.tr("Trên văn bản"), self)
        paper = QFormLayout(paper_box)
        paper.addRow(self.tr("Cơ quan chủ quản (tiêu đề)"), self.edits["governing_body"])
        paper.addRow(self.tr("Tên cơ quan (tiêu đề)"), self.edits["office_line"])
        paper.addRow(self.tr("Địa danh (ngày tháng)"), self.edits["place"])
        paper.addRow(self.tr("Ký hiệu báo cáo"), self.edits["symbol"])
        paper.addRow(self.tr("Chức vụ người ký"), self.signer_title)
        paper.addRow(self.tr("Người ký"), self.edits["signer_name"])
        paper.addRow(self.tr("Nơi nhận"), self.recipients)
        columns = QHBoxLayout()
        columns.addWidget(office_box, 2)
        columns.addWidget(paper_box, 3)       # the letterhead lines are the longest values
        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(self.error)
        layout.addWidget(ok_cancel(self, self.tr("Lưu"), self.tr("Hủy")))

        # A line typed by hand keeps what was typed; the others follow the kind and area once they change
        # (a saved office keeps its own lines until then).
        self._by_hand: set[str] = set()
        self._filling = False
        if current is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(current.kind)))
            self.commune.setText(current.commune)
            self.province.setText(current.province)
            self._show(current)
        self.result_identity: OfficeIdentity | None = None
        self.kind.currentIndexChanged.connect(lambda _i: self._propose())
        self.commune.textEdited.connect(lambda _t: self._propose())
        self.province.textEdited.connect(lambda _t: self._propose())
        for name, edit in self.edits.items():
            edit.textEdited.connect(lambda _t, field=name: self._by_hand.add(field))
        for name, lines in (("signer_title", self.signer_title), ("recipients", self.recipients)):
            lines.textChanged.connect(lambda field=name: None if self._filling else self._by_hand.add(field))
        self._show_note()
        if current is None:
            self._propose()
        fit_to_screen(self, (960, self.sizeHint().height()))

    def _show(self, identity: OfficeIdentity) -> None:
        """Put ``identity``'s lines in the fields not typed by hand."""
        values = {"name": identity.name, "governing_body": identity.governing_body,
                  "office_line": identity.office_line, "place": identity.place, "symbol": identity.symbol,
                  "signer_name": identity.signer_name}
        for name, value in values.items():
            if name not in self._by_hand and (value or name != "signer_name"):
                self.edits[name].setText(value)
        self._filling = True
        try:
            if "signer_title" not in self._by_hand:
                self.signer_title.set_lines(identity.signer_title.split("\n"))
            if "recipients" not in self._by_hand:
                self.recipients.set_lines(list(identity.recipients))
        finally:
            self._filling = False

    def _kind(self):
        return offices().kinds[self.kind.currentData()]

    def _show_note(self) -> None:
        kind = self._kind()
        self.commune.setEnabled(kind.area == "commune")
        note = self.tr("Chưa xác minh: {0}").format(kind.unverified) if kind.unverified else ""
        if kind.until is not None:
            note = self.tr("Phòng GD&ĐT không còn từ 01/7/2025: hãy chọn cơ quan hiện nay. Văn bản trước ngày đó "
                           "vẫn in Phòng GD&ĐT.")
        self.note.setText(note)

    def _propose(self) -> None:
        self._show_note()
        kind = self._kind()
        if self.current is not None and kind.id == self.current.kind and kind.until is not None:
            return                               # an old Phòng GD&ĐT keeps its own lines
        try:
            proposed = self._proposed()
        except InputError:
            return                               # not enough typed yet; «Lưu» says what is missing
        self._show(proposed)

    def _proposed(self) -> OfficeIdentity:
        kind = self._kind()
        same = self.current is not None and kind.id == self.current.kind
        return new_identity(kind.id, commune=self.commune.text() if kind.area == "commune" else "",
                            province=self.province.text(), signer_name=self.edits["signer_name"].text(),
                            signer_title=self.current.signer_title if same and self.current else "")

    def identity(self) -> OfficeIdentity:
        """The office as the dialog has it; InputError when its kind's area is missing."""
        kind = self._kind()
        if self.current is not None and kind.id == self.current.kind and kind.until is not None:
            base = self.current
        else:
            refuse_ended(kind)
            base = self._proposed()
        values = {name: nfc(edit.text()).strip() for name, edit in self.edits.items()}
        if not values["name"]:
            raise InputError("Hãy nhập tên cơ quan, ví dụ «Phòng Văn hóa - Xã hội xã Vĩnh Hải».", field="name")
        return base.changed(signer_title="\n".join(self.signer_title.lines()), recipients=self.recipients.lines(),
                            **values)

    def since(self) -> date:
        """The day the change applies from (an old Phòng GD&ĐT becoming a commune's: 01/7/2025)."""
        if self.current is None:
            return self.today
        return change_day(self.current, self._kind().id, self.today)

    def accept(self) -> None:
        try:
            self.result_identity = self.identity()
        except InputError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            return
        super().accept()
