"""Every feature reachable from the main window: printing, the inspection record, progress updates.

The principal works from menus, the toolbar and the table's context menu; file dialogs
and message boxes are answered by the test, everything else is the real window.
"""
from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QTableWidgetItem

from kehoach_desktop.domain.values import nfc
from kehoach_desktop.store import inspections, progress
from kehoach_desktop.store.database import open_school_file
from kehoach_desktop.ui.dialogs.inspection_dialog import InspectionDialog
from kehoach_desktop.ui.preview import PdfPreviewDialog
from kehoach_desktop.ui.progress_dialog import ProgressDialog
from tests.reports.pdftext import missing_words
from tests.ui.window_helpers import TT18_PLAN, TT57_PLAN, on_disk, settings, warnings, window  # noqa: F401


@pytest.fixture
def previews(monkeypatch) -> list[PdfPreviewDialog]:
    """The preview dialogs the window opened (shown, not run modally)."""
    opened: list[PdfPreviewDialog] = []

    def show(dialog):
        opened.append(dialog)
        return QDialog.Rejected
    monkeypatch.setattr(PdfPreviewDialog, "exec", show)
    return opened


def inspections_on_disk(path, plan_id: int) -> list:
    db = open_school_file(path, read_only=True)
    try:
        return inspections.list_inspections(db, plan_id)
    finally:
        db.close()


def pdf_text(path) -> str:
    return nfc("\n".join(page.extract_text() for page in PdfReader(str(path)).pages))


def menu_titles(win) -> dict[str, list[str]]:
    return {m.text(): [a.text() for a in m.menu().actions() if a.text()]
            for m in [a for a in win.menuBar().actions()]}


def test_the_menus_offer_printing_word_excel_the_district_and_help(window):
    menus = menu_titles(window)
    assert list(menus) == ["&Tệp", "&Sửa", "&Kế hoạch", "Tự đá&nh giá", "&In", "Trợ &giúp"]
    assert menus["&In"][:3] == ["In kế hoạch…", "In biên bản kiểm tra…", "In báo cáo tiến độ…"]
    # Every menu opens with its own Alt key: no two share a mnemonic.
    keys = [title[title.index("&") + 1].lower() for title in menus]
    assert len(set(keys)) == len(keys)
    for entry in ("Nhập kế hoạch từ Word…", "Xuất Word…", "Xuất Excel…", "Xuất file gửi cơ quan quản lý…",
                  "Khôi phục bản sao lưu…", "Cơ quan quản lý"):
        assert entry in menus["&Tệp"]
    assert "Cập nhật tiến độ…" in menus["&Kế hoạch"] and "Biên bản kiểm tra…" in menus["&Kế hoạch"]
    assert menus["Trợ &giúp"] == ["Giới thiệu"]
    assert window.menu_actions.print_plan.shortcut() == QKeySequence(QKeySequence.Print)   # Ctrl+P
    assert window.menu_actions.export_district.toolTip() == "Xuất file gửi cơ quan quản lý (Ctrl+E)"


def test_ctrl_p_previews_the_plan_that_is_on_screen(qtbot, window, previews, demo_file):
    window.session.load(TT18_PLAN)
    window.activateWindow()
    qtbot.keyClick(window.table, Qt.Key_P, Qt.ControlModifier)
    if not previews:     # offscreen platforms may not deliver shortcuts to an inactive window
        window.menu_actions.print_plan.trigger()
    dialog = previews[-1]
    assert dialog.page_count() > 2 and dialog.print_button.text() == "In…" and dialog.save_button.text() == "Lưu PDF…"
    text = pdf_text(window.printing.last_pdf)
    plan = on_disk(demo_file, TT18_PLAN)
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text and "Trường THCS Hòa Bình".upper() in text.upper()
    assert missing_words(" ".join(row.tasks for row in plan.rows), text) == []   # every row's work is there
    assert window.printing.last_pdf.name == "ke-hoach-2024-2025.pdf"      # «Lưu PDF…» suggests this name
    saved = dialog.save_copy(window.printing.last_pdf.parent.parent / "ke-hoach-luu.pdf")
    assert saved.read_bytes() == window.printing.last_pdf.read_bytes()
    saved.unlink()


