"""The "Cập nhật tiến độ" form as a principal types into it: a whole date, and Esc after typing a note."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from kehoach_desktop.catalogs import framework
from kehoach_desktop.domain.plan import PlanRow
from kehoach_desktop.ui.progress_dialog import ProgressDialog
from tests.ui.window_helpers import type_text


def button(dialog: ProgressDialog, which):
    return dialog.findChild(QDialogButtonBox).button(which)


def opened(qtbot) -> ProgressDialog:
    row = PlanRow(criterion_code="3.4", tasks="Cải tạo khu vệ sinh học sinh nữ", status="in_progress", percent=50)
    dialog = ProgressDialog(row, framework("tt18"), reporter="Lê Quang Vinh")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def answer_the_question(qtbot, answer, seen: list[str]) -> None:
    """When the question box comes up, note its text and click ``answer`` (QMessageBox.Yes or No)."""
    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        assert box.defaultButton() is box.button(QMessageBox.No)          # No unless the principal says so
        box.button(answer).click()
    QTimer.singleShot(0, click)


def test_a_principal_types_15_01_2026_and_the_report_is_dated_15_january_2026(qtbot):
    dialog = opened(qtbot)
    dialog.date_edit.setFocus()
    dialog.date_edit.selectAll()
    type_text(dialog.date_edit, "15/01/2026")
    type_text(dialog.note, "Đã sửa xong khu vệ sinh")
    button(dialog, QDialogButtonBox.Ok).click()
    assert dialog.result() == ProgressDialog.Accepted
    assert dialog.progress_update().on_date == date(2026, 1, 15)


def test_a_date_that_does_not_exist_is_refused_and_the_typing_stays(qtbot):
    dialog = opened(qtbot)
    dialog.date_edit.setFocus()
    dialog.date_edit.selectAll()
    type_text(dialog.date_edit, "31/02/2026")
    button(dialog, QDialogButtonBox.Ok).click()
    assert dialog.isVisible() and dialog.progress_update() is None
    assert dialog.problem.isVisible() and "31/02/2026" in dialog.problem.text()
    assert dialog.date_edit.text() == "31/02/2026"


def test_esc_after_typing_a_note_asks_first_and_no_keeps_the_note(qtbot):
    dialog = opened(qtbot)
    dialog.note.setFocus()
    type_text(dialog.note, "Đã tổ chức chuyên đề cho tổ Toán")
    seen: list[str] = []
    answer_the_question(qtbot, QMessageBox.No, seen)
    qtbot.keyClick(dialog.note, Qt.Key_Escape)
    assert seen == ["Bỏ những gì đã nhập?"]
    assert dialog.isVisible() and dialog.note.toPlainText() == "Đã tổ chức chuyên đề cho tổ Toán"

    answer_the_question(qtbot, QMessageBox.Yes, seen)
    qtbot.keyClick(dialog.note, Qt.Key_Escape)
    assert len(seen) == 2
    assert not dialog.isVisible() and dialog.result() == ProgressDialog.Rejected


def test_cancel_and_closing_the_window_ask_too_but_not_when_nothing_was_typed(qtbot):
    dialog = opened(qtbot)
    type_text(dialog.evidence, "[H3-3.4-02]")
    seen: list[str] = []
    answer_the_question(qtbot, QMessageBox.No, seen)
    button(dialog, QDialogButtonBox.Cancel).click()
    assert seen and dialog.isVisible()
    answer_the_question(qtbot, QMessageBox.No, seen)
    dialog.close()
    assert len(seen) == 2 and dialog.isVisible() and dialog.evidence.text() == "[H3-3.4-02]"

    untouched = opened(qtbot)
    qtbot.keyClick(untouched, Qt.Key_Escape)                                # nothing typed: no question
    assert len(seen) == 2 and not untouched.isVisible()
