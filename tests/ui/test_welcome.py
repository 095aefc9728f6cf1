"""First run: with no school file yet, the welcome page offers the three ways in."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from kehoach_desktop.ui.welcome import WelcomePage


@pytest.fixture
def page(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("KEHOACH_DOCUMENTS_DIR", str(tmp_path / "Documents"))
    widget = WelcomePage()
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_the_principal_sees_three_choices_in_vietnamese(page):
    assert [b.text() for b in (page.create_button, page.open_button, page.demo_button)] == [
        "Tạo trường mới", "Mở file…", "Mở trường mẫu"]
    for button in (page.create_button, page.open_button, page.demo_button):
        assert button.isVisible() and button.isEnabled()
        assert button.description()       # each says what it does


@pytest.mark.parametrize("button, signal", [
    ("create_button", "createRequested"), ("open_button", "openRequested"), ("demo_button", "demoRequested")])
def test_each_choice_asks_the_window_for_its_action(qtbot, page, button, signal):
    with qtbot.waitSignal(getattr(page, signal), timeout=1000):
        qtbot.mouseClick(getattr(page, button), Qt.MouseButton.LeftButton)


def test_creating_a_school_also_reaches_older_wiring(qtbot, page):
    with qtbot.waitSignals([page.createRequested, page.newRequested], timeout=1000):
        page.create_button.click()


def test_the_page_says_where_school_files_go_and_it_is_documents(page, tmp_path):
    text = page.folder_label.text()
    assert str(tmp_path / "Documents" / "Kế hoạch CLGD") in text
    assert not (tmp_path / "Documents").exists()     # nothing is created just by looking


def test_the_page_never_asks_for_more_than_a_laptop_screen(page):
    hint = page.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 768
    grabbed = page.grab()
    assert grabbed.width() == 1366 and not grabbed.isNull()
