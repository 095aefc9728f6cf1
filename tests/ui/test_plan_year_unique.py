"""In the window: one plan per school year, and a plan is issued only when every row has its required fields."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from kehoach_desktop.store import plans
from kehoach_desktop.store.database import open_school_file
from kehoach_desktop.store.revisions import list_revisions
from kehoach_desktop.ui.dialogs.plan_dialog import PlanDialog
from tests.ui.window_helpers import (  # noqa: F401 (fixtures)
    TT18_PLAN, TT57_PLAN, on_disk, settings, warnings, window,
)


def years_on_disk(path) -> list[str]:
    db = open_school_file(path, read_only=True)
    try:
        return sorted(p.school_year for p in plans.list_plans(db))
    finally:
        db.close()


def save_button(dialog) -> QPushButton:
    return next(b for b in dialog.findChildren(QPushButton) if b.text() == "Lưu")


def test_the_plan_dialog_refuses_a_year_that_has_a_plan_and_keeps_what_was_typed(
        qtbot, window, demo_file, monkeypatch):
    seen = {}

    def principal(dialog):
        dialog.show()
        dialog.number.setText("15/KH-THCS")
        dialog.year.setText("2026-2027")                      # the other plan's year
        save_button(dialog).click()
        seen.update(open=dialog.isVisible(), error=dialog.error.text(), year=dialog.year.text(),
                    number=dialog.number.text(), result=dialog.result_plan)
        dialog.year.setText("2025-2026")
        save_button(dialog).click()
        return dialog.result()

    monkeypatch.setattr(PlanDialog, "exec", principal)
    window.session.load(TT18_PLAN)
    window.menu_actions.plan_info.trigger()
    assert seen["open"] and seen["result"] is None
    assert "Trường đã có kế hoạch năm học 2026-2027" in seen["error"]
    assert (seen["year"], seen["number"]) == ("2026-2027", "15/KH-THCS")
    saved = on_disk(demo_file, TT18_PLAN)
    assert (saved.school_year, saved.number) == ("2025-2026", "15/KH-THCS")
    assert years_on_disk(demo_file) == ["2025-2026", "2026-2027"]
    window.menu_actions.undo.trigger()
    assert years_on_disk(demo_file) == ["2024-2025", "2026-2027"]


def test_next_years_plan_a_second_time_is_refused_and_writes_nothing(window, demo_file, warnings):
    window.session.load(TT18_PLAN)
    window.menu_actions.next_year.trigger()
    assert window.session.plan.school_year == "2025-2026"
    window.plan_selector.activated.emit(window.plan_selector.findData(TT18_PLAN))
    window.menu_actions.next_year.trigger()
    assert "Trường đã có kế hoạch năm học 2025-2026" in warnings[-1]
    assert years_on_disk(demo_file) == ["2024-2025", "2025-2026", "2026-2027"]
    assert window.session.plan.id == TT18_PLAN


@pytest.fixture
def message_boxes(monkeypatch) -> list[str]:
    """Every issue dialog's text; each is answered with its default (or only) button, as Enter does."""
    shown: list[str] = []

    def answer(box):
        shown.append(box.text())
        (box.defaultButton() or box.buttons()[0]).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    return shown


def clear_cell(window, row_id: int, field: str) -> None:
    model = window.session.model
    model.setData(model.index(model.visual_of(row_id), model.column_of(field)), "", Qt.EditRole)


def test_issuing_is_refused_while_a_row_lacks_its_tasks_and_the_row_is_shown(
        window, demo_file, warnings, message_boxes):
    window.session.load(TT18_PLAN)
    row = window.session.model.rows[2]
    clear_cell(window, row.id, "tasks")                        # a row is saved as typed, even incomplete
    assert on_disk(demo_file, TT18_PLAN).rows[2].tasks == ""
    window.menu_actions.issue.trigger()
    assert message_boxes == []                                 # refused before the question
    assert f"Dòng 3 (tiêu chí {row.criterion_code}): Chưa nhập «Công việc/giải pháp»." in warnings[-1]
    assert window.row_ops.current_row().id == row.id
    assert [r.number for r in list_revisions_on_disk(demo_file)] == [1]   # the demo's, issued on its date
    window.menu_actions.undo.trigger()                              # the tasks are back
    window.menu_actions.issue.trigger()                             # unchanged since revision 1
    assert "không thay đổi từ lần ban hành 1" in " ".join(message_boxes + warnings)
    assert [r.number for r in list_revisions_on_disk(demo_file)] == [1]


def list_revisions_on_disk(path):
    db = open_school_file(path, read_only=True)
    try:
        return list_revisions(db, TT18_PLAN)
    finally:
        db.close()


def test_a_copy_kept_from_twin_plans_is_called_so_in_the_plan_list(qtbot, settings, warnings, tmp_path):
    import shutil
    from kehoach_desktop.ui.main_window import MainWindow
    from tests.conftest import FIXTURES
    path = tmp_path / "tan-lap.db"
    shutil.copyfile(FIXTURES / "schema-v4-twins.db", path)
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.open_document(path)
    texts = [win.plan_selector.itemText(i) for i in range(win.plan_selector.count())]
    copies = [t for t in texts if "bản sao" in t]
    assert len(texts) == 4 and len(copies) == 1 and "2023-2024" in copies[0]
    tip = win.plan_selector.itemData(texts.index(copies[0]), Qt.ToolTipRole)
    assert "Thông tin kế hoạch" in tip