def test_the_inspection_record_of_the_demo_prints_every_team_member(window, previews):
    window.session.load(TT18_PLAN)
    window.menu_actions.print_inspection.trigger()
    text = pdf_text(window.printing.last_pdf)
    assert "BIÊN BẢN" in text and "KIỂM TRA" in text
    for name in ("Trần Quốc Bảo", "Lê Thị Ngọc Hân", "Võ Minh Khôi"):
        assert name in text


def test_the_progress_report_prints_as_of_the_month_chosen_on_the_dashboard(window, previews):
    window.session.load(TT18_PLAN)
    window.dashboard.set_as_of("2025-01")
    window.menu_actions.print_report.trigger()
    text = pdf_text(window.printing.last_pdf)
    assert "BÁO CÁO" in text.upper() and "1/2025" in text
    assert "tính đến tháng 1/2025" in previews[-1].windowTitle()


def test_a_district_team_is_recorded_in_the_window_then_printed(qtbot, window, previews, monkeypatch, demo_file):
    """The 2026 plan has no inspection yet: the principal types the team and the findings, saves, prints."""
    window.session.load(TT57_PLAN)

    def fill_in(dialog: InspectionDialog) -> bool:
        dialog.number.setText("07/BB-PGDĐT")
        dialog.authority.setText("UBND HUYỆN AN PHÚ")
        dialog.started.setDateTime(QDateTime(2027, 4, 15, 8, 0, 0))
        dialog.ended.setDateTime(QDateTime(2027, 4, 15, 10, 30, 0))
        team = dialog.team.table
        for name, post, role in (("Ông Phạm Văn Đức", "Trưởng phòng", "Tổ trưởng"),
                                 ("Bà Đỗ Thị Thu", "Chuyên viên", "Thư ký")):
            row = team.rowCount()
            team.insertRow(row)
            for column, text in enumerate((name, post, role)):
                team.setItem(row, column, QTableWidgetItem(text))
        dialog.school_side.table.insertRow(0)
        dialog.school_side.table.setItem(0, 0, QTableWidgetItem("Ông Nguyễn Văn Minh"))
        dialog.school_side.table.setItem(0, 1, QTableWidgetItem("Hiệu trưởng"))
        dialog.set_finding(0, "done", "Đã có biên bản họp tổ")
        dialog.comments.setPlainText("Kế hoạch bám sát tiêu chí.\nTiêu chuẩn 1: cần bổ sung minh chứng")
        dialog.conclusion.setPlainText("Nhà trường thực hiện đúng tiến độ.")
        dialog.accept()
        return dialog.result() == QDialog.Accepted

    monkeypatch.setattr("kehoach_desktop.ui.print_ops.PrintOps.run_dialog", lambda self, d: fill_in(d))
    window.menu_actions.inspection.trigger()
    [record] = inspections_on_disk(demo_file, TT57_PLAN)
    assert [m.name for m in record.team] == ["Ông Phạm Văn Đức", "Bà Đỗ Thị Thu"]
    assert record.findings[0].status == "done" and record.comments[1].standard == 1
    assert record.ended_at.hour == 10 and record.number == "07/BB-PGDĐT"
    window.menu_actions.print_inspection.trigger()
    text = pdf_text(window.printing.last_pdf)
    assert "Phạm Văn Đức" in text and "Đỗ Thị Thu" in text and "Nguyễn Văn Minh" in text


def test_an_inspection_without_a_team_is_refused_beside_the_fields(qtbot, window, demo_file):
    from kehoach_desktop.ui.dialogs.inspection_dialog import new_inspection
    window.session.load(TT57_PLAN)
    dialog = InspectionDialog(window.session.plan, window.session.framework,
                              new_inspection(window.session.plan, window.document.school), window)
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.result_inspection is None and "ít nhất một thành viên" in dialog.problem.text()
    assert dialog.tabs.currentIndex() == 1


def _first_row(win):
    win.session.load(TT18_PLAN)
    row = win.session.model.rows[0]
    win.row_ops.select_row(row.id)
    return row


