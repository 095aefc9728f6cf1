"""The first-run wizard: the school's type follows the name being typed; a refusal goes once fixed."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWizard

from kehoach_desktop.catalogs import installed_catalogs
from kehoach_desktop.domain.plan import School
from kehoach_desktop.ui.dialogs.first_run import FirstRunWizard
from kehoach_desktop.ui.dialogs.school_dialog import SchoolDialog
from tests.ui.window_helpers import type_text


@pytest.fixture
def wizard(qtbot) -> FirstRunWizard:
    wizard = FirstRunWizard(installed_catalogs())
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def type_into(qtbot, edit, text: str) -> None:
    qtbot.mouseClick(edit, Qt.LeftButton)
    type_text(edit, text)


def test_typing_a_thcs_name_proposes_thcs_and_clears_the_missing_name_warning(qtbot, wizard):
    form = wizard.school_page.form
    wizard.button(QWizard.NextButton).click()                    # nothing typed yet
    assert wizard.currentPage() is wizard.school_page
    assert form.error.isVisible() and form.error.text() == "Chưa nhập tên trường."
    type_into(qtbot, form.edits["name"], "Trường THCS Hiệp Lực")
    assert form.level.currentText() == "Trung học cơ sở" and form.level.currentData() == "thcs"
    assert not form.error.isVisible()
    type_into(qtbot, form.edits["code"], "79000123")
    wizard.button(QWizard.NextButton).click()
    assert wizard.currentPage() is wizard.plan_page
    # a THCS's framework for the proposed year comes first: TT57 from 2026-2027, TT18 before
    year = int(wizard.plan_page.year.text()[:4])
    assert wizard.plan_page.framework.itemData(0) == ("tt57-pt" if year >= 2026 else "tt18")
    assert wizard.school().level == "thcs"


def test_a_type_picked_by_hand_is_kept_while_the_name_is_typed(qtbot, wizard):
    form = wizard.school_page.form
    type_into(qtbot, form.edits["name"], "Trường MN")
    assert form.level.currentData() == "mam_non"
    form.level.setFocus()
    qtbot.keyClick(form.level, Qt.Key_Down)                      # the user picks "Tiểu học"
    assert form.level.currentData() == "tieu_hoc"
    type_into(qtbot, form.edits["name"], " và THCS Hiệp Lực")
    assert form.level.currentData() == "tieu_hoc"


def test_the_missing_code_warning_stays_until_the_code_is_typed(qtbot, wizard):
    form = wizard.school_page.form
    type_into(qtbot, form.edits["name"], "Trường Tiểu học Kim Đồng")
    wizard.button(QWizard.NextButton).click()
    assert form.error.isVisible() and "mã trường" in form.error.text()
    type_into(qtbot, form.edits["principal"], "Nguyễn Văn A")    # another field: the warning stays
    assert form.error.isVisible()
    type_into(qtbot, form.edits["code"], "7")
    assert not form.error.isVisible()
    assert form.level.currentData() == "tieu_hoc"


def test_a_saved_schools_type_is_not_changed_by_editing_its_name(qtbot):
    dialog = SchoolDialog(School(name="Trường THPT Lê Lợi", code="79000001", level="thpt"))
    qtbot.addWidget(dialog)
    dialog.show()
    form = dialog.form
    type_into(qtbot, form.edits["name"], " (cơ sở THCS)")
    assert form.level.currentData() == "thpt"
    form.edits["code"].selectAll()
    qtbot.keyClick(form.edits["code"], Qt.Key_Delete)
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.Ok).click()
    assert form.error.isVisible() and dialog.result_school is None
    type_into(qtbot, form.edits["code"], "79000001")
    assert not form.error.isVisible()


def test_a_year_the_file_already_plans_is_refused_on_the_page_keeping_what_was_typed(qtbot):
    school = School(name="Trường THCS Hòa Bình", code="79000123", level="thcs")
    wizard = FirstRunWizard(installed_catalogs(), school, taken_years=frozenset({"2026-2027", "2027-2028"}))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.button(QWizard.NextButton).click()
    page = wizard.plan_page
    assert page.year.text() not in {"2026-2027", "2027-2028"}      # proposed: a year with no plan yet
    page.year.selectAll()
    type_text(page.year, "2026-2027")
    wizard.button(QWizard.FinishButton).click()
    assert wizard.isVisible() and wizard.currentPage() is page       # not closed: nothing lost
    assert page.year.text() == "2026-2027"
    assert page.error.isVisible() and "đã có kế hoạch năm học 2026-2027" in page.error.text()
