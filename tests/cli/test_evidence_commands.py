"""`kehoach evidence`: the register a principal keeps, its codes continued across years, and what it warns of."""
from __future__ import annotations

import json
import sqlite3

from kehoach_desktop.cli import main


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def register_rows(path) -> list[tuple]:
    with sqlite3.connect(path) as db:
        return db.execute("SELECT school_year, code, name, number, issued_on, issuer, location, expires, note "
                          "FROM evidence_item ORDER BY 1, 2").fetchall()


def test_the_demo_register_lists_each_item_once_with_where_it_is_cited(capsys, demo_file):
    code, out, err = run(capsys, "evidence", "list", demo_file)
    assert code == 0, err
    assert out.startswith("Danh mục minh chứng năm học 2025-2026: 151 minh chứng")
    assert "MC.1.1.01  Kế hoạch năm học 2025 - 2026 (số 125/KH-THCSHB ngày 12/09/2025 của Hiệu trưởng)" in out
    assert "lưu: Hồ sơ giấy, tủ 1, ngăn 1; trích dẫn ở tiêu chí 1.1, 3.1" in out
    code, out, _ = run(capsys, "evidence", "list", demo_file, "--json")
    items = json.loads(out)["items"]
    assert len(items) == len({i["code"] for i in items}) == 151
    shared = {i["code"]: i["criteria_citing"] for i in items if len(i["criteria_citing"]) > 1}
    assert shared["MC.4.2.02"] == ["4.2", "3.4"]           # its own criterion first, then where else it serves
    certificate = next(i for i in items if i["code"] == "MC.4.2.05")
    assert certificate["expires"] == "2026-03-14"
    # the 2026-2027 register was carried with its codes; the plan's progress updates cite it
    code, out, _ = run(capsys, "evidence", "list", demo_file, "--year", "2026-2027", "--json")
    data = {i["code"]: i for i in json.loads(out)["items"]}
    assert len(data) == 151 and data["MC.1.3.01"]["other_places"] == ["Kế hoạch 2026-2027, dòng 1"]


def test_a_new_item_takes_the_code_after_the_last_one_of_any_year(capsys, demo_file):
    before = register_rows(demo_file)
    code, out, err = run(capsys, "evidence", "add", demo_file, "--year", "2026-2027", "--criterion", "1.1",
                         "--name", "Kế hoạch năm học 2026 - 2027", "--number", "140/KH-THCSHB", "--date", "15/9/2026",
                         "--issuer", "Hiệu trưởng", "--location", r"D:\MinhChung\TC1\1.1")
    assert code == 0, err
    assert out.splitlines()[0] == "MC.1.1.11"                  # 2025-2026 used MC.1.1.01 … MC.1.1.10
    assert "Trích dẫn trong câu: «… (MC.1.1.11).»" in out
    code, out, _ = run(capsys, "evidence", "add", demo_file, "--year", "2025-2026", "--criterion", "1.1",
                       "--name", "Biên bản rà soát kế hoạch tháng 3/2026", "--date", "2026-03-20")
    assert code == 0 and out.splitlines()[0] == "MC.1.1.12"     # never MC.1.1.11 again, whichever year
    added = [r for r in register_rows(demo_file) if r not in before]
    assert [(r[0], r[1], r[4]) for r in added] == [("2025-2026", "MC.1.1.12", "2026-03-20"),
                                                   ("2026-2027", "MC.1.1.11", "2026-09-15")]


def test_a_bad_item_is_refused_and_nothing_is_added(capsys, demo_file):
    before = register_rows(demo_file)
    base = ("evidence", "add", demo_file, "--year", "2025-2026")
    for extra, words in (
            (("--criterion", "5.1", "--name", "X"), "Tiêu chí 5.1 không có"),
            (("--criterion", "1.1", "--name", "   "), "chưa có tên"),
            (("--criterion", "1.1", "--name", "X" * 501), "dài quá 500 ký tự"),
            (("--criterion", "1.1", "--name", "X", "--date", "31/02/2026"), "Ngày không hợp lệ"),
            (("--criterion", "1.1", "--name", "X", "--date", "1/3/2026", "--expires", "1/1/2026"),
             "có trước ngày văn bản"),
            (("--criterion", "1.1", "--name", "X", "--location", "y" * 1001), "dài quá 1000 ký tự")):
        code, out, err = run(capsys, *base, *extra)
        assert code == 2 and words in err and "Traceback" not in err, (extra, err)
    code, _, err = run(capsys, "evidence", "add", demo_file, "--year", "2025/2026/x", "--criterion", "1.1", "--name", "X")
    assert code == 2 and "năm học" in err
    assert register_rows(demo_file) == before


