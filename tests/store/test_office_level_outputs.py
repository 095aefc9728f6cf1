"""The level reaches everything the office hands on: `kehoach office list|summary` (text and --json), the summary
PDF and `kehoach excel district`, each with the count per level («Mức 2: 1 trường, Mức 1: 0, Chưa đạt: 0, Chưa
gửi: 1»)."""
from __future__ import annotations

import json

from openpyxl import load_workbook

from kehoach_desktop.cli import EXIT_OK, main
from kehoach_desktop.reports.district import level_counts, level_label, level_tally
from tests.reports.pdftext import text
from tests.store.test_office_level import ASSESSED, PLAIN, YEAR, commune, schools, take  # noqa: F401 (fixture)

TALLY = "Mức 2: 1 trường, Mức 1: 0, Chưa đạt: 0, Chưa gửi: 1"


def test_the_command_line_lists_the_level_and_counts_the_schools_at_each(tmp_path, schools, capsys):
    office = commune(tmp_path)
    take(office, *schools["files"])
    capsys.readouterr()
    assert main(["office", "list", str(office), "--year", YEAR]) == EXIT_OK
    lines = capsys.readouterr().out.splitlines()
    assert "Tự đánh giá" in lines[1]
    [assessed] = [line for line in lines if line.startswith(ASSESSED)]
    [plain] = [line for line in lines if line.startswith(PLAIN)]
    assert "Mức 2" in assessed and "Mức" not in plain
    assert lines[-1] == f"Mức tự đánh giá năm học {YEAR}: {TALLY}."
    assert main(["office", "summary", str(office), "--year", YEAR, "--json"]) == EXIT_OK
    data = json.loads(capsys.readouterr().out)
    by_code = {s["code"]: s for s in data["schools"]}
    assert (by_code[ASSESSED]["assessed"], by_code[ASSESSED]["assessment_level"]) == (True, 2)
    assert by_code[ASSESSED]["assessment_why"][0].startswith("Đạt Mức 2")
    assert (by_code[PLAIN]["assessed"], by_code[PLAIN]["assessment_level"]) == (False, None)
    assert data["assessment_levels"] == {"2": 1, "1": 0, "0": 0, "not_sent": 1}


def test_the_summary_pdf_and_the_workbook_carry_the_column_and_the_count(tmp_path, schools, capsys):
    office = commune(tmp_path)
    take(office, *schools["files"])
    pdf, xlsx = tmp_path / "tong-hop.pdf", tmp_path / "cac-truong.xlsx"
    assert main(["office", "summary", str(office), "--year", YEAR, "--pdf", str(pdf)]) == EXIT_OK
    flat = " ".join(text(pdf).split())
    assert "Mức tự đánh giá" in flat and TALLY in flat
    assert main(["excel", "district", str(office), "-o", str(xlsx)]) == EXIT_OK
    book = load_workbook(xlsx)
    sheet = book["Các trường"]
    header = [c.value for c in sheet[1]]
    rows = {r[0]: r[header.index("Mức tự đánh giá")] for r in sheet.iter_rows(min_row=2, values_only=True)}
    assert rows == {ASSESSED: "Mức 2", PLAIN: None}
    counts = list(book["Mức tự đánh giá"].iter_rows(min_row=2, values_only=True))
    assert counts == [("Mức 2", 1), ("Mức 1", 0), ("Chưa đạt", 0), ("Chưa gửi", 1), ("Tổng số trường", 2)]


def test_the_printed_words_for_each_kind_of_school():
    schools = [{"assessed": True, "assessment_level": 2}, {"assessed": True, "assessment_level": 0},
               {"assessed": True, "assessment_level": None}, {"assessed": False, "assessment_level": None},
               {"assessed": True, "assessment_level": True}, {}]
    assert [level_label(s) for s in schools] == ["Mức 2", "Chưa đạt Mức 1", "Chưa xếp mức", "", "Chưa xếp mức", ""]
    assert level_counts(schools) == {"Mức 2": 1, "Mức 1": 0, "Chưa đạt": 1, "Chưa xếp mức": 2, "Chưa gửi": 2}
    assert level_tally([]) == "Mức 2: 0 trường, Mức 1: 0, Chưa đạt: 0, Chưa gửi: 0"
