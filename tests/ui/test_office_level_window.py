"""In the office window (#18 item 4): the commune officer imports two schools, one with a Mức 2 self-assessment
and one without, picks the school year, reads «Mức 2» and a blank in «Mức tự đánh giá» with the why in the
tooltip, sorts by it, opens the school to see the council, the approval, the evidence and each criterion's
result, and prints the summary with the count per level; the table still fits 1024×768."""
from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, Qt

from kehoach_desktop.domain.office import new_identity
from kehoach_desktop.store.district import create_office
from kehoach_desktop.store.exchange import export_for_district
from kehoach_desktop.ui.district.school_model import SchoolModel
from kehoach_desktop.ui.district.school_view import SchoolView
from kehoach_desktop.ui.district.window import DistrictWindow
from tests.assessment.factory import make_assessment
from tests.reports.pdftext import text
from tests.store.exchange_helpers import BASE_TIME
from tests.store.school_factory import make_school
from tests.ui.test_district_window import quiet_boxes  # noqa: F401 (fixture)

YEAR = "2025-2026"
LEVEL = SchoolModel.FIXED.index("level")


@pytest.fixture(scope="module")
def exports(tmp_path_factory):
    folder = tmp_path_factory.mktemp("schools")
    stick = folder / "usb"
    stick.mkdir()
    assessed = make_assessment(folder / "hoa-binh.db")
    plain = make_school(folder / "le-loi.db", code="79760202", name="Trường THCS Lê Lợi", rows=6)
    return [export_for_district(s, stick, now=BASE_TIME + timedelta(minutes=n)).path
            for n, s in enumerate((assessed, plain))]


@pytest.fixture
def window(qtbot, tmp_path, exports, quiet_boxes) -> DistrictWindow:
    office = create_office(tmp_path / "vinh-hai.db", new_identity(
        "xa", commune="xã Vĩnh Hải", province="thành phố Hải Phòng", signer_name="Nguyễn Thị Hoa"))
    window = DistrictWindow(office)
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    window.import_paths(exports, show_report=False)
    window.year.setCurrentIndex(window.year.findData(YEAR))      # the officer picks the year assessed
    return window


def levels(window: DistrictWindow) -> list[tuple[str, str]]:
    return [(window.proxy.index(r, SchoolModel.FIXED.index("name")).data(), window.proxy.index(r, LEVEL).data())
            for r in range(window.proxy.rowCount())]


def click_header(qtbot, window: DistrictWindow, column: int) -> None:
    header = window.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(column) + header.sectionSize(column) // 2, 5))


def test_the_overview_shows_mức_2_and_a_blank_with_why_and_sorts_by_it(qtbot, window):
    assert window.model.headerData(LEVEL, Qt.Horizontal) == "Mức tự đánh giá"
    assert levels(window) == [("Trường THCS Hòa Bình", "Mức 2"), ("Trường THCS Lê Lợi", "")]
    why = window.proxy.index(0, LEVEL).data(Qt.ToolTipRole)
    assert why.startswith(f"Tự đánh giá năm học {YEAR}") and "Đạt Mức 2: tất cả tiêu chí bắt buộc" in why
    assert "chưa gửi báo cáo tự đánh giá" in window.proxy.index(1, LEVEL).data(Qt.ToolTipRole)
    assert window.model.headerData(LEVEL, Qt.Horizontal, Qt.ToolTipRole) == (
        "Mức 2: 1 trường, Mức 1: 0, Chưa đạt: 0, Chưa gửi: 1")
    click_header(qtbot, window, LEVEL)          # ascending: the school that sent nothing first
    assert [level for _, level in levels(window)] == ["", "Mức 2"]
    click_header(qtbot, window, LEVEL)
    assert [level for _, level in levels(window)] == ["Mức 2", ""]
    window.year.setCurrentIndex(window.year.findData("2026-2027"))    # no assessment of that year: blanks
    assert [level for _, level in levels(window)] == ["", ""]


def test_the_table_fits_1024_and_keeps_the_school_name_readable(window):
    header = window.table.horizontalHeader()
    name = SchoolModel.FIXED.index("name")
    longest = max(window.fontMetrics().horizontalAdvance(n) for n, _ in levels(window))
    assert header.sectionSize(name) > longest
    right = header.sectionViewportPosition(LEVEL) + header.sectionSize(LEVEL)
    assert right <= window.table.viewport().width()           # the level is on screen without scrolling
    assert window.width() <= 1024


def test_the_schools_view_shows_the_assessment_summary_and_each_criterion(qtbot, window):
    window.table.selectRow(0)
    window.view_action.trigger()
    [view] = window.findChildren(SchoolView)
    assert view.level.text() == f"Tự đánh giá năm học {YEAR}: Mức 2 · hội đồng 7 thành viên · 150 minh chứng"
    view.tabs.setCurrentWidget(view.assessment)
    panel = view.assessment
    assert panel.heading.text() == f"Tự đánh giá năm học {YEAR}: Mức 2"
    details = panel.details.text()
    assert "Hội đồng tự đánh giá: 7 thành viên (Quyết định số 15/QĐ-THCS ngày 10/01/2026)" in details
    assert "Báo cáo chưa ghi ngày phê duyệt" in details and "150 minh chứng" in details
    table = panel.criteria
    rows = {table.item(r, 0).text(): table.item(r, 2).text() for r in range(table.rowCount())}
    assert len(rows) == 15 and list(rows)[0] == "1.1" and list(rows)[-1] == "4.3"
    assert (rows["3.3"], rows["3.5"], rows["1.3"]) == ("Mức 1", "Mức 1", "Mức 2")
    assert "(bắt buộc)" in table.item(2, 1).text()
    view.close()
    window.table.selectRow(1)
    plain = window.view_selected()
    assert plain.level.text() == "Chưa có báo cáo tự đánh giá trong tệp trường gửi lên."
    assert plain.assessment.criteria.isHidden()
    plain.close()


def test_the_printed_summary_has_the_column_and_the_count_per_level(window, tmp_path):
    flat = " ".join(text(window.print_summary(str(tmp_path / "tong-hop.pdf"))).split())
    assert "Mức tự đánh giá" in flat and "Mức 2 " in flat
    assert "Mức 2: 1 trường, Mức 1: 0, Chưa đạt: 0, Chưa gửi: 1" in flat
