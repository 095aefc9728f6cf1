"""From the self-assessment to the plan and to next year, and the assessment's papers, from the window's menus.

A principal whose 2025-2026 report is written opens the 2026-2027 plan (Biểu 2), takes a weakness of
the report into section IV and gets a plan row citing it; Ctrl+Z takes the row back. Next year's
report starts from this one. The papers print through the same preview as the plan's.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog

from kehoach_desktop.domain.fields import plan_fields, value_of
from kehoach_desktop.domain.plan import Plan, PriorityProblem
from kehoach_desktop.store import plans
from kehoach_desktop.store.evidence_items import list_items
from kehoach_desktop.store.self_assessment import load_assessment
from kehoach_desktop.ui.dialogs.plan_dialog import PlanDialog
from kehoach_desktop.ui.dialogs.problems_dialog import ProblemsDialog
from tests.ui.test_assessment_dialogs import (  # noqa: F401 (fixtures)
    YEAR, answer, click_ok, demo_file, previews, read, school, write,
)
from tests.ui.window_helpers import settings, warnings, window  # noqa: F401 (fixtures)

NEXT = "2026-2027"


@pytest.fixture
def plan_2026(school) -> int:
    """The school's 2026-2027 plan on the 2026 form, with an empty section IV."""
    return write(school, plans.save_plan, Plan(NEXT, "tt57-pt", number="20/KH-THCS"))


def tick(dialog: ProblemsDialog, row: int) -> None:
    model = dialog.table.model()
    assert model.setData(model.index(row, 0), Qt.Checked, Qt.CheckStateRole)


def test_a_weakness_becomes_section_ivs_problem_1_and_a_plan_row_citing_it_and_ctrl_z_removes_the_row(
        window, school, plan_2026, monkeypatch):
    window.session.load(plan_2026)
    weakness = "Một số yêu cầu Mức 2 chưa đạt."

    def choose(dialog: ProblemsDialog):
        assert "2025-2026" in dialog.windowTitle()        # last year's report feeds this year's plan
        assert dialog.ticked_rows() == []                  # nothing chosen for the principal
        standard_3 = [p.standard for p in dialog.candidates].index("Tiêu chuẩn 3")
        assert dialog.candidates[standard_3].weakness == weakness
        assert dialog.candidates[standard_3].criteria == "3.3, 3.5"
        click_ok(dialog)                                   # none ticked: refused, with a word
        assert dialog.result() != QDialog.Accepted and dialog.error.text() == "Chưa chọn vấn đề nào."
        tick(dialog, standard_3)
        assert dialog.count.text() == f"Đã chọn 1/{len(dialog.candidates)} vấn đề."
        dialog.make_rows.setChecked(True)
        click_ok(dialog)
    answer(monkeypatch, window, choose)
    rows_before = len(window.session.model.rows)
    window.menu_actions.propose_problems.trigger()

    plan = read(school, plans.get_plan, plan_2026)
    assert [p.weakness for p in plan.priority_problems] == [weakness]
    assert plan.priority_problems[0].cause == "điều kiện cơ sở vật chất còn hạn chế."
    assert len(plan.rows) == rows_before + 1
    row = plan.rows[-1] if rows_before == 0 else next(r for r in plan.rows if r.content == weakness)
    assert (row.content, row.criterion_code, value_of(row, plan_fields()["problem"])) == (weakness, "3.3", "1")

    undo = window.menu_actions.undo
    assert QKeySequence("Ctrl+Z") in undo.shortcuts()
    undo.trigger()
    plan = read(school, plans.get_plan, plan_2026)
    assert len(plan.rows) == rows_before and [p.weakness for p in plan.priority_problems] == [weakness]
    undo.trigger()                                          # and then section IV as it was
    assert read(school, plans.get_plan, plan_2026).priority_problems == []


def test_a_second_proposal_numbers_on_and_does_not_offer_a_problem_twice(window, school, plan_2026, monkeypatch):
    window.session.load(plan_2026)
    first = PriorityProblem("Tiêu chuẩn 1", "", "", "Một số yêu cầu Mức 2 chưa đạt.",
                            "điều kiện cơ sở vật chất còn hạn chế.")
    plan = read(school, plans.get_plan, plan_2026)
    plan.priority_problems = [first]
    write(school, plans.save_plan_header, plan)
    window.session.load(plan_2026)

    def choose(dialog: ProblemsDialog):
        assert not dialog.table.item(0, 0).flags() & Qt.ItemIsEnabled     # already in section IV
        tick(dialog, 0)
        short = next(n for n, p in enumerate(dialog.candidates) if p.criteria == "3.5")
        tick(dialog, short)
        assert dialog.ticked_rows() == [short]
        dialog.make_rows.setChecked(True)
        click_ok(dialog)
    answer(monkeypatch, window, choose)
    window.menu_actions.propose_problems.trigger()
    plan = read(school, plans.get_plan, plan_2026)
    assert len(plan.priority_problems) == 2
    assert [value_of(r, plan_fields()["problem"]) for r in plan.rows if r.criterion_code == "3.5"] == ["2"]


