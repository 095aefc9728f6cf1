"""In the window, two levels: the commune's officer sends one file of its schools to the Sở; the Sở's
officer takes it in with a school's own file and sees the schools by commune."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from kehoach_desktop.store.district import ADDED, REFUSED
from kehoach_desktop.ui.district.import_report import ImportReportDialog
from kehoach_desktop.ui.district.school_model import SchoolModel
from kehoach_desktop.ui.district.window import DistrictWindow
from tests.store.bundle_helpers import new_commune, new_province, run_import
from tests.store.exchange_helpers import digest, exported_school
from tests.ui.test_district_window import quiet_boxes  # noqa: F401  (a fixture: message boxes recorded)


@pytest.fixture
def reports(monkeypatch) -> list:
    """The import report dialog, as the officer would read it, without blocking the test."""
    seen: list = []

    class Shown(ImportReportDialog):
        def exec(self) -> int:
            return 0

        def __init__(self, reports, parent=None) -> None:
            super().__init__(reports, parent)
            seen.append(reports)
    monkeypatch.setattr("kehoach_desktop.ui.district.window.ImportReportDialog", Shown)
    return seen


def on_screen(window: DistrictWindow, key: str) -> list:
    """A column as the table shows it, in the table's (sorted) order."""
    column = SchoolModel.FIXED.index(key)
    return [window.proxy.index(row, column).data() for row in range(window.proxy.rowCount())]


def test_the_commune_exports_and_the_so_imports_its_schools_grouped_by_commune(qtbot, tmp_path, monkeypatch, quiet_boxes,
                                                                                reports):
    commune = new_commune(tmp_path / "xa")
    run_import(commune, exported_school(tmp_path / "a", "79760101", "Trường THCS Hòa Bình"),
               exported_school(tmp_path / "b", "79760202", "Trường Tiểu học An Lạc"))
    window = DistrictWindow(commune)
    qtbot.addWidget(window)
    assert window.bundle_action.text() == "Xuất tệp tổng hợp gửi cấp trên…"
    (tmp_path / "usb").mkdir()
    asked: list[str] = []

    def save_as(parent, title, suggested, filters):
        asked.append(suggested)
        return str(tmp_path / "usb" / suggested), filters
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    window.bundle_action.trigger()
    bundle = tmp_path / "usb" / asked[0]
    assert asked[0].startswith("xa-vinh-hai-") and asked[0].endswith(".kehoach-tonghop.zip") and bundle.is_file()
    assert "2 trường" in window.statusBar().currentMessage() and not quiet_boxes
    window.close()

    so = new_province(tmp_path / "so")
    direct = exported_school(tmp_path / "c", "79760303", "Trường THPT Ngô Quyền")
    window = DistrictWindow(so)
    qtbot.addWidget(window)
    filters: list[str] = []

    def choose(parent, title, folder, wanted):
        filters.append(wanted)
        return [str(direct), str(bundle)], wanted
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", choose)
    window.import_action.trigger()
    assert "*.zip" in filters[0]
    [shown] = reports
    assert [r.outcome for r in shown] == [ADDED, ADDED, ADDED]
    assert on_screen(window, "commune") == ["xã Vĩnh Hải", "xã Vĩnh Hải", "Trường nhập trực tiếp"]
    assert on_screen(window, "name") == ["Trường THCS Hòa Bình", "Trường Tiểu học An Lạc", "Trường THPT Ngô Quyền"]
    assert window.model.headerData(0, Qt.Horizontal) == "Xã/phường"
    first = window.proxy.index(0, SchoolModel.FIXED.index("commune"))
    assert "Phòng Văn hóa - Xã hội xã Vĩnh Hải" not in (first.data(Qt.ToolTipRole) or "")
    assert "xã Vĩnh Hải" in first.data(Qt.ToolTipRole)
    # sorting by name and back by commune keeps the communes together
    window.table.sortByColumn(SchoolModel.FIXED.index("name"), Qt.DescendingOrder)
    assert on_screen(window, "name") == ["Trường Tiểu học An Lạc", "Trường THPT Ngô Quyền", "Trường THCS Hòa Bình"]
    window.table.selectRow(0)                        # the selection follows its school through a sort
    window.table.sortByColumn(SchoolModel.FIXED.index("commune"), Qt.AscendingOrder)
    assert on_screen(window, "commune")[-1] == "Trường nhập trực tiếp"
    assert window.selected_school().name == "Trường Tiểu học An Lạc" == on_screen(window, "name")[1]
    window.refresh_action.trigger()                  # a refresh keeps the order the officer chose
    assert on_screen(window, "name") == ["Trường THCS Hòa Bình", "Trường Tiểu học An Lạc", "Trường THPT Ngô Quyền"]
    window.close()


def test_a_damaged_bundle_is_refused_in_the_window_and_the_office_file_is_unchanged(qtbot, tmp_path, monkeypatch,
                                                                                     quiet_boxes, reports):
    so = new_province(tmp_path / "so")
    junk = tmp_path / "hong.kehoach-tonghop.zip"
    junk.write_bytes(b"PK\x03\x04" + bytes(500))
    window = DistrictWindow(so)
    qtbot.addWidget(window)
    before = digest(so)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a: ([str(junk)], ""))
    window.import_action.trigger()
    [shown] = reports
    assert [r.outcome for r in shown] == [REFUSED] and "Tệp tổng hợp «hong.kehoach-tonghop.zip» bị từ chối" in shown[0].message
    assert window.stack.currentWidget() is window.empty
    window.close()
    assert digest(so) == before


def test_an_office_with_no_school_cannot_export_and_says_why(qtbot, tmp_path, monkeypatch, quiet_boxes):
    window = DistrictWindow(new_commune(tmp_path / "xa"))
    qtbot.addWidget(window)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(tmp_path / "x.zip"), ""))
    window.bundle_action.trigger()
    assert quiet_boxes and "chưa có trường nào" in quiet_boxes[0] and not (tmp_path / "x.zip").exists()
    window.close()
