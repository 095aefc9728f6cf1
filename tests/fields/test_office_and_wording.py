"""The office copies every field the registry says it does, a file it cannot copy whole is refused,
a paused row reads the same everywhere, and every registry heading has its translation."""
from __future__ import annotations

import ast
from datetime import date
from pathlib import Path

from openpyxl import load_workbook

from kehoach_desktop.catalogs import installed_catalogs
from kehoach_desktop.domain.fields import plan_fields
from kehoach_desktop.domain.plan_fields import NUMBER_COLUMN
from kehoach_desktop.domain.serialize import plan_from_dict, school_from_dict
from kehoach_desktop.reports.plan import print_plan
from kehoach_desktop.reports.xlsx_plan import write_plan_xlsx
from kehoach_desktop.store.demo import demo_data
from kehoach_desktop.store.district import create_district, import_file, open_district, REFUSED
from kehoach_desktop.store.district_schema import copied_table
from kehoach_desktop.store.exchange import export_for_district
from kehoach_desktop.store.records import row_columns
from tests.reports.pdftext import text


def test_the_office_copy_of_school_rows_has_every_office_field(tmp_path):
    db = open_district(create_district(tmp_path / "phong.db", "Phòng GD&ĐT An Phú"))
    try:
        copied = {r[1] for r in db.execute(f"PRAGMA table_info({copied_table('plan_row')})")}
    finally:
        db.close()
    wanted = {c for f in plan_fields().office_fields() for c in row_columns(f)}
    assert wanted and wanted <= copied, sorted(wanted - copied)


def test_a_school_file_with_a_column_the_office_lacks_is_refused_not_trimmed(tmp_path, demo_file):
    path = create_district(tmp_path / "phong.db", "Phòng GD&ĐT An Phú")
    db = open_district(path)
    try:   # an office file that lost a field's column (as a hand-kept copy once did)
        db.execute(f"ALTER TABLE {copied_table('plan_row')} DROP COLUMN expected_evidence")
        stick = tmp_path / "usb"
        stick.mkdir()
        report = import_file(db, export_for_district(demo_file, stick).path)
    finally:
        db.close()
    assert report.outcome == REFUSED and "expected_evidence" in report.message


def a_paused_row(tmp_path):
    data = demo_data()
    plan = plan_from_dict(data["plans"][1])
    plan.rows[0].status, plan.rows[0].percent = "paused", 40
    for number, row in enumerate(plan.rows, 1):
        row.id = number
    return school_from_dict(data["school"]), plan, installed_catalogs()[plan.framework_id]


def test_a_paused_row_at_40_percent_reads_the_same_in_the_table_and_excel_and_the_signed_plan_leaves_it_empty(
        tmp_path, qtbot):
    from kehoach_desktop.ui.plan_table import PlanTableModel
    school, plan, fw = a_paused_row(tmp_path)
    model = PlanTableModel()
    model.set_plan(plan, fw)
    cell = model.index(model.visual_of(1), model.column_of("status"))
    assert model.data(cell) == "Tạm dừng (40%)"
    pdf = tmp_path / "bieu2.pdf"
    print_plan(plan, school, fw, pdf)
    assert "Tạm dừng" not in " ".join(text(pdf).split())      # progress belongs to the progress report
    xlsx = tmp_path / "bieu2.xlsx"
    write_plan_xlsx(plan, school, fw, xlsx, as_of=date(2026, 12, 1))
    sheet = list(load_workbook(xlsx).active.iter_rows(values_only=True))
    first = dict(zip(sheet[0], sheet[1]))
    assert (first["Trạng thái"], first["Hoàn thành"]) == ("Tạm dừng", 0.4)   # the status column, its percent beside


def test_every_heading_and_label_of_the_registry_has_a_literal_translation():
    source = Path(__file__).resolve().parents[2] / "kehoach_desktop" / "ui" / "plan_columns.py"
    tree = ast.parse(source.read_text(encoding="utf-8"))
    listed = next(n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef) and n.name == "_headings")
    keys = {k.value for k in next(n for n in ast.walk(listed) if isinstance(n, ast.Dict)).keys}
    words = {NUMBER_COLUMN[form].heading for form in NUMBER_COLUMN}
    for f in plan_fields():
        for on in f.forms.values():
            words |= {on.heading, on.form_label}
    assert words - keys == set()
