"""`kehoach assess`: a principal reads, tries and fills the self-assessment without the window."""
from __future__ import annotations

import json
import sqlite3

from kehoach_desktop.cli import main


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def findings(path) -> list[tuple]:
    """What the file holds of the findings, read beside the program (a refusal must leave it as it was)."""
    with sqlite3.connect(path) as db:
        return db.execute("SELECT a.school_year, f.criterion_code, f.level, f.text, f.met FROM criterion_finding f "
                          "JOIN self_assessment a ON a.id = f.assessment_id ORDER BY 1, 2, 3").fetchall()


def test_the_demo_school_is_at_mức_1_and_says_why(capsys, demo_file):
    code, out, err = run(capsys, "assess", "level", demo_file)
    assert code == 0, err
    assert "Mức đạt của nhà trường năm học 2025-2026: Mức 1" in out
    assert "tiêu chí bắt buộc chưa đạt Mức 2: 1.3, 2.2, 3.2, 4.1, 4.2" in out
    assert "tạm tính" not in out                       # every criterion is judged
    code, out, _ = run(capsys, "assess", "level", demo_file, "--json")
    data = json.loads(out)
    assert (data["level"], data["unjudged"]) == (1, [])
    assert data["why"] == ["Chưa đạt Mức 2: tiêu chí bắt buộc chưa đạt Mức 2: 1.3, 2.2, 3.2, 4.1, 4.2."]


def test_what_if_the_plan_s_five_mandatory_criteria_reach_mức_2(capsys, demo_file):
    code, out, _ = run(capsys, "assess", "level", demo_file, "--if", "3.2=2")
    assert code == 0
    assert "Nếu tiêu chí 3.2 đạt Mức 2: nhà trường đạt Mức 1 (không đổi)." in out
    assert "chưa đạt Mức 2: 1.3, 2.2, 4.1, 4.2." in out
    code, out, _ = run(capsys, "assess", "level", demo_file, "--if", "1.3=2,2.2=2", "--if", "3.2=2", "--if", "4.1=2",
                       "--if", "4.2 = 2")
    assert code == 0
    assert "nhà trường đạt Mức 2 (cao hơn)" in out and "Đạt Mức 2: tất cả tiêu chí bắt buộc đạt Mức 2" in out
    code, out, _ = run(capsys, "assess", "level", demo_file, "--json", "--if", "3.1=0")
    supposed = json.loads(out)["what_if"]
    assert supposed == {"changes": {"3.1": 0}, "level": 0, "name": "Chưa đạt Mức 1",
                        "why": ["Chưa đạt Mức 1: tiêu chí bắt buộc chưa đạt Mức 1: 3.1."]}
    for bad, words in (("3.3", "không đúng dạng TIÊU_CHÍ=MỨC"), ("9.9=2", "Tiêu chí 9.9 không có"),
                       ("3.3=3", "chỉ có Mức 1–2"), ("\x1b[2J=1", "không đúng dạng")):
        code, out, err = run(capsys, "assess", "level", demo_file, "--if", bad)
        assert code == 2 and words in err and out == "" and "\x1b" not in err


