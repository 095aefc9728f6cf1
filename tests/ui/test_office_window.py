"""The office window since 01/7/2025: «Cơ quan quản lý», not «Phòng GD&ĐT»; a school year to look at
(this one first), each school's plan of that year; an old Phòng GD&ĐT file told to become today's
office, through «Thông tin cơ quan…»; and a window that fits 1024×768 and 1366×768."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QToolBar

from kehoach_desktop.domain.office import new_identity
from kehoach_desktop.domain.school_year import current_school_year
from kehoach_desktop.store.district import create_office
from kehoach_desktop.store.district_office import identity_history
from kehoach_desktop.ui.district.office_dialog import OfficeDialog
from kehoach_desktop.ui.district.school_model import SchoolModel
from kehoach_desktop.ui.district.window import DistrictWindow
from kehoach_desktop.ui.screen_fit import fit_to_screen
from tests.reports.pdftext import text
from tests.store.exchange_helpers import exported_school, exported_with_next_year
from tests.ui.test_district_window import quiet_boxes  # noqa: F401 (fixture)
from tests.ui.window_helpers import type_text

OLD_FILE = Path(__file__).resolve().parents[1] / "store" / "fixtures" / "district-v1.db"
THIS_YEAR = int(current_school_year()[:4])
NEXT_YEAR = f"{THIS_YEAR + 1}-{THIS_YEAR + 2}"


@pytest.fixture
def commune_window(qtbot, tmp_path, quiet_boxes) -> DistrictWindow:
    office = create_office(tmp_path / "vinh-hai.db", new_identity(
        "xa", commune="xã Vĩnh Hải", province="thành phố Hải Phòng", signer_name="Nguyễn Thị Hoa"))
    window = DistrictWindow(office)
    qtbot.addWidget(window)
    window.import_paths([exported_with_next_year(tmp_path / "a", THIS_YEAR),
                         exported_school(tmp_path / "b", code="79760202", name="Trường THCS Lê Lợi", rows=6,
                                         year=THIS_YEAR - 1)], show_report=False)
    return window


def cell(window: DistrictWindow, row: int, key: str):
    return window.model.index(row, SchoolModel.FIXED.index(key)).data()


def visible_words(window) -> list[str]:
    """What the officer reads: the title bar, every label, every toolbar and menu entry."""
    words = [window.windowTitle()] + [label.text() for label in window.findChildren(QLabel) if label.isVisible()]
    words += [action.text() for toolbar in window.findChildren(QToolBar) for action in toolbar.actions()]
    words += [toolbar.windowTitle() for toolbar in window.findChildren(QToolBar)]
    return words


def test_the_office_window_says_co_quan_quan_ly_and_shows_each_schools_plan_of_the_year(qtbot, commune_window):
    window = commune_window
    window.show()
    assert window.windowTitle() == "Phòng Văn hóa - Xã hội xã Vĩnh Hải — Kế hoạch (Cơ quan quản lý)"
    assert window.findChild(QToolBar).windowTitle() == "Cơ quan quản lý"
    assert not any("Phòng GD" in words for words in visible_words(window))
    assert not window.banner.isVisible()
    # This school year: Hòa Bình's running plan (its late rows and all), not the draft it made for next year.
    assert window.year.currentData() == current_school_year() and window.year.isVisible()
    assert (cell(window, 0, "year"), cell(window, 0, "rows")) == (current_school_year(), 15)
    assert cell(window, 0, "late") and cell(window, 0, "percent") != "0%"
    assert (cell(window, 1, "name"), cell(window, 1, "year"), cell(window, 1, "rows")) == ("Trường THCS Lê Lợi", "—", "")
    assert "2 trường, 1 có kế hoạch năm học " + current_school_year() in window.caption.text()
    assert "UBND xã/phường/đặc khu — Phòng Văn hóa - Xã hội" in window.caption.text()
    years = [window.year.itemData(i) for i in range(window.year.count())]
    assert years == [NEXT_YEAR, current_school_year(), f"{THIS_YEAR - 1}-{THIS_YEAR}"]
    window.year.setCurrentIndex(window.year.findData(NEXT_YEAR))      # the officer picks next year
    assert (cell(window, 0, "year"), cell(window, 0, "percent")) == (NEXT_YEAR, "0%")
    assert cell(window, 1, "year") == "—"
    window.year.setCurrentIndex(window.year.findData(f"{THIS_YEAR - 1}-{THIS_YEAR}"))
    assert (cell(window, 0, "year"), cell(window, 1, "rows")) == ("—", 6)


def test_the_summary_printed_from_the_window_has_the_offices_letterhead_and_the_year(qtbot, commune_window, tmp_path):
    out = commune_window.print_summary(str(tmp_path / "tong-hop.pdf"))
    flat = " ".join(text(out).split())
    assert "UBND XÃ VĨNH HẢI PHÒNG VĂN HÓA - XÃ HỘI" in flat and "/BC-VHXH" in flat
    assert f"năm học {current_school_year()}" in flat and "Nguyễn Thị Hoa" in flat
    assert "- UBND xã Vĩnh Hải (b/c); - Lưu: VT." in flat


def test_an_old_phong_gd_dt_file_is_told_to_become_todays_office(qtbot, tmp_path, quiet_boxes, monkeypatch):
    path = shutil.copyfile(OLD_FILE, tmp_path / "q3.db")
    window = DistrictWindow(path)
    qtbot.addWidget(window)
    window.show()
    assert window.banner.isVisible() and "Phòng GD&ĐT Quận 3" in window.banner.text()
    window.year.setCurrentIndex(window.year.findData("2024-2025"))       # its schools' plans, history kept
    assert [cell(window, r, "rows") for r in range(2)] == [15, 6]

    def fill(dialog: OfficeDialog) -> int:
        assert dialog.kind.currentData() == "district"          # what the file is, until changed
        dialog.kind.setCurrentIndex(dialog.kind.findData("commune"))
        type_text(dialog.commune, "phường Bàn Cờ")
        type_text(dialog.province, "thành phố Hồ Chí Minh")
        assert dialog.edits["governing_body"].text() == "UBND PHƯỜNG BÀN CỜ"
        dialog.edits["signer_name"].clear()
        type_text(dialog.edits["signer_name"], "Lê Văn Tám")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.Ok).click()
        return dialog.result()

    monkeypatch.setattr(OfficeDialog, "exec", fill)
    window.office_action.trigger()
    assert not window.banner.isVisible()
    assert window.windowTitle().startswith("Phòng Văn hóa - Xã hội phường Bàn Cờ")
    history = identity_history(window.db)
    assert [(i.kind, i.since) for i in history] == [("district", ""), ("commune", "2025-07-01")]
    assert history[-1].signer_name == "Lê Văn Tám"
    assert [cell(window, r, "rows") for r in range(2)] == [15, 6]       # the imports are untouched
    window.close()


def test_a_new_office_needs_its_commune_before_it_is_saved(qtbot):
    dialog = OfficeDialog(None)
    qtbot.addWidget(dialog)
    assert dialog.kind.currentData() == "commune"
    assert "Phòng GD&ĐT (trước 01/7/2025)" not in [dialog.kind.itemText(i) for i in range(dialog.kind.count())]
    assert "Chưa xác minh" in dialog.note.text()          # the letterhead is inferred, and says so
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.Ok).click()
    assert dialog.result_identity is None and "xã Vĩnh Hải" in dialog.error.text()
    type_text(dialog.commune, "xã Vĩnh Hải")
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.Ok).click()
    identity = dialog.result_identity
    assert identity is not None and identity.recipients == ("UBND xã Vĩnh Hải (b/c)", "Lưu: VT")
    assert (identity.governing_body, identity.office_line) == ("UBND XÃ VĨNH HẢI", "PHÒNG VĂN HÓA - XÃ HỘI")


# Available areas: 1024×768 and 1366×768 less a 40 px taskbar (as tests/ui/test_small_screens.py).
@pytest.mark.parametrize("area", [QRect(0, 0, 1024, 728), QRect(0, 0, 1366, 728)], ids=["1024x768", "1366x768"])
def test_the_office_window_fits_small_screens(qtbot, commune_window, monkeypatch, area, tmp_path):
    monkeypatch.setattr("kehoach_desktop.ui.screen_fit.available_area", lambda widget: area)
    window = commune_window
    fit_to_screen(window, (1366, 640))
    window.show()
    qtbot.wait(10)
    assert area.contains(window.geometry()) and window.minimumSizeHint().width() <= area.width()
    for widget in (window.year, window.title, window.table):
        assert widget.isVisible() and widget.visibleRegion().boundingRect().width() == widget.width(), widget
    toolbar = window.findChild(QToolBar)
    for action in toolbar.actions():             # nothing pushed behind the toolbar's » at this width
        button = toolbar.widgetForAction(action)
        assert button is not None and button.isVisible() and toolbar.rect().contains(button.geometry()), action.text()
    in_menus = {a for menu in window.menuBar().actions() for a in menu.menu().actions()}
    for action in (window.import_action, window.print_action, window.office_action, window.bundle_action,
                   *window.history.actions, window.view_action, window.refresh_action):
        assert action in in_menus, action.text()
    assert window.grab().save(str(tmp_path / f"office-{area.width()}.png"))
