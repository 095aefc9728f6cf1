"""Files that vanish, new files, the plan and school dialogs, next year's plan, languages, crashes."""
from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage

from kehoach_desktop.store import plans
from kehoach_desktop.store.database import open_school_file
from kehoach_desktop.ui.main_window import MainWindow
from tests.ui.window_helpers import (  # noqa: F401 (fixtures)
    TT18_PLAN, TT57_PLAN, on_disk, settings, type_in_cell, warnings, window,
)


def test_the_usb_stick_is_pulled_the_next_edit_says_so_and_save_a_copy_keeps_everything(
        qtbot, window, demo_file, warnings, tmp_path):
    window.session.load(TT57_PLAN)
    row = window.session.model.rows[0]
    os.remove(demo_file)                                                   # the stick is gone
    type_in_cell(qtbot, window, row.id, "lead", "Tổ Toán - Tin")
    assert warnings and "USB" in warnings[-1]                               # a Vietnamese message, no crash
    assert window.session.model.rows[0].lead == "Tổ Toán - Tin"            # the edit stays on screen
    assert window.undo.count() == 0                                        # and is not pretended to be on disk

    copy = tmp_path / "ban-sao" / "truong.db"
    copy.parent.mkdir()
    assert window.files.save_copy(str(copy))
    saved = on_disk(copy, TT57_PLAN)
    assert saved.rows[0].lead == "Tổ Toán - Tin"                            # what was typed is in the copy
    assert len(on_disk(copy, TT18_PLAN).rows) == 16                         # and so is the other plan


def test_a_principal_creates_a_new_file_and_the_first_run_wizard_sets_up_the_school(
        qtbot, settings, warnings, tmp_path, monkeypatch):
    from kehoach_desktop.ui.dialogs.first_run import FirstRunWizard

    def fill_in(wizard):
        form = wizard.school_page.form
        form.edits["name"].setText("Trường THCS Sông Cầu")
        form.edits["code"].setText("79000123")
        form.level.setCurrentIndex(form.level.findData("thcs"))
        wizard.plan_page.year.setText("2026 - 2027")
        wizard.restart()
        wizard.next()
        combo = wizard.plan_page.framework
        assert combo.itemData(0) == "tt57-pt"          # 2026-2027: Thông tư 57/2026 is proposed and chosen
        assert combo.currentData() == "tt57-pt"
        assert "57/2026/TT-BGDĐT" in wizard.plan_page.framework_note.text()
        assert any("TẠM THỜI" in combo.itemText(i) for i in range(combo.count()))   # TT57 marked provisional
        wizard.plan_page.year.setText("2024-2025")    # an earlier year: its 2018 circular comes first
        assert combo.currentData() == "tt18"
        wizard.plan_page.year.setText("2026 - 2027")
        assert combo.currentData() == "tt57-pt"
        return 1

    monkeypatch.setattr(FirstRunWizard, "exec", fill_in)
    win = MainWindow(settings)
    qtbot.addWidget(win)
    path = tmp_path / "truong-moi.db"
    assert win.files.open_path(path, create=True)
    assert "Trường THCS Sông Cầu" in win.windowTitle() and "truong-moi.db" in win.windowTitle()
    db = open_school_file(path, read_only=True)
    [plan] = plans.list_plans(db)
    db.close()
    assert (plan.school_year, plan.framework_id) == ("2026-2027", "tt57-pt")
    # the new plan starts with the form's own text (Biểu 2, sections III and VIII)
    assert "b) Không xây dựng kế hoạch cải tiến đối với toàn bộ tiêu chí mà tập trung vào các vấn đề ưu tiên;" \
        in plan.purposes
    assert plan.reporting[0] == "a) Thực hiện rà soát, đánh giá tối thiểu 02 lần trong năm học;"
    assert win.session.model.columnCount() == 10
    assert settings.recent_files() == [str(path.resolve())]


