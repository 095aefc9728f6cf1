"""The «Tự đánh giá» tab and its file: a new year's report, another writer, a read-only window, small screens."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kehoach_desktop.catalogs import framework
from kehoach_desktop.domain.assessment_texts import default_texts
from kehoach_desktop.domain.plan import Plan
from kehoach_desktop.store import plans
from kehoach_desktop.store.database import open_school_file
from kehoach_desktop.store.evidence_items import list_items
from kehoach_desktop.store.self_assessment import save_finding
from kehoach_desktop.ui.assessment_editor_level import MET
from kehoach_desktop.ui.assessment_editor_new import BLANK, FROM_LAST_YEAR
from tests.assessment.factory import make_assessment
from tests.ui.test_assessment_editor_stories import YEAR, assessment_tab, on_disk, open_window, type_into
from tests.ui.test_two_windows import _second_window
from tests.ui.window_helpers import TT57_PLAN, click_criterion, settings, warnings  # noqa: F401  (fixtures)

NEXT = "2026-2027"


def choose_plan(win, plan_id: int) -> None:
    box = win.plan_selector
    box.setCurrentIndex(box.findData(plan_id))
    box.activated.emit(box.currentIndex())


def choose_year_item(page, text_start: str) -> None:
    box = page.year_box
    index = next(i for i in range(box.count()) if box.itemText(i).startswith(text_start))
    box.setCurrentIndex(index)
    box.activated.emit(index)


@pytest.fixture
def asked(monkeypatch):
    """«Bắt đầu từ năm học trước?»: answered with ``asked.answer``; the questions asked are kept."""
    class Questions(list):
        answer = BLANK

    questions = Questions()

    def ask(page, previous, year):
        questions.append((previous, year))
        return questions.answer

    monkeypatch.setattr("kehoach_desktop.ui.assessment_page.AssessmentPage.ask_start", ask)
    return questions


@pytest.fixture
def two_year_file(tmp_path):
    """The factory's school (a 2025-2026 TT18 plan and report) with its 2026-2027 plan on Thông tư 57."""
    path = make_assessment(tmp_path / "truong.db")
    db = open_school_file(path)
    try:
        plans.save_plan(db, Plan(school_year=NEXT, framework_id="tt57-pt", number="12/KH-THCS"))
    finally:
        db.close()
    return path


def test_a_principal_makes_this_years_report_from_the_year_list(qtbot, settings, warnings, demo_file,  # noqa: F811
                                                                asked):
    win = open_window(qtbot, settings, demo_file)
    choose_plan(win, TT57_PLAN)                                     # the 2026-2027 plan, Thông tư 57
    page = assessment_tab(win)
    # the demo's own report, if it has one, is 2025-2026's: the list offers to make the plan's year
    assert page.create_button.isVisible() == (page.year is None)
    choose_year_item(page, f"Tạo báo cáo tự đánh giá năm học {NEXT}")
    made = on_disk(demo_file, NEXT)
    assert made is not None and made.framework_id == "tt57-pt" and made.texts == default_texts()
    assert asked in ([], [("2025-2026", NEXT)])                     # asked only if last year's report exists
    assert page.year == NEXT and page.year_box.currentData() == NEXT
    assert page.banner.level_text() == "Mức đạt của nhà trường: Chưa đạt Mức 1"
    assert page.banner.unjudged_label.text() == "Còn 15 tiêu chí chưa đánh giá xong"
    assert win.tree.assessment_mode and win.tree.assessed_text("4.3") == "…"
    assert not any(page.year_box.itemText(i).startswith("Tạo") for i in range(page.year_box.count()))


def test_next_years_report_starts_from_last_years_with_its_register(qtbot, settings, warnings, two_year_file,  # noqa: F811
                                                                    asked):
    asked.answer = FROM_LAST_YEAR
    win = open_window(qtbot, settings, two_year_file)
    page = assessment_tab(win)
    new_plan = next(p for p in win.document.list_plans() if p.school_year == NEXT)
    choose_plan(win, new_plan.id)
    assert page.year == YEAR                                        # last year's report stays on screen …
    choose_year_item(page, f"Tạo báo cáo tự đánh giá năm học {NEXT}")     # … until she makes this year's
    assert asked == [(YEAR, NEXT)]
    made = on_disk(two_year_file, NEXT)
    last = on_disk(two_year_file, YEAR)
    assert made.criterion("1.2").finding(1).text == last.criterion("1.2").finding(1).text
    assert made.criterion("1.2").finding(1).met is None              # judged again this year
    assert made.texts["previous_plan"].startswith(f"Kế hoạch cải tiến chất lượng năm học {YEAR} có 15 nội dung")
    db = open_school_file(two_year_file, read_only=True)
    try:
        assert len(list_items(db, NEXT)) == 150                     # the register came along, codes kept
    finally:
        db.close()
    click_criterion(qtbot, win, "1.2")
    box = page.criterion_editor.boxes[1]
    assert box.text() and box.unknown_codes == [] and box.radios.checkedId() != MET
    assert win.tree.assessed_text("1.2") == "…"


