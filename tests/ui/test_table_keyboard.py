"""The plan table by keyboard: a refused cell keeps what was typed, Delete clears a cell, Tab leaves."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

from kehoach_desktop.ui.plan_table import ERROR_BRUSH
from tests.ui.window_helpers import (  # noqa: F401 (fixtures)
    TT18_PLAN, digest, on_disk, settings, type_in_cell, type_text, warnings, window,
)


def _cell(window, row_id, field):  # noqa: F811
    model = window.session.model
    return model.index(model.visual_of(row_id), model.column_of(field))


def _open_editor(window):  # noqa: F811
    editors = [w for kind in (QLineEdit, QPlainTextEdit) for w in window.table.viewport().findChildren(kind)
               if w.isVisible()]
    return editors[0] if editors else None


def test_a_refused_cell_comes_back_in_its_editor_with_the_typed_text_and_the_reason(qtbot, window, demo_file):  # noqa: F811
    window.session.load(TT18_PLAN)
    row = window.session.model.rows[0]
    before = digest(demo_file)
    typed = "Tháng 5/2025 đến tháng 9/2024"
    type_in_cell(qtbot, window, row.id, "timeframe", typed)

    qtbot.waitUntil(lambda: _open_editor(window) is not None, timeout=2000)
    assert _open_editor(window).text() == typed                      # nothing typed is lost
    assert "trước tháng bắt đầu" in window.statusBar().currentMessage()
    index = _cell(window, row.id, "timeframe")
    assert window.table.currentIndex() == index
    qtbot.keyClick(_open_editor(window), Qt.Key_Escape)              # she looks away: it stays on screen
    assert index.data(Qt.DisplayRole) == typed
    assert index.data(Qt.BackgroundRole) == ERROR_BRUSH
    assert index.data(Qt.DecorationRole) is not None                 # the warning marker
    assert digest(demo_file) == before

    type_in_cell(qtbot, window, row.id, "timeframe", "Tháng 9/2024 - tháng 12/2024")
    assert index.data(Qt.BackgroundRole) is None and index.data(Qt.DecorationRole) is None
    assert str(on_disk(demo_file, TT18_PLAN).rows[0].timeframe.end) == "12/2024"


def test_delete_clears_a_cell_and_undo_brings_the_text_back(qtbot, window, demo_file):  # noqa: F811
    window.session.load(TT18_PLAN)
    row = window.session.model.rows[1]
    field = "tasks"
    before = getattr(on_disk(demo_file, TT18_PLAN).rows[1], field)
    assert before
    window.table.setFocus()
    window.table.setCurrentIndex(_cell(window, row.id, field))
    qtbot.keyClick(window.table, Qt.Key_Delete)
    assert getattr(on_disk(demo_file, TT18_PLAN).rows[1], field) == ""
    window.menu_actions.undo.trigger()
    assert getattr(on_disk(demo_file, TT18_PLAN).rows[1], field) == before


def test_tab_from_the_last_column_leaves_the_table_for_the_row_form(qtbot, window):  # noqa: F811
    window.session.load(TT18_PLAN)
    model = window.session.model
    visual = model.visual_of(model.rows[0].id)
    window.activateWindow()
    window.table.setFocus()
    window.table.setCurrentIndex(model.index(visual, model.columnCount() - 2))
    qtbot.keyClick(window.table, Qt.Key_Tab)                  # inside the table: the next cell
    assert window.table.hasFocus() and window.table.currentIndex().column() == model.columnCount() - 1
    qtbot.keyClick(window.table, Qt.Key_Tab)                  # past the last column: out of the table
    focused = QApplication.focusWidget()
    assert focused is not window.table and focused is not None
    qtbot.keyClick(focused, Qt.Key_Backtab)
    window.table.setCurrentIndex(model.index(visual, 0))
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key_Backtab)              # before the first column: out backwards
    assert QApplication.focusWidget() is not window.table


def test_a_row_moved_to_another_standard_stays_selected_with_its_form(qtbot, window, demo_file):  # noqa: F811
    window.session.load(TT18_PLAN)
    model = window.session.model
    row = model.rows[0]                                  # a row of standard 1
    window.row_ops.select_row(row.id)
    combo = window.form.widgets["criterion_code"]
    combo.setFocus()
    type_text(combo, "4.2")                              # the table regroups it under standard 4
    qtbot.wait(10)
    assert model.row_at(window.table.currentIndex().row()).id == row.id
    assert window.form.row.id == row.id and window.form.title.text().startswith("Tiêu chí 4.2:")


def test_a_row_written_tc_2_1_is_counted_and_found_under_criterion_2_1_in_the_tree(qtbot, window):  # noqa: F811
    from kehoach_desktop.ui.criteria_tree import criterion_summary
    window.session.load(TT18_PLAN)
    model = window.session.model
    row = next(r for r in model.rows if r.criterion_code == "2.2")
    before = criterion_summary(model.rows)["2.2"][0]
    index = model.index(model.visual_of(row.id), model.column_of("tasks"))
    window.session.model.rows[model.index_of_row(row.id)].criterion_code = "TC 2.2"   # as Word import keeps it
    assert criterion_summary(model.rows)["2.2"][0] == before
    window.table.setCurrentIndex(index)
    assert window.form.title.text().startswith("Tiêu chí 2.2:")
