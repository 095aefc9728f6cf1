"""A principal's self-assessment from the menus: the council, the evidence register, the report's other texts.

Each story starts from «Tự đánh giá» in the menu bar (QAction.trigger), fills the dialog as a user
does (buttons clicked, cells set through the table's model, text typed into boxes) and checks the
school file through a fresh connection. A modal dialog is run by ``answer``: it stands in for the
user while the dialog is open, instead of ``exec``.
"""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QPlainTextEdit, QPushButton, QToolBar, QWidget

from kehoach_desktop.catalogs import framework as installed
from kehoach_desktop.domain import assessment_texts
from kehoach_desktop.domain.council import Council
from kehoach_desktop.store.database import open_school_file
from kehoach_desktop.store.evidence_items import list_items
from kehoach_desktop.store.self_assessment import load_assessment, save_assessment, save_finding
from kehoach_desktop.ui.dialogs.evidence_dialog import EvidenceDialog
from kehoach_desktop.ui.preview import PdfPreviewDialog
from tests.assessment.factory import make_assessment
from tests.ui.window_helpers import settings, type_text, warnings, window  # noqa: F401 (fixtures)

YEAR = "2025-2026"
FRAMEWORK = installed("tt57-pt")


def read(path: Path, fn, *args):
    db = open_school_file(path, read_only=True)
    try:
        return fn(db, *args)
    finally:
        db.close()


def write(path: Path, fn, *args):
    db = open_school_file(path)
    try:
        return fn(db, *args)
    finally:
        db.close()


@pytest.fixture
def demo_file(tmp_path) -> Path:
    """Here the window (tests/ui/window_helpers.py) opens a THCS with its 2025-2026 self-assessment: a
    council of 7, 150 evidence items, 3.3 and 3.5 short of Mức 2 (tests/assessment/factory.py)."""
    return make_assessment(tmp_path / "truong.db", year=YEAR)


@pytest.fixture
def school(demo_file) -> Path:
    return demo_file


@pytest.fixture
def previews(monkeypatch) -> list[PdfPreviewDialog]:
    opened: list[PdfPreviewDialog] = []
    monkeypatch.setattr(PdfPreviewDialog, "exec", lambda dialog: opened.append(dialog) or QDialog.Rejected)
    return opened


def answer(monkeypatch, window, act) -> list:
    """The next dialogs the assessment actions open are handled by ``act(dialog)`` (which clicks its
    buttons); each dialog is kept for the test to look at."""
    seen = []

    def run(dialog) -> bool:
        seen.append(dialog)
        act(dialog)
        return dialog.result() == QDialog.Accepted
    monkeypatch.setattr(window.assessment, "run_dialog", run)
    return seen


def click_ok(dialog) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.Ok).click()


def button(dialog, text: str) -> QPushButton:
    found = [b for b in dialog.findChildren(QPushButton) if b.text() == text]
    assert len(found) == 1, (text, [b.text() for b in dialog.findChildren(QPushButton)])
    return found[0]


def set_cell(table, row: int, column: int, text: str) -> None:
    assert table.model().setData(table.model().index(row, column), text)


