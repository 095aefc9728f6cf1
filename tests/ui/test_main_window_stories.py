"""The main window, as principals use it: open, find a criterion, add and fix rows, undo, reopen."""
from __future__ import annotations

from PySide6.QtCore import Qt

from kehoach_desktop.ui.plan_table import ERROR_BRUSH
from tests.ui.window_helpers import (  # noqa: F401 (fixtures)
    TT18_PLAN, TT57_PLAN, click_criterion, digest, on_disk, settings, type_in_cell, type_text, warnings, window,
)


def test_a_principal_adds_a_row_for_3_4_types_a_budget_and_timeframe_undoes_redoes_and_reopens(
        qtbot, window, demo_file):
    window.session.load(TT18_PLAN)
    click_criterion(qtbot, window, "3.4")
    assert window.row_ops.current_row().criterion_code == "3.4"     # the click took the table to 3.4

    window.menu_actions.add_row.trigger()
    new = window.row_ops.current_row()
    assert new.criterion_code == "3.4" and new.id is not None
    rows = on_disk(demo_file, TT18_PLAN).rows
    assert [r.criterion_code for r in rows].count("3.4") == 2            # written at once, no "Save"
    assert [r.criterion_code for r in rows].index("3.4") + 1 == [r.id for r in rows].index(new.id)

    budget = window.form.budget_edit
    budget.setFocus()
    budget.selectAll()
    type_text(budget, "100 triệu")
    assert "100.000.000" in window.form.budget_amount.text()             # the parsed amount, shown while typing
    qtbot.keyClick(budget, Qt.Key_Return)
    type_in_cell(qtbot, window, new.id, "timeframe", "Tháng 9/2024 - tháng 5/2025")

    saved = next(r for r in on_disk(demo_file, TT18_PLAN).rows if r.id == new.id)
    assert saved.budget.amount == 100_000_000 and saved.budget.text == "100 triệu"
    assert (str(saved.timeframe.start), str(saved.timeframe.end)) == ("9/2024", "5/2025")

    window.menu_actions.undo.trigger()                                         # the timeframe goes
    saved = next(r for r in on_disk(demo_file, TT18_PLAN).rows if r.id == new.id)
    assert saved.timeframe.start is None and saved.budget.amount == 100_000_000
    window.menu_actions.redo.trigger()                                         # and comes back
    saved = next(r for r in on_disk(demo_file, TT18_PLAN).rows if r.id == new.id)
    assert str(saved.timeframe.end) == "5/2025"

    window.menu_actions.close.trigger()                                        # closing asks nothing
    assert window.document is None
    window.open_document(demo_file, plan_id=TT18_PLAN)
    reopened = next(r for r in window.session.model.rows if r.id == new.id)
    assert reopened.budget.amount == 100_000_000 and str(reopened.timeframe.start) == "9/2024"
    assert window.tree._items["3.4"][1].text().startswith("2")            # the tree counts two rows for 3.4


def test_a_wrong_timeframe_shows_a_red_cell_and_nothing_is_written(qtbot, window, demo_file):
    window.session.load(TT18_PLAN)
    row = window.session.model.rows[0]
    before = digest(demo_file)
    type_in_cell(qtbot, window, row.id, "timeframe", "Tháng 5/2025 đến tháng 9/2024")

    model = window.session.model
    index = model.index(model.visual_of(row.id), model.column_of("timeframe"))
    assert index.data(Qt.BackgroundRole) == ERROR_BRUSH
    assert "trước tháng bắt đầu" in index.data(Qt.ToolTipRole)
    assert "trước tháng bắt đầu" in window.statusBar().currentMessage()
    assert digest(demo_file) == before                                    # not a byte changed
    assert window.undo.count() == 0

    type_in_cell(qtbot, window, row.id, "timeframe", "Tháng 9/2024 - tháng 12/2024")
    assert index.data(Qt.BackgroundRole) is None                          # fixed: the red goes away
    assert str(on_disk(demo_file, TT18_PLAN).rows[0].timeframe.end) == "12/2024"


def test_a_misspelt_budget_turns_the_field_red_with_the_reason_and_is_not_written(qtbot, window, demo_file):
    window.session.load(TT18_PLAN)
    window.table.select_visual(1)
    before = digest(demo_file)
    budget = window.form.budget_edit
    budget.setFocus()
    budget.selectAll()
    type_text(budget, "5 triệuu")
    qtbot.keyClick(budget, Qt.Key_Return)
    assert "#f8c4c4" in budget.styleSheet()
    assert "kinh phí" in window.form.message.text().lower()
    assert digest(demo_file) == before


def test_the_level_pickers_offer_only_the_levels_of_the_plans_framework(window):
    window.session.load(TT18_PLAN)
    window.table.select_visual(1)
    levels = window.form.widgets["target_level"]
    assert [levels.itemText(i) for i in range(levels.count())] == ["—", "Mức 1", "Mức 2", "Mức 3", "Mức 4"]
    window.session.load(TT57_PLAN)
    window.table.select_visual(0)
    assert "target_level" not in window.form.widgets                      # the 2026 form has no target column
    assert window.session.model.columnCount() == 10
    headers = [window.session.model.headerData(c, Qt.Horizontal) for c in range(10)]
    assert headers[1] == "Nội dung cải tiến" and headers[-1] == "Mức độ thực hiện"


