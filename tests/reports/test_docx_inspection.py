"""The district hands the school the inspection record as Word, to correct before everyone signs."""
from __future__ import annotations

from docx import Document

from kehoach_desktop.catalogs import installed_catalogs
from kehoach_desktop.domain.inspection import FINDINGS
from kehoach_desktop.reports.docx_inspection import write_inspection_docx
from kehoach_desktop.store import inspections, plans
from kehoach_desktop.store.database import open_school_file


def _load(path):
    db = open_school_file(path, read_only=True)
    try:
        plan = plans.find_plan(db, "2024-2025")
        return plan, plans.get_school(db), inspections.list_inspections(db, plan.id)
    finally:
        db.close()


def test_the_record_names_everyone_and_gives_each_row_its_finding(demo_file, tmp_path):
    plan, school, records = _load(demo_file)
    record = records[0]
    out = tmp_path / "bien-ban.docx"
    write_inspection_docx(plan, school, installed_catalogs()[plan.framework_id], record, out)
    doc = Document(out)
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "BIÊN BẢN" in text and "KIỂM TRA KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC" in text
    assert "Vào lúc " in text and record.conclusion in text
    letterhead, findings, signatures = doc.tables
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in letterhead.rows[0].cells[1].text
    assert "ngày" not in letterhead.rows[0].cells[1].text                 # a record has no date line
    assert doc.sections[1].orientation == 1                                  # the findings table is landscape
    table_text = "\n".join(c.text for r in findings.rows for c in r.cells)
    for finding in record.findings:
        assert FINDINGS[finding.status] in table_text
        if finding.comment:
            assert finding.comment in table_text
    signed = "\n".join(c.text for r in signatures.rows for c in r.cells)
    for member in record.team:
        assert member.name.split(" ", 1)[1] in signed                      # without "Ông"/"Bà"
    assert school.principal in signed


def test_without_an_inspection_the_record_is_a_form_to_fill_in(demo_file, tmp_path):
    plan, school, _ = _load(demo_file)
    out = tmp_path / "mau.docx"
    write_inspection_docx(plan, school, installed_catalogs()[plan.framework_id], None, out)
    doc = Document(out)
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "…… giờ …… phút, ngày …… tháng …… năm ……" in text and "1. …" in text
    signed = "\n".join(c.text for r in doc.tables[-1].rows for c in r.cells)
    assert "Tổ trưởng đoàn kiểm tra" in signed and "Thành viên" in signed
