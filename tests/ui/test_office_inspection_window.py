"""In the office window: the commune officer picks a school, clicks «Biên bản kiểm tra», types the
record, saves it in the office file and prints it under the office's letterhead."""
from __future__ import annotations

import hashlib

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QTableWidgetItem

from kehoach_desktop.domain.office import new_identity
from kehoach_desktop.domain.values import nfc
from kehoach_desktop.store.district import create_office, import_files, open_district
from kehoach_desktop.store.exchange import export_for_district
from kehoach_desktop.store.office_inspections import office_inspections
from kehoach_desktop.ui.dialogs.inspection_dialog import InspectionDialog
from kehoach_desktop.ui.district.window import DistrictWindow

SCHOOL = "THCS-AP-017"


@pytest.fixture
def office(demo_file, tmp_path):
    path = create_office(tmp_path / "phong-vhxh.db", new_identity(
        "commune", commune="xã Hòa Bình", province="tỉnh An Giang", signer_name="Trần Văn Bảo"))
    stick = tmp_path / "USB"
    stick.mkdir()
    exported = export_for_district(demo_file, stick).path
    db = open_district(path)
    try:
        import_files(db, [exported])
    finally:
        db.close()
    return path


@pytest.fixture
def window(qtbot, office, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: shown.append(text))
    win = DistrictWindow(office)
    qtbot.addWidget(win)
    win.shown = shown
    win.year.setCurrentIndex(win.year.findData("2026-2027"))
    win.table.selectRow(0)
    yield win
    win.close()


def pdf_text(path) -> str:
    return nfc("\n".join(page.extract_text() for page in PdfReader(str(path)).pages))


def fill_in(dialog: InspectionDialog, day: int = 20, month: int = 11) -> bool:
    """What the officer types: the record's number and date, a secretary, the deputy who received them,
    one row judged; the rest stays as the dialog proposed it."""
    dialog.number.setText("12/BB-VHXH")
    dialog.started.setDateTime(QDateTime(2026, month, day, 8, 0, 0))
    dialog.ended.setDateTime(QDateTime(2026, month, day, 10, 30, 0))
    team = dialog.team.table
    row = team.rowCount()
    team.insertRow(row)
    for column, text in enumerate(("Bà Lý Thị Cúc", "Chuyên viên", "Thư ký")):
        team.setItem(row, column, QTableWidgetItem(text))
    side = dialog.school_side.table
    row = side.rowCount()
    side.insertRow(row)
    side.setItem(row, 0, QTableWidgetItem("Bà Hồ Thị Lan"))
    side.setItem(row, 1, QTableWidgetItem("Phó hiệu trưởng"))
    dialog.set_finding(0, "done", "Có biên bản họp tổ.")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.Ok).click()     # «Lưu biên bản»
    return dialog.result() == QDialog.Accepted


def records(path):
    db = open_district(path)
    try:
        return office_inspections(db, SCHOOL, "2026-2027")
    finally:
        db.close()


def test_the_officer_makes_a_record_in_the_office_window_and_prints_it_under_the_office_letterhead(
        window, office, monkeypatch, tmp_path):
    seen: list[InspectionDialog] = []

    def run(dialog):
        seen.append(dialog)
        # Proposed by the office: its letterhead, its signer leading, the principal receiving.
        assert dialog.authority.text() == "UBND XÃ HÒA BÌNH" and dialog.office_line.text() == "PHÒNG VĂN HÓA - XÃ HỘI"
        assert [m.name for m in dialog.team.records()] == ["Trần Văn Bảo"]
        assert [m.role for m in dialog.school_side.records()] == ["Hiệu trưởng"]
        return fill_in(dialog)
    monkeypatch.setattr("kehoach_desktop.ui.district.inspection_ops.InspectionOps.run_dialog",
                        lambda self, d: run(d))
    window.inspections.record_action.trigger()
    [kept] = records(office)
    assert kept.record.number == "12/BB-VHXH" and kept.record.findings[0].status == "done"
    assert [m.name for m in kept.record.team] == ["Trần Văn Bảo", "Bà Lý Thị Cúc"]
    assert "Đã lưu biên bản kiểm tra số 1" in window.statusBar().currentMessage()

    out = tmp_path / "bb.pdf"
    monkeypatch.setattr("kehoach_desktop.ui.district.inspection_ops.QFileDialog.getSaveFileName",
                        lambda *a, **k: (str(out), ""))
    window.inspections.print_action.trigger()
    text = pdf_text(out)
    assert "UBND XÃ HÒA BÌNH" in text and "PHÒNG VĂN HÓA - XÃ HỘI" in text
    flat = " ".join(text.split())
    assert "Chỉ số đánh giá kết quả" in flat and "Mục tiêu cải tiến" in flat
    for name in ("Trần Văn Bảo", "Lý Thị Cúc", "Nguyễn Văn Minh", "Hồ Thị Lan"):
        assert name in text


def test_a_record_dated_before_the_plan_is_refused_in_the_dialog_and_nothing_is_kept(window, office, monkeypatch):
    before = hashlib.sha256(office.read_bytes()).hexdigest()
    problems: list[str] = []

    def run(dialog):
        accepted = fill_in(dialog, day=1, month=9)
        problems.append(dialog.problem.text())
        assert dialog.tabs.currentIndex() == 0        # the date is on the first tab
        return accepted
    monkeypatch.setattr("kehoach_desktop.ui.district.inspection_ops.InspectionOps.run_dialog",
                        lambda self, d: run(d))
    window.inspections.record_action.trigger()
    assert "có trước ngày của kế hoạch (18/09/2026)" in problems[0]
    assert records(office) == []
    assert hashlib.sha256(office.read_bytes()).hexdigest() == before


def test_without_a_school_picked_the_officer_is_told_to_pick_one(window):
    window.table.clearSelection()
    window.table.setCurrentIndex(window.proxy.index(-1, -1))
    window.inspections.record_action.trigger()
    assert "Hãy chọn một trường" in window.statusBar().currentMessage()
    window.statusBar().clearMessage()
    window.inspections.menu_action.trigger()       # the toolbar's «Biên bản kiểm tra» button itself
    assert "Hãy chọn một trường" in window.statusBar().currentMessage()


def test_printing_before_any_record_says_to_make_one_first(window):
    window.inspections.print_action.trigger()
    assert "chưa có biên bản kiểm tra" in window.statusBar().currentMessage()