def test_another_writer_judges_while_she_types_and_her_text_stays(qtbot, settings, warnings,  # noqa: F811
                                                                  tmp_path):
    path = make_assessment(tmp_path / "truong.db")
    win = open_window(qtbot, settings, path)
    page = assessment_tab(win)
    click_criterion(qtbot, win, "3.3")                              # Mức 1 Đạt, Mức 2 Không đạt
    level_1, level_2 = page.criterion_editor.boxes[1], page.criterion_editor.boxes[2]
    type_into(qtbot, level_2, " Đã có phòng học bộ môn.")
    typed = level_2.text()
    db = open_school_file(path)                                     # the command line or another window
    try:
        save_finding(db, YEAR, "3.3", 2, met=True, framework=framework("tt57-pt"))
        save_finding(db, YEAR, "3.3", 1, text="Viết lại ở cửa sổ khác.")
    finally:
        db.close()
    assert win.watch.check() is True
    assert level_2.text() == typed                                  # what she is typing stays
    assert level_2.radios.checkedId() == MET                        # the other writer's judgement shows
    assert level_1.text() == "Viết lại ở cửa sổ khác."              # a box she is not typing in follows the file
    assert win.tree.assessed_text("3.3") == "Mức 2"
    qtbot.keyClick(level_2.edit, Qt.Key_Tab)                        # she leaves the box: her text is written
    saved = on_disk(path).criterion("3.3")
    assert (saved.finding(2).text, saved.finding(2).met) == (typed, True)
    assert saved.finding(1).text == "Viết lại ở cửa sổ khác."


def test_a_read_only_window_shows_the_report_and_changes_nothing(qtbot, settings, warnings, tmp_path):  # noqa: F811
    path = make_assessment(tmp_path / "truong.db")
    open_window(qtbot, settings, path)
    other = _second_window(qtbot, settings, path, answer="readOnlyButton")
    page = assessment_tab(other)
    click_criterion(qtbot, other, "1.1")
    box = page.criterion_editor.boxes[1]
    assert box.edit.isReadOnly() and not box.radios.button(MET).isEnabled() and not box.pick_button.isEnabled()
    assert page.banner.level_text() == "Mức đạt của nhà trường: Mức 2"
    assert not any(page.year_box.itemText(i).startswith("Tạo") for i in range(page.year_box.count()))


@pytest.mark.parametrize("size", [(1024, 768), (1366, 768), (1093, 614)], ids=["1024x768", "1366x768", "125%"])
def test_the_editor_is_usable_on_small_screens(qtbot, settings, warnings, tmp_path, size):  # noqa: F811
    win = open_window(qtbot, settings, make_assessment(tmp_path / "truong.db"), size)
    page = assessment_tab(win)
    click_criterion(qtbot, win, "4.2")                              # the longest requirements of the catalog
    qtbot.wait(10)
    area = page.criterion_page
    assert not area.horizontalScrollBar().isVisible()               # nothing cut at the right
    for box in page.criterion_editor.boxes.values():
        for widget in (box.edit, box.radios.button(MET), box.pick_button, box.codes_edit):
            area.ensureWidgetVisible(widget)
            qtbot.wait(5)
            assert not widget.visibleRegion().isEmpty(), (size, widget)
            assert widget.visibleRegion().boundingRect().width() == widget.width(), (size, widget)
    assert page.banner.if_result.isVisible() and page.banner.level_label.isVisible()


def test_a_code_added_to_the_register_in_the_evidence_dialog_is_no_longer_red(qtbot, settings, warnings,  # noqa: F811
                                                                              tmp_path):
    from kehoach_desktop.domain.evidence_register import EvidenceItem
    from kehoach_desktop.store.evidence_items import add_item
    path = make_assessment(tmp_path / "truong.db")
    win = open_window(qtbot, settings, path)
    page = assessment_tab(win)
    click_criterion(qtbot, win, "1.2")
    box = page.criterion_editor.boxes[2]
    type_into(qtbot, box, " Có sổ theo dõi phối hợp (MC.1.2.11).")
    assert box.unknown_codes == ["MC.1.2.11"]
    typed = box.text()
    added = win.document.write(add_item, YEAR, EvidenceItem("", "Sổ theo dõi phối hợp"), framework("tt57-pt"),
                               criterion="1.2")                     # «Danh mục minh chứng…» adds the next code
    assert added.code == "MC.1.2.11"
    win.assessment.changed.emit(YEAR)                               # as the dialog says it wrote
    assert box.unknown_codes == [] and box.text() == typed
    assert on_disk(path).criterion("1.2").finding(2).text == typed
