"""School information: the form, its dialog, and the choice of framework it proposes."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox, QDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget,
)

from kehoach_desktop.domain.administration import former_names_in, proposed_bodies
from kehoach_desktop.domain.catalog import Framework, frameworks_for_level
from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.plan import SCHOOL_LEVELS, School
from kehoach_desktop.domain.school_fields import checked_school
from kehoach_desktop.domain.school_level import level_from_name, teaches_upper_secondary
from kehoach_desktop.domain.values import nfc
from kehoach_desktop.ui.dialogs.fields import ok_cancel
from kehoach_desktop.ui.errors import error_text
from kehoach_desktop.ui.screen_fit import fit_to_screen


def fill_framework_combo(combo: QComboBox, catalogs: dict[str, Framework], school_level: str | None,
                         school_year: str = "") -> None:
    """Frameworks, the one a plan of ``school_year`` follows first (Thông tư 57/2026 from 2026-2027,
    the 2018 circular before), then the others for the school's type, then the rest; each shows its
    circular, and a provisional one its mark."""
    combo.clear()
    proposed = frameworks_for_level(school_level, catalogs, school_year) if school_level in SCHOOL_LEVELS else []
    others = [fw for fw in catalogs.values() if fw not in proposed]
    for fw in proposed + others:
        combo.addItem(fw.display_name(), fw.id)
        if fw.provisional:
            combo.setItemData(combo.count() - 1, fw.provisional_note or fw.display_name(), Qt.ToolTipRole)


class SchoolForm(QWidget):
    """The school's fields. A new school's type follows its name as it is typed ("Trường THCS …"),
    until the type is picked by hand; a refusal shown under the form goes once its field is filled.

    Since 01/7/2025 the bodies on a letterhead follow from the school's type and its commune or
    province (domain.administration): once the type, commune or province changes, the governing
    body, the receiving office and the place are proposed, each until it is typed by hand."""

    FIELDS = ("name", "code", "principal", "address", "phone", "email", "commune", "province",
              "governing_body", "governing_body_sentence", "receiving_office", "place")
    BODY_FIELDS = ("governing_body", "governing_body_sentence", "receiving_office", "place")

    def __init__(self, school: School | None = None, parent=None) -> None:
        super().__init__(parent)
        self.edits = {name: QLineEdit(self, objectName=name) for name in self.FIELDS}
        placeholders = {
            "name": self.tr("Trường THCS Vĩnh Hải"), "commune": self.tr("xã Vĩnh Hải"),
            "province": self.tr("thành phố Hải Phòng"), "governing_body": self.tr("UBND XÃ VĨNH HẢI"),
            "governing_body_sentence": self.tr("UBND xã Vĩnh Hải"),
            "receiving_office": self.tr("Phòng Văn hóa - Xã hội xã Vĩnh Hải"),
            "place": self.tr("Vĩnh Hải (dùng trong dòng ngày tháng)"),
        }
        for name, text in placeholders.items():
            self.edits[name].setPlaceholderText(text)
        self.level = QComboBox(self)
        for key in SCHOOL_LEVELS:
            self.level.addItem(self.level_label(key), key)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        self._error_field: str | None = None
        self.proposal_note = QLabel(self, objectName="proposal_note")
        self.proposal_note.setWordWrap(True)
        self.proposal_note.setStyleSheet("color: #505050;")
        self.outdated = QLabel(self, objectName="outdated")
        self.outdated.setWordWrap(True)
        self.outdated.setStyleSheet("color: #8a5300;")
        labels = {
            "name": self.tr("Tên trường"), "code": self.tr("Mã trường"),
            "principal": self.tr("Hiệu trưởng"), "address": self.tr("Địa chỉ"),
            "phone": self.tr("Điện thoại"), "email": self.tr("Thư điện tử"),
            "commune": self.tr("Xã, phường, đặc khu"), "province": self.tr("Tỉnh, thành phố"),
            "governing_body": self.tr("Cơ quan chủ quản (tiêu đề)"),
            "governing_body_sentence": self.tr("Cơ quan chủ quản (trong câu)"),
            "receiving_office": self.tr("Nơi nhận kế hoạch"), "place": self.tr("Địa danh (ngày tháng)"),
        }
        school_box = QGroupBox(self.tr("Trường"), self)
        form = QFormLayout(school_box)
        form.addRow(labels["name"], self.edits["name"])
        form.addRow(labels["code"], self.edits["code"])
        form.addRow(self.tr("Cấp học"), self.level)
        for name in ("principal", "address", "phone", "email"):
            form.addRow(labels[name], self.edits[name])
        bodies_box = QGroupBox(self.tr("Cơ quan quản lý (từ 01/7/2025 không còn cấp huyện)"), self)
        bodies = QFormLayout(bodies_box)
        for name in ("commune", "province") + self.BODY_FIELDS:
            bodies.addRow(labels[name], self.edits[name])
        bodies.addRow(self.proposal_note)
        bodies.addRow(self.outdated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        columns = QHBoxLayout()
        columns.addWidget(school_box, 2)
        columns.addWidget(bodies_box, 3)       # its labels are longer and so are its values
        layout.addLayout(columns)
        layout.addWidget(self.error)
        if school is not None:
            for name, edit in self.edits.items():
                edit.setText(getattr(school, name))
            self.level.setCurrentIndex(max(0, self.level.findData(school.level)))
        self._level_by_hand = school is not None   # a saved school keeps its type
        # A body field typed by hand keeps what was typed; the others follow the proposal once
        # the type, commune or province changes (a saved school's values stay until then).
        self._body_by_hand: set[str] = set()
        self.level.activated.connect(self._level_picked)
        self.level.currentIndexChanged.connect(lambda _i: self._propose())
        for name, edit in self.edits.items():
            edit.textChanged.connect(lambda text, field=name: self._edited(field, text))
            if name in self.BODY_FIELDS:
                edit.textEdited.connect(lambda _text, field=name: self._body_by_hand.add(field))
        self._show_outdated()

    def _grow(self) -> None:
        """A note that appears makes the dialog taller, never clips it (a dialog keeps its opening size)."""
        top = self.window()
        if top is not self and top.isVisible():
            needed = top.sizeHint().height()
            if top.height() < needed:
                top.resize(top.width(), needed)

    def _propose(self) -> None:
        """Fill the bodies not typed by hand from the type, commune and province."""
        level = self.level.currentData()
        commune, province = self.edits["commune"].text(), self.edits["province"].text()
        if not commune.strip() and not province.strip():
            self.proposal_note.setText("")
            return
        bodies = proposed_bodies(level, commune, province,
                                 with_thpt=level == "nhieu_cap" and teaches_upper_secondary(self.edits["name"].text()))
        for name in self.BODY_FIELDS:
            value = getattr(bodies, name)
            if name not in self._body_by_hand and value:
                self.edits[name].setText(value)
        if bodies.manager == "province":
            note = self.tr("Đề xuất: trường THPT (hoặc có cấp THPT) thuộc Sở GD&ĐT.")
        else:
            note = self.tr("Đề xuất: trường mầm non, tiểu học, THCS thuộc UBND xã, phường, đặc khu; "
                           "Phòng Văn hóa - Xã hội nhận kế hoạch.")
        if bodies.unverified:
            note += " " + self.tr("Chưa xác minh: {0}").format(bodies.unverified)
        self.proposal_note.setText(note)
        self._grow()

    def _show_outdated(self) -> None:
        """A visible hint (not a refusal) when the school's details still name a district."""
        found = [name for name in ("commune", "governing_body", "receiving_office", "place")
                 if former_names_in(self.edits[name].text())]
        self.outdated.setVisible(bool(found))
        self._grow()
        if found:
            self.outdated.setText(self.tr("Chi tiết trường còn ghi tên huyện hoặc Phòng GD&ĐT: từ 01/7/2025 "
                                          "hãy ghi xã, phường và tỉnh để chương trình đề xuất cơ quan mới. "
                                          "Các kế hoạch đã lập vẫn giữ cơ quan của ngày ban hành."))

    def _level_picked(self, _index: int) -> None:
        self._level_by_hand = True

    def _edited(self, field: str, text: str) -> None:
        if field == "name" and not self._level_by_hand:
            level = level_from_name(text)
            if level is not None:
                self.level.setCurrentIndex(self.level.findData(level))
        if field in ("commune", "province"):
            self._propose()
        if field in self.BODY_FIELDS or field == "commune":
            self._show_outdated()
        if field == self._error_field and text.strip():
            self.show_error(None)

    def show_error(self, exc: InputError | None) -> None:
        """Show why the school was refused, under the form; None hides it."""
        self._error_field = exc.field if exc is not None else None
        self.error.setText(error_text(exc) if exc is not None else "")
        self.error.setVisible(exc is not None)

    def level_label(self, key: str) -> str:
        labels = {
            "mam_non": self.tr("Mầm non"), "tieu_hoc": self.tr("Tiểu học"),
            "thcs": self.tr("Trung học cơ sở"), "thpt": self.tr("Trung học phổ thông"),
            "nhieu_cap": self.tr("Phổ thông có nhiều cấp học"), "gdtx": self.tr("Giáo dục thường xuyên"),
        }
        return labels[key]

    def school(self) -> School:
        """The school as typed; InputError when the name or code is missing."""
        values = {name: nfc(edit.text()).strip() for name, edit in self.edits.items()}
        if not values["name"]:
            raise InputError("Chưa nhập tên trường.", field="name")
        if not values["code"]:
            raise InputError("Chưa nhập mã trường (mã do phòng giáo dục cấp).", field="code")
        return checked_school(School(level=self.level.currentData(), **values))   # cleaned, within its limits


class SchoolDialog(QDialog):
    def __init__(self, school: School | None, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Thông tin trường"))
        self.form = SchoolForm(school, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(ok_cancel(self, self.tr("Lưu"), self.tr("Hủy")))
        self.result_school: School | None = None
        fit_to_screen(self, (860, self.sizeHint().height()))

    def accept(self) -> None:
        try:
            self.result_school = self.form.school()
        except InputError as exc:
            self.form.show_error(exc)
            return
        super().accept()
