"""`kehoach word …` and `kehoach excel …`: a principal brings last year's Word plan in and hands plans out."""
from __future__ import annotations

import hashlib

import pytest
from openpyxl import load_workbook

from kehoach_desktop.cli import EXIT_OK, EXIT_REFUSED, main
from kehoach_desktop.store import plans
from kehoach_desktop.store.database import open_school_file
from tests.fixtures.docx.build_fixtures import build_all


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    return build_all(tmp_path_factory.mktemp("docx"))


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_dry_run_prints_every_row_and_warning_and_writes_nothing(files, tmp_path, capsys):
    into = tmp_path / "truong.db"
    assert main(["word", "import", str(files["dong-minh-2018.docx"]), str(into), "--dry-run"]) == EXIT_OK
    out = capsys.readouterr().out
    assert "năm học 2023-2024" in out and "Trường THCS Đông Hải" in out and "5 dòng kế hoạch" in out
    assert "[tiêu chí 5.6; Mức 2 → 3]" in out and "Kinh phí: 100 triệu (100.000.000 đ)" in out
    assert "3 cảnh báo" in out and "bị ngắt trang" in out and "--dry-run: chưa lưu gì" in out
    assert not into.exists()


def test_import_creates_the_school_file_and_refuses_the_same_year_twice(files, tmp_path, capsys):
    into = tmp_path / "truong.db"
    assert main(["word", "import", str(files["dong-minh-2018.docx"]), str(into)]) == EXIT_OK
    assert "Đã lưu kế hoạch năm học 2023-2024 (5 dòng)" in capsys.readouterr().out
    db = open_school_file(into, read_only=True)
    try:
        assert plans.get_school(db).name == "Trường THCS Đông Hải"
        plan = plans.find_plan(db, "2023-2024")
        assert [r.criterion_code for r in plan.rows] == ["1.9", "2.2", "2.4", "3.4", "5.6"]
        assert plan.rows[2].budget.amount == 2_000_000
    finally:
        db.close()
    before = digest(into)
    assert main(["word", "import", str(files["dong-minh-2018.docx"]), str(into)]) == EXIT_REFUSED
    assert "đã có kế hoạch năm học 2023-2024" in capsys.readouterr().err
    assert digest(into) == before
    assert main(["word", "import", str(files["dong-minh-2018.docx"]), str(into), "--year", "2025-2026"]) == EXIT_OK
    db = open_school_file(into, read_only=True)
    try:
        assert [p.school_year for p in plans.list_plans(db)] == ["2025-2026", "2023-2024"]
    finally:
        db.close()


@pytest.mark.parametrize("name", ["renamed-text.docx", "no-plan-table.docx", "password.docx"])
def test_a_bad_file_is_refused_and_neither_file_changes(files, demo_file, name, capsys):
    source = files[name]
    before = (digest(source), digest(demo_file))
    assert main(["word", "import", str(source), str(demo_file)]) == EXIT_REFUSED
    assert capsys.readouterr().err.startswith("Lỗi: ")
    assert (digest(source), digest(demo_file)) == before


def test_export_to_word_then_import_into_a_new_file_gives_the_same_rows(demo_file, tmp_path, capsys):
    out = tmp_path / "ke-hoach.docx"
    assert main(["word", "export", str(demo_file), "--year", "2024-2025", "-o", str(out)]) == EXIT_OK
    assert "Đã xuất kế hoạch năm học 2024-2025 (16 dòng)" in capsys.readouterr().out
    copy = tmp_path / "ban-sao.db"
    assert main(["word", "import", str(out), str(copy)]) == EXIT_OK
    a, b = open_school_file(demo_file, read_only=True), open_school_file(copy, read_only=True)
    try:
        left, right = plans.find_plan(a, "2024-2025"), plans.find_plan(b, "2024-2025")
        fields = ("criterion_code", "current_level", "target_level", "tasks", "lead", "budget", "timeframe")
        assert [[getattr(r, f) for f in fields] for r in left.rows] == [[getattr(r, f) for f in fields] for r in right.rows]
    finally:
        a.close()
        b.close()


