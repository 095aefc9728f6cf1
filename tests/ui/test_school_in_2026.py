"""A principal moves the school to its commune in the school dialog; old plans keep their letterheads,
a 2026 plan still naming a district is warned about, and printing says so too."""
from __future__ import annotations

from PySide6.QtCore import Qt

from kehoach_desktop.store import plans
from kehoach_desktop.store.database import open_school_file
from tests.ui.window_helpers import (  # noqa: F401 (fixtures)
    TT18_PLAN, TT57_PLAN, on_disk, settings, type_text, warnings, window,
)


def school_on_disk(path):
    db = open_school_file(path, read_only=True)
    try:
        return plans.get_school(db)
    finally:
        db.close()


def type_into(qtbot, edit, text: str) -> None:
    qtbot.mouseClick(edit, Qt.LeftButton)
    edit.selectAll()
    type_text(edit, text)


def test_typing_the_commune_proposes_its_ubnd_and_a_body_typed_by_hand_is_kept(qtbot, window, demo_file, monkeypatch):
    from kehoach_desktop.ui.dialogs.school_dialog import SchoolDialog

    def move(dialog):
        form = dialog.form
        type_into(qtbot, form.edits["commune"], "xã Vĩnh Hải")
        type_into(qtbot, form.edits["province"], "thành phố Hải Phòng")
        assert form.edits["governing_body"].text() == "UBND XÃ VĨNH HẢI"
        assert form.edits["receiving_office"].text() == "Phòng Văn hóa - Xã hội xã Vĩnh Hải"
        assert form.edits["place"].text() == "Vĩnh Hải"
        assert "UBND xã" in form.proposal_note.text()
        type_into(qtbot, form.edits["governing_body_sentence"], "Ủy ban nhân dân xã Vĩnh Hải")
        type_into(qtbot, form.edits["commune"], "phường Vĩnh Hải")      # the proposal follows again…
        assert form.edits["governing_body"].text() == "UBND PHƯỜNG VĨNH HẢI"
        assert form.edits["governing_body_sentence"].text() == "Ủy ban nhân dân xã Vĩnh Hải"   # …but not there
        dialog.accept()
        return 1

    monkeypatch.setattr(SchoolDialog, "exec", move)
    window.menu_actions.school_info.trigger()
    school = school_on_disk(demo_file)
    assert (school.governing_body, school.commune, school.province) == (
        "UBND PHƯỜNG VĨNH HẢI", "phường Vĩnh Hải", "thành phố Hải Phòng")
    # the plans keep the bodies of their own dates
    assert on_disk(demo_file, TT18_PLAN).governing_body == "UBND HUYỆN AN PHÚ"
    assert on_disk(demo_file, TT57_PLAN).governing_body == "UBND XÃ HÒA BÌNH"


def test_an_upper_secondary_school_is_proposed_the_so_with_the_unverified_note(qtbot):
    from kehoach_desktop.ui.dialogs.school_dialog import SchoolDialog
    dialog = SchoolDialog(None)
    qtbot.addWidget(dialog)
    form = dialog.form
    form.edits["name"].setText("Trường THPT Lê Lợi")
    form.edits["province"].setText("thành phố Hải Phòng")
    form.edits["commune"].setText("phường Lê Chân")
    assert form.edits["governing_body"].text() == "SỞ GD&ĐT HẢI PHÒNG"
    assert "Chưa xác minh" in form.proposal_note.text()


def test_a_school_still_named_after_its_district_is_told_so_in_the_dialog(qtbot):
    from kehoach_desktop.domain.plan import School
    from kehoach_desktop.ui.dialogs.school_dialog import SchoolDialog
    dialog = SchoolDialog(School(name="Trường THCS Đồng Minh", code="31-DM-001", governing_body="UBND HUYỆN VĨNH BẢO"))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.form.outdated.isVisible() and "huyện" in dialog.form.outdated.text()
    dialog.form.edits["governing_body"].setText("UBND XÃ VĨNH HẢI")
    assert not dialog.form.outdated.isVisible()


def test_a_2026_plan_dialog_warns_of_a_district_on_its_letterhead_and_still_saves(qtbot, window, demo_file):
    from kehoach_desktop.ui.dialogs.plan_dialog import PlanDialog
    window.session.load(TT57_PLAN)
    dialog = PlanDialog(window.session.plan, window.document.catalogs, "thcs", True, window,
                        school=window.document.school)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.outdated.isVisible()
    assert dialog.governing_body.text() == "UBND XÃ HÒA BÌNH"
    dialog.governing_body.setText("UBND HUYỆN AN PHÚ")
    dialog.recipients.set_lines(["Phòng GDĐT (b/c)", "Lưu: VT"])
    assert dialog.outdated.isVisible()
    assert "UBND XÃ HÒA BÌNH" in dialog.outdated.text()                       # the suggestion
    assert "Phòng Văn hóa - Xã hội xã Hòa Bình" in dialog.outdated.text()
    dialog.accept()
    assert dialog.result_plan is not None and dialog.result_plan.governing_body == "UBND HUYỆN AN PHÚ"


def test_the_2024_plan_keeps_its_district_without_a_warning(qtbot, window):
    from kehoach_desktop.ui.dialogs.plan_dialog import PlanDialog
    window.session.load(TT18_PLAN)
    dialog = PlanDialog(window.session.plan, window.document.catalogs, "thcs", True, window,
                        school=window.document.school)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.governing_body.text() == "UBND HUYỆN AN PHÚ"
    assert not dialog.outdated.isVisible()


def test_printing_a_2026_plan_that_names_a_district_prints_and_says_so(qtbot, window, demo_file, monkeypatch):
    from kehoach_desktop.ui.print_ops import PrintOps
    db = open_school_file(demo_file)
    plan = plans.get_plan(db, TT57_PLAN, with_rows=False)
    plan.governing_body = "UBND HUYỆN AN PHÚ"
    plans.save_plan_header(db, plan)
    db.close()
    shown = []
    monkeypatch.setattr(PrintOps, "show_preview", lambda self, path, title: shown.append((path, title)))
    window.session.load(TT57_PLAN)
    window.menu_actions.print_plan.trigger()
    [(path, title)] = shown
    assert path.exists() and "huyện" in title
    assert "UBND XÃ HÒA BÌNH" in window.statusBar().currentMessage()