def test_progress_from_the_context_menu_is_recorded_and_undone(qtbot, window, monkeypatch, demo_file):
    row = _first_row(window)
    menu = window.row_menu()
    assert [a.text() for a in menu.actions() if a.text()][0] == "Cập nhật tiến độ…"

    def report(dialog: ProgressDialog) -> int:
        dialog.percent.setValue(100)
        dialog.note.setPlainText("Đã tổ chức chuyên đề")
        dialog.reporter.setText("Tổ trưởng Toán")
        dialog.accept()
        return dialog.result()
    monkeypatch.setattr(ProgressDialog, "exec", report)
    refreshed = []
    monkeypatch.setattr(window.dashboard, "refresh", lambda: refreshed.append(True))
    menu.actions()[0].trigger()
    saved = on_disk(demo_file, TT18_PLAN).rows[0]
    assert (saved.status, saved.percent) == ("done", 100)
    assert window.session.model.rows[0].status == "done"
    qtbot.wait(20)
    assert refreshed == []                       # hidden behind the plan tab: not read for nothing
    window.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: bool(refreshed), timeout=2000)          # shown: the dashboard follows the edit
    assert window.settings.qs.value("progress/reporter") == "Tổ trưởng Toán"
    window.undo.undo()
    back = on_disk(demo_file, TT18_PLAN).rows[0]
    assert (back.status, back.percent) == (row.status, row.percent)
    db = open_school_file(demo_file, read_only=True)
    try:
        assert all(u.note != "Đã tổ chức chuyên đề" for u in progress.list_updates(db, row.id))
    finally:
        db.close()
    window.undo.redo()
    assert on_disk(demo_file, TT18_PLAN).rows[0].percent == 100


def test_a_minh_chung_code_already_used_is_refused_in_the_form(qtbot, window, monkeypatch, demo_file):
    db = open_school_file(demo_file, read_only=True)
    try:
        used = next(iter(progress.used_evidence(db, TT18_PLAN)))
    finally:
        db.close()
    _first_row(window)
    seen = {}

    def report(dialog: ProgressDialog) -> int:
        dialog.evidence.setText(used)
        dialog.accept()
        seen["problem"] = dialog.problem.text()
        dialog.reject()
        return dialog.result()
    monkeypatch.setattr(ProgressDialog, "exec", report)
    before = on_disk(demo_file, TT18_PLAN).rows[0]
    assert window.record_progress() is None
    assert used in seen["problem"]
    assert on_disk(demo_file, TT18_PLAN).rows[0] == before


def test_a_late_row_clicked_on_the_dashboard_is_selected_in_the_table(window):
    window.session.load(TT18_PLAN)
    row = window.session.model.rows[5]
    window.tabs.setCurrentWidget(window.dashboard_page)
    window.dashboard.rowActivated.emit(row.id)
    assert window.tabs.currentIndex() == 0
    assert window.row_ops.current_row().id == row.id


def test_about_shows_the_version_and_the_catalogs(window, monkeypatch):
    shown = []
    monkeypatch.setattr("kehoach_desktop.ui.about.AboutDialog.exec", lambda self: shown.append(self) or 0)
    window.menu_actions.about.trigger()
    assert shown and shown[0].catalog_table.rowCount() == len(window.document.catalogs)


def test_the_first_run_shows_the_welcome_page_and_its_choices_work(qtbot, settings, warnings, monkeypatch,
                                                                   tmp_path):
    from kehoach_desktop.ui.app import _initial_path, take_screenshot
    from kehoach_desktop.ui.main_window import MainWindow
    win = MainWindow(settings)
    qtbot.addWidget(win)
    assert _initial_path(win, None, False) is None           # nothing used before: no file forced open
    assert win.stack.currentWidget() is win.welcome
    assert take_screenshot(win, tmp_path / "welcome.png").stat().st_size > 10_000   # no plan, no table model
    asked = []
    monkeypatch.setattr("kehoach_desktop.ui.file_ops.QFileDialog.getSaveFileName",
                        lambda *a, **k: asked.append(a[2]) or ("", ""))
    win.welcome.create_button.click()
    assert asked and "Kế hoạch CLGD" in asked[0]             # new files start in Documents
    win.welcome.demo_button.click()
    assert win.stack.currentWidget() is win.main_split and win.document.school.name == "Trường THCS Hòa Bình"


def test_start_up_imports_no_pdf_word_or_excel_library(demo_file):
    code = ("import sys; from kehoach_desktop.ui.app import make_app; app = make_app();"
            "from kehoach_desktop.ui.main_window import MainWindow; w = MainWindow();"
            f"w.open_document(r'{demo_file}');"
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'reportlab', 'docx', 'openpyxl'}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.stdout.strip().splitlines()[-1] == "[]", out.stderr


