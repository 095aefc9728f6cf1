"""A principal brings her school into 2026 from the command line: its commune, its UBND, a TT57 plan.

`kehoach school set` proposes the governing body, the receiving office and the place from the
school's level, commune and province (as the window does); `kehoach plan new` proposes the
framework in force when the school year starts and fills the form's fixed text.
"""
from __future__ import annotations

import hashlib
import json

import pytest

from kehoach_desktop.cli import main
from kehoach_desktop.store import plans
from kehoach_desktop.store.database import open_school_file
from tests.reports.pdftext import text
from tests.store.school_factory import make_school

COMMUNE = ("--commune", "xã Vĩnh Hải", "--province", "thành phố Hải Phòng")


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def school_file(tmp_path):
    """A THCS school with a 2025-2026 TT18 plan and no commune yet (a file from before the reform)."""
    return make_school(tmp_path / "truong.db", rows=3)


def _school(path):
    db = open_school_file(path, read_only=True)
    try:
        return plans.get_school(db)
    finally:
        db.close()


def _years(path) -> dict[str, str]:
    db = open_school_file(path, read_only=True)
    try:
        return {p.school_year: p.framework_id for p in plans.list_plans(db)}
    finally:
        db.close()


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_principal_gives_her_thcs_schools_commune_and_sees_the_communes_ubnd_proposed(school_file, capsys):
    code, out, _ = run(capsys, "school", "set", school_file, *COMMUNE)
    assert code == 0
    assert "trường do UBND cấp xã quản lý" in out
    assert "Cơ quan chủ quản (đầu văn bản): UBND XÃ VĨNH HẢI" in out
    assert "Nơi nhận kế hoạch: Phòng Văn hóa - Xã hội xã Vĩnh Hải" in out
    school = _school(school_file)
    assert (school.governing_body, school.governing_body_sentence, school.receiving_office, school.place) == (
        "UBND XÃ VĨNH HẢI", "UBND xã Vĩnh Hải", "Phòng Văn hóa - Xã hội xã Vĩnh Hải", "Vĩnh Hải")
    assert school.code == "79760101" and school.principal == "Nguyễn Văn Minh"    # the rest untouched

    code, out, _ = run(capsys, "school", "show", school_file)
    assert code == 0
    assert "Tên trường: Trường THCS Hòa Bình" in out and "Cấp học: Trung học cơ sở (thcs)" in out
    assert "Tỉnh/thành phố: thành phố Hải Phòng" in out and "Điện thoại: (chưa nhập)" in out
    assert len(out.splitlines()) == 14                       # every field, one per line, then the key
    assert out.splitlines()[-1].startswith("Mã khóa ký tệp của trường: ")
    code, out, _ = run(capsys, "school", "show", school_file, "--json")
    assert json.loads(out)["governing_body_sentence"] == "UBND xã Vĩnh Hải"


def test_a_body_typed_on_the_command_line_is_kept_and_a_district_in_it_is_pointed_out(school_file, capsys):
    code, out, _ = run(capsys, "school", "set", school_file, *COMMUNE, "--governing-body", "UBND HUYỆN VĨNH BẢO")
    assert code == 0
    assert "giữ giá trị đã ghi «UBND HUYỆN VĨNH BẢO»" in out
    assert "Lưu ý cho văn bản mới:" in out and "không còn cấp huyện" in out
    school = _school(school_file)
    assert school.governing_body == "UBND HUYỆN VĨNH BẢO" and school.governing_body_sentence == "UBND xã Vĩnh Hải"
    # Only the phone changes: nothing is proposed again, the typed governing body stays.
    code, out, _ = run(capsys, "school", "set", school_file, "--phone", "0225 3880 123")
    assert code == 0 and "Đề xuất" not in out and _school(school_file).governing_body == "UBND HUYỆN VĨNH BẢO"
    # --propose asks again: the district goes.
    assert run(capsys, "school", "set", school_file, "--propose")[0] == 0
    assert _school(school_file).governing_body == "UBND XÃ VĨNH HẢI"


