"""What the window shows when no school file is open: the first-run choices.

Three ways in, each a signal the main window connects: a new school (the school
wizard), an existing file, or the demo school. The line at the bottom tells the
principal where school files are kept by default (Documents, never the program
folder), because that is the first question when the file has to go on a USB stick.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCommandLinkButton, QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kehoach_desktop.paths import default_school_dir
from kehoach_desktop.ui.app_icon import app_pixmap


class WelcomePage(QWidget):
    createRequested = Signal()   # "Tạo trường mới": a new file, then the school wizard
    openRequested = Signal()     # "Mở file…": choose an existing school file
    demoRequested = Signal()     # "Mở trường mẫu": the bundled demo school
    newRequested = Signal()      # the same moment as createRequested, for older wiring

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        self.create_button = self._choice(
            self.tr("Tạo trường mới"),
            self.tr("Nhập thông tin trường và lập kế hoạch đầu tiên."), self.createRequested)
        self.create_button.clicked.connect(self.newRequested)
        self.open_button = self._choice(
            self.tr("Mở file…"),
            self.tr("Mở tệp dữ liệu (.db) của trường trên máy này hoặc trên ổ USB."), self.openRequested)
        self.demo_button = self._choice(
            self.tr("Mở trường mẫu"),
            self.tr("Xem thử một trường giả định với hai kế hoạch đã lập sẵn."), self.demoRequested)
        self.folder_label = QLabel(self)
        self.folder_label.setWordWrap(True)
        self.folder_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_label.setStyleSheet("color: #555555;")
        self.show_default_folder()
        self._lay_out()

    def _choice(self, title: str, description: str, signal) -> QCommandLinkButton:
        button = QCommandLinkButton(title, description, self)
        button.setMinimumWidth(480)
        font = button.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)   # read at arm's length on a school PC
        button.setFont(font)
        button.clicked.connect(signal)
        return button

    def show_default_folder(self) -> None:
        self.folder_label.setText(
            self.tr("Tệp của trường được lưu mặc định trong thư mục: {0}").format(str(default_school_dir())))

    def _lay_out(self) -> None:
        logo = QLabel(self)
        logo.setPixmap(app_pixmap(96))
        logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title = QLabel(self.tr("Kế hoạch cải tiến chất lượng giáo dục"), self)
        title.setStyleSheet("font-size: 18pt; font-weight: bold; color: #1F3A68;")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        subtitle = QLabel(self.tr("Lập, theo dõi và in kế hoạch của nhà trường — không cần Internet."), self)
        subtitle.setAlignment(Qt.AlignmentFlag.AlignCenter)
        card = QFrame(self)
        card.setObjectName("welcomeCard")
        card.setStyleSheet("#welcomeCard { background: white; border: 1px solid #C9D3E3; border-radius: 6px; }")
        choices = QVBoxLayout(card)
        for button in (self.create_button, self.open_button, self.demo_button):
            choices.addWidget(button)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        for widget in (logo, title, subtitle):
            layout.addWidget(widget)
        layout.addSpacing(18)
        layout.addLayout(row)
        layout.addSpacing(12)
        layout.addWidget(self.folder_label)
        layout.addStretch(3)