def test_the_2018_table_groups_rows_under_their_standard(window):
    window.session.load(TT18_PLAN)
    model = window.session.model
    headings = model.heading_rows()
    assert len(headings) == 5
    assert model.index(headings[2], 1).data() == "Tiêu chuẩn 3: " + window.session.framework.standard(3).title
    assert window.table.columnSpan(headings[2], 1) == model.columnCount() - 1
    assert model.index(headings[2], 0).data() == "3"


def test_the_principal_deletes_a_row_by_mistake_and_undo_brings_it_back_with_its_progress(window, demo_file):
    from kehoach_desktop.store import progress
    from kehoach_desktop.store.database import open_school_file
    window.session.load(TT18_PLAN)
    target = window.session.model.rows[1]
    window.row_ops.select_row(target.id)
    window.menu_actions.delete_row.trigger()
    assert target.id not in [r.id for r in on_disk(demo_file, TT18_PLAN).rows]
    window.menu_actions.undo.trigger()
    rows = on_disk(demo_file, TT18_PLAN).rows
    assert rows[1].id == target.id and rows[1].tasks == target.tasks
    db = open_school_file(demo_file, read_only=True)
    assert len(progress.list_updates(db, target.id)) == 3
    db.close()


def test_moving_a_row_down_and_up_keeps_the_order_on_disk(window, demo_file):
    window.session.load(TT57_PLAN)
    first = window.session.model.rows[0]
    window.row_ops.select_row(first.id)
    window.menu_actions.move_down.trigger()
    assert [r.id for r in on_disk(demo_file, TT57_PLAN).rows][1] == first.id
    window.menu_actions.move_up.trigger()
    assert [r.id for r in on_disk(demo_file, TT57_PLAN).rows][0] == first.id


def test_duplicating_a_row_copies_its_text_below_it(window, demo_file):
    window.session.load(TT57_PLAN)
    source = window.session.model.rows[2]
    window.row_ops.select_row(source.id)
    window.menu_actions.duplicate.trigger()
    rows = on_disk(demo_file, TT57_PLAN).rows
    assert rows[3].content == source.content and rows[3].id != source.id


def test_find_ctrl_f_finds_text_without_accents(qtbot, window):
    window.session.load(TT18_PLAN)
    window.table.setFocus()
    qtbot.keyClick(window, Qt.Key_F, Qt.ControlModifier)
    assert window.find_bar.isVisible()
    qtbot.keyClicks(window.find_bar.edit, "camera giam sat")
    qtbot.keyClick(window.find_bar.edit, Qt.Key_Return)
    assert "camera giám sát" in window.row_ops.current_row().tasks


def test_the_criteria_tree_filters_without_accents_and_counts_rows(window):
    window.session.load(TT18_PLAN)
    tree = window.tree
    assert tree._items["3.4"][1].text() == "1 · 1 → 2"
    tree.filter_box.setText("ve sinh")
    visible = []
    for s in range(tree.proxy.rowCount()):
        parent = tree.proxy.index(s, 0)
        visible += [tree.proxy.index(c, 0, parent).data() for c in range(tree.proxy.rowCount(parent))]
    assert visible and all(v.startswith("3.4") for v in visible)


def test_a_criterion_without_rows_gets_one_from_its_context_menu(window, demo_file):
    window.session.load(TT18_PLAN)
    window.tree.addRowRequested.emit("2.3")          # "Thêm dòng cho tiêu chí này"
    rows = on_disk(demo_file, TT18_PLAN).rows
    codes = [r.criterion_code for r in rows]
    assert codes.index("2.3") == codes.index("2.2") + 1                   # in the circular's order
    assert window.row_ops.current_row().criterion_code == "2.3"


def test_undo_of_an_edit_in_another_plan_brings_that_plan_back_first(qtbot, window, demo_file):
    window.session.load(TT57_PLAN)
    row = window.session.model.rows[0]
    type_in_cell(qtbot, window, row.id, "lead", "Tổ Toán - Tin")
    window.plan_selector.setCurrentIndex(window.plan_selector.findData(TT18_PLAN))
    window.plan_selector.activated.emit(window.plan_selector.currentIndex())
    assert window.session.plan.id == TT18_PLAN
    window.menu_actions.undo.trigger()
    assert window.session.plan.id == TT57_PLAN
    assert window.plan_selector.currentData() == TT57_PLAN
    assert on_disk(demo_file, TT57_PLAN).rows[0].lead == row.lead


def test_in_a_long_text_cell_alt_enter_starts_a_new_line_and_enter_finishes(qtbot, window, demo_file):
    from PySide6.QtWidgets import QPlainTextEdit
    window.session.load(TT57_PLAN)
    row = window.session.model.rows[0]
    model = window.session.model
    index = model.index(model.visual_of(row.id), model.column_of("indicators"))
    window.table.edit(index)
    [editor] = [w for w in window.table.viewport().findChildren(QPlainTextEdit) if w.isVisible()]
    editor.selectAll()
    type_text(editor, "Dòng một")
    qtbot.keyClick(editor, Qt.Key_Return, Qt.AltModifier)
    type_text(editor, "Dòng hai")
    qtbot.keyClick(editor, Qt.Key_Return)
    assert on_disk(demo_file, TT57_PLAN).rows[0].indicators == "Dòng một\nDòng hai"
