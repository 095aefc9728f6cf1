"""A principal's 2026 form gains a column "Rủi ro" (risks): one Field in the registry, and every part
of the program carries it — the window's table and row form, the PDF, Word and Excel, the Word
importer, the store's rows and the office's copy — with no other change."""
from __future__ import annotations


import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from kehoach_desktop.catalogs import installed_catalogs
from kehoach_desktop.domain.docx_import import import_plan_docx
from kehoach_desktop.domain.fields import TEXT, Field, OnForm, plan_fields, using_fields, value_of, with_value
from kehoach_desktop.domain.plan import FORM_TT57
from kehoach_desktop.domain.serialize import plan_from_dict, school_from_dict
from kehoach_desktop.reports.docx_plan import write_plan_docx
from kehoach_desktop.reports.plan import print_plan
from kehoach_desktop.reports.xlsx_plan import write_plan_xlsx
from kehoach_desktop.store import district_schema
from kehoach_desktop.store.records import row_columns, row_from_record, row_to_record
from kehoach_desktop.store.school_schema import Column, Reference, reference
from kehoach_desktop.store.demo import demo_data
from tests.reports.pdftext import missing_words, text

RISKS = Field("risks", TEXT, "Rủi ro", {FORM_TT57: OnForm(11, "Rủi ro có thể gặp", table=8, printed=20)},
              words={FORM_TT57: ("rủi ro",)}, excel_width=24)
SAID = "Nhà cung cấp giao thiết bị chậm"


@pytest.fixture
def registry():
    with using_fields(plan_fields().with_field(RISKS)) as extended:
        yield extended


@pytest.fixture
def bieu2(registry):
    data = demo_data()
    plan = plan_from_dict(data["plans"][1])
    for number, row in enumerate(plan.rows, 1):
        row.id = number
    plan.rows[0] = with_value(plan.rows[0], RISKS, SAID)
    catalogs = installed_catalogs()
    return school_from_dict(data["school"]), plan, catalogs[plan.framework_id], catalogs


def test_the_window_table_shows_it_and_a_typed_value_reaches_the_row(bieu2, qtbot):
    from kehoach_desktop.ui.plan_table import PlanTableModel
    _, plan, fw, _ = bieu2
    model = PlanTableModel()
    edits = []
    model.on_edit = lambda row_id, name, typed: edits.append((row_id, name, typed))
    model.set_plan(plan, fw)
    column = model.column_of("risks")
    assert model.headerData(column, Qt.Horizontal) == "Rủi ro có thể gặp"
    first = model.index(model.visual_of(1), column)
    assert model.data(first) == SAID
    assert model.setData(model.index(model.visual_of(2), column), "Mưa bão")
    assert edits == [(2, "risks", "Mưa bão")]


def test_the_row_form_has_a_box_for_it_and_reports_the_edit(bieu2, qtbot):
    from kehoach_desktop.ui.row_form import RowForm
    _, plan, fw, _ = bieu2
    form = RowForm()
    qtbot.addWidget(form)
    form.set_framework(fw)
    form.show_row(plan.rows[0])
    box = form.widgets["risks"]
    assert box.toPlainText() == SAID
    with qtbot.waitSignal(form.fieldEdited) as edited:
        box.setPlainText("Giá tăng")
        box.committed.emit()
    assert edited.args == ["risks", "Giá tăng"]


def test_the_pdf_word_and_excel_carry_it_and_word_reads_it_back(bieu2, tmp_path):
    school, plan, fw, catalogs = bieu2
    pdf = tmp_path / "bieu2.pdf"
    print_plan(plan, school, fw, pdf)
    flat = " ".join(text(pdf).split())
    assert "Rủi ro có thể gặp" in flat and missing_words(SAID, flat) == []   # lines of cells interleave
    xlsx = tmp_path / "bieu2.xlsx"
    write_plan_xlsx(plan, school, fw, xlsx)
    sheet = list(load_workbook(xlsx).active.iter_rows(values_only=True))
    assert dict(zip(sheet[0], sheet[1]))["Rủi ro có thể gặp"] == SAID
    docx = tmp_path / "bieu2.docx"
    write_plan_docx(plan, school, fw, docx)
    back = import_plan_docx(docx, catalogs, framework_id=plan.framework_id, school_level=school.level).plan
    assert [value_of(r, RISKS) for r in back.rows] == [value_of(r, RISKS) for r in plan.rows]
    assert back.rows[1].notes == plan.rows[1].notes     # not left over as an unknown column in the notes


def test_the_store_row_and_the_office_copy_carry_it(bieu2, monkeypatch):
    _, plan, _, _ = bieu2
    record = {**row_to_record(plan.rows[0]), "id": 1}
    assert record["risks"] == SAID and row_columns(RISKS) == ("risks",)
    assert value_of(row_from_record(record), RISKS) == SAID
    # The migration that adds the school's column (simulated): the office's copy follows it.
    school = reference()
    tables = dict(school.tables)
    tables["plan_row"] = {**tables["plan_row"], "risks": Column("risks", "TEXT", 1, "''", 0, 0)}
    monkeypatch.setattr(district_schema, "reference", lambda: Reference(tables, school.indexes))
    assert "risks TEXT DEFAULT ''" in district_schema.copied_columns("plan_row")