def test_the_plan_header_dialog_edits_the_2026_sections_and_undo_restores_them(qtbot, window, demo_file):
    from kehoach_desktop.ui.dialogs.plan_dialog import PlanDialog
    window.session.load(TT57_PLAN)
    doc = window.document
    dialog = PlanDialog(window.session.plan, doc.catalogs, "thcs", True, window)
    qtbot.addWidget(dialog)
    tabs = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert {"IV. Vấn đề ưu tiên", "VI. Theo dõi", "VIII. Đánh giá, báo cáo", "II. Căn cứ"} <= set(tabs)
    assert not dialog.framework.isEnabled()                                 # rows exist: the framework stays
    assert "TẠM THỜI" in dialog.framework.currentText()
    dialog.number.setText("12/KH-THCS")
    dialog.issued.setText("06/9/2026")
    assert dialog.issued_preview.text().endswith("ngày 06 tháng 9 năm 2026")
    dialog.reporting.set_lines(["Báo cáo sơ kết học kỳ I", "Báo cáo tổng kết năm học"])
    dialog.accept()
    from kehoach_desktop.ui.commands import EditHeaderCommand
    window.undo.push(EditHeaderCommand(window.session, window.session.plan, dialog.result_plan))
    saved = on_disk(demo_file, TT57_PLAN)
    assert saved.number == "12/KH-THCS" and saved.reporting[-1] == "Báo cáo tổng kết năm học"
    assert saved.issued_on.isoformat() == "2026-09-06"
    window.menu_actions.undo.trigger()
    assert on_disk(demo_file, TT57_PLAN).number != "12/KH-THCS"


def test_a_bad_school_year_in_the_plan_dialog_is_refused_with_a_message(qtbot, window):
    from kehoach_desktop.ui.dialogs.plan_dialog import PlanDialog
    dialog = PlanDialog(window.session.plan, window.document.catalogs, "thcs", True, window)
    qtbot.addWidget(dialog)
    dialog.year.setText("2026-2028")
    dialog.accept()
    assert dialog.result_plan is None and "Năm học không hợp lệ" in dialog.error.text()


def test_the_school_dialog_edits_the_school_and_the_title_follows(qtbot, window, demo_file, monkeypatch):
    from kehoach_desktop.ui.dialogs.school_dialog import SchoolDialog

    def rename(dialog):
        dialog.form.edits["name"].setText("Trường THCS Hòa Bình Mới")
        dialog.accept()
        return 1

    monkeypatch.setattr(SchoolDialog, "exec", rename)
    window.menu_actions.school_info.trigger()
    assert "Hòa Bình Mới" in window.windowTitle()
    db = open_school_file(demo_file, read_only=True)
    assert plans.get_school(db).name == "Trường THCS Hòa Bình Mới"
    db.close()


def test_next_years_plan_carries_over_what_is_unfinished_and_can_be_undone(window, demo_file):
    window.session.load(TT18_PLAN)
    window.menu_actions.next_year.trigger()
    assert window.session.plan.school_year == "2025-2026"
    assert "2025-2026" in window.plan_selector.currentText()
    carried = window.session.model.rows
    assert [r.criterion_code for r in carried] == ["3.2", "3.6"]            # paused and in progress
    assert all(r.status == "not_started" and r.percent == 0 for r in carried)
    assert str(carried[0].timeframe.start) == "11/2025"
    window.menu_actions.undo.trigger()
    db = open_school_file(demo_file, read_only=True)
    assert "2025-2026" not in [p.school_year for p in plans.list_plans(db)]
    db.close()
    assert window.session.plan.id == TT18_PLAN


def test_the_dashboard_tab_is_there_and_its_rows_lead_back_to_the_table(window):
    assert window.tabs.tabText(1) == "Tiến độ"
    if window.dashboard is None:
        return
    window.session.load(TT18_PLAN)
    window.dashboard.rowActivated.emit(8)
    assert window.tabs.currentIndex() == 0 and window.row_ops.current_row().id == 8


