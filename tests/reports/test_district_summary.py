"""The office prints one page to sign: every school's progress, overall and per standard, under the
office's own letterhead (its governing body above it), numbered «Số: …/BC-…», signed by name, with a
Nơi nhận that names who it goes to. A document dated before 01/7/2025 prints the Phòng GD&ĐT."""
from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from kehoach_desktop.cli import EXIT_OK, main
from kehoach_desktop.domain.office import new_identity
from kehoach_desktop.reports.district import print_district_summary
from tests.reports.pdftext import missing_words, page_sizes, text
from tests.store.exchange_helpers import exported_school, new_district

OLD_FILE = Path(__file__).resolve().parents[1] / "store" / "fixtures" / "district-v1.db"
COMMUNE = ("--kind", "xa", "--commune", "xã Vĩnh Hải", "--province", "thành phố Hải Phòng",
           "--signer", "Nguyễn Thị Hoa")


def school(code: str, name: str, percent: float, standards: dict, year: str = "2025-2026") -> dict:
    return {"code": code, "name": name, "level": "thcs", "plans": 1, "school_year": year,
            "framework_id": "tt18", "rows": 15, "done": 4, "percent": percent, "late": 3,
            "exported_at": "", "imported_at": "", "imports": 1, "standards": standards}


def in_order(printed: str, *parts: str) -> bool:
    """Each of ``parts`` in ``printed`` (spaces as printed, any run of them), after the one before."""
    flat = " ".join(printed.split())
    at = 0
    for part in parts:
        found = flat.find(part, at)
        if found < 0:
            return False
        at = found + len(part)
    return True


def test_the_summary_lists_every_school_with_per_standard_percent(tmp_path):
    out = tmp_path / "tong-hop.pdf"
    print_district_summary("Phòng GD&ĐT Quận 3", [
        school("79760101", "Trường THCS Hòa Bình", 48.0, {"1": 36.7, "2": 100.0}, "2024-2025"),
        school("79760202", "Trường THCS Lê Lợi", 12.5, {"1": 10.0, "3": 5.0}, "2024-2025"),
    ], out, today=date(2025, 4, 10), school_year="2024-2025")
    printed = text(out)
    assert missing_words("Quận 3, ngày 10 tháng 4 năm 2025 BÁO CÁO TỔNG HỢP năm học 2024-2025 "
                         "Trường THCS Hòa Bình (79760101) Trường THCS Lê Lợi (79760202) TC 1 TC 2 TC 3 "
                         "48,0% 12,5% 100% 37% TRƯỞNG PHÒNG", printed) == []
    # A file known by its name only is the Phòng GD&ĐT of its district, under the district's UBND.
    assert in_order(printed, "UBND QUẬN 3", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "Số:", "/BC-PGDĐT")
    assert "Phòng GD&ĐT Quận 3 đã nhận tệp kế hoạch năm học 2024-2025 của 2 trường" in " ".join(printed.split())
    assert in_order(printed, "Nơi nhận:", "- UBND Quận 3 (b/c);", "- Lưu: VT.")
    assert page_sizes(out)[0] == (842, 595)          # landscape A4: the table is wide


def test_a_school_without_a_plan_of_the_year_is_listed_as_not_sent(tmp_path):
    out = tmp_path / "tong-hop.pdf"
    office = new_identity("xa", commune="xã Vĩnh Hải", signer_name="Nguyễn Thị Hoa")
    late = school("79760202", "Trường THCS Lê Lợi", 0.0, {}, "") | {"plans": 1, "rows": 0, "late": 0}
    print_district_summary(office, [school("79760101", "Trường THCS Hòa Bình", 48.0, {"1": 36.7}, "2026-2027"),
                                    late], out, today=date(2026, 12, 1), school_year="2026-2027")
    flat = " ".join(text(out).split())
    assert "của 1 trường" in flat and "1 trường chưa gửi kế hoạch năm học 2026-2027" in flat
    assert "Trường THCS Lê Lợi (79760202) —" in flat


def test_a_commune_office_prints_its_letterhead_number_signer_and_recipients(tmp_path, capsys):
    office = tmp_path / "vinh-hai.db"
    assert main(["office", "init", str(office), *COMMUNE]) == EXIT_OK
    assert "Chưa kiểm chứng" in capsys.readouterr().out       # the letterhead is inferred: said so
    export = exported_school(tmp_path / "a", year=2026)
    assert main(["office", "import", str(office), str(export)]) == EXIT_OK
    out = tmp_path / "tong-hop.pdf"
    assert main(["office", "summary", str(office), "--year", "2026-2027", "--pdf", str(out), "--number", "12",
                 "--date", "01/12/2026"]) == EXIT_OK
    printed = text(out)
    assert in_order(printed, "UBND XÃ VĨNH HẢI", "PHÒNG VĂN HÓA - XÃ HỘI", "Số: 12/BC-VHXH",
                    "Vĩnh Hải, ngày 01 tháng 12 năm 2026")
    assert in_order(printed, "Phòng Văn hóa - Xã hội xã Vĩnh Hải đã nhận tệp kế hoạch năm học 2026-2027 của 1 trường")
    assert in_order(printed, "Trường THCS Hòa Bình (79760101) 2026-2027 15")
    assert in_order(printed, "Nơi nhận:", "- UBND xã Vĩnh Hải (b/c);", "- Lưu: VT.")
    assert in_order(printed, "TRƯỞNG PHÒNG", "Nguyễn Thị Hoa")
    assert "Phòng GD" not in printed


