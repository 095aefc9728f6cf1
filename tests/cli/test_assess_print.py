"""`kehoach print assessment|evidence|council`: the demo's papers from the command line, PDF and Word."""
from __future__ import annotations

import sqlite3
import zipfile

from kehoach_desktop.cli import main
from tests.reports.pdftext import page_sizes, text


def flat(path) -> str:
    return " ".join(text(path).split())


def test_print_assessment_writes_the_report_with_its_four_parts(demo_file, tmp_path, capsys):
    out = tmp_path / "bao-cao.pdf"
    assert main(["print", "assessment", str(demo_file), "-o", str(out)]) == 0
    said = capsys.readouterr()
    assert "Đã in báo cáo tự đánh giá năm học 2025-2026 (151 minh chứng; mức đạt: Mức 1)" in said.out
    assert "danh mục minh chứng có 1 cảnh báo" in said.err           # the expired certificate, said not hidden
    printed = flat(out)
    for part in ("Phần I. TỔNG QUAN", "Phần II. TỰ ĐÁNH GIÁ", "Phần III. KẾT LUẬN", "Phần IV. PHỤ LỤC"):
        assert part in printed, part
    assert "BÁO CÁO TỰ ĐÁNH GIÁ" in printed and "Trường THCS Hòa Bình" in printed and "MC.4.3.10" in printed
    assert page_sizes(out)[0] == (595, 842)


def test_print_the_evidence_list_and_the_council_papers(demo_file, tmp_path, capsys):
    listing, council = tmp_path / "minh-chung.pdf", tmp_path / "hoi-dong.pdf"
    assert main(["print", "evidence", str(demo_file), "--year", "2025-2026", "-o", str(listing)]) == 0
    assert main(["print", "council", str(demo_file), "-o", str(council)]) == 0
    out = capsys.readouterr().out
    assert "Đã in danh mục minh chứng năm học 2025-2026 (151 minh chứng)" in out
    assert "Hội đồng tự đánh giá năm học 2025-2026 (7 thành viên)" in out
    assert "MC.1.1.01" in flat(listing) and "MC.4.3.10" in flat(listing)
    names = flat(council)
    assert "Nguyễn Văn Minh" in names and "Huỳnh Thị Mỹ Duyên" in names and "08/QĐ-THCSHB" in names


def test_the_report_goes_to_word_by_flag_or_by_its_suffix(demo_file, tmp_path, capsys):
    for argv, name in ((["--word"], "bao-cao.docx"), ([], "ban-sua.docx")):
        out = tmp_path / name
        assert main(["print", "assessment", str(demo_file), *argv, "-o", str(out)]) == 0
        with zipfile.ZipFile(out) as docx:
            body = docx.read("word/document.xml").decode("utf-8")
        assert "BÁO CÁO TỰ ĐÁNH GIÁ" in body and "MC.1.1.01" in body
    assert "Đã xuất báo cáo tự đánh giá năm học 2025-2026" in capsys.readouterr().out


def test_a_council_that_cannot_sign_or_a_missing_report_is_refused_and_no_file_is_left(demo_file, tmp_path, capsys):
    with sqlite3.connect(demo_file) as db:          # a council of 6 (one member struck off by hand)
        db.execute("DELETE FROM council_member WHERE name = 'Đỗ Thị Ngọc Lan'")
    out = tmp_path / "hoi-dong.pdf"
    assert main(["print", "council", str(demo_file), "-o", str(out)]) == 2
    assert "số thành viên phải là số lẻ" in capsys.readouterr().err and not out.exists()
    for kind in ("assessment", "evidence", "council"):
        assert main(["print", kind, str(demo_file), "--year", "2030-2031", "-o", str(out)]) == 2
        assert "Chưa có báo cáo tự đánh giá năm học 2030-2031" in capsys.readouterr().err and not out.exists()
    assert main(["print", "evidence", str(demo_file), "-o", str(tmp_path / "khong-co" / "x.pdf")]) == 2
    assert "không tồn tại" in capsys.readouterr().err
    assert main(["print", "evidence", str(demo_file), "-o", str(tmp_path / "x.xlsx")]) == 2
    assert capsys.readouterr().err.startswith("Lỗi: ")