def test_check_lists_a_citation_of_an_unknown_code_the_expired_paper_and_strict_stops_there(capsys, demo_file):
    code, out, err = run(capsys, "evidence", "check", demo_file)
    assert code == 0, err
    assert "1 cảnh báo" in out and "MC.4.2.05 (Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm (căng tin)) " \
                                   "đã hết hiệu lực ngày 14/03/2026." in out
    assert run(capsys, "assess", "set", demo_file, "--year", "2025-2026", "--criterion", "1.2", "--level", "2",
               "--text", "Nhà trường điều chỉnh phân công học kỳ II (MC.1.2.09, MC.1.2.99).")[0] == 0
    code, out, _ = run(capsys, "evidence", "check", demo_file)
    assert code == 0
    assert "MC.1.2.99 được trích dẫn ở Tiêu chí 1.2 nhưng không có trong danh mục minh chứng." in out
    assert "MC.1.2.08 (Biên bản họp rà soát phân công nhiệm vụ cuối học kỳ I) chưa được trích dẫn" in out
    code, out, err = run(capsys, "evidence", "check", demo_file, "--strict")
    assert code == 2 and "MC.1.2.99" in out and "còn 4 cảnh báo (--strict)" in err


def test_a_register_without_warnings_says_so(capsys, demo_file):
    assert run(capsys, "assess", "new", demo_file, "--year", "2027-2028")[0] == 0
    code, out, _ = run(capsys, "evidence", "check", demo_file, "--year", "2027-2028", "--strict")
    assert code == 0 and "Danh mục minh chứng năm học 2027-2028 (0 minh chứng): Không có cảnh báo." in out


def test_carry_copies_a_year_with_its_codes_and_refuses_what_makes_no_sense(capsys, demo_file):
    code, out, err = run(capsys, "evidence", "carry", demo_file, "--from", "2025-2026", "--to", "2027-2028")
    assert code == 0, err
    assert "Đã chép 151/151 minh chứng từ năm học 2025-2026 sang năm học 2027-2028, giữ nguyên mã" in out
    rows = register_rows(demo_file)
    assert [r[1:] for r in rows if r[0] == "2027-2028"] == [r[1:] for r in rows if r[0] == "2025-2026"]
    code, out, _ = run(capsys, "evidence", "carry", demo_file, "--from", "2025-2026", "--to", "2027-2028")
    assert code == 0 and "Đã chép 0/151" in out and "151 mã đã có ở năm học 2027-2028" in out
    for argv, words in ((("--from", "2025-2026", "--to", "2025-2026"), "phải khác"),
                        (("--from", "2019-2020", "--to", "2020-2021"), "chưa có minh chứng nào"),
                        (("--from", "2025", "--to", "2026-2027"), "Không đọc được năm học")):
        code, _, err = run(capsys, "evidence", "carry", demo_file, *argv)
        assert code == 2 and words in err, argv
    assert register_rows(demo_file) == rows


def test_a_damaged_file_gives_exit_2_and_a_vietnamese_message(capsys, tmp_path, demo_file):
    damaged = tmp_path / "hong.db"
    damaged.write_bytes(demo_file.read_bytes()[:50_000])
    text = tmp_path / "ghi-chu.db"
    text.write_text("đây là ghi chú, không phải tệp dữ liệu", encoding="utf-8")
    for path in (damaged, text, tmp_path / "khong-co.db"):
        for argv in (("evidence", "list", path), ("evidence", "check", path, "--strict"),
                     ("evidence", "add", path, "--year", "2025-2026", "--criterion", "1.1", "--name", "X"),
                     ("evidence", "carry", path, "--from", "2025-2026", "--to", "2026-2027")):
            code, out, err = run(capsys, *argv)
            assert code == 2 and err.startswith("Lỗi: Không mở được") and "Traceback" not in err, (argv, err)


def test_a_pasted_escape_or_bidi_override_never_reaches_the_register(capsys, demo_file):
    code, out, err = run(capsys, "evidence", "add", demo_file, "--year", "2025-2026", "--criterion", "2.3",
                         "--name", "Sổ y tế\x1b[2J\u202e trường học\n", "--location", "D:\\MinhChung\\TC2\t\x07")
    assert code == 0, err
    added = [r for r in register_rows(demo_file) if r[1] == out.splitlines()[0]]
    assert [(r[2], r[6]) for r in added] == [("Sổ y tế trường học", "D:\\MinhChung\\TC2")]
