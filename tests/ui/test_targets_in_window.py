"""Chỉ tiêu on the «Tiến độ» tab, as a principal uses them: add, type, fix, undo, delete, reopen."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from kehoach_desktop.store.database import open_school_file
from kehoach_desktop.store.targets import list_targets
from kehoach_desktop.ui.dashboard import DashboardWidget
from kehoach_desktop.ui.target_model import MET_ROLE
from tests.ui.window_helpers import TT57_PLAN, digest, settings, warnings, window  # noqa: F401 (fixtures)

NAME, GOAL, TERM1, YEAR = range(4)


def targets_on_disk(path, plan_id=TT57_PLAN):
    """The plan's chỉ tiêu as the file has them, read through a fresh connection."""
    db = open_school_file(path, read_only=True)
    try:
        return list_targets(db, plan_id)
    finally:
        db.close()


def as_tuple(t):
    return t.id, t.position, t.name, t.value, t.unit, t.comparison, t.actuals


@pytest.fixture
def tab(window):
    """The «Tiến độ» tab of the 2026-2027 plan, on screen."""
    window.session.load(TT57_PLAN)
    window.tabs.setCurrentWidget(window.dashboard_page)
    return window.dashboard.target_panel


def type_cell(panel, row: int, column: int, text: str) -> bool:
    """What the cell's delegate does when the principal commits a typed value."""
    return panel.model.setData(panel.model.index(row, column), text, Qt.EditRole)


def answer_next_question(qtbot, button_text: str, asked: list[str]) -> None:
    """Click ``button_text`` in the next question box the window opens (recording its text)."""
    def answer():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, answer)
            return
        asked.append(box.text())
        next(b for b in box.buttons() if b.text() == button_text).click()
    QTimer.singleShot(0, answer)


def test_a_principal_adds_a_target_types_it_edits_it_enters_term_one_undoes_and_reopens(window, tab, demo_file):
    before = [as_tuple(t) for t in targets_on_disk(demo_file)]
    model = tab.model
    count = model.rowCount()

    tab.add_button.click()
    assert model.rowCount() == count + 1
    assert tab.view.currentIndex().row() == count                       # the new row's name is ready to type over
    added = targets_on_disk(demo_file)[-1]
    assert (added.name, added.value, added.comparison) == ("Chỉ tiêu mới", 0, ">=")   # written at once

    assert type_cell(tab, count, NAME, "Tỉ lệ học sinh đọc sách mỗi tuần")
    assert type_cell(tab, count, GOAL, "≥ 80 %")
    assert type_cell(tab, count, GOAL, "85")                             # only the number: ≥ and % are kept
    assert model.item(count, GOAL).text() == "≥ 85%"
    assert type_cell(tab, count, TERM1, "82,5")
    assert model.item(count, TERM1).text() == "82,5 · Chưa đạt"
    assert model.item(count, TERM1).data(MET_ROLE) == "not_met"
    assert model.data(model.index(count, TERM1), Qt.EditRole) == "82,5"  # the editor opens on the figure alone
    assert window.dashboard.target_box.title() == f"Chỉ tiêu ({count + 1})"
    assert targets_on_disk(demo_file)[-1].actuals == {"Học kỳ I": 82.5}

    window.menu_actions.undo.trigger()                                        # the term I figure goes
    assert model.item(count, TERM1).data(MET_ROLE) == "no_figure"
    window.menu_actions.undo.trigger()                                        # and the goal is 80 again
    assert model.item(count, GOAL).text() == "≥ 80%"
    window.menu_actions.redo.trigger()                                        # no: 85 it is

    window.close_document()
    window.open_document(demo_file, plan_id=TT57_PLAN)                   # she opens the file again
    after = targets_on_disk(demo_file)
    assert [as_tuple(t) for t in after[:-1]] == before                   # the others are untouched
    assert as_tuple(after[-1])[2:] == ("Tỉ lệ học sinh đọc sách mỗi tuần", 85.0, "%", ">=", {})
    window.tabs.setCurrentWidget(window.dashboard_page)
    shown = window.dashboard.target_panel.model
    assert shown.item(count, NAME).text() == "Tỉ lệ học sinh đọc sách mỗi tuần"
    assert shown.item(count, GOAL).text() == "≥ 85%"


@pytest.mark.parametrize("column, text, reason", [
    (TERM1, "abc", "Không đọc được số «abc»"),
    (GOAL, "abc", "Không đọc được mục tiêu «abc»"),
    (NAME, "  ", "Chưa nhập tên chỉ tiêu"),
])
def test_a_value_that_cannot_be_read_is_refused_with_its_reason_and_nothing_is_written(
        window, tab, demo_file, column, text, reason):
    on_disk = digest(demo_file)
    steps = window.undo.count()
    assert not type_cell(tab, 0, column, text)
    cell = tab.model.item(0, column)
    assert cell.text() == text                                           # what she typed stays in the cell
    assert reason in cell.toolTip() and cell.background().color().name() == "#fde2e1"
    assert tab.problem.isVisible() and reason in tab.problem.text()
    assert digest(demo_file) == on_disk and window.undo.count() == steps

    shown = tab.model.item(0, column).text()
    window.dashboard.refresh()                                           # a refresh keeps the typed text
    assert tab.model.item(0, column).text() == shown