# -- the council ----------------------------------------------------------------------------
def test_a_council_of_4_shows_the_warning_and_cannot_be_printed_with_7_the_warning_goes_and_the_pdf_is_made(
        window, school, monkeypatch, warnings, previews):  # noqa: F811
    a = read(school, load_assessment, YEAR)
    write(school, save_assessment, replace(a, council=Council("15/QĐ-THCS", a.council.decision_date,
                                                              a.council.members[:4])))
    window.assessment.set_year(YEAR)

    def look_and_save(dialog):
        assert dialog.table.rowCount() == 4
        assert "Hội đồng tự đánh giá có 4 thành viên; cần ít nhất 05" in dialog.problems.text()
        assert "khoản 1 Điều 9" in dialog.problems.text()
        click_ok(dialog)               # an incomplete council is kept: it is filled over several days
    answer(monkeypatch, window, look_and_save)
    window.menu_actions.council.trigger()
    assert len(read(school, load_assessment, YEAR).council.members) == 4
    assert "Còn 1 điều cần sửa" in window.statusBar().currentMessage()

    window.menu_actions.print_council.trigger()
    assert previews == [] and "cần ít nhất 05" in warnings[-1]

    def add_three(dialog):
        for name in ("Bùi Thị Thu", "Ngô Văn Nam", "Trịnh Thị Yến"):
            button(dialog, "Thêm thành viên").click()
            row = dialog.table.rowCount() - 1
            set_cell(dialog.table, row, 0, name)
            set_cell(dialog.table, row, 1, "Giáo viên")
            set_cell(dialog.table, row, 2, "Ủy viên")
            if row == 5:
                assert "Hội đồng tự đánh giá có 6 thành viên; số thành viên phải là số lẻ" in dialog.problems.text()
        assert dialog.problems.text().startswith("✓ Hội đồng có 7 thành viên")
        click_ok(dialog)
    answer(monkeypatch, window, add_three)
    window.menu_actions.council.trigger()
    saved = read(school, load_assessment, YEAR)
    assert [m.name for m in saved.council.members][-3:] == ["Bùi Thị Thu", "Ngô Văn Nam", "Trịnh Thị Yến"]
    assert saved.council.decision_number == "15/QĐ-THCS"

    pytest.importorskip("kehoach_desktop.reports.council_papers")
    window.menu_actions.print_council.trigger()
    assert len(previews) == 1
    assert window.printing.last_pdf.read_bytes()[:5] == b"%PDF-"


def test_a_member_gets_criteria_picked_from_the_framework_and_rows_move(window, school, monkeypatch):
    window.assessment.set_year(YEAR)

    def pick(dialog):
        def tick(picker):
            for i in range(picker.list.count()):
                item = picker.list.item(i)
                item.setCheckState(Qt.Checked if item.data(Qt.UserRole) in ("2.1", "4.3") else Qt.Unchecked)
            return True
        dialog.run_picker = tick
        dialog.table.selectRow(6)
        button(dialog, "Chọn tiêu chí phụ trách…").click()
        assert dialog.table.item(6, 4).text() == "2.1, 4.3"
        button(dialog, "Lên").click()
        assert dialog.table.currentRow() == 5 and dialog.table.item(5, 0).text() == "Huỳnh Văn Phúc"
        set_cell(dialog.table, 5, 2, "Thư ký")             # two secretaries: said at once
        assert "đúng một Thư ký (đang có 2)" in dialog.problems.text()
        set_cell(dialog.table, 5, 2, "Ủy viên")
        dialog.date.setText("31/02/2026")
        click_ok(dialog)                                    # refused: the dialog stays, saying why
        assert dialog.result() != QDialog.Accepted and dialog.error.text()
        dialog.date.setText("12/01/2026")
        click_ok(dialog)
    answer(monkeypatch, window, pick)
    window.menu_actions.council.trigger()
    members = read(school, load_assessment, YEAR).council.members
    assert members[5].name == "Huỳnh Văn Phúc" and members[5].criteria == ("2.1", "4.3")
    assert read(school, load_assessment, YEAR).council.decision_date.isoformat() == "2026-01-12"


# -- the evidence register ------------------------------------------------------------------
def test_a_principal_adds_an_evidence_item_for_1_1_and_gets_the_next_code(window, school, monkeypatch):
    window.assessment.set_year(YEAR)

    def add(dialog: EvidenceDialog):
        assert dialog.model.rowCount() == 150
        dialog.criterion.setCurrentIndex(dialog.criterion.findData("1.1"))
        assert dialog.proxy.rowCount() >= 10

        def fill(form):
            assert form.criterion.currentData() == "1.1"
            assert form.code.text().startswith("MC.1.1.11")
            type_text(form.name, "Biên bản họp Hội đồng trường học kỳ I")
            form.number.setText("05/BB-HĐT")
            form.issued.setText("31/02/2026")            # no such day: refused, what was typed stays
            click_ok(form)
            assert form.result() != QDialog.Accepted and form.error.text()
            assert form.name.text() == "Biên bản họp Hội đồng trường học kỳ I"
            form.issued.setText("20/01/2026")
            click_ok(form)
            return form.result() == QDialog.Accepted
        dialog.run_form = fill
        button(dialog, "Thêm…").click()
        assert dialog.current_item().code == "MC.1.1.11"
        assert "Đã thêm minh chứng MC.1.1.11" in dialog.message.text()
        # the new item is cited nowhere yet: the warnings say so, and a click selects it
        entry = next(dialog.warnings.item(i) for i in range(dialog.warnings.count())
                     if dialog.warnings.item(i).text().startswith("⚠ MC.1.1.11"))
        dialog.table.clearSelection()
        dialog._warning_clicked(entry)
        assert dialog.current_item().code == "MC.1.1.11"
    seen = answer(monkeypatch, window, add)
    window.menu_actions.evidence.trigger()
    assert seen and isinstance(seen[0], EvidenceDialog)
    item = next(i for i in read(school, list_items, YEAR) if i.code == "MC.1.1.11")
    assert item.name == "Biên bản họp Hội đồng trường học kỳ I" and item.issued_on.isoformat() == "2026-01-20"


