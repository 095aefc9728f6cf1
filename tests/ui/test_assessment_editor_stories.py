"""User stories of the «Tự đánh giá» tab: a principal writes and judges criteria beside the criteria tree."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from kehoach_desktop.store.database import open_school_file
from kehoach_desktop.store.self_assessment import load_assessment, save_assessment
from kehoach_desktop.ui.assessment_editor_level import MET, NOT_JUDGED, NOT_MET
from kehoach_desktop.ui.main_window import MainWindow
from tests.assessment.factory import make_assessment
from tests.ui.window_helpers import click_criterion, settings, type_text, warnings  # noqa: F401  (fixtures)

YEAR = "2025-2026"


def on_disk(path, year: str = YEAR):
    db = open_school_file(path, read_only=True)
    try:
        return load_assessment(db, year)
    finally:
        db.close()


@pytest.fixture
def assessed_file(tmp_path):
    """A THCS with its 2025-2026 report (Mức 2; 3.3 and 3.5 short of Mức 2) and criterion 1.1 still to write."""
    path = make_assessment(tmp_path / "truong.db")
    db = open_school_file(path)
    try:
        a = load_assessment(db, YEAR)
        del a.criteria["1.1"]
        save_assessment(db, a)
    finally:
        db.close()
    return path


def open_window(qtbot, settings, path, size=(1366, 768)) -> MainWindow:  # noqa: F811
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.resize(*size)
    win.open_document(path)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def window(qtbot, settings, warnings, assessed_file) -> MainWindow:  # noqa: F811
    return open_window(qtbot, settings, assessed_file)


def assessment_tab(win: MainWindow):
    win.tabs.setCurrentIndex(win.tabs.indexOf(win.assessment_page))
    return win.assessment_page


def type_into(qtbot, box, text: str) -> None:
    box.edit.setFocus()
    qtbot.waitUntil(box.edit.hasFocus, timeout=2000)
    box.edit.moveCursor(QTextCursor.End)
    type_text(box.edit, text)


def test_a_principal_writes_criterion_1_1_judges_it_and_finds_both_after_reopening(qtbot, window, settings,  # noqa: F811
                                                                                   assessed_file):
    page = assessment_tab(window)
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Tự đánh giá"
    assert window.tree.assessed_text("1.1") == "…"                 # not judged yet
    click_criterion(qtbot, window, "1.1")
    editor = page.criterion_editor
    assert editor.title.text().startswith("Tiêu chí 1.1: Tầm nhìn")
    assert "Nhà trường xác định mục tiêu" in editor.boxes[1].requirement.text()    # the catalog's Mức 1
    statement = "Nhà trường đã ban hành kế hoạch năm học theo quy định (MC.1.1.01)."
    type_into(qtbot, editor.boxes[1], statement)
    assert editor.boxes[1].unknown_codes == []                      # MC.1.1.01 is in the register
    editor.boxes[1].radios.button(MET).click()
    assert window.tree.assessed_text("1.1") == "Mức 1…"             # Mức 1 met, Mức 2 still to judge
    assert editor.result.text() == "Tự đánh giá: Tiêu chí đạt Mức 1; Mức 2 chưa đánh giá"
    window.menu_actions.close.trigger()                             # «Đóng tệp»
    assert window.document is None
    found = on_disk(assessed_file).criterion("1.1").finding(1)
    assert (found.text, found.met) == (statement, True)
    window.open_document(assessed_file)
    page = assessment_tab(window)
    click_criterion(qtbot, window, "1.1")
    box = page.criterion_editor.boxes[1]
    assert box.text() == statement
    assert box.radios.checkedId() == MET


def test_level_2_cannot_be_met_before_level_1(qtbot, window, assessed_file):
    page = assessment_tab(window)
    click_criterion(qtbot, window, "1.1")
    level_1, level_2 = page.criterion_editor.boxes[1], page.criterion_editor.boxes[2]
    assert not level_2.radios.button(MET).isEnabled()               # waits for Mức 1
    level_2.radios.button(MET).click()                              # a disabled button does nothing
    assert on_disk(assessed_file).criterion("1.1").finding(2).met is None
    level_1.radios.button(NOT_MET).click()
    assert not level_2.radios.button(MET).isEnabled()
    assert window.tree.assessed_text("1.1") == "Chưa đạt"
    level_1.radios.button(MET).click()
    assert level_2.radios.button(MET).isEnabled()
    level_2.radios.button(MET).click()
    assert on_disk(assessed_file).criterion("1.1").reached == 2
    assert window.tree.assessed_text("1.1") == "Mức 2"
    level_1.radios.button(NOT_JUDGED).click()                       # Mức 1 undone: Mức 2's Đạt goes with it
    assert level_2.radios.checkedId() == NOT_JUDGED and not level_2.radios.button(MET).isEnabled()
    assert on_disk(assessed_file).criterion("1.1").finding(2).met is None


def test_the_file_refuses_level_2_when_another_window_took_level_1_away_and_the_text_stays(
        qtbot, window, assessed_file):
    page = assessment_tab(window)
    click_criterion(qtbot, window, "3.3")                           # Mức 1 Đạt, Mức 2 Không đạt
    level_2 = page.criterion_editor.boxes[2]
    assert level_2.radios.button(MET).isEnabled()
    from kehoach_desktop.catalogs import framework
    from kehoach_desktop.store.self_assessment import save_finding
    db = open_school_file(assessed_file)                            # another window: Mức 1 no longer met
    try:
        save_finding(db, YEAR, "3.3", 1, met=False, framework=framework("tt57-pt"))
    finally:
        db.close()
    type_into(qtbot, level_2, " Đã bổ sung phòng học bộ môn.")
    level_2.radios.button(MET).click()
    assert "chưa đạt Mức 1" in level_2.problem.text() and level_2.problem.isVisibleTo(page)
    saved = on_disk(assessed_file).criterion("3.3")
    assert saved.finding(2).text.endswith("Đã bổ sung phòng học bộ môn.")   # her text is kept
    assert saved.finding(2).met is not True
    assert level_2.radios.checkedId() != MET


def test_an_unknown_code_is_shown_in_red(qtbot, window):
    page = assessment_tab(window)
    click_criterion(qtbot, window, "1.2")
    box = page.criterion_editor.boxes[1]
    type_into(qtbot, box, " Có biên bản họp (MC.1.1.77).")
    assert box.unknown_codes == ["MC.1.1.77"]
    shown = box.cited.text()
    assert "MC.1.1.77 không có trong danh mục minh chứng" in shown
    assert "color:#b00020" in shown.split("MC.1.1.77 không có")[0].rsplit("<span", 1)[1]
    assert "MC.1.2.01" in shown                                     # the known ones listed, not in red


def test_the_banner_goes_from_level_2_to_level_1_when_a_mandatory_criterion_loses_level_2(qtbot, window):
    page = assessment_tab(window)
    banner = page.banner
    click_criterion(qtbot, window, "1.2")
    page.criterion_editor.boxes[1].radios.button(MET).click()      # fill 1.1/1.2 so only 1.3 decides
    for code in ("1.1",):
        click_criterion(qtbot, window, code)
        page.criterion_editor.boxes[1].radios.button(MET).click()
        page.criterion_editor.boxes[2].radios.button(MET).click()
    assert banner.level_text() == "Mức đạt của nhà trường: Mức 2"
    assert window.tree.assessed_text("1.3") == "Mức 2"
    click_criterion(qtbot, window, "1.3")                           # mandatory
    assert window.tree._items["1.3"][0].text().startswith("1.3*")
    redraws = window.tree.assessment_updates
    page.criterion_editor.boxes[2].radios.button(NOT_MET).click()
    assert banner.level_text() == "Mức đạt của nhà trường: Mức 1"
    assert "1.3" in banner.why_label.text()
    assert window.tree.assessed_text("1.3") == "Mức 1"
    assert window.tree.assessment_updates == redraws + 1           # the tree redrew that criterion, once
    combo, level = banner.if_criterion, banner.if_level             # what if 1.3 reached Mức 2 again?
    combo.setCurrentIndex(combo.findData("1.3"))
    combo.activated.emit(combo.currentIndex())
    level.setCurrentIndex(level.findData(2))
    level.activated.emit(level.currentIndex())
    assert banner.if_result.text() == "Nếu tiêu chí 1.3 đạt Mức 2: nhà trường đạt Mức 2"


def test_the_picker_inserts_the_code_at_the_cursor_before_the_full_stop(qtbot, window):
    page = assessment_tab(window)
    click_criterion(qtbot, window, "1.1")
    box = page.criterion_editor.boxes[1]
    type_into(qtbot, box, "Nhà trường đã ban hành kế hoạch theo quy định.")
    box.pick_button.click()
    picker = page.picker
    qtbot.waitUntil(picker.isVisible, timeout=2000)
    assert picker.list.item(0).text().startswith("MC.1.1.01")      # the criterion's own items first
    qtbot.keyClicks(picker.search, "1.1.01")
    assert picker.codes() == ["MC.1.1.01"]
    picker.insert_button.click()
    assert box.text() == "Nhà trường đã ban hành kế hoạch theo quy định (MC.1.1.01)."
    qtbot.keyClicks(box.codes_edit, "MC.1.1.02")                    # typed codes go into the same bracket
    qtbot.keyClick(box.codes_edit, Qt.Key_Return)
    assert box.text() == "Nhà trường đã ban hành kế hoạch theo quy định (MC.1.1.01, MC.1.1.02)."


def test_typing_then_closing_the_window_at_once_loses_nothing(qtbot, window, assessed_file):
    page = assessment_tab(window)
    click_criterion(qtbot, window, "2.3")
    box = page.criterion_editor.boxes[2]
    type_into(qtbot, box, " Nhân viên được bồi dưỡng hằng năm.")
    typed = box.text()
    window.close()
    assert on_disk(assessed_file).criterion("2.3").finding(2).text == typed


def test_a_statement_is_written_when_typing_stops_and_when_another_criterion_is_chosen(qtbot, window, assessed_file):
    page = assessment_tab(window)
    click_criterion(qtbot, window, "1.1")
    box = page.criterion_editor.boxes[1]
    type_into(qtbot, box, "Kế hoạch năm học được ban hành đúng hạn.")
    qtbot.waitUntil(lambda: on_disk(assessed_file).criterion("1.1").finding(1).text != "", timeout=4000)
    type_into(qtbot, box, " Có điều chỉnh giữa kỳ.")
    click_criterion(qtbot, window, "1.2")                           # another criterion: written first
    assert on_disk(assessed_file).criterion("1.1").finding(1).text.endswith("Có điều chỉnh giữa kỳ.")
    click_criterion(qtbot, window, "1.1")
    type_into(qtbot, page.criterion_editor.boxes[2], "Rà soát kế hoạch.")
    window.tabs.setCurrentIndex(0)                                  # the plan's tab: written too
    assert on_disk(assessed_file).criterion("1.1").finding(2).text == "Rà soát kế hoạch."


def test_a_standards_review_is_edited_when_the_standard_is_clicked(qtbot, window, assessed_file):
    page = assessment_tab(window)
    tree = window.tree
    index = tree.proxy.index(1, 0)                                  # «Tiêu chuẩn 2» as the tree emits it
    tree.view.activated.emit(index)
    editor = page.standard_editor
    assert editor.title.text().startswith("Đánh giá chung về Tiêu chuẩn 2")
    weaknesses = editor.fields["weaknesses"]
    weaknesses.setFocus()
    qtbot.waitUntil(weaknesses.hasFocus, timeout=2000)
    weaknesses.selectAll()
    type_text(weaknesses, "Thiếu giáo viên Tin học. Nguyên nhân: biên chế chưa đủ.")
    qtbot.keyClick(weaknesses, Qt.Key_Tab)                          # leaving the box writes it
    review = on_disk(assessed_file).standard(2)
    assert review.weaknesses == "Thiếu giáo viên Tin học. Nguyên nhân: biên chế chưa đủ."
    assert review.strengths == "Tiêu chuẩn 2 có nhiều điểm mạnh."


def test_in_the_plan_tab_a_criterion_still_selects_its_plan_row(qtbot, window):
    window.tabs.setCurrentIndex(0)
    click_criterion(qtbot, window, "2.2")
    row = window.session.model.row_at(window.table.currentIndex().row())
    assert row is not None and row.criterion_code == "2.2"
    assert window.assessment_page.showing is None