def test_export_to_excel_writes_progress_and_refuses_a_wrong_extension(demo_file, tmp_path, capsys):
    out = tmp_path / "ke-hoach.xlsx"
    assert main(["excel", "export", str(demo_file), "-o", str(out)]) == EXIT_OK
    ws = load_workbook(out).active
    header = [c.value for c in ws[1]]
    first = dict(zip(header, [c.value for c in ws[2]]))
    assert isinstance(first["Hoàn thành"], (int, float)) and first["Minh chứng"]
    assert main(["excel", "export", str(demo_file), "-o", str(tmp_path / "ke-hoach.csv")]) == EXIT_REFUSED
    assert "phải có đuôi .xlsx" in capsys.readouterr().err


def test_the_district_office_gets_one_row_per_school_in_excel(tmp_path, capsys):
    from tests.store.school_factory import make_school
    stick = tmp_path / "USB"
    stick.mkdir()
    for code, name, rows in (("79760101", "Trường THCS Hòa Bình", 15), ("79760202", "Trường THCS Lê Lợi", 8)):
        school = make_school(tmp_path / f"{code}.db", code=code, name=name, rows=rows)
        assert main(["export", str(school), str(stick)]) == EXIT_OK
    district = tmp_path / "phong.db"
    assert main(["district", "init", str(district), "--name", "Phòng GD&ĐT An Phú"]) == EXIT_OK
    assert main(["district", "import", str(district), *sorted(str(p) for p in stick.iterdir())]) == EXIT_OK
    out = tmp_path / "cac-truong.xlsx"
    assert main(["excel", "district", str(district), "-o", str(out)]) == EXIT_OK
    assert "Đã xuất tổng hợp 2 trường" in capsys.readouterr().out
    ws = load_workbook(out).active
    header = [c.value for c in ws[1]]
    rows = [dict(zip(header, [c.value for c in line])) for line in ws.iter_rows(min_row=2)]
    assert [(r["Mã trường"], r["Số dòng"]) for r in rows] == [("79760101", 15), ("79760202", 8)]
    assert all(isinstance(r["Tiến độ chung"], float) for r in rows)
    assert any(h.startswith("Tiêu chuẩn ") for h in header)


def test_the_inspection_record_goes_out_as_word(demo_file, tmp_path, capsys):
    out = tmp_path / "bien-ban.docx"
    assert main(["word", "inspection", str(demo_file), "--year", "2024-2025", "-o", str(out)]) == EXIT_OK
    assert "Đã xuất biên bản kiểm tra số 1" in capsys.readouterr().out and out.stat().st_size > 0
    assert main(["word", "inspection", str(demo_file), "--year", "2026-2027", "--id", "1",
                 "-o", str(out)]) == EXIT_REFUSED
    assert "không thuộc kế hoạch năm học 2026-2027" in capsys.readouterr().err


def test_the_two_files_given_the_wrong_way_round_get_a_hint(files, demo_file, capsys):
    before = digest(demo_file)
    assert main(["word", "import", str(demo_file), str(files["dong-minh-2018.docx"])]) == EXIT_REFUSED
    assert "Hãy ghi tệp Word trước" in capsys.readouterr().err
    assert digest(demo_file) == before


def test_every_plan_of_the_file_in_one_workbook(demo_file, tmp_path, capsys):
    out = tmp_path / "tat-ca.xlsx"
    assert main(["excel", "export", str(demo_file), "--all", "-o", str(out)]) == EXIT_OK
    names = load_workbook(out).sheetnames
    assert names[:3] == ["Kế hoạch 2026-2027", "Theo tiêu chuẩn 2026-2027", "Chỉ tiêu 2026-2027"]
    assert "Kế hoạch 2024-2025" in names and len(names) == 6
