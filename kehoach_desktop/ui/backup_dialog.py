"""«Khôi phục bản sao lưu»: the automatic copies of the open file, with dates, and restoring one.

The dialog only lists and restores (store.backups does the work, backing up the
current file first). The caller must close the file before ``exec()`` and reopen
it afterwards; ``restored`` says which file to reopen.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QMessageBox, QPushButton, QVBoxLayout,
)

from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.store.backups import backup_folder, list_backups, restore_backup
from kehoach_desktop.ui.errors import error_text
from kehoach_desktop.ui.screen_fit import fit_to_screen


class BackupDialog(QDialog):
    restored = Signal(str)    # the path of the file that now holds the restored copy

    def __init__(self, path: str | Path, parent=None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.setWindowTitle(self.tr("Khôi phục bản sao lưu"))
        fit_to_screen(self, (560, 420))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Các bản sao lưu tự động của «{0}» (mới nhất ở trên). Khi khôi phục, tệp "
                               "hiện tại cũng được sao lưu trước, nên có thể quay lại.").format(self.path.name))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget(objectName="backups")
        self.list.itemDoubleClicked.connect(lambda _item: self.restore_selected())
        layout.addWidget(self.list, 1)
        where = QLabel(self.tr("Thư mục: {0}").format(backup_folder(self.path)))
        where.setStyleSheet("color: #5f6b7a;")
        where.setTextInteractionFlags(Qt.TextSelectableByMouse)
        where.setWordWrap(True)
        layout.addWidget(where)
        buttons = QDialogButtonBox(QDialogButtonBox.Close, self)
        self.restore_button = QPushButton(self.tr("Khôi phục bản đã chọn"), objectName="restore")
        buttons.addButton(self.restore_button, QDialogButtonBox.ActionRole)
        self.restore_button.clicked.connect(lambda: self.restore_selected())
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.fill()

    def fill(self) -> None:
        self.list.clear()
        for number, backup in enumerate(list_backups(self.path), 1):
            size = backup.path.stat().st_size / 1024
            item = QListWidgetItem(f"{number:>2}. {backup.label}  ({size:.0f} KB)")
            item.setData(Qt.UserRole, number)
            self.list.addItem(item)
        if not self.list.count():
            self.list.addItem(self.tr("Chưa có bản sao lưu nào."))
        self.list.setCurrentRow(0)
        self.restore_button.setEnabled(bool(list_backups(self.path)))

    def confirm(self, label: str) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Khôi phục bản sao lưu"),
            self.tr("Thay nội dung tệp hiện tại bằng bản sao lưu {0}?").format(label))
        return answer == QMessageBox.Yes

    def restore_selected(self) -> bool:
        item = self.list.currentItem()
        number = item.data(Qt.UserRole) if item else None
        if number is None or not self.confirm(item.text().split(". ", 1)[-1]):
            return False
        try:
            restore_backup(self.path, number)
        except InputError as exc:
            QMessageBox.warning(self, self.tr("Không khôi phục được"), error_text(exc))
            return False
        self.restored.emit(str(self.path))
        self.accept()
        return True