def test_show_prints_the_council_each_criterion_with_its_codes_the_level_and_the_warnings(capsys, demo_file):
    code, out, err = run(capsys, "assess", "show", demo_file)
    assert code == 0, err
    assert "Hội đồng tự đánh giá (7 thành viên; Quyết định số 08/QĐ-THCSHB ngày 08/01/2026)" in out
    assert "1. Nguyễn Văn Minh — Hiệu trưởng — Chủ tịch (tiêu chí 1.1, 1.4)" in out
    assert "Hội đồng thông qua báo cáo ngày 10/06/2026 (hạn: trước 15/06/2026)." in out
    assert "Tiêu chí 3.2 [bắt buộc]: đạt Mức 1" in out and "Tiêu chí 4.3: đạt Mức 2" in out
    assert "Mức 1: Đạt — MC.3.1.01, MC.1.1.01," in out           # a code of 1.1 cited in 3.1 under its one code
    assert "Tổng hợp: Chưa đạt Mức 1: 0; Mức 1: 7; Mức 2: 8" in out
    assert "Cảnh báo danh mục minh chứng (1):" in out and "MC.4.2.05" in out and "14/03/2026" in out
    code, out, _ = run(capsys, "assess", "show", demo_file, "--json", "--year", "2025 - 2026")
    report = json.loads(out)
    assert len(report["criteria"]) == 15 and len(report["council"]["members"]) == 7
    assert report["council"]["problems"] == [] and report["unjudged"] == []
    assert report["level"]["level"] == 1 and report["evidence_items"] == 151
    one = next(c for c in report["criteria"] if c["code"] == "1.3")
    assert one["mandatory"] and one["reached"] == 1 and one["levels"][1]["met"] is False
    assert "MC.1.3.02" in one["levels"][1]["cited"] and one["levels"][1]["not_listed"] == []
    assert [s["no"] for s in report["standards"]] == [1, 2, 3, 4]
    assert "Nguyên nhân:" in report["standards"][0]["weaknesses"]


def test_a_principal_records_a_level_and_a_refusal_saves_nothing(capsys, demo_file, tmp_path):
    before = findings(demo_file)
    code, out, err = run(capsys, "assess", "set", demo_file, "--year", "2025-2026", "--criterion", "3.2", "--level", "2",
                         "--met", "yes")
    assert code == 0, err
    assert "Đã lưu tiêu chí 3.2, Mức 2: Đạt." in out and "Tiêu chí 3.2: đạt Mức 2." in out
    code, out, _ = run(capsys, "assess", "level", demo_file, "--json")
    assert "3.2" not in json.loads(out)["why"][0]
    changed = findings(demo_file)
    assert changed != before

    refusals = (
        (("--criterion", "1.3", "--level", "1", "--met", "no"), None),      # accepted below, then Mức 2 refused
        (("--criterion", "1.3", "--level", "2", "--met", "yes"), "chỉ đánh giá Mức 2 khi đã đạt Mức 1"),
        (("--criterion", "1.3", "--level", "3", "--met", "yes"), "chỉ có Mức 1–2"),
        (("--criterion", "7.7", "--level", "1", "--met", "yes"), "Tiêu chí 7.7 không có"),
        (("--criterion", "1.3", "--level", "một", "--met", "yes"), "không hợp lệ"),
        (("--criterion", "1.3", "--level", "1", "--met", "có lẽ"), "không hợp lệ cho --met"),
        (("--criterion", "1.3", "--level", "1", "--text", "x" * 20_001), "dài quá 20000 ký tự"),
    )
    for extra, words in refusals:
        current = findings(demo_file)
        code, out, err = run(capsys, "assess", "set", demo_file, "--year", "2025-2026", *extra)
        if words is None:
            assert code == 0, err
            continue
        assert code == 2 and words in err and err.startswith("Lỗi: ") and "Traceback" not in err, (extra, err)
        assert findings(demo_file) == current, extra
    code, _, err = run(capsys, "assess", "set", demo_file, "--year", "2031-2032", "--criterion", "1.1", "--level", "1",
                       "--met", "yes")
    assert code == 2 and "Chưa có báo cáo tự đánh giá năm học 2031-2032" in err