def test_the_plan_header_dialog_proposes_from_the_report_into_section_iv(window, school, plan_2026, monkeypatch):
    window.session.load(plan_2026)
    dialog = PlanDialog(window.session.plan, window.document.catalogs, "thcs", False, window)

    def choose(problems: ProblemsDialog):
        assert not problems.make_rows.isVisibleTo(problems)    # rows come from the menu, once the plan is saved
        tick(problems, 0)
        click_ok(problems)
    answer(monkeypatch, window, choose)
    dialog.propose.click()
    assert [p.standard for p in dialog.problems.records()] == ["Tiêu chuẩn 1"]


def test_a_2018_plan_has_no_section_iv_to_propose_into(window, warnings):  # noqa: F811
    assert window.session.plan.framework_id == "tt18"
    window.menu_actions.propose_problems.trigger()
    assert "mẫu cũ" in warnings[-1]


def test_next_years_report_starts_from_this_years_texts_and_register(window, school, warnings, monkeypatch):  # noqa: F811
    questions = []
    monkeypatch.setattr(window.assessment, "ask", lambda title, text, yes: questions.append(text) or len(questions) > 1)
    window.assessment.set_year(YEAR)
    window.menu_actions.next_assessment.trigger()             # the principal says «Không»: nothing is made
    assert read(school, load_assessment, NEXT) is None and "năm học 2026-2027" in questions[0]
    window.menu_actions.next_assessment.trigger()
    this, fresh = read(school, load_assessment, YEAR), read(school, load_assessment, NEXT)
    assert fresh is not None and fresh.texts["context"] == this.texts["context"]
    assert fresh.criterion("1.1").finding(1).text == this.criterion("1.1").finding(1).text
    assert fresh.criterion("1.1").finding(1).met is None                 # judged anew
    assert "Kế hoạch cải tiến chất lượng năm học 2025-2026" in fresh.texts["previous_plan"]
    assert [i.code for i in read(school, list_items, NEXT)] == [i.code for i in read(school, list_items, YEAR)]
    assert window.assessment.current_year() == NEXT
    assert "Đã lập báo cáo tự đánh giá năm học 2026-2027" in window.statusBar().currentMessage()
    window.assessment.set_year(YEAR)
    window.menu_actions.next_assessment.trigger()                          # never over a report that exists
    assert "Đã có báo cáo tự đánh giá năm học 2026-2027" in warnings[-1]


def test_the_report_and_the_evidence_list_print_and_the_report_goes_to_word(
        window, previews, monkeypatch, tmp_path):  # noqa: F811
    pytest.importorskip("kehoach_desktop.reports.assessment")
    pytest.importorskip("kehoach_desktop.reports.docx_assessment")
    window.assessment.set_year(YEAR)
    window.menu_actions.print_assessment.trigger()
    assert len(previews) == 1 and "Báo cáo tự đánh giá năm học 2025-2026" in previews[0].windowTitle()
    assert window.printing.last_pdf.read_bytes()[:5] == b"%PDF-"
    window.menu_actions.print_evidence.trigger()
    assert len(previews) == 2 and window.printing.last_pdf.name == f"danh-muc-minh-chung-{YEAR}.pdf"
    target = tmp_path / "bao-cao"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.menu_actions.assessment_word.trigger()
    assert Path(str(target) + ".docx").read_bytes()[:2] == b"PK"
    assert "Đã xuất báo cáo tự đánh giá ra tệp Word" in window.statusBar().currentMessage()


def test_a_file_without_a_report_says_so_instead_of_printing(qtbot, settings, warnings, tmp_path, previews):  # noqa: F811
    from kehoach_desktop.ui.main_window import MainWindow
    from tests.store.school_factory import make_school
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.open_document(make_school(tmp_path / "moi.db"))
    for action in (win.menu_actions.print_assessment, win.menu_actions.print_evidence,
                   win.menu_actions.print_council, win.menu_actions.next_assessment):
        assert action.isEnabled()
        action.trigger()
        assert "Chưa có báo cáo tự đánh giá năm học" in warnings[-1]
    assert previews == []


def test_the_usb_stick_pulled_while_choosing_says_so_and_nothing_pretends_to_be_written(
        window, school, plan_2026, monkeypatch, warnings):  # noqa: F811
    window.session.load(plan_2026)

    def choose_then_pull(dialog: ProblemsDialog):
        tick(dialog, 0)
        dialog.make_rows.setChecked(True)
        os.remove(school)                                   # the stick is gone before «Thêm vào mục IV»
        click_ok(dialog)
    answer(monkeypatch, window, choose_then_pull)
    window.menu_actions.propose_problems.trigger()
    assert "USB" in warnings[-1] and window.undo.count() == 0
    warnings.clear()
    answer(monkeypatch, window, click_ok)
    window.menu_actions.council.trigger()                   # a council saved afterwards: said too
    assert "USB" in warnings[-1]


def test_a_report_made_by_mistake_is_deleted_after_a_question_and_its_register_stays(
        window, school, monkeypatch):  # noqa: F811
    answers = iter([False, True])
    monkeypatch.setattr(window.assessment, "ask", lambda title, text, yes: next(answers))
    window.assessment.set_year(YEAR)
    window.menu_actions.delete_assessment.trigger()            # «Không»: kept
    assert read(school, load_assessment, YEAR) is not None
    window.menu_actions.delete_assessment.trigger()
    assert read(school, load_assessment, YEAR) is None
    assert len(read(school, list_items, YEAR)) == 150
    assert "Đã xóa báo cáo tự đánh giá năm học 2025-2026" in window.statusBar().currentMessage()
