"""What the window shows when no school file is open."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class WelcomePage(QWidget):
    openRequested = Signal()
    newRequested = Signal()
    demoRequested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Kế hoạch cải tiến chất lượng giáo dục"), self)
        title.setStyleSheet("font-size: 18pt; font-weight: bold;")
        text = QLabel(self.tr("Mở tệp dữ liệu của trường, tạo tệp mới, hoặc xem trường mẫu."), self)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for widget in (title, text):
            widget.setAlignment(Qt.AlignCenter)
            layout.addWidget(widget)
        for label, signal in ((self.tr("Mở tệp…"), self.openRequested), (self.tr("Tạo tệp mới…"), self.newRequested),
                              (self.tr("Mở trường mẫu"), self.demoRequested)):
            button = QPushButton(label, self)
            button.setMinimumWidth(240)
            button.clicked.connect(signal)
            layout.addWidget(button, 0, Qt.AlignHCenter)
        layout.addStretch(2)
