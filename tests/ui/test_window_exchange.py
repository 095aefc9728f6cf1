"""From the File menu: Word and Excel out and back in, the copy for the district, backups, the district window."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from kehoach_desktop.store.backups import BEFORE_IMPORT, list_backups, make_backup
from kehoach_desktop.store.exchange import export_for_district
from kehoach_desktop.ui.backup_dialog import BackupDialog
from kehoach_desktop.ui.dialogs.import_docx import ImportDocxDialog
from tests.ui.window_helpers import TT18_PLAN, on_disk, settings, warnings, window  # noqa: F401 (fixtures)


@pytest.fixture
def answers(monkeypatch):
    """What the principal picks in the file dialogs, and the information boxes shown."""
    picked: dict[str, str] = {}
    shown: list[str] = []
    dialog = "PySide6.QtWidgets.QFileDialog."
    monkeypatch.setattr(dialog + "getSaveFileName", lambda *a, **k: (picked.get("save", ""), ""))
    monkeypatch.setattr(dialog + "getOpenFileName", lambda *a, **k: (picked.get("open", ""), ""))
    monkeypatch.setattr(dialog + "getExistingDirectory", lambda *a, **k: picked.get("folder", ""))
    for kind in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, kind, lambda parent, title, text, *a, **k: shown.append(text))
    picked["shown"] = shown
    return picked


def test_the_plan_goes_to_word_and_comes_back_as_another_year(qtbot, window, answers, monkeypatch, tmp_path):
    window.session.load(TT18_PLAN)
    answers["save"] = str(tmp_path / "ke-hoach")                  # the suffix is added when forgotten
    window.menu_actions.export_word.trigger()
    docx = tmp_path / "ke-hoach.docx"
    assert docx.exists() and str(docx) in window.statusBar().currentMessage()
    original = window.session.plan

    def change_year_and_import(self) -> int:
        self.year.setText("2030-2031")
        self.accept()
        return 1
    monkeypatch.setattr(ImportDocxDialog, "exec", change_year_and_import)
    answers["open"] = str(docx)
    window.menu_actions.import_word.trigger()
    assert window.session.plan.school_year == "2030-2031"
    assert any(b.reason == BEFORE_IMPORT for b in list_backups(window.document.path))   # taken before saving
    imported = window.session.plan
    assert [(r.criterion_code, r.tasks) for r in imported.rows] == [(r.criterion_code, r.tasks) for r in original.rows]
    window.undo.undo()
    assert "2030-2031" not in {p.school_year for p in window.document.list_plans()}


def test_the_plan_goes_to_excel_with_amounts_as_numbers(window, answers, tmp_path):
    from openpyxl import load_workbook
    window.session.load(TT18_PLAN)
    answers["save"] = str(tmp_path / "ke-hoach.xlsx")
    window.menu_actions.export_excel.trigger()
    book = load_workbook(tmp_path / "ke-hoach.xlsx")
    sheet = book.worksheets[0]
    values = [cell.value for row in sheet.iter_rows(min_row=2) for cell in row]
    assert any(isinstance(v, (int, float)) and v >= 1_000_000 for v in values)    # đồng, as numbers
    assert "2024-2025" in sheet.title


def test_cancelling_a_save_dialog_writes_nothing(window, answers, tmp_path):
    answers["save"] = ""
    assert window.exchange.export_word() is None and window.exchange.export_excel() is None
    assert not list(tmp_path.glob("*.docx")) and not list(tmp_path.glob("*.xlsx"))


def test_the_copy_for_the_district_lands_on_the_stick(window, answers, tmp_path):
    stick = tmp_path / "USB"
    stick.mkdir()
    answers["folder"] = str(stick)
    window.menu_actions.export_district.trigger()
    [copy] = list(stick.glob("*.db"))
    # the demo school's own office since 01/7/2025, not a Phòng GD&ĐT
    assert "Đã xuất tệp gửi Phòng Văn hóa - Xã hội xã Hòa Bình" in window.statusBar().currentMessage()
    assert "Phòng GD&ĐT" not in window.statusBar().currentMessage() and copy.stat().st_size > 0
    assert "đọc lại và kiểm tra" in answers["shown"][-1]


def test_yesterdays_copy_is_restored_and_the_window_reopens_the_same_plan(qtbot, window, answers, monkeypatch,
                                                                         demo_file):
    window.session.load(TT18_PLAN)
    make_backup(demo_file, BEFORE_IMPORT)
    count = len(window.session.model.rows)
    window.row_ops.select_row(window.session.model.rows[0].id)
    window.row_ops.delete()
    assert len(on_disk(demo_file, TT18_PLAN).rows) == count - 1
    monkeypatch.setattr(BackupDialog, "confirm", lambda self, label: True)
    seen = []

    def restore(dialog: BackupDialog) -> int:
        seen.append(window.document)                  # the file is closed while it is replaced
        dialog.list.setCurrentRow(0)
        return dialog.restore_selected()
    assert window.exchange.restore_backup(run=restore)
    assert seen == [None]
    assert window.session.plan.id == TT18_PLAN and len(window.session.model.rows) == count
    assert len(on_disk(demo_file, TT18_PLAN).rows) == count
    assert len(list_backups(demo_file)) >= 2          # the state before the restore was kept too


def test_the_district_office_gets_its_own_window(qtbot, window, answers, warnings, tmp_path, demo_file):
    answers["save"] = str(tmp_path / "phong.db")
    district = window.exchange.new_district(name="Phòng GD&ĐT Huyện An Phú")
    qtbot.addWidget(district)
    assert district.isVisible() and "Huyện An Phú" in district.windowTitle()
    export = export_for_district(demo_file, tmp_path)
    district.import_paths([export.path], show_report=False)
    assert district.model.rowCount() == 1
    district.close()
    answers["open"] = str(tmp_path / "phong.db")                  # opened again from the menu
    again = window.exchange.open_district()
    qtbot.addWidget(again)
    assert again.model.rowCount() == 1
    again.close()
    answers["open"] = str(demo_file)                              # a school file is not a district file
    assert window.exchange.open_district() is None and "không phải tệp của cơ quan quản lý" in warnings[-1]


def test_opening_a_district_file_with_open_shows_the_district_window(qtbot, window, answers, tmp_path):
    from kehoach_desktop.store.district import create_district
    path = create_district(tmp_path / "phong.db", "Phòng GD&ĐT Quận 3")
    assert window.files.open_path(path)
    [district] = window.exchange.district_windows
    qtbot.addWidget(district)
    assert "Quận 3" in district.windowTitle()
    assert window.document is not None                            # the school stays open beside it
    district.close()


def test_the_inspection_record_goes_to_word_for_the_district_to_edit(window, answers, tmp_path):
    from docx import Document
    window.session.load(TT18_PLAN)
    answers["save"] = str(tmp_path / "bien-ban.docx")
    window.menu_actions.inspection_word.trigger()
    document = Document(str(tmp_path / "bien-ban.docx"))
    text = "\n".join([p.text for p in document.paragraphs]
                     + [c.text for t in document.tables for r in t.rows for c in r.cells])
    assert "BIÊN BẢN" in text and "Trần Quốc Bảo" in text and "Võ Minh Khôi" in text


def test_closing_the_backup_list_without_restoring_keeps_the_plan_on_screen(window, answers, demo_file):
    window.session.load(TT18_PLAN)
    assert not window.exchange.restore_backup(run=lambda dialog: dialog.reject())
    assert window.document is not None and window.session.plan.id == TT18_PLAN