def test_the_register_filters_edits_deletes_with_a_warning_and_opens_a_folder(window, school, monkeypatch, tmp_path):
    window.assessment.set_year(YEAR)
    folder = tmp_path / "MinhChung"
    folder.mkdir()
    opened, asked = [], []

    def work(dialog: EvidenceDialog):
        dialog.filter.setText("bien ban hop")                # without accents, as people type
        assert 0 < dialog.proxy.rowCount() < 150
        dialog.filter.clear()
        assert dialog.select_code("MC.1.1.01")
        assert not dialog.open_button.isEnabled()            # «Hồ sơ giấy, tủ 1» is no folder

        def move_to_folder(form):
            form.location.setText(str(folder))
            click_ok(form)
            return True
        dialog.run_form = move_to_folder
        button(dialog, "Sửa…").click()
        assert dialog.current_item().location == str(folder) and dialog.open_button.isEnabled()
        dialog.open_url = lambda url: opened.append(url.toLocalFile()) or True
        button(dialog, "Mở nơi lưu").click()
        dialog.ask = lambda text, yes: asked.append(text) or True
        button(dialog, "Xóa…").click()                       # cited in 1.1 and 1.2: the question says so
        assert "đang được trích dẫn ở: Tiêu chí 1.1, Tiêu chí 1.2" in asked[0]
        assert any(dialog.warnings.item(i).text().startswith("✗ MC.1.1.01") for i in range(dialog.warnings.count()))
    answer(monkeypatch, window, work)
    window.menu_actions.evidence.trigger()
    assert opened == [str(folder)]
    assert "MC.1.1.01" not in {i.code for i in read(school, list_items, YEAR)}


def test_copying_last_years_register_keeps_the_codes(window, school, monkeypatch):
    window.assessment.set_year("2026-2027")        # the «Tự đánh giá» tab's year: a new one, empty register

    def carry(dialog: EvidenceDialog):
        assert dialog.model.rowCount() == 0 and "2026-2027" in dialog.windowTitle()
        dialog.ask = lambda text, yes: "150 minh chứng của năm học 2025-2026" in text
        button(dialog, "Chép danh mục năm trước").click()
        assert "Đã chép 150 minh chứng của năm học 2025-2026 (giữ nguyên mã)" in dialog.message.text()
        assert dialog.model.rowCount() == 150
        dialog.ask = lambda text, yes: pytest.fail("asked when a copy would add nothing")
        button(dialog, "Chép danh mục năm trước").click()   # again: nothing new, said without a question
        assert "không có gì mới để chép" in dialog.message.text()
    answer(monkeypatch, window, carry)
    window.menu_actions.evidence.trigger()
    assert [i.code for i in read(school, list_items, "2026-2027")] == [i.code for i in read(school, list_items, YEAR)]


