"""Settings: the interface language (Vietnamese by default), remembered for the next start."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLabel, QVBoxLayout

from kehoach_desktop.ui.dialogs.fields import ok_cancel
from kehoach_desktop.ui.settings import AppSettings


class SettingsDialog(QDialog):
    def __init__(self, settings: AppSettings, parent=None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Cài đặt"))
        self.language = QComboBox(self)
        self.language.addItem("Tiếng Việt", "vi")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        note = QLabel(self.tr("Ngôn ngữ mới được dùng từ lần mở chương trình sau."), self)
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Ngôn ngữ giao diện"), self.language)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(ok_cancel(self, self.tr("Lưu"), self.tr("Hủy")))

    def accept(self) -> None:
        self.settings.language = self.language.currentData()
        super().accept()
