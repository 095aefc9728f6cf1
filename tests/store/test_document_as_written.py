"""What an imported Word plan keeps as written survives the school file (schema 8), and a file from
before it prints as it did: its plans have none of it."""
from __future__ import annotations

import shutil

from kehoach_desktop.store import plans
from kehoach_desktop.store.database import open_school_file
from kehoach_desktop.store.targets import list_targets
from kehoach_desktop.usecases import import_word
from kehoach_desktop.usecases.print_document import plan_print
from kehoach_desktop.usecases.school_file import SchoolFile, plan_context
from tests.conftest import FIXTURES
from tests.fixtures.docx.seed_like import dong_minh_as_filed_2018, thanh_an_bieu2_2026
from tests.reports.pdftext import text


def test_an_imported_plan_comes_back_from_the_file_as_it_was_read(tmp_path):
    for make in (dong_minh_as_filed_2018, thanh_an_bieu2_2026):
        into = tmp_path / f"{make.__name__}.db"
        done = import_word.import_word(make(tmp_path / f"{make.__name__}.docx"), into)
        read = done.imported.reading.plan
        db = open_school_file(into, read_only=True)
        try:
            loaded = plans.get_plan(db, done.plan_id)
            assert [(t.name, t.value, t.comparison) for t in list_targets(db, done.plan_id)] == \
                [(t.name, t.value, t.comparison) for t in read.targets]
        finally:
            db.close()
        read.id, read.status, loaded.targets, read.targets = loaded.id, loaded.status, [], []
        for a, b in zip(read.rows, loaded.rows):
            a.id, a.position = b.id, b.position
        assert loaded == read
        assert loaded.organization.parts or loaded.section_headings     # something kept as written
        assert any(row.rows_above for row in loaded.rows)


def test_the_printed_plan_states_its_chi_tieu(tmp_path):
    into = tmp_path / "truong.db"
    done = import_word.import_word(thanh_an_bieu2_2026(tmp_path / "ke-hoach.docx"), into)
    with SchoolFile.open(into, read_only=True) as file:
        out = tmp_path / "ke-hoach.pdf"
        plan_print(file, plan_context(file, plan_id=done.plan_id)).write(out)
    flat = " ".join(text(out).split())
    assert "3. Chỉ tiêu - Tỉ lệ học sinh bỏ học: ≤ 1%; - Tỉ lệ học sinh được công nhận tốt nghiệp THCS: ≥ 99%." in flat


def test_a_file_from_before_schema_8_has_nothing_kept_as_written(tmp_path):
    path = tmp_path / "cu.db"
    shutil.copyfile(FIXTURES / "schema-v3.db", path)
    db = open_school_file(path)
    try:
        for header in plans.list_plans(db):
            plan = plans.get_plan(db, header.id)
            assert (plan.section_headings, plan.closing, plan.items_as_written, plan.organization.parts) == ({}, "", False, [])
            assert all(not row.criterion_wording and not row.rows_above for row in plan.rows)
    finally:
        db.close()