def test_a_refused_cell_typed_right_is_taken_and_the_reason_goes(window, tab, demo_file):
    type_cell(tab, 0, TERM1, "abc")
    assert type_cell(tab, 0, TERM1, "70")
    assert not tab.problem.isVisible()
    assert tab.model.item(0, TERM1).text().startswith("70 · ")
    assert targets_on_disk(demo_file)[0].actuals["Học kỳ I"] == 70


def test_a_name_already_used_is_refused(window, tab, demo_file):
    taken = tab.model.item(1, NAME).text()
    assert not type_cell(tab, 0, NAME, taken.upper())
    assert "Kế hoạch đã có chỉ tiêu" in tab.problem.text()


def test_delete_asks_first_and_can_be_undone(qtbot, window, tab, demo_file):
    before = [as_tuple(t) for t in targets_on_disk(demo_file)]
    assert not tab.delete_button.isEnabled()                             # nothing chosen yet
    rect = tab.view.visualRect(tab.model.index(1, NAME))
    qtbot.mouseClick(tab.view.viewport(), Qt.LeftButton, pos=rect.center())
    assert tab.delete_button.isEnabled()

    asked: list[str] = []
    answer_next_question(qtbot, "Không", asked)
    tab.delete_button.click()
    assert before[1][2] in asked[0]
    assert [as_tuple(t) for t in targets_on_disk(demo_file)] == before   # she said no

    answer_next_question(qtbot, "Xóa", asked)
    tab.delete_button.click()
    assert [t.name for t in targets_on_disk(demo_file)] == [b[2] for i, b in enumerate(before) if i != 1]
    assert tab.model.rowCount() == len(before) - 1

    window.menu_actions.undo.trigger()
    assert [as_tuple(t) for t in targets_on_disk(demo_file)] == before   # same id, place and figures
    assert tab.model.item(1, NAME).text() == before[1][2]
    window.menu_actions.redo.trigger()
    assert len(targets_on_disk(demo_file)) == len(before) - 1


class _English(QTranslator):
    """The words the English .qm gives the domain's Vietnamese (a stand-in for kehoach_en.qm)."""

    WORDS = {"Học kỳ I": "Term I", "Cả năm": "Whole year", "Hoàn thành": "Done", "Tạm dừng": "Paused",
             "Chưa thực hiện": "Not started", "Đang thực hiện": "In progress", "Chưa đạt": "Not met",
             "Đạt": "Met", "Cuối học kỳ I": "End of term I", "Cuối năm học": "End of school year",
             "Tiêu chuẩn {0}": "Standard {0}"}

    def translate(self, context, source, disambiguation=None, n=-1):
        if context in ("ProgressWords", "ProgressChart"):
            return self.WORDS.get(source)
        return None      # not translated: the Vietnamese source shows


def test_in_english_periods_statuses_verdicts_reviews_and_standards_are_english(qtbot, demo_file):
    english = _English()
    QCoreApplication.installTranslator(english)
    db = open_school_file(demo_file)
    try:
        widget = DashboardWidget()
        qtbot.addWidget(widget)
        widget.set_plan(db, TT57_PLAN)
        widget.set_as_of("2027-01")
        model = widget.targets
        assert [model.headerData(c, Qt.Horizontal) for c in (TERM1, YEAR)] == ["Term I", "Whole year"]
        captions = [label.text() for label in widget.findChildren(type(widget.title)) if label.objectName() == "caption"]
        assert {"Not started", "In progress", "Done", "Paused"} <= set(captions)
        assert any(model.item(r, TERM1).text().endswith("Not met") for r in range(model.rowCount()))
        assert widget.as_of_box.currentText().endswith("End of term I")
        assert widget.chart.bars[0].label == "Standard 1"
    finally:
        QCoreApplication.removeTranslator(english)
        db.close()


@pytest.mark.parametrize("width", [1024, 1366])
def test_the_tab_stays_readable_in_a_small_window(qtbot, window, tab, width):
    window.resize(width, 768)
    qtbot.waitUntil(lambda: window.width() == width)
    QApplication.processEvents()
    deadlines = window.dashboard.deadlines
    assert deadlines.columnWidth(1) >= 140                               # «Nội dung» never collapses
    assert tab.view.columnWidth(NAME) >= 140
    assert tab.view.horizontalHeader().length() <= tab.view.viewport().width() + 1   # every column is in view
    assert deadlines.horizontalHeader().length() <= deadlines.viewport().width() + 1
