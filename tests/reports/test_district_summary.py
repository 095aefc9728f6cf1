"""The Phòng prints one page to sign: every school's progress, overall and per standard."""
from __future__ import annotations

from datetime import date

from kehoach_desktop.cli import main
from kehoach_desktop.reports.district import place_of, print_district_summary
from tests.reports.pdftext import missing_words, page_sizes, text
from tests.store.exchange_helpers import exported_school, new_district


def school(code: str, name: str, percent: float, standards: dict) -> dict:
    return {"code": code, "name": name, "level": "thcs", "plans": 1, "school_year": "2025-2026",
            "framework_id": "tt18", "rows": 15, "done": 4, "percent": percent, "late": 3,
            "exported_at": "", "imported_at": "", "imports": 1, "standards": standards}


def test_the_summary_lists_every_school_with_per_standard_percent(tmp_path):
    out = tmp_path / "tong-hop.pdf"
    print_district_summary("Phòng GD&ĐT Quận 3", [
        school("79760101", "Trường THCS Hòa Bình", 48.0, {"1": 36.7, "2": 100.0}),
        school("79760202", "Trường THCS Lê Lợi", 12.5, {"1": 10.0, "3": 5.0}),
    ], out, today=date(2026, 4, 10))
    printed = text(out)
    assert missing_words("PHÒNG GD&ĐT QUẬN 3 Quận 3, ngày 10 tháng 4 năm 2026 BÁO CÁO TỔNG HỢP "
                         "Trường THCS Hòa Bình (79760101) Trường THCS Lê Lợi (79760202) TC 1 TC 2 TC 3 "
                         "48,0% 12,5% 100% 37% TRƯỞNG PHÒNG", printed) == []
    assert page_sizes(out)[0] == (842, 595)          # landscape A4: the table is wide


def test_place_of_a_district():
    assert place_of("Phòng GD&ĐT Quận 3") == "Quận 3"
    assert place_of("Phòng Giáo dục và Đào tạo huyện An Phú") == "huyện An Phú"


def test_district_summary_pdf_from_the_command_line(tmp_path, capsys):
    district = new_district(tmp_path)
    main(["district", "import", str(district), str(exported_school(tmp_path))])
    out = tmp_path / "tong-hop.pdf"
    assert main(["district", "summary", str(district), "--pdf", str(out)]) == 0
    assert "Trường THCS Hòa Bình (79760101)" in text(out)
