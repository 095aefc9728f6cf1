"""Fixtures and gestures shared by the window's user stories (imported by the test modules)."""
from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

from kehoach_desktop.store import plans
from kehoach_desktop.store.database import open_school_file
from kehoach_desktop.ui.main_window import MainWindow
from kehoach_desktop.ui.settings import AppSettings

TT18_PLAN, TT57_PLAN = 1, 2     # the demo school's plans: 2024-2025 on TT18, 2026-2027 on TT57


@pytest.fixture
def settings(tmp_path) -> AppSettings:
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat))


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    """Messages the window would show in a dialog, recorded instead of blocking the test."""
    shown: list[str] = []
    monkeypatch.setattr("kehoach_desktop.ui.file_ops.FileOps.warn", lambda self, text: shown.append(text))
    monkeypatch.setattr("kehoach_desktop.ui.row_ops.RowOps.confirm_delete", lambda self: True)
    return shown


@pytest.fixture
def window(qtbot, demo_file, settings, warnings) -> MainWindow:
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.open_document(demo_file)
    win.show()
    qtbot.waitExposed(win)
    return win


def on_disk(path: Path, plan_id: int):
    """The plan as it is in the file, read through a fresh connection."""
    db = open_school_file(path, read_only=True)
    try:
        return plans.get_plan(db, plan_id)
    finally:
        db.close()


def digest(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def type_text(widget, text: str) -> None:
    """Type Vietnamese text key by key (QTest.keyClicks only knows ASCII)."""
    for ch in text:
        for kind in (QEvent.KeyPress, QEvent.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.NoModifier, ch))


def click_criterion(qtbot, win: MainWindow, code: str) -> None:
    """Click a criterion in the tree the way a user does."""
    tree = win.tree
    index = tree.proxy.mapFromSource(tree._items[code][0].index())
    tree.view.scrollTo(index)
    rect = tree.view.visualRect(index)
    qtbot.mouseClick(tree.view.viewport(), Qt.LeftButton, pos=rect.center())


def type_in_cell(qtbot, win: MainWindow, row_id: int, field: str, text: str) -> None:
    """Double-click-style editing of one table cell, committed with Enter as in Excel."""
    model = win.session.model
    index = model.index(model.visual_of(row_id), model.column_of(field))
    win.table.setCurrentIndex(index)
    win.table.edit(index)
    viewport = win.table.viewport()
    editors = [w for kind in (QLineEdit, QPlainTextEdit) for w in viewport.findChildren(kind) if w.isVisible()]
    assert len(editors) == 1, "one cell editor is open"
    editor = editors[0]
    if hasattr(editor, "selectAll"):
        editor.selectAll()
    type_text(editor, text)
    qtbot.keyClick(editor, Qt.Key_Return)
    qtbot.waitUntil(lambda: win.table.state() != win.table.State.EditingState, timeout=2000)
