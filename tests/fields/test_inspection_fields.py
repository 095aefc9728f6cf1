"""The inspection record's findings table is described once (domain.inspection_fields): the printed
record keeps the district template's table, and an office that wants one more column ("Minh chứng
đã xem", the evidence the team looked at) adds one column to the registry — the PDF, the Word copy,
the window's dialog and the JSON carry it with no other change."""
from __future__ import annotations

from itertools import accumulate

import pytest
from docx import Document
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from kehoach_desktop.catalogs import installed_catalogs
from kehoach_desktop.domain.inspection import FINDINGS, inspection_from_dict, inspection_to_dict
from kehoach_desktop.domain.inspection_fields import (
    FINDING, InspectionColumn, example_findings, inspection_columns, using_inspection_columns, value_of,
    with_value,
)
from kehoach_desktop.reports.docx_inspection import write_inspection_docx
from kehoach_desktop.reports.document import LANDSCAPE, LEFT, PAGES
from kehoach_desktop.reports.inspection import print_inspection
from kehoach_desktop.store import inspections, plans
from kehoach_desktop.store.database import open_school_file
from tests.reports.pdftext import missing_words

# The findings table of a 2018-form plan: the plan's columns as the district template prints them, then
# the team's: headings, and widths in mm of the frame.
TEMPLATE = (("TT", 10), ("Tiêu chuẩn, tiêu chí", 32), ("Kết quả cần đạt (so với hiện trạng)", 38),
            ("Công việc/giải pháp cần thực hiện", 48), ("Chủ trì và phối hợp thực hiện", 24),
            ("Thời gian thực hiện và hoàn thành", 26), ("Kết quả kiểm tra", 26), ("Nhận xét", 43))
STATUS, COMMENT, TASKS, SEEN_AT = 6, 7, 3, 8
SEEN = InspectionColumn("evidence_seen", "Minh chứng đã xem", 30, 30, FINDING, dialog="Minh chứng đã xem",
                        examples=("Biên bản họp hội đồng trường",))
SAID = "Biên bản họp tổ ngày 12/3/2025"
TITLE = "2. Nội dung kiểm tra"


@pytest.fixture
def demo(demo_file):
    db = open_school_file(demo_file, read_only=True)
    try:
        plan = plans.find_plan(db, "2024-2025")
        school, [record] = plans.get_school(db), inspections.list_inspections(db, plan.id)
    finally:
        db.close()
    return plan, school, installed_catalogs()[plan.framework_id], record


@pytest.fixture
def with_seen(demo):
    """The registry with the extra column, and the demo record with the team's word on the first row."""
    plan, school, fw, record = demo
    with using_inspection_columns(inspection_columns().with_column(SEEN)):
        record.findings[0] = with_value(record.findings[0], SEEN, SAID)
        yield plan, school, fw, record


def printed_columns(pdf, widths_mm: list[float]) -> list[list[str]]:
    """Per column of the findings table, its lines in page order, each page's heading first, read
    back by where each line starts (the table's left edge is the frame's)."""
    scale = PAGES[LANDSCAPE].frame_width / sum(widths_mm)
    edges = [LEFT + w * scale for w in accumulate([0.0] + widths_mm)]
    columns: list[list[str]] = [[] for _ in widths_mm]

    def seen(text, cm, tm, _font, _size):
        x, y = cm[4] + tm[4], cm[5] + tm[5]
        if text.strip() and y < PAGES[LANDSCAPE].size[1] - 55 and not text.startswith(TITLE):   # nor page number
            place = next(i for i in range(len(widths_mm)) if edges[i] <= x + 0.5 < edges[i + 1])
            columns[place].append(text.strip())
    for page in PdfReader(str(pdf)).pages:
        if float(page.mediabox.width) > float(page.mediabox.height):
            page.extract_text(visitor_text=seen)
    return columns


def cells_without_headings(lines: list[str], heading: str) -> str:
    """A column's text with each page's heading taken off (every table page repeats it)."""
    text, repeats = " ".join(lines), 0
    while heading in text:
        text, repeats = text.replace(heading, "", 1), repeats + 1
    assert repeats >= 1
    return " ".join(text.split())


def test_the_printed_table_is_the_templates_headings_columns_and_cells(demo, tmp_path):
    plan, school, fw, record = demo
    out = tmp_path / "bien-ban.pdf"
    print_inspection(plan, school, fw, record, out)
    columns = printed_columns(out, [w for _, w in TEMPLATE])
    headings = [h for h, _ in TEMPLATE]
    for lines, heading in zip(columns, headings):
        assert " ".join(lines).startswith(heading)            # each heading sits in its own column
    order = [record.finding_for(row.id) for row in plan.rows]
    assert cells_without_headings(columns[STATUS], headings[STATUS]) == " ".join(FINDINGS[f.status] for f in order)
    assert cells_without_headings(columns[COMMENT], headings[COMMENT]) == " ".join(
        " ".join(f.comment.split()) for f in order)
    assert cells_without_headings(columns[TASKS], headings[TASKS]) == " ".join(
        " ".join(r.tasks.split()) for r in plan.rows)


