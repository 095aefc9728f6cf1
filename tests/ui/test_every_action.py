"""Every menu entry, toolbar button and dialog button works when a user clicks it.

A principal once pressed «Lưu PDF…» and got the crash dialog: Qt passes ``clicked(bool)`` into
any slot that takes a parameter, and that parameter meant a file name. Tests had called the
method directly. Here every QAction is triggered and every QPushButton clicked through Qt,
exactly as a click arrives, in the main window, the district window and every dialog they
open. File dialogs are answered by a stub with real files; message boxes and dialogs opened
with exec() are walked (their buttons clicked too) and then closed. Any exception reaching Qt's
event loop fails the test (pytest-qt), and so does reaching the program's crash handler.
"""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import (
    QApplication, QDialog, QFileDialog, QInputDialog, QMessageBox, QPushButton, QWidget,
)

from kehoach_desktop.cli import main as cli
from kehoach_desktop.ui import crash
from kehoach_desktop.ui.district.window import DistrictWindow
from tests.store.exchange_helpers import exported_school, new_district
from tests.ui.window_helpers import settings  # noqa: F401 (fixture)
from kehoach_desktop.ui.main_window import MainWindow

MAX_DEPTH = 2   # a dialog's button may open a dialog; its buttons are clicked, not deeper
# The smallest screen a dialog must fit: 1024 wide; 1366×768 at 125 % less its taskbar is 576 high.
SMALLEST_SCREEN = (1024, 576)


class Walker:
    """Stands in for the user at every prompt, and remembers what was shown."""

    def __init__(self, qtbot, folder: Path, demo: Path) -> None:
        self.qtbot, self.folder, self.demo = qtbot, folder, demo
        self.opened: list[str] = []
        self.crashes: list[str] = []
        self.too_big: list[str] = []
        self.depth = 0
        self.saved = 0
        word = folder / "ke-hoach.docx"
        assert cli(["word", "export", str(demo), "--year", "2024-2025", "-o", str(word)]) == 0
        self.files = {"db": demo, "docx": word}
        self.school_export = exported_school(folder / "schools")

    # -- file dialogs: a real file of the asked kind --------------------------------------
    def save_name(self, parent=None, caption="", folder="", filter_="", *args, **kwargs):
        found = re.search(r"\*\.(\w+)", filter_ or "")
        self.saved += 1
        return str(self.folder / f"out-{self.saved}.{found.group(1) if found else 'pdf'}"), filter_

    def open_name(self, parent=None, caption="", folder="", filter_="", *args, **kwargs):
        found = re.search(r"\*\.(\w+)", filter_ or "")
        kind = found.group(1) if found else "db"
        source = self.files.get(kind)
        if source is None:
            return "", ""
        copy = self.folder / f"in-{len(self.opened)}-{source.name}"
        shutil.copyfile(source, copy)
        return str(copy), filter_

    def open_names(self, *args, **kwargs):
        return [str(self.school_export)], ""

    def folder_name(self, *args, **kwargs):
        usb = self.folder / "usb"
        usb.mkdir(exist_ok=True)
        return str(usb)

    # -- modal dialogs: walk them, then close ----------------------------------------------
    def exec_dialog(self, dialog: QDialog) -> int:
        self.opened.append(type(dialog).__name__)
        hint = dialog.minimumSizeHint()
        if hint.width() > SMALLEST_SCREEN[0] or hint.height() > SMALLEST_SCREEN[1]:
            self.too_big.append(f"{type(dialog).__name__} {hint.width()}×{hint.height()}")
        ours = type(dialog).__module__.startswith("kehoach_desktop")   # Qt's own dialogs are Qt's to test
        if ours and self.depth < MAX_DEPTH:
            self.depth += 1
            try:
                click_every_button(dialog, self.qtbot)
            finally:
                self.depth -= 1
        return 0

    def message(self, parent, title, text, *args, **kwargs):
        self.opened.append(f"QMessageBox: {title}")
        return QMessageBox.StandardButton.Yes

    def crash(self, exc_type, exc, tb) -> None:
        self.crashes.append(f"{exc_type.__name__}: {exc}")


def click_every_button(root: QWidget, qtbot) -> list[str]:
    clicked = []
    for button in root.findChildren(QPushButton):
        if button.isEnabled() and button.isVisibleTo(root.window()) and not button.menu():
            clicked.append(button.text())
            button.click()
            qtbot.wait(1)
    return clicked


def trigger_every_action(window, qtbot, reopen) -> list[str]:
    """Every enabled QAction; a second pass for those enabled only by the first (undo, redo);
    the ones that close the file or the window last."""
    closing = {"Đóng tệp", "Thoát"}
    actions = [a for a in window.findChildren(QAction) if a.text() and not a.isSeparator() and not a.menu()]
    last = [a for a in actions if a.text().replace("&", "") in closing]
    triggered, waiting = [], [a for a in actions if a not in last]
    for batch in range(3):
        skipped = []
        for action in waiting:
            reopen()
            if not action.isEnabled():
                skipped.append(action)
                continue
            triggered.append(action.text())
            action.trigger()
            qtbot.wait(1)
        waiting = skipped if batch == 0 else last
    return triggered


@pytest.fixture
def walker(qtbot, monkeypatch, tmp_path, demo_file) -> Walker:
    walker = Walker(qtbot, tmp_path, demo_file)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", walker.save_name)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", walker.open_name)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", walker.open_names)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", walker.folder_name)
    for kind in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, kind, walker.message)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("", False))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Phòng GD&ĐT Thử", True))
    for cls in (QDialog, QMessageBox, QPrintDialog):
        monkeypatch.setattr(cls, "exec", lambda dialog, *args: walker.exec_dialog(dialog))
    monkeypatch.setattr(crash, "excepthook", walker.crash)
    return walker


def test_every_action_and_button_of_the_main_window_works_when_clicked(qtbot, walker, settings):  # noqa: F811
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()

    def reopen():
        if window.document is None:
            window.open_document(shutil.copyfile(walker.demo, walker.folder / "again.db"))
        if not window.isVisible():
            window.show()

    triggered = trigger_every_action(window, qtbot, reopen)
    reopen()
    buttons = click_every_button(window, qtbot)
    assert walker.crashes == []
    assert walker.too_big == [], "dialogs that cannot fit a 1024×768 or 125 % screen"
    assert len(triggered) >= 34, triggered
    # Opening and restoring files empty the undo stack, so undo and redo get a turn of their own.
    reopen()
    window.menu_actions.add_row.trigger()
    for action in (window.menu_actions.undo, window.menu_actions.redo):
        assert action.isEnabled()
        action.trigger()
    # The dialogs the menus open were reached and walked: previews, the plan, the school…
    for dialog in ("PdfPreviewDialog", "PlanDialog", "SchoolDialog", "AboutDialog", "SettingsDialog"):
        assert dialog in walker.opened, (dialog, walker.opened)
    assert walker.saved >= 3, "the previews' «Lưu PDF…» and the exports asked where to save"
    assert buttons, "the window's own buttons (find bar, dashboard) were clicked"


def test_every_action_and_button_of_the_district_window_works_when_clicked(qtbot, walker):
    window = DistrictWindow(new_district(walker.folder))
    qtbot.addWidget(window)
    window.show()
    triggered = trigger_every_action(window, qtbot, lambda: None)
    click_every_button(window, qtbot)
    assert walker.crashes == []
    assert any("In bảng tổng hợp" in text for text in triggered)
    assert any(Path(p).suffix == ".pdf" for p in map(str, walker.folder.glob("out-*.pdf")))
    QApplication.processEvents()