@pytest.mark.parametrize("typed, level", [
    (("--level", "Trung học phổ thông"), "thpt"),
    (("--level", "nhieu_cap", "--name", "Trường THCS và THPT Vĩnh Hải"), "nhieu_cap"),   # with THPT: the Sở
])
def test_an_upper_secondary_school_is_proposed_the_so_with_its_unverified_note(school_file, capsys, typed, level):
    code, out, _ = run(capsys, "school", "set", school_file, *COMMUNE, *typed)
    assert code == 0
    assert "Cơ quan chủ quản (đầu văn bản): SỞ GD&ĐT HẢI PHÒNG" in out
    assert "Chưa xác minh:" in out
    assert _school(school_file).level == level


def test_a_new_plan_for_2026_2027_follows_tt57_and_prints_the_forms_fixed_text(school_file, tmp_path, capsys):
    run(capsys, "school", "set", school_file, *COMMUNE)
    code, out, _ = run(capsys, "plan", "new", school_file, "--year", "2026-2027")
    assert code == 0
    assert "Đã tạo kế hoạch năm học 2026-2027" in out and "[tt57-pt]" in out and "Thông tư 57/2026" in out
    assert "Đã điền sẵn theo mẫu (sửa được): I. Thông tin chung" in out and "VIII. Cơ chế đánh giá và báo cáo" in out
    assert "nơi nhận: Phòng Văn hóa - Xã hội xã Vĩnh Hải (b/c)" in out and "Lưu ý: Văn bản" not in out
    assert _years(school_file)["2026-2027"] == "tt57-pt"

    pdf = tmp_path / "ke-hoach.pdf"
    assert run(capsys, "print", "plan", school_file, "--year", "2026-2027", "-o", pdf)[0] == 0
    printed = " ".join(text(pdf).split())
    assert "Không xây dựng kế hoạch cải tiến đối với toàn bộ tiêu chí" in printed
    assert "UBND XÃ VĨNH HẢI" in printed and "1. Tên cơ sở giáo dục: Trường THCS Hòa Bình." in printed


def test_a_new_plan_for_2024_2025_follows_the_2018_circular_and_goes_to_the_phong_gd_dt(school_file, capsys):
    code, out, _ = run(capsys, "plan", "new", school_file, "--year", "2024 - 2025")
    assert code == 0
    assert "[tt18]" in out and "Thông tư 18/2018" in out and "nơi nhận: Phòng GD&ĐT (b/c)" in out
    assert _years(school_file) == {"2025-2026": "tt18", "2024-2025": "tt18"}


def test_a_framework_named_on_the_command_line_is_used_when_it_fits_the_school(school_file, capsys):
    code, out, _ = run(capsys, "plan", "new", school_file, "--year", "2027-2028", "--framework", "tt18")
    assert code == 0 and "chọn bằng --framework" in out
    assert _years(school_file)["2027-2028"] == "tt18"


def test_a_second_plan_for_the_same_year_is_refused_in_vietnamese_and_changes_nothing(school_file, capsys):
    assert run(capsys, "plan", "new", school_file, "--year", "2026-2027")[0] == 0
    before = _digest(school_file)
    code, out, err = run(capsys, "plan", "new", school_file, "--year", "2026-2027", "--framework", "tt18")
    assert code == 2 and out == ""
    assert "Trường đã có kế hoạch năm học 2026-2027" in err
    assert _digest(school_file) == before


def test_a_post_reform_plan_of_a_school_still_named_after_its_district_is_warned_not_refused(school_file, capsys):
    run(capsys, "school", "set", school_file, "--governing-body", "UBND HUYỆN VĨNH BẢO", "--place", "Vĩnh Bảo")
    code, out, _ = run(capsys, "plan", "new", school_file, "--year", "2026-2027")
    assert code == 0
    assert "Lưu ý: Văn bản ngày 01/09/2026" in out and "“UBND HUYỆN VĨNH BẢO”" in out
    assert "2026-2027" in _years(school_file)