def test_a_statement_from_a_text_file_is_read_as_utf8_and_a_bad_file_is_refused(capsys, demo_file, tmp_path):
    statement = tmp_path / "muc2.txt"
    statement.write_bytes("\ufeffCác tổ sinh hoạt chuyên môn đều đặn (MC.3.2.01, MC.3.2.77).\r\nDòng hai\x07.".encode())
    code, out, err = run(capsys, "assess", "set", demo_file, "--year", "2025-2026", "--criterion", "3.2", "--level", "2",
                         "--text-file", statement)
    assert code == 0, err
    assert "Lưu ý: MC.3.2.77 chưa có trong danh mục minh chứng năm học 2025-2026" in out
    saved = next(f for f in findings(demo_file) if f[1:3] == ("3.2", 2))
    assert saved[3] == "Các tổ sinh hoạt chuyên môn đều đặn (MC.3.2.01, MC.3.2.77).\nDòng hai." and saved[4] == 0

    latin = tmp_path / "latin.txt"
    latin.write_bytes(b"Nh\xe0 tr\xfd\xf5\xd2ng \xf0\xe5t")       # a Windows-1258 file: not UTF-8
    binary = tmp_path / "anh.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    huge = tmp_path / "lon.txt"
    huge.write_bytes(b"a" * 500_000)
    before = findings(demo_file)
    for source, words in ((latin, "không phải văn bản UTF-8"), (binary, "không phải văn bản UTF-8"),
                          (huge, "quá lớn"), (tmp_path / "khong-co.txt", "Không có tệp văn bản"),
                          (tmp_path, "Không có tệp văn bản")):
        code, out, err = run(capsys, "assess", "set", demo_file, "--year", "2025-2026", "--criterion", "3.2",
                             "--level", "2", "--text-file", source)
        assert code == 2 and words in err, (source, err)
    assert findings(demo_file) == before


def test_next_year_s_report_starts_from_this_one(capsys, demo_file):
    code, out, err = run(capsys, "assess", "new", demo_file, "--year", "2026-2027", "--from-previous")
    assert code == 0, err
    assert "Đã lập báo cáo tự đánh giá năm học 2026-2027" in out and "giữ nguyên mã" in out
    code, out, _ = run(capsys, "assess", "show", demo_file, "--year", "2026-2027", "--json")
    fresh = json.loads(out)
    assert len(fresh["unjudged"]) == 15 and fresh["approved_on"] is None
    assert fresh["council"]["decision_number"] == "" and len(fresh["council"]["members"]) == 7
    first = fresh["criteria"][0]
    assert first["levels"][0]["met"] is None and "(MC.1.1.02, MC.1.1.03)" in first["levels"][0]["text"]
    code, out, _ = run(capsys, "assess", "level", demo_file, "--year", "2026-2027")
    assert "tạm tính: còn 15 tiêu chí chưa đánh giá xong" in out
    code, _, err = run(capsys, "assess", "new", demo_file, "--year", "2026-2027", "--from-previous")
    assert code == 2 and "Đã có báo cáo tự đánh giá năm học 2026-2027" in err
    code, _, err = run(capsys, "assess", "new", demo_file, "--year", "2023-2024", "--from-previous")
    assert code == 2 and "Chưa có báo cáo tự đánh giá năm học 2022-2023" in err
    code, out, err = run(capsys, "assess", "new", demo_file, "--year", "2024-2025")
    assert code == 0 and "(khung tt57-pt)" in out, err


def test_a_file_without_a_report_or_not_a_school_file_is_refused_in_vietnamese(capsys, tmp_path, demo_file):
    from tests.store.school_factory import make_school
    plain = make_school(tmp_path / "chua-co.db", year=2026)
    code, _, err = run(capsys, "assess", "show", plain)
    assert code == 2 and "Chưa có báo cáo tự đánh giá năm học nào" in err
    damaged = tmp_path / "hong.db"
    damaged.write_bytes(demo_file.read_bytes()[:30_000])
    garbage = tmp_path / "rac.db"
    garbage.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 40)
    for path in (damaged, garbage, tmp_path / "khong-co.db", tmp_path):
        for argv in (("assess", "show", path), ("assess", "level", path, "--json"),
                     ("assess", "set", path, "--year", "2025-2026", "--criterion", "1.1", "--level", "1", "--met", "yes"),
                     ("assess", "new", path, "--year", "2026-2027")):
            code, out, err = run(capsys, *argv)
            assert code == 2 and err.startswith("Lỗi: ") and "Traceback" not in err and out == "", (argv, err)
    code, _, err = run(capsys, "assess", "show", demo_file, "--year", "năm nay")
    assert code == 2 and "Không đọc được năm học «năm nay»" in err
