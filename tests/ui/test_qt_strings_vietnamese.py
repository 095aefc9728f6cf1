"""Qt's own texts (dialog buttons, edit menus, the file dialog, the calendar) speak the UI's language.

PySide6 ships no qtbase_vi.qm, so translations/qtbase_vi.ts is the program's own; the app
installs it with its strings in Vietnamese only. Each test removes what it installed.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QCalendarWidget, QDialogButtonBox, QFileDialog, QLabel, QLineEdit, QMessageBox, QPushButton, QToolButton,
)

from kehoach_desktop.ui.app import install_translation
from kehoach_desktop.ui.language import remove_language

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module", autouse=True)
def compiled_translations():
    subprocess.run([sys.executable, str(ROOT / "packaging" / "build_translations.py")], check=True)  # as `make` does


@pytest.fixture
def vietnamese(qapp):
    assert install_translation(qapp, "vi")
    yield qapp
    remove_language(qapp)


@pytest.fixture
def english(qapp):
    assert install_translation(qapp, "en")
    yield qapp
    remove_language(qapp)


def plain(text: str) -> str:
    """A button or menu text as read on screen: no mnemonic marker, no shortcut column."""
    return text.split("\t")[0].replace("&", "")


def message_box_buttons(qtbot) -> list[str]:
    box = QMessageBox(QMessageBox.Question, "?", "?", QMessageBox.Yes | QMessageBox.No)
    qtbot.addWidget(box)
    return [plain(box.button(QMessageBox.Yes).text()), plain(box.button(QMessageBox.No).text())]


def cancel_button(qtbot) -> str:
    buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
    qtbot.addWidget(buttons)
    return plain(buttons.button(QDialogButtonBox.Cancel).text())


def line_edit_menu(qtbot) -> list[str]:
    edit = QLineEdit("Phòng GD&ĐT")
    qtbot.addWidget(edit)
    menu = edit.createStandardContextMenu()
    qtbot.addWidget(menu)
    return [plain(action.text()) for action in menu.actions() if not action.isSeparator()]


def file_dialog(qtbot, tmp_path) -> QFileDialog:
    dialog = QFileDialog(None, "Mở tệp trường", str(tmp_path), "Tệp trường (*.db)")
    dialog.setOption(QFileDialog.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def label(dialog, name: str) -> str:
    return plain(dialog.findChild(QLabel, name).text())


def calendar_month(qtbot) -> str:
    calendar = QCalendarWidget()
    qtbot.addWidget(calendar)
    calendar.setSelectedDate(QDate(2025, 3, 15))
    calendar.show()
    return calendar.findChild(QToolButton, "qt_calendar_monthbutton").text()


def test_message_box_and_button_box_buttons_are_vietnamese(vietnamese, qtbot):
    assert message_box_buttons(qtbot) == ["Có", "Không"]
    assert cancel_button(qtbot) == "Hủy"


def test_the_edit_context_menu_is_vietnamese(vietnamese, qtbot):
    items = line_edit_menu(qtbot)
    assert "Sao chép" in items and "Dán" in items and "Chọn tất cả" in items


def test_qts_own_file_dialog_is_vietnamese(vietnamese, qtbot, tmp_path):
    dialog = file_dialog(qtbot, tmp_path)
    assert label(dialog, "lookInLabel") == "Tìm trong:"
    assert label(dialog, "fileNameLabel") == "Tên tệp:"
    assert label(dialog, "fileTypeLabel") == "Loại tệp:"
    buttons = {plain(b.text()) for b in dialog.findChildren(QPushButton)}
    assert {"Mở", "Hủy"} <= buttons
    assert dialog.findChild(QToolButton, "newFolderButton").toolTip() == "Tạo thư mục mới"


def test_the_calendar_names_the_months_in_vietnamese(vietnamese, qtbot):
    assert QLocale().language() == QLocale.Vietnamese
    assert calendar_month(qtbot) == "Tháng 3"


def test_english_keeps_qts_english(english, qtbot, tmp_path):
    assert message_box_buttons(qtbot) == ["Yes", "No"]
    assert cancel_button(qtbot) == "Cancel"
    items = line_edit_menu(qtbot)
    assert "Copy" in items and "Paste" in items
    dialog = file_dialog(qtbot, tmp_path)
    assert label(dialog, "lookInLabel") == "Look in:"
    assert calendar_month(qtbot) == QLocale.system().standaloneMonthName(3)


def test_removing_the_language_leaves_no_trace(qapp, qtbot):
    assert install_translation(qapp, "vi")
    remove_language(qapp)
    assert message_box_buttons(qtbot) == ["Yes", "No"]
    assert QLocale() == QLocale.system()