def test_english_is_one_setting_away(qtbot, settings):
    import subprocess
    import sys
    from pathlib import Path
    from kehoach_desktop.ui.app import install_translation
    root = Path(__file__).resolve().parents[2]
    subprocess.run([sys.executable, str(root / "packaging" / "build_translations.py")], check=True)  # as `make` does
    app = QCoreApplication.instance()
    assert install_translation(app, "en")
    try:
        win = MainWindow(settings)
        qtbot.addWidget(win)
        menus = [a.text() for a in win.menuBar().actions()]
        assert menus[0] == "&File" and win.menu_actions.undo.text().startswith("Undo")
    finally:
        app.removeTranslator(app._kehoach_translator)
    win = MainWindow(settings)
    qtbot.addWidget(win)
    assert win.menuBar().actions()[0].text() == "&Tệp"


def test_an_unexpected_error_is_logged_and_shown_politely(monkeypatch):
    from kehoach_desktop.ui import crash
    shown = []
    monkeypatch.setattr("kehoach_desktop.ui.crash.QMessageBox.exec", lambda box: shown.append(box.text()))
    try:
        raise RuntimeError("lỗi thử")
    except RuntimeError as exc:
        crash.excepthook(type(exc), exc, exc.__traceback__)
    assert "không mong đợi" in shown[0]
    assert "RuntimeError: lỗi thử" in crash.log_path().read_text(encoding="utf-8")


def test_the_screenshot_command_renders_the_demo_school_at_1366x768(demo_file, tmp_path):
    from kehoach_desktop.cli import main
    out = tmp_path / "man-hinh.png"
    assert main(["gui", str(demo_file), "--screenshot", str(out)]) == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1366, 768)


def test_a_district_officer_opens_the_district_window_from_the_command_line(tmp_path, capsys):
    from kehoach_desktop.cli import main
    district = tmp_path / "phong.db"
    assert main(["district", "init", str(district), "--name", "Phòng GD&ĐT Quận 3"]) == 0
    out = tmp_path / "phong.png"
    assert main(["district", "gui", str(district), "--screenshot", str(out)]) == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1366, 640)


def test_a_new_plan_for_another_year_is_one_undoable_step(qtbot, window, demo_file, monkeypatch, warnings):
    from kehoach_desktop.ui.dialogs.first_run import FirstRunWizard

    def choose(year):
        def fill_in(wizard):
            assert wizard.school_page.form.edits["name"].text() == window.document.school.name   # prefilled
            wizard.plan_page.year.setText(year)
            wizard.restart()
            wizard.next()
            wizard.plan_page.framework.setCurrentIndex(wizard.plan_page.framework.findData("tt18"))
            return 1
        return fill_in

    monkeypatch.setattr(FirstRunWizard, "exec", choose("2024-2025"))
    window.menu_actions.new_plan.trigger()
    assert "2024-2025" in warnings[-1]                                     # that year already has a plan
    monkeypatch.setattr(FirstRunWizard, "exec", choose("2027-2028"))
    window.menu_actions.new_plan.trigger()
    assert window.session.plan.school_year == "2027-2028" and window.session.model.rows == []
    window.menu_actions.undo.trigger()
    db = open_school_file(demo_file, read_only=True)
    assert [p.school_year for p in plans.list_plans(db)] == ["2026-2027", "2024-2025"]
    db.close()


def test_open_recent_lists_the_files_opened_and_forgets_one_that_is_gone(qtbot, settings, warnings, demo_file,
                                                                          tmp_path):
    import shutil
    other = tmp_path / "truong-2.db"
    shutil.copyfile(demo_file, other)
    win = MainWindow(settings)
    qtbot.addWidget(win)
    assert win.files.open_path(demo_file) and win.files.open_path(other)
    win.files.fill_recent_menu()
    entries = [a.text() for a in win.menu_actions.recent_menu.actions()]
    assert entries[0].endswith("truong-2.db") and entries[1].endswith("truong.db")
    win.close_document()
    other.unlink()
    assert not win.files.open_path(other)
    assert "không tồn tại" in warnings[-1]
    assert settings.recent_files() == [str(demo_file.resolve())]
