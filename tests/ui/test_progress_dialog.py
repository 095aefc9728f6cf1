"""The "Cập nhật tiến độ" form: a principal reports progress on a row and the form checks it."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate

from kehoach_desktop.catalogs import framework
from kehoach_desktop.domain.plan import PlanRow
from kehoach_desktop.ui.progress_dialog import ProgressDialog


def form(qtbot, used=None) -> ProgressDialog:
    row = PlanRow(criterion_code="3.4", tasks="Cải tạo khu vệ sinh học sinh nữ", status="in_progress", percent=50)
    dialog = ProgressDialog(row, framework("tt18"), used, reporter="Lê Quang Vinh")
    qtbot.addWidget(dialog)
    return dialog


def test_the_form_starts_today_at_the_row_percent(qtbot):
    dialog = form(qtbot)
    assert dialog.date_edit.date() == QDate.currentDate()
    assert dialog.percent.value() == 50 and dialog.reporter.text() == "Lê Quang Vinh"


def test_a_principal_reports_criterion_3_4_done_with_two_codes(qtbot):
    dialog = form(qtbot)
    dialog.date_edit.setDate(QDate(2024, 12, 20))
    dialog.percent.setValue(100)
    dialog.note.setPlainText("Nghiệm thu khu vệ sinh và 06 bồn rửa tay")
    dialog.evidence.setText("[H3-3.4-02], [H3-3.4-03]")
    dialog.spent.setText("92,4 triệu")
    dialog.accept()
    update = dialog.progress_update()
    assert (update.on_date, update.percent, update.status) == (date(2024, 12, 20), 100, "done")
    assert update.evidence == ["[H3-3.4-02]", "[H3-3.4-03]"] and update.spent == 92_400_000
    assert dialog.result() == ProgressDialog.Accepted


def test_a_used_or_malformed_code_keeps_the_form_open_with_the_reason(qtbot):
    dialog = form(qtbot, {"[H3-3.4-01]": "dòng 9"})
    dialog.evidence.setText("[H3-3.4-01]")
    dialog.accept()
    assert dialog.progress_update() is None
    assert "đã được dùng trong kế hoạch này (dòng 9)" in dialog.problem.text()
    dialog.evidence.setText("MC.3.4.01")
    dialog.accept()
    assert "không đúng mẫu" in dialog.problem.text()


def test_paused_at_100_percent_is_refused(qtbot):
    dialog = form(qtbot)
    dialog.percent.setValue(100)
    dialog.status.setCurrentIndex(dialog.status.findData("paused"))
    dialog.accept()
    assert dialog.progress_update() is None and "hoàn thành" in dialog.problem.text()
