"""The commune office inspects a school's plan: the record is kept in the office file, printed under the
office's letterhead in the plan's own form, refused when dated before the plan, and goes back to the school
in the reply file."""
from __future__ import annotations

import hashlib
import json

import pytest
from pypdf import PdfReader

from kehoach_desktop.cli import main
from kehoach_desktop.domain.values import nfc
from kehoach_desktop.store import plans
from kehoach_desktop.store.database import open_school_file
from kehoach_desktop.store.inspections import list_inspections

SCHOOL = "THCS-AP-017"


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def pdf_text(path) -> str:
    return nfc("\n".join(page.extract_text() for page in PdfReader(str(path)).pages))


def sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def office(demo_file, tmp_path, capsys):
    """The commune's Phòng Văn hóa - Xã hội holding the demo school's export."""
    path = tmp_path / "phong-vhxh.db"
    assert run(capsys, "office", "init", path, "--kind", "xa", "--commune", "xã Hòa Bình",
               "--province", "tỉnh An Giang", "--signer", "Trần Văn Bảo")[0] == 0
    stick = tmp_path / "USB"
    stick.mkdir()
    assert run(capsys, "export", demo_file, stick)[0] == 0
    assert run(capsys, "office", "import", path, *stick.iterdir())[0] == 0
    return path


def record_file(tmp_path, **values) -> str:
    data = {"started_at": "2026-11-20T08:00", "ended_at": "2026-11-20T10:30", "number": "12/BB-VHXH",
            "team": [{"name": "Ông Trần Văn Bảo", "position": "Trưởng phòng", "team_role": "Tổ trưởng"},
                     {"name": "Bà Lý Thị Cúc", "position": "Chuyên viên", "team_role": "Thư ký"}],
            "school_side": [{"name": "Ông Nguyễn Văn Minh", "role": "Hiệu trưởng"},
                            {"name": "Bà Hồ Thị Lan", "role": "Phó hiệu trưởng"}],
            "findings": [{"row": 1, "status": "done", "comment": "Có biên bản họp tổ."}],
            "conclusion": "Kế hoạch được triển khai đúng tiến độ.", **values}
    path = tmp_path / "bien-ban.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return str(path)


def test_the_office_records_an_inspection_of_a_2026_plan_and_prints_it_under_its_own_letterhead(
        office, tmp_path, capsys):
    code, out, err = run(capsys, "office", "inspect", office, "--school", SCHOOL, "--year", "2026-2027",
                         "--from", record_file(tmp_path))
    assert code == 0, err
    assert "Đã lưu biên bản kiểm tra số 1" in out
    code, out, _ = run(capsys, "office", "inspect", office, "--school", SCHOOL, "--year", "2026-2027")
    assert "Biên bản số 1: 08:00 20/11/2026, số 12/BB-VHXH, tổ trưởng Ông Trần Văn Bảo" in out
    pdf = tmp_path / "bb.pdf"
    code, out, err = run(capsys, "office", "inspect", office, "--school", SCHOOL, "--year", "2026-2027",
                         "--print", "-o", pdf)
    assert code == 0, err
    text = pdf_text(pdf)
    # The office's letterhead of the day, not the school's governing body.
    assert "UBND XÃ HÒA BÌNH" in text and "PHÒNG VĂN HÓA - XÃ HỘI" in text and "12/BB-VHXH" in text
    assert "đoàn kiểm tra của Phòng Văn hóa - Xã hội xã Hòa Bình" in " ".join(text.split())
    # The 2026 form's columns.
    flat = " ".join(text.split())
    for heading in ("Chỉ số đánh giá", "Mục tiêu cải tiến", "Thời gian"):
        assert heading in flat
    # Every participant on both sides signs with their name under.
    for name in ("Trần Văn Bảo", "Lý Thị Cúc", "Nguyễn Văn Minh", "Hồ Thị Lan"):
        assert name in text


def test_rows_the_team_did_not_judge_start_from_what_the_school_reported(office, demo_file, tmp_path, capsys):
    assert run(capsys, "office", "inspect", office, "--school", SCHOOL, "--year", "2026-2027",
               "--from", record_file(tmp_path))[0] == 0
    from kehoach_desktop.store.district import open_district
    from kehoach_desktop.store.office_inspections import office_inspections
    db = open_district(office)
    try:
        [kept] = office_inspections(db, SCHOOL, "2026-2027")
    finally:
        db.close()
    school = open_school_file(demo_file, read_only=True)
    try:
        plan = plans.find_plan(school, "2026-2027")
    finally:
        school.close()
    reported = {row.id: row.status for row in plan.rows}
    findings = {f.row_id: f.status for f in kept.record.findings}
    assert findings[plan.rows[0].id] == "done"                  # judged by the team
    assert set(findings) == set(reported)                         # one finding per row
    for row in plan.rows[1:]:
        expected = {"paused": "in_progress"}.get(row.status, row.status)
        assert findings[row.id] == expected
    assert any(status == "in_progress" for status in findings.values())


