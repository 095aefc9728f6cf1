"""In the window: the district officer imports a stack of files and compares the schools; a principal
exports to a stick and brings back yesterday's copy of the file."""
from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QMessageBox

from kehoach_desktop.domain.school_year import current_school_year
from kehoach_desktop.store.backups import BEFORE_IMPORT, list_backups, make_backup
from kehoach_desktop.store.district import ADDED, REFUSED
from kehoach_desktop.ui.backup_dialog import BackupDialog
from kehoach_desktop.ui.district.import_report import ImportReportDialog
from kehoach_desktop.ui.district.school_model import SchoolModel
from kehoach_desktop.ui.district.window import DistrictWindow
from kehoach_desktop.ui.export_dialog import export_with_dialog
from tests.store.exchange_helpers import digest, exported_school, new_district
from tests.store.school_factory import make_school


@pytest.fixture
def quiet_boxes(monkeypatch) -> list[str]:
    shown: list[str] = []
    for kind in ("warning", "information"):
        monkeypatch.setattr(QMessageBox, kind, lambda parent, title, text, *a, **k: shown.append(text))
    return shown


def test_the_officer_imports_many_files_and_sees_the_schools_side_by_side(qtbot, tmp_path, quiet_boxes):
    files = [exported_school(tmp_path / str(i), code=f"7976{i:04d}", name=name, rows=rows)
             for i, (name, rows) in enumerate([("Trường THCS Hòa Bình", 15), ("Trường THCS Lê Lợi", 6)])]
    junk = tmp_path / "hong.db"
    junk.write_bytes(b"not a database" * 100)
    window = DistrictWindow(new_district(tmp_path))
    qtbot.addWidget(window)
    assert window.stack.currentWidget() is window.empty
    reports = window.import_paths([*files, junk], show_report=False)
    assert [r.outcome for r in reports] == [ADDED, ADDED, REFUSED]
    assert window.stack.currentWidget() is window.table
    model = window.model
    names = [model.index(r, SchoolModel.FIXED.index("name")).data() for r in range(model.rowCount())]
    assert names == ["Trường THCS Hòa Bình", "Trường THCS Lê Lợi"]
    # This school year first: neither school has sent a plan of it, so no figures, not a 0 % plan.
    assert window.year.currentData() == current_school_year()
    assert model.index(0, SchoolModel.FIXED.index("year")).data() == "—"
    assert model.index(0, SchoolModel.FIXED.index("rows")).data() == ""
    window.year.setCurrentIndex(window.year.findData("2025-2026"))      # the year their plans are of
    assert model.index(0, SchoolModel.FIXED.index("rows")).data() == 15
    assert model.headerData(len(SchoolModel.FIXED), Qt.Horizontal) == "TC 1"
    assert "2 trường, 2 có kế hoạch năm học 2025-2026" in window.caption.text()
    assert list_backups(window.path)[0].reason == BEFORE_IMPORT
    dialog = ImportReportDialog(reports, window)
    qtbot.addWidget(dialog)
    assert "2 thêm mới" in dialog.summary.text() and "1 bị từ chối" in dialog.summary.text()
    assert dialog.table.item(2, 0).text() == "hong.db"
    window.close()


def test_a_principal_exports_to_a_stick_from_the_window(qtbot, tmp_path, quiet_boxes):
    school = make_school(tmp_path / "truong.db")
    stick = tmp_path / "USB"
    stick.mkdir()
    result = export_with_dialog(None, school, str(stick))
    assert result is not None and result.path.parent == stick
    assert "đọc lại và kiểm tra" in quiet_boxes[-1]
    assert export_with_dialog(None, school, str(tmp_path / "rut-ra")) is None
    assert "không tìm thấy thư mục" in quiet_boxes[-1]


def test_the_backup_dialog_lists_copies_and_restores_one(qtbot, tmp_path, monkeypatch, quiet_boxes):
    school = make_school(tmp_path / "truong.db", rows=6)
    make_backup(school, BEFORE_IMPORT)
    conn = sqlite3.connect(school)
    conn.execute("DELETE FROM plan_row")
    conn.commit()
    conn.close()
    dialog = BackupDialog(school)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1 and "trước khi nhập dữ liệu" in dialog.list.item(0).text()
    monkeypatch.setattr(BackupDialog, "confirm", lambda self, label: True)
    with qtbot.waitSignal(dialog.restored) as signal:
        assert dialog.restore_selected()
    assert signal.args == [str(school)]
    conn = sqlite3.connect(school)
    assert conn.execute("SELECT COUNT(*) FROM plan_row").fetchone()[0] == 6
    conn.close()


def test_a_refused_batch_leaves_the_district_untouched(qtbot, tmp_path, quiet_boxes):
    district = new_district(tmp_path)
    before = digest(district)
    window = DistrictWindow(district)
    qtbot.addWidget(window)
    (tmp_path / "a.db").write_bytes(b"")
    assert [r.outcome for r in window.import_paths([tmp_path / "a.db"], show_report=False)] == [REFUSED]
    window.close()
    assert digest(district) == before


def test_the_officer_reads_a_schools_plan_without_being_able_to_change_anything(qtbot, tmp_path, quiet_boxes):
    district = new_district(tmp_path)
    window = DistrictWindow(district)
    qtbot.addWidget(window)
    window.import_paths([exported_school(tmp_path / "a", rows=15)], show_report=False)
    before = digest(district)
    window.year.setCurrentIndex(window.year.findData("2025-2026"))
    window.table.selectRow(0)
    view = window.view_selected()
    qtbot.addWidget(view)
    assert view.rows.rowCount() == 15
    assert view.rows.item(0, 1).text() == "1.1"
    assert view.rows.editTriggers() == QAbstractItemView.NoEditTriggers
    assert view.plans.count() == 1
    folder = view._folder
    view.close()
    window.close()
    assert not folder.exists()
    assert digest(district) == before



def test_the_officer_prints_the_summary_from_the_window(qtbot, tmp_path, quiet_boxes):
    window = DistrictWindow(new_district(tmp_path))
    qtbot.addWidget(window)
    window.import_paths([exported_school(tmp_path / "a")], show_report=False)
    out = window.print_summary(str(tmp_path / "tong-hop.pdf"))
    assert out.read_bytes().startswith(b"%PDF")
    window.close()
