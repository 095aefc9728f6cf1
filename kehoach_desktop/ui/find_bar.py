"""The find bar above the table (Ctrl+F): Enter finds the next row, Shift+Enter the previous, Esc closes."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget


class FindBar(QWidget):
    findRequested = Signal(str, bool)     # text, forward

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("Tìm trong kế hoạch (không cần dấu)…"))
        self.edit.setClearButtonEnabled(True)
        previous = QPushButton(self.tr("Trước"), self)
        following = QPushButton(self.tr("Tiếp"), self)
        close = QPushButton(self.tr("Đóng"), self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 2)
        layout.addWidget(QLabel(self.tr("Tìm:"), self))
        layout.addWidget(self.edit, 1)
        layout.addWidget(previous)
        layout.addWidget(following)
        layout.addWidget(close)
        self.edit.returnPressed.connect(lambda: self.findRequested.emit(self.edit.text(), True))
        previous.clicked.connect(lambda: self.findRequested.emit(self.edit.text(), False))
        following.clicked.connect(lambda: self.findRequested.emit(self.edit.text(), True))
        close.clicked.connect(self.hide)
        self.hide()

    def open(self) -> None:
        self.show()
        self.edit.setFocus()
        self.edit.selectAll()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key_Escape:
            self.hide()
        elif event.key() in (Qt.Key_Return, Qt.Key_Enter) and event.modifiers() & Qt.ShiftModifier:
            self.findRequested.emit(self.edit.text(), False)
        else:
            super().keyPressEvent(event)