def test_an_inspection_dated_before_the_plan_is_refused_and_the_office_file_is_unchanged(office, tmp_path, capsys):
    before = sha(office)
    code, _, err = run(capsys, "office", "inspect", office, "--school", SCHOOL, "--year", "2026-2027",
                       "--from", record_file(tmp_path, started_at="2026-09-01T08:00", ended_at="2026-09-01T10:00"))
    assert code == 2
    assert "có trước ngày của kế hoạch (18/09/2026)" in err and "Traceback" not in err
    assert sha(office) == before


def test_a_2018_plan_is_inspected_in_the_2018_columns(office, tmp_path, capsys):
    assert run(capsys, "office", "inspect", office, "--school", SCHOOL, "--year", "2024-2025",
               "--from", record_file(tmp_path, started_at="2025-08-15T08:00", ended_at="2025-08-15T10:00"))[0] == 0
    pdf = tmp_path / "bb-2018.pdf"
    assert run(capsys, "office", "inspect", office, "--school", SCHOOL, "--year", "2024-2025", "--print", "-o",
               pdf)[0] == 0
    flat = " ".join(pdf_text(pdf).split())
    assert "Kết quả cần đạt" in flat and "Chỉ số đánh giá" not in flat


def test_the_record_goes_back_to_the_school_in_the_reply_and_prints_there_as_the_office_signed_it(
        office, demo_file, tmp_path, capsys):
    assert run(capsys, "office", "inspect", office, "--school", SCHOOL, "--year", "2026-2027",
               "--from", record_file(tmp_path))[0] == 0
    answer = tmp_path / "phan-hoi.json"
    assert run(capsys, "office", "reply", office, "--school", SCHOOL, "--year", "2026-2027",
               "--decision", "approved", "-o", answer)[0] == 0
    code, _, err = run(capsys, "reply", "import", demo_file, answer)
    assert code == 0, err
    db = open_school_file(demo_file, read_only=True)
    try:
        plan = plans.find_plan(db, "2026-2027")
        [record] = list_inspections(db, plan.id)
    finally:
        db.close()
    assert record.office_line == "PHÒNG VĂN HÓA - XÃ HỘI" and record.authority == "UBND XÃ HÒA BÌNH"
    assert [m.name for m in record.school_side] == ["Ông Nguyễn Văn Minh", "Bà Hồ Thị Lan"]
    pdf = tmp_path / "o-truong.pdf"
    code, _, err = run(capsys, "print", "inspection", demo_file, "--year", "2026-2027", "-o", pdf)
    assert code == 0, err
    text = pdf_text(pdf)
    assert "PHÒNG VĂN HÓA - XÃ HỘI" in text and "Hồ Thị Lan" in text


def test_a_hostile_record_file_is_refused_with_exit_2(office, tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_bytes(b"[" * 100_000)
    before = sha(office)
    code, _, err = run(capsys, "office", "inspect", office, "--school", SCHOOL, "--year", "2026-2027", "--from", bad)
    assert code == 2 and "Traceback" not in err
    assert sha(office) == before


def test_printing_a_record_that_is_not_there_says_why(office, tmp_path, capsys):
    code, _, err = run(capsys, "office", "inspect", office, "--school", "NOPE", "--year", "2026-2027", "--print",
                       "-o", tmp_path / "x.pdf")
    assert code == 2 and "chưa có trường mã NOPE" in err
    code, _, err = run(capsys, "office", "inspect", office, "--school", SCHOOL, "--year", "2026-2027", "--print",
                       "-o", tmp_path / "x.pdf")
    assert code == 2 and "chưa có biên bản kiểm tra" in err


def test_a_json_record_cannot_change_the_offices_letterhead(office, tmp_path, capsys):
    old = record_file(tmp_path, authority="UBND huyện An Phú", office="Phòng Giáo dục và Đào tạo")
    assert run(capsys, "office", "inspect", office, "--school", SCHOOL, "--year", "2026-2027", "--from", old)[0] == 0
    pdf = tmp_path / "bb.pdf"
    assert run(capsys, "office", "inspect", office, "--school", SCHOOL, "--year", "2026-2027", "--print",
               "-o", pdf)[0] == 0
    text = pdf_text(pdf)
    assert "UBND XÃ HÒA BÌNH" in text and "HUYỆN" not in text and "Phòng Giáo dục" not in text


def test_a_commune_office_cannot_date_a_record_before_the_reform(office, tmp_path, capsys):
    before = sha(office)
    code, _, err = run(capsys, "office", "inspect", office, "--school", SCHOOL, "--year", "2024-2025", "--from",
                       record_file(tmp_path, started_at="2025-03-10T08:00", ended_at="2025-03-10T10:00"))
    assert code == 2 and "có trước ngày 01/07/2025" in err
    assert sha(office) == before
