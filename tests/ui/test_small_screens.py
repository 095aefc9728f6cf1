"""The window on the screens principals have: 1024×768, 1366×768, and 125 % scaling (1093×614)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QToolBar

from kehoach_desktop.ui.main_window import MainWindow
from tests.ui.window_helpers import settings, type_in_cell, warnings, window  # noqa: F401 (fixtures)


# Available areas: 1024×768 and 1366×768 less a 40 px taskbar; 1366×768 at 125 % less a 48 px one.
SCREENS = [QRect(0, 0, 1024, 728), QRect(0, 0, 1366, 728), QRect(0, 0, 1093, 576)]


@pytest.mark.parametrize("area", SCREENS, ids=["1024x768", "1366x768", "1366x768@125%"])
def test_first_start_fits_the_screen_it_opens_on(qtbot, settings, demo_file, monkeypatch, area):  # noqa: F811
    monkeypatch.setattr("kehoach_desktop.ui.screen_fit.available_area", lambda widget: area)
    win = MainWindow(settings)            # no saved geometry: the first start
    qtbot.addWidget(win)
    win.open_document(demo_file)
    win.session.load(2)                   # the 2026 plan: its dashboard has chỉ tiêu and 5 bars
    win.show()
    qtbot.wait(10)
    assert win.width() <= area.width() and win.height() <= area.height(), (win.size(), area)
    assert area.contains(win.geometry())
    for tab in range(win.tabs.count()):   # the plan and the dashboard both fit, not only the first tab
        win.tabs.setCurrentIndex(tab)
        hint = win.minimumSizeHint()
        assert hint.width() <= area.width() and hint.height() <= area.height(), (tab, hint)


@pytest.mark.parametrize("size", [(1024, 768), (1366, 768), (1093, 614)])
def test_print_stays_on_the_toolbar_and_undo_keeps_its_label(qtbot, window, size):  # noqa: F811
    window.resize(*size)
    qtbot.wait(10)
    row = window.session.model.rows[0]
    for n in range(3):                      # three edits: Qt's own undo label would grow each time
        type_in_cell(qtbot, window, row.id, "tasks", f"Việc {n}")
    toolbar = window.findChild(QToolBar, "main-toolbar")
    button = toolbar.widgetForAction(window.menu_actions.print_plan)
    assert button is not None and button.isVisible()
    assert toolbar.rect().contains(button.geometry())
    assert window.menu_actions.undo.text() == "Hoàn tác"
    assert window.menu_actions.undo.toolTip().startswith("Hoàn tác")


def test_the_criteria_tree_folds_away_for_a_wider_table(qtbot, window):  # noqa: F811
    window.resize(1024, 768)
    qtbot.wait(10)
    before = window.table.width()
    window.menu_actions.show_tree.trigger()
    qtbot.wait(10)
    assert window.tree.isHidden() and window.table.width() > before
    window.menu_actions.show_tree.trigger()
    assert not window.tree.isHidden()