def test_a_file_without_a_school_gets_one_from_school_set_its_type_read_from_its_name(tmp_path, capsys):
    path = tmp_path / "moi.db"
    open_school_file(path, create=True).close()
    for argv in (("school", "show", path), ("plan", "new", path, "--year", "2026-2027")):
        code, _, err = run(capsys, *argv)
        assert code == 2 and "Tệp chưa có thông tin trường" in err
    code, _, err = run(capsys, "school", "set", path, "--name", "Trường Tiểu học Vĩnh Hải")
    assert code == 2 and "Chưa nhập mã trường" in err and _school(path) is None
    code, out, _ = run(capsys, "school", "set", path, "--name", "Trường Tiểu học Vĩnh Hải", "--code", "31000002",
                       *COMMUNE)
    assert code == 0 and "UBND XÃ VĨNH HẢI" in out
    assert _school(path).level == "tieu_hoc"
    code, out, _ = run(capsys, "plan", "new", path, "--year", "2026-2027")
    assert code == 0 and "[tt57-pt]" in out


def test_a_changed_code_is_pointed_out_and_an_empty_one_refused_as_in_the_window(school_file, capsys):
    code, out, _ = run(capsys, "school", "set", school_file, "--code", "31000001")
    assert code == 0 and "mã trường đổi từ 79760101 thành 31000001" in out
    for field in ("--code", "--name"):
        code, _, err = run(capsys, "school", "set", school_file, field, "  ")
        assert code == 2 and "Chưa nhập" in err
    assert _school(school_file).code == "31000001"


@pytest.mark.parametrize("argv, said", [
    (("plan", "new", "{file}", "--year", "2026/27x"), "Không đọc được năm học"),
    (("plan", "new", "{file}", "--year", "2026-2028"), "Năm học không hợp lệ"),
    (("plan", "new", "{file}", "--year", "2026-2027", "--framework", "tt99"), "Không có khung tiêu chí «tt99»"),
    (("plan", "new", "{file}", "--year", "2026-2027", "--framework", "tt19"), "không dùng cho trường Trung học cơ sở"),
    (("plan", "new", "{text}", "--year", "2026-2027"), "không phải tệp dữ liệu Kế hoạch"),
    (("school", "show", "{text}"), "không phải tệp dữ liệu Kế hoạch"),
    (("school", "set", "{text}", "--phone", "1"), "không phải tệp dữ liệu Kế hoạch"),
    (("school", "set", "{missing}", "--name", "x"), "không tồn tại"),
    (("school", "show", "{folder}"), "thư mục"),
    (("school", "set", "{file}", "--level", "đại học"), "Loại trường “đại học” không hợp lệ"),
])
def test_hostile_inputs_are_refused_in_vietnamese_without_a_traceback_and_change_nothing(
        school_file, tmp_path, capsys, argv, said):
    not_ours = tmp_path / "ghi-chu.db"
    not_ours.write_text("không phải cơ sở dữ liệu\n" * 50, encoding="utf-8")
    names = {"file": school_file, "text": not_ours, "missing": tmp_path / "khong-co.db", "folder": tmp_path}
    before = _digest(school_file), not_ours.read_bytes()
    code, _, err = run(capsys, *(a.format(**names) for a in argv))
    assert code == 2
    assert said in err and "Traceback" not in err and "không mong đợi" not in err
    assert (_digest(school_file), not_ours.read_bytes()) == before
    assert _years(school_file) == {"2025-2026": "tt18"}


def test_what_is_typed_is_stored_and_shown_as_one_clean_line(school_file, capsys):
    code, _, _ = run(capsys, "school", "set", school_file, "--principal", "Phạm\x1b[2J Thị\nHương\u202e")
    assert code == 0 and _school(school_file).principal == "Phạm Thị Hương"
    code, out, _ = run(capsys, "school", "show", school_file)
    assert "Hiệu trưởng: Phạm Thị Hương" in out and "\x1b" not in out