def test_the_word_table_has_the_templates_headings_widths_and_cells(demo, tmp_path):
    plan, school, fw, record = demo
    out = tmp_path / "bien-ban.docx"
    write_inspection_docx(plan, school, fw, record, out)
    table = Document(out).tables[1]
    assert [c.text for c in table.rows[0].cells] == [h for h, _ in TEMPLATE]
    assert [round(c.width.mm) for c in table.columns] == [w for _, w in TEMPLATE]
    rows = [[c.text for c in r.cells] for r in table.rows[1:] if r.cells[0].text == ""]   # not the standards'
    assert [r[TASKS] for r in rows] == [row.tasks for row in plan.rows]
    assert [r[STATUS:] for r in rows] == [[FINDINGS[f.status], f.comment]
                                     for f in (record.finding_for(row.id) for row in plan.rows)]


def test_a_new_column_prints_in_the_pdf_after_the_others_unchanged(with_seen, tmp_path):
    plan, school, fw, record = with_seen
    out = tmp_path / "bien-ban.pdf"
    print_inspection(plan, school, fw, record, out)
    columns = printed_columns(out, [w for _, w in TEMPLATE] + [SEEN.printed])
    order = [record.finding_for(row.id) for row in plan.rows]
    assert missing_words(SEEN.heading, " ".join(columns[SEEN_AT])) == []
    assert cells_without_headings(columns[SEEN_AT], "Minh chứng đã xem") == SAID     # the other rows left it empty
    assert cells_without_headings(columns[STATUS], "Kết quả kiểm tra") == " ".join(FINDINGS[f.status] for f in order)


def test_a_new_column_is_in_the_word_table_which_still_fills_the_page(with_seen, tmp_path):
    plan, school, fw, record = with_seen
    out = tmp_path / "bien-ban.docx"
    write_inspection_docx(plan, school, fw, record, out)
    table = Document(out).tables[1]
    assert [c.text for c in table.rows[0].cells] == [h for h, _ in TEMPLATE] + [SEEN.heading]
    assert round(sum(c.width.mm for c in table.columns)) == sum(w for _, w in TEMPLATE)
    rows = [[c.text for c in r.cells] for r in table.rows[1:] if r.cells[0].text == ""]
    assert [r[SEEN_AT] for r in rows] == [SAID] + [""] * (len(plan.rows) - 1)


def test_the_dialog_shows_the_new_column_and_the_typed_value_is_saved(with_seen, qtbot):
    from kehoach_desktop.ui.dialogs.inspection_dialog import InspectionDialog
    plan, _, fw, record = with_seen
    dialog = InspectionDialog(plan, fw, record)
    qtbot.addWidget(dialog)
    table = dialog.findings
    headers = [table.horizontalHeaderItem(i).text() for i in range(table.columnCount())]
    assert headers == ["Dòng kế hoạch", "Kết quả", "Nhận xét", SEEN.dialog]
    assert table.item(0, 3).text() == SAID
    assert table.model().setData(table.model().index(1, 3), "Sổ dự giờ", Qt.EditRole)
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.Ok).click()
    saved = dialog.result_inspection
    assert [value_of(f, SEEN) for f in saved.findings[:3]] == [SAID, "Sổ dự giờ", ""]
    assert [(f.status, f.comment) for f in saved.findings] == [
        (record.finding_for(row.id).status, record.finding_for(row.id).comment) for row in plan.rows]


def test_the_json_example_and_a_record_read_from_json_carry_the_new_column(with_seen):
    assert [f["evidence_seen"] for f in example_findings()] == ["Biên bản họp hội đồng trường", ""]
    data = inspection_to_dict(with_seen[3])
    assert data["findings"][0]["evidence_seen"] == SAID
    assert value_of(inspection_from_dict(data).findings[0], SEEN) == SAID


def test_the_json_example_names_rows_two_ways_with_every_finding_column():
    example = example_findings()
    assert [next(iter(f)) for f in example] == ["row", "criterion"]
    assert all(set(f) >= {c.name for c in inspection_columns().finding_columns()} for f in example)
    assert inspection_from_dict({"team": [{"name": "Ông A"}], "findings": example}).findings[0].status in FINDINGS
