"""School information: the form, its dialog, and the choice of framework it proposes."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from kehoach_desktop.domain.catalog import Framework, frameworks_for_level
from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.plan import SCHOOL_LEVELS, School
from kehoach_desktop.domain.school_level import level_from_name
from kehoach_desktop.domain.values import nfc
from kehoach_desktop.ui.dialogs.fields import ok_cancel
from kehoach_desktop.ui.errors import error_text
from kehoach_desktop.ui.screen_fit import fit_to_screen


def fill_framework_combo(combo: QComboBox, catalogs: dict[str, Framework], school_level: str | None) -> None:
    """Frameworks, those proposed for the school's type first; TT57 shows its provisional mark."""
    combo.clear()
    proposed = frameworks_for_level(school_level, catalogs) if school_level in SCHOOL_LEVELS else []
    others = [fw for fw in catalogs.values() if fw not in proposed]
    for fw in proposed + others:
        combo.addItem(fw.display_name(), fw.id)
        if fw.provisional:
            combo.setItemData(combo.count() - 1, fw.provisional_note or fw.display_name(), Qt.ToolTipRole)


class SchoolForm(QWidget):
    """The school's fields. A new school's type follows its name as it is typed ("Trường THCS …"),
    until the type is picked by hand; a refusal shown under the form goes once its field is filled."""

    FIELDS = ("name", "code", "governing_body", "place", "principal", "address", "phone", "email")

    def __init__(self, school: School | None = None, parent=None) -> None:
        super().__init__(parent)
        self.edits = {name: QLineEdit(self) for name in self.FIELDS}
        self.edits["name"].setPlaceholderText(self.tr("Trường THCS Hòa Bình"))
        self.edits["governing_body"].setPlaceholderText(self.tr("UBND HUYỆN AN PHÚ"))
        self.edits["place"].setPlaceholderText(self.tr("Hòa Bình (dùng trong dòng ngày tháng)"))
        self.level = QComboBox(self)
        for key in SCHOOL_LEVELS:
            self.level.addItem(self.level_label(key), key)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        self._error_field: str | None = None
        form = QFormLayout(self)
        labels = {
            "name": self.tr("Tên trường"), "code": self.tr("Mã trường"),
            "governing_body": self.tr("Cơ quan chủ quản"), "place": self.tr("Địa danh"),
            "principal": self.tr("Hiệu trưởng"), "address": self.tr("Địa chỉ"),
            "phone": self.tr("Điện thoại"), "email": self.tr("Thư điện tử"),
        }
        form.addRow(labels["name"], self.edits["name"])
        form.addRow(labels["code"], self.edits["code"])
        form.addRow(self.tr("Cấp học"), self.level)
        for name in self.FIELDS[2:]:
            form.addRow(labels[name], self.edits[name])
        form.addRow(self.error)
        if school is not None:
            for name, edit in self.edits.items():
                edit.setText(getattr(school, name))
            self.level.setCurrentIndex(max(0, self.level.findData(school.level)))
        self._level_by_hand = school is not None   # a saved school keeps its type
        self.level.activated.connect(self._level_picked)
        for name, edit in self.edits.items():
            edit.textChanged.connect(lambda text, field=name: self._edited(field, text))

    def _level_picked(self, _index: int) -> None:
        self._level_by_hand = True

    def _edited(self, field: str, text: str) -> None:
        if field == "name" and not self._level_by_hand:
            level = level_from_name(text)
            if level is not None:
                self.level.setCurrentIndex(self.level.findData(level))
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
        return School(level=self.level.currentData(), **values)


class SchoolDialog(QDialog):
    def __init__(self, school: School | None, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Thông tin trường"))
        self.form = SchoolForm(school, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(ok_cancel(self, self.tr("Lưu"), self.tr("Hủy")))
        self.result_school: School | None = None
        fit_to_screen(self, (520, self.sizeHint().height()))

    def accept(self) -> None:
        try:
            self.result_school = self.form.school()
        except InputError as exc:
            self.form.show_error(exc)
            return
        super().accept()