def test_a_so_prints_its_letterhead_and_the_recipients_given_on_the_command_line(tmp_path, capsys):
    office = tmp_path / "so.db"
    assert main(["office", "init", str(office), "--kind", "so", "--province", "thành phố Hải Phòng",
                 "--signer", "Trần Văn Bình", "--signer-title", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC"]) == EXIT_OK
    out = tmp_path / "so.pdf"
    assert main(["office", "summary", str(office), "--pdf", str(out)]) == EXIT_OK
    printed = text(out)
    assert in_order(printed, "UBND THÀNH PHỐ HẢI PHÒNG", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "/BC-SGDĐT", "Hải Phòng, ngày")
    assert in_order(printed, "Nơi nhận:", "- UBND thành phố Hải Phòng (b/c);", "- Các trường (t/h);", "- Lưu: VT.")
    assert in_order(printed, "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trần Văn Bình")
    again = tmp_path / "so-2.pdf"
    assert main(["office", "summary", str(office), "--pdf", str(again), "--recipient", "Bộ GD&ĐT (b/c)",
                 "--signer", "Lê Thị Lan", "--signer-title", "GIÁM ĐỐC"]) == EXIT_OK
    printed = text(again)
    assert in_order(printed, "Nơi nhận:", "- Bộ GD&ĐT (b/c);", "- Lưu: VT.") and "Các trường (t/h)" not in printed
    assert in_order(printed, "GIÁM ĐỐC", "Lê Thị Lan") and "Trần Văn Bình" not in printed


def test_an_old_district_file_prints_the_phong_gd_dt_for_a_date_before_the_reform(tmp_path, capsys):
    office = tmp_path / "q3.db"
    shutil.copyfile(OLD_FILE, office)          # made before offices had a kind; migrated when opened
    before = tmp_path / "2025-04.pdf"
    assert main(["district", "summary", str(office), "--year", "2024-2025", "--pdf", str(before),
                 "--date", "10/04/2025"]) == EXIT_OK
    printed = text(before)
    assert in_order(printed, "UBND QUẬN 3", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "/BC-PGDĐT", "Quận 3, ngày 10 tháng 4 năm 2025")
    assert in_order(printed, "Phòng GD&ĐT Quận 3 đã nhận tệp kế hoạch năm học 2024-2025 của 2 trường")
    assert capsys.readouterr().err == ""
    # Printed today, the Phòng GD&ĐT that no longer exists is pointed out (and printed anyway).
    assert main(["office", "summary", str(office), "--year", "2024-2025", "--pdf", str(tmp_path / "nay.pdf")]) == 0
    assert "không còn từ 01/07/2025" in capsys.readouterr().err
    # The officer says which office the file is now: from 01/7/2025 on it is the ward's.
    assert main(["office", "set", str(office), "--kind", "xa", "--commune", "phường Bàn Cờ", "--province",
                 "thành phố Hồ Chí Minh", "--signer", "Lê Văn Tám"]) == EXIT_OK
    assert "áp dụng từ ngày 01/07/2025" in capsys.readouterr().out
    after = tmp_path / "2026-12.pdf"
    assert main(["office", "summary", str(office), "--year", "2024-2025", "--pdf", str(after),
                 "--date", "01/12/2026"]) == EXIT_OK
    assert capsys.readouterr().err == ""
    printed = text(after)
    assert in_order(printed, "UBND PHƯỜNG BÀN CỜ", "PHÒNG VĂN HÓA - XÃ HỘI", "Bàn Cờ, ngày 01 tháng 12 năm 2026")
    assert in_order(printed, "TRƯỞNG PHÒNG", "Lê Văn Tám") and "Phòng GD" not in printed
    again = tmp_path / "2025-04-again.pdf"       # the April 2025 report printed again: as it was
    assert main(["office", "summary", str(office), "--year", "2024-2025", "--pdf", str(again),
                 "--date", "10/04/2025"]) == EXIT_OK
    assert in_order(text(again), "UBND QUẬN 3", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "Quận 3, ngày 10 tháng 4 năm 2025")


def test_district_summary_pdf_from_the_command_line(tmp_path, capsys):
    district = new_district(tmp_path)
    main(["district", "import", str(district), str(exported_school(tmp_path))])
    out = tmp_path / "tong-hop.pdf"
    assert main(["district", "summary", str(district), "--year", "2025-2026", "--pdf", str(out)]) == 0
    assert in_order(text(out), "Trường THCS Hòa Bình (79760101)")
