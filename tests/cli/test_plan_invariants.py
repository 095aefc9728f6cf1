"""From the command line: twin plans of an old file are reported, a second plan for a year and an
incomplete plan's issue are refused (exit 2) in Vietnamese."""
from __future__ import annotations

import hashlib
import json
import shutil

import pytest

from kehoach_desktop.cli import EXIT_OK, EXIT_REFUSED, main
from kehoach_desktop.store import plans
from kehoach_desktop.store.database import open_school_file
from kehoach_desktop.store.revisions import list_revisions
from tests.conftest import FIXTURES
from tests.fixtures.docx.build_fixtures import build_all


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def twins(tmp_path):
    path = tmp_path / "tan-lap.db"
    shutil.copyfile(FIXTURES / "schema-v4-twins.db", path)
    open_school_file(path).close()   # the window or any writing command upgrades it
    return path


def test_check_names_the_copy_kept_from_twin_plans(twins, capsys):
    assert main(["check", str(twins)]) == EXIT_OK
    out = capsys.readouterr().out
    copy_line = next(line for line in out.splitlines() if "BẢN SAO" in line)
    assert "2023-2024" in copy_line and "BẢN SAO 1" in copy_line
    assert "Lưu ý" in out and "Mỗi năm học chỉ nên có một kế hoạch" in out
    assert main(["check", str(twins), "--json"]) == EXIT_OK
    report = json.loads(capsys.readouterr().out)
    assert sorted((p["school_year"], p["copy_number"]) for p in report["plans"]) == [
        ("2023-2024", 0), ("2023-2024", 1), ("2024-2025", 0), ("2025-2026", 0)]


def test_check_of_a_file_without_twins_has_no_copy_note(demo_file, capsys):
    assert main(["check", str(demo_file)]) == EXIT_OK
    out = capsys.readouterr().out
    assert "BẢN SAO" not in out and "Lưu ý" not in out


def test_a_word_import_into_a_year_that_has_a_plan_is_refused(tmp_path, capsys):
    docx = build_all(tmp_path / "docx")["dong-minh-2018.docx"]
    into = tmp_path / "truong.db"
    assert main(["word", "import", str(docx), str(into), "--year", "2025-2026"]) == EXIT_OK
    before = digest(into)
    assert main(["word", "import", str(docx), str(into), "--year", "2025-2026"]) == EXIT_REFUSED
    assert "đã có kế hoạch năm học 2025-2026" in capsys.readouterr().err
    assert digest(into) == before


def _blank_fields(path, year: str, index: int, **blank) -> None:
    db = open_school_file(path)
    try:
        row = plans.find_plan(db, year).rows[index]
        for name, value in blank.items():
            setattr(row, name, value)
        plans.update_row(db, row)   # rows are saved as typed: required fields wait for the issue
    finally:
        db.close()


def test_issuing_a_plan_with_missing_required_fields_is_refused_naming_rows_and_fields(draft_demo_file, capsys):
    demo_file = draft_demo_file
    _blank_fields(demo_file, "2024-2025", 1, target_level=None, tasks="  ")
    db = open_school_file(demo_file, read_only=True)
    code = plans.find_plan(db, "2024-2025").rows[1].criterion_code
    db.close()
    assert main(["plan", "issue", str(demo_file), "--year", "2024-2025"]) == EXIT_REFUSED
    err = capsys.readouterr().err
    assert "Chưa thể ban hành: 1 dòng" in err
    assert f"Dòng 2 (tiêu chí {code}): Chưa nhập «Mức cần đạt». Chưa nhập «Công việc/giải pháp»." in err
    db = open_school_file(demo_file, read_only=True)
    try:
        assert list_revisions(db, plans.find_plan(db, "2024-2025").id) == []
    finally:
        db.close()
    _blank_fields(demo_file, "2024-2025", 1, target_level=3, tasks="Tổ chức chuyên đề")
    assert main(["plan", "issue", str(demo_file), "--year", "2024-2025"]) == EXIT_OK
    assert "lần ban hành 1" in capsys.readouterr().out


def test_a_2026_form_row_without_its_content_is_named_by_number(demo_file, capsys):
    _blank_fields(demo_file, "2026-2027", 0, content="", criterion_code="")
    assert main(["plan", "issue", str(demo_file), "--year", "2026-2027"]) == EXIT_REFUSED
    err = capsys.readouterr().err
    assert "Dòng 1: Chưa nhập «Nội dung cải tiến»." in err
