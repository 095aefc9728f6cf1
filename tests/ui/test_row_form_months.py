"""The row form's months, as a principal types them, and the form on a small screen."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionSpinBox

from tests.ui.window_helpers import (  # noqa: F401 (fixtures)
    TT18_PLAN, TT57_PLAN, on_disk, settings, type_text, warnings, window,
)


@pytest.fixture
def new_row(qtbot, window):
    """Next year's plan (2025-2026) made from the demo's 2024-2025 one, with a fresh empty row selected."""
    window.session.load(TT18_PLAN)
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow(), timeout=2000)
    window.menu_actions.next_year.trigger()
    assert window.session.plan.school_year == "2025-2026"
    window.menu_actions.add_row.trigger()
    row = window.row_ops.current_row()
    assert row.timeframe.start is None and window.form.row.id == row.id
    return row


def saved(demo_file, window, row_id):
    return next(r for r in on_disk(demo_file, window.session.plan.id).rows if r.id == row_id)


def type_into(qtbot, picker, text: str) -> None:
    """Click into a month box, select what is there and type over it."""
    picker.setFocus(Qt.MouseFocusReason)
    picker.selectAll()
    type_text(picker, text)


def leave(qtbot, widget) -> None:
    """Tab out of a field, as a principal does."""
    qtbot.keyClick(QApplication.focusWidget() or widget, Qt.Key_Tab)


def test_a_principal_types_9_2025_and_5_2026_into_the_form_and_the_row_is_saved_with_those_months(
        qtbot, window, demo_file, new_row):
    field = window.form.timeframe
    type_into(qtbot, field.start_picker, "9/2025")
    leave(qtbot, field.start_picker)
    assert QApplication.focusWidget() in (field.end_picker, field.end_picker.lineEdit())   # Tab goes to the end box
    assert saved(demo_file, window, new_row.id).timeframe.start is None    # nothing yet: still in the field
    type_text(field.end_picker, "5/2026")
    leave(qtbot, field.end_picker)

    row = saved(demo_file, window, new_row.id)
    assert (str(row.timeframe.start), str(row.timeframe.end)) == ("9/2025", "5/2026")
    assert (field.start_picker.text(), field.end_picker.text()) == ("9/2025", "5/2026")
    assert not field.note.isVisible()                                        # inside the school year


@pytest.mark.parametrize("typed", ["T9/2025", "09/2025", "Tháng 9/2025"])
def test_a_month_typed_as_principals_write_it_is_read_by_the_tables_parser(qtbot, window, demo_file, new_row, typed):
    field = window.form.timeframe
    type_into(qtbot, field.start_picker, typed)
    qtbot.keyClick(field.start_picker, Qt.Key_Return)
    row = saved(demo_file, window, new_row.id)
    assert (str(row.timeframe.start), str(row.timeframe.end)) == ("9/2025", "9/2025")   # one month: start = end


def test_typed_1_2026_keeps_january_2026(qtbot, window, demo_file, new_row):
    field = window.form.timeframe
    type_into(qtbot, field.start_picker, "10/2025")
    leave(qtbot, field.start_picker)
    type_text(field.end_picker, "1/2026")
    leave(qtbot, field.end_picker)
    row = saved(demo_file, window, new_row.id)
    assert (str(row.timeframe.start), str(row.timeframe.end)) == ("10/2025", "1/2026")
    assert field.end_picker.text() == "1/2026"


def test_a_whole_range_typed_into_the_form_fills_both_months_and_keeps_the_words(qtbot, window, demo_file, new_row):
    field = window.form.timeframe
    type_into(qtbot, field.start_picker, "Tháng 9/2025 - 5/2026")
    qtbot.keyClick(field.start_picker, Qt.Key_Return)
    row = saved(demo_file, window, new_row.id)
    assert (str(row.timeframe.start), str(row.timeframe.end)) == ("9/2025", "5/2026")
    assert row.timeframe.text == "Tháng 9/2025 - 5/2026"                   # as in the table's cell
    assert (field.start_picker.text(), field.end_picker.text()) == ("9/2025", "5/2026")


def test_the_up_arrow_on_an_empty_box_starts_from_the_plans_school_year(qtbot, window, demo_file, new_row):
    field = window.form.timeframe
    start = field.start_picker
    option = QStyleOptionSpinBox()
    start.initStyleOption(option)
    up = start.style().subControlRect(QStyle.CC_SpinBox, option, QStyle.SC_SpinBoxUp, start)
    qtbot.mouseClick(start, Qt.LeftButton, pos=up.center())                   # ▲ with the mouse
    assert start.text() == "9/2025"
    field.end_picker.setFocus(Qt.TabFocusReason)
    qtbot.keyClick(field.end_picker, Qt.Key_Up)                               # ▲ from the keyboard
    assert field.end_picker.text() == "5/2026"
    qtbot.keyClick(field.end_picker, Qt.Key_Down)
    assert field.end_picker.text() == "4/2026"
    leave(qtbot, field.end_picker)
    row = saved(demo_file, window, new_row.id)
    assert (str(row.timeframe.start), str(row.timeframe.end)) == ("9/2025", "4/2026")


def test_a_month_outside_the_school_year_is_saved_with_a_warning_beside_the_field(qtbot, window, demo_file, new_row):
    field = window.form.timeframe
    type_into(qtbot, field.start_picker, "2/2000")
    qtbot.keyClick(field.start_picker, Qt.Key_Return)
    assert str(saved(demo_file, window, new_row.id).timeframe.start) == "2/2000"
    assert field.note.isVisible()
    assert field.note.text() == "Tháng 2/2000 nằm ngoài năm học 2025-2026"


def test_a_range_ending_before_it_starts_is_refused_with_the_reason_and_the_typing_stays(
        qtbot, window, demo_file, new_row):
    field = window.form.timeframe
    type_into(qtbot, field.start_picker, "5/2026")
    leave(qtbot, field.start_picker)
    type_text(field.end_picker, "9/2025")
    leave(qtbot, field.end_picker)
    assert saved(demo_file, window, new_row.id).timeframe.start is None        # nothing written
    assert field.note.isVisible() and "trước tháng bắt đầu" in field.note.text()
    assert (field.start_picker.text(), field.end_picker.text()) == ("5/2026", "9/2025")

    type_into(qtbot, field.start_picker, "Tháng 5/2026 - 9/2025")              # the same, typed as one range
    qtbot.keyClick(field.start_picker, Qt.Key_Return)
    assert field.note.isVisible() and "trước tháng bắt đầu" in field.note.text()
    assert field.start_picker.text() == "Tháng 5/2026 - 9/2025"
    assert saved(demo_file, window, new_row.id).timeframe.start is None


def test_the_title_follows_a_changed_criterion(qtbot, window, demo_file):
    window.session.load(TT18_PLAN)
    first = window.session.model.rows[0]
    window.row_ops.select_row(first.id)
    assert window.form.title.text().startswith("Tiêu chí 1.1:")
    combo = window.form.widgets["criterion_code"]
    combo.setFocus()
    type_text(combo, "4.2")                                                   # type-ahead in the closed list
    assert on_disk(demo_file, TT18_PLAN).rows and next(
        r for r in on_disk(demo_file, TT18_PLAN).rows if r.id == first.id).criterion_code == "4.2"
    assert window.form.title.text().startswith("Tiêu chí 4.2:")
    assert window.form.row.criterion_code == "4.2"


@pytest.mark.parametrize("plan_id", [TT18_PLAN, TT57_PLAN])
@pytest.mark.parametrize("size", [(1024, 768), (1093, 614)])       # 1366×768 at 125 % is 1093×614 logical
def test_on_a_small_screen_the_form_fits_its_width_and_tab_reaches_every_field(qtbot, window, plan_id, size):
    window.session.load(plan_id)
    window.resize(*size)
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow(), timeout=2000)
    window.row_ops.select_row(window.session.model.rows[0].id)
    form = window.form
    qtbot.waitUntil(lambda: form._columns == 2, timeout=2000)                 # two columns, not four
    QApplication.processEvents()
    assert form.horizontalScrollBar().maximum() == 0
    body = form.widget()
    for cell in form._cells:
        right = cell.mapTo(body, QPoint(cell.width(), 0)).x()
        assert right <= form.viewport().width(), "no field is cut off at the right"

    chain = form.focus_chain()
    chain[0].setFocus(Qt.TabFocusReason)
    visited = []
    for _ in chain:
        focus = QApplication.focusWidget()
        visited.append(focus.parentWidget() if focus not in chain else focus)   # a month box's own line edit
        qtbot.keyClick(focus, Qt.Key_Tab)
    assert visited == chain