# -- the report's other texts ---------------------------------------------------------------
def test_the_report_texts_dialog_shows_every_report_texts_entry_and_keeps_the_editors_findings(
        window, school, monkeypatch):
    window.assessment.set_year(YEAR)

    def fill(dialog):
        tabs = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
        assert tabs == ["Phần I", "Phần III", "Phần IV", "Số liệu 3 năm"]
        for text in assessment_texts.REPORT_TEXTS:
            box = dialog.findChild(QWidget, text.key)
            assert isinstance(box, QLineEdit if text.kind == assessment_texts.LINE else QPlainTextEdit), text.key
        assert dialog.findChild(QLineEdit, "founded").text() == "1985"
        assert dialog.data.rowCount() == len(assessment_texts.data_rows())
        assert [dialog.data.horizontalHeaderItem(c).text() for c in (1, 2, 3)] == [
            "Năm học 2023-2024", "Năm học 2024-2025", "Năm học 2025-2026"]
        dialog.findChild(QPlainTextEdit, "to_others").setPlainText("Đề nghị Công an xã hỗ trợ an ninh trường học.")
        rooms = [r.key for r in assessment_texts.data_rows()].index("rooms_subject")
        set_cell(dialog.data, rooms, 3, "4")
        dialog.approved.setText("20/6/2026")
        assert "Sau hạn 15/06/2026" in dialog.late.text()
        dialog.approved.setText("10/6/2026")
        assert "Sau hạn" not in dialog.late.text()
        # meanwhile the editor beside the tree writes a finding: saving the texts must not undo it
        window.document.write(save_finding, YEAR, "1.1", 1, "Viết lại trong tab Tự đánh giá (MC.1.1.01).", "keep",
                              FRAMEWORK)
        click_ok(dialog)
    answer(monkeypatch, window, fill)
    window.menu_actions.report_texts.trigger()
    saved = read(school, load_assessment, YEAR)
    assert saved.texts["to_others"] == "Đề nghị Công an xã hỗ trợ an ninh trường học."
    assert saved.texts["context"] == "Xã có điều kiện kinh tế - xã hội còn khó khăn."
    assert saved.data["rooms_subject"] == ("", "", "4") and saved.data["pupils"] == ("780", "805", "830")
    assert saved.approved_on.isoformat() == "2026-06-10"
    assert saved.criterion("1.1").finding(1).text == "Viết lại trong tab Tự đánh giá (MC.1.1.01)."


def test_a_text_added_to_the_registry_appears_in_the_dialog_by_itself(window, monkeypatch):
    extra = assessment_texts.ReportText("motto", assessment_texts.PART_III, "2. Phương châm", "Phương châm",
                                        assessment_texts.LINE)
    monkeypatch.setattr(assessment_texts, "REPORT_TEXTS", assessment_texts.REPORT_TEXTS + (extra,))

    def look(dialog):
        assert isinstance(dialog.findChild(QLineEdit, "motto"), QLineEdit)
        dialog.findChild(QLineEdit, "motto").setText("Dạy thật, học thật")
        click_ok(dialog)
    answer(monkeypatch, window, look)
    window.menu_actions.report_texts.trigger()
    assert read(window.document.path, load_assessment, YEAR).texts["motto"] == "Dạy thật, học thật"


# -- the menus ------------------------------------------------------------------------------
def test_the_self_assessment_menu_sits_between_the_plan_and_printing_and_needs_only_an_open_file(window):
    bar = [a for a in window.menuBar().actions()]
    titles = [a.text() for a in bar]
    assert titles.index("Tự đá&nh giá") == titles.index("&Kế hoạch") + 1 == titles.index("&In") - 1
    entries = {a.text(): [x.text() for x in a.menu().actions() if x.text()] for a in bar}
    assert entries["Tự đá&nh giá"][:5] == ["Hội đồng tự đánh giá…", "Danh mục minh chứng…",
                                           "Các nội dung khác của báo cáo…", "Đề xuất vấn đề ưu tiên cho kế hoạch…",
                                           "Báo cáo tự đánh giá năm sau…"]
    assert entries["&In"][-3:] == ["In báo cáo tự đánh giá…", "In danh mục minh chứng…", "In danh sách hội đồng…"]
    assert "Xuất báo cáo tự đánh giá ra Word…" in entries["&Tệp"]
    a = window.menu_actions
    paper_actions = [a.council, a.evidence, a.report_texts, a.next_assessment, a.print_assessment, a.print_evidence,
                     a.print_council, a.assessment_word]
    assert set(paper_actions) <= set(a.file_actions) and a.propose_problems in a.plan_actions
    toolbar = window.findChild(QToolBar, "main-toolbar")
    assert not set(toolbar.actions()) & set(paper_actions + [a.propose_problems])     # the toolbar stays as it was
    window.close_document()
    assert not any(action.isEnabled() for action in paper_actions + [a.propose_problems])