def test_a_plan_never_inspected_prints_the_blank_form_when_the_principal_says_so(window, previews, monkeypatch):
    window.session.load(TT57_PLAN)
    asked = []
    monkeypatch.setattr("kehoach_desktop.ui.print_ops.PrintOps.ask", lambda self, text: asked.append(text) or False)
    window.menu_actions.print_inspection.trigger()
    assert "chưa có biên bản kiểm tra" in asked[0]
    assert "BIÊN BẢN" in pdf_text(window.printing.last_pdf)
    monkeypatch.setattr("kehoach_desktop.ui.print_ops.PrintOps.ask", lambda self, text: None)   # Hủy
    count = len(previews)
    window.menu_actions.print_inspection.trigger()
    assert len(previews) == count


def test_the_toolbar_fits_a_1366_pixel_screen(window):
    from PySide6.QtWidgets import QApplication, QToolBar
    bar = window.findChild(QToolBar, "main-toolbar")
    window.resize(1366, 768)
    QApplication.processEvents()       # let the toolbar lay itself out at that width
    hidden = [a.text() for a in bar.actions() if a.isVisible() and bar.widgetForAction(a) is not None
              and not bar.widgetForAction(a).isVisible()]
    assert hidden == []                # nothing pushed behind the » overflow button


def test_the_demo_inspection_opened_and_saved_unchanged_stays_the_same(qtbot, window, monkeypatch, demo_file):
    window.session.load(TT18_PLAN)
    [before] = inspections_on_disk(demo_file, TT18_PLAN)
    monkeypatch.setattr("kehoach_desktop.ui.print_ops.QInputDialog.getItem",
                        lambda parent, title, label, items, *a: (items[0], True))   # the existing record
    monkeypatch.setattr("kehoach_desktop.ui.print_ops.PrintOps.run_dialog", lambda self, d: d.accept() or True)
    window.menu_actions.inspection.trigger()
    [after] = inspections_on_disk(demo_file, TT18_PLAN)
    assert after == before and any(c.standard for c in after.comments)


def test_a_long_build_shows_a_busy_bar_and_a_failed_one_a_message(window, previews, monkeypatch, warnings):
    import time
    from kehoach_desktop.reports import plan as plan_report
    from kehoach_desktop.ui.busy import QProgressDialog
    real = plan_report.print_plan
    shown = []
    monkeypatch.setattr(QProgressDialog, "show", lambda self: shown.append(self.labelText()))
    monkeypatch.setattr(plan_report, "print_plan", lambda *args: (time.sleep(0.6), real(*args)))   # a huge plan
    window.menu_actions.print_plan.trigger()
    assert shown == ["Đang dựng bản in…"] and previews[-1].page_count() > 2

    def full_disk(*_args):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(plan_report, "print_plan", full_disk)
    count = len(previews)
    window.menu_actions.print_plan.trigger()
    assert len(previews) == count and warnings[-1] == "Không dựng được bản in (No space left on device)."


def test_a_right_click_on_a_row_selects_it_and_offers_its_actions(window, monkeypatch):
    window.session.load(TT18_PLAN)
    model, target = window.session.model, window.session.model.rows[3]
    rect = window.table.visualRect(model.index(model.visual_of(target.id), 1))
    offered = []
    monkeypatch.setattr(type(window), "popup",
                        lambda self, menu, where: offered.append([x.text() for x in menu.actions() if x.text()]))
    window.table.customContextMenuRequested.emit(rect.center())
    assert window.row_ops.current_row().id == target.id
    assert offered == [["Cập nhật tiến độ…", "Thêm dòng", "Nhân bản dòng", "Xóa dòng…", "Chuyển dòng lên",
                        "Chuyển dòng xuống"]]


def test_an_issued_plan_prints_with_its_revision_code(window, previews, monkeypatch):
    from kehoach_desktop.store.revisions import list_revisions
    from kehoach_desktop.ui import issue_ops
    window.session.load(TT18_PLAN)
    assert "Ban hành kế hoạch…" in menu_titles(window)["&Kế hoạch"]
    told = []
    real = issue_ops.issue_with
    monkeypatch.setattr(issue_ops, "issue_with",            # the principal confirms in the box
                        lambda document, plan, confirm, inform: real(document, plan, lambda text: True, told.append))
    window.menu_actions.issue.trigger()
    [revision] = list_revisions(window.document.db, TT18_PLAN)
    assert revision.code in told[0]
    window.menu_actions.print_plan.trigger()
    assert revision.code in "".join(pdf_text(window.printing.last_pdf).split())   # in every page's footer
