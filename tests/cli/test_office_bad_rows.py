"""An office file that already holds bad rows, let in by an older version before incoming values were checked:
one school's month 13, control characters, an unreadable criterion, a 5,000-digit standard, bad JSON, a plan
without a school year and rows of a plan that is not there. Every command still runs, that school's bad values
show as «(không đọc được)» or not at all, and every other school shows as before."""
from __future__ import annotations

import json
import sqlite3

import pytest
from openpyxl import load_workbook

from kehoach_desktop.cli import main
from kehoach_desktop.store.database import open_school_file
from kehoach_desktop.store.district import ADDED, import_files, open_district
from kehoach_desktop.store import plans
from tests.store.exchange_helpers import exported_school, new_district

GOOD, BAD = "79760101", "79760202"


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


BREAKAGES = [
    "UPDATE imported_plan_row SET start_month = '2026-13', end_month = 'xx' WHERE id % 2 = 0",
    "UPDATE imported_plan_row SET criterion_code = '².1' WHERE id = 1",
    "UPDATE imported_plan_row SET criterion_code = printf('%.*c', 5000, '9') || '.1' WHERE id = 2",
    "UPDATE imported_plan_row SET percent = 'abc' WHERE id = 3",
    "UPDATE imported_plan_row SET plan_id = 99 WHERE id = 4",
    "UPDATE imported_plan SET organization = '{\"chair_duties\": 5', purposes = '[[[[', school_year = NULL",
    "UPDATE imported_school SET name = 'Trường' || char(27) || '[2J' || char(7) || char(0) || 'X', "
    "commune = char(8238) || 'xã'",
    "UPDATE imported_progress_update SET row_id = 999",
]


@pytest.fixture
def office(tmp_path):
    files = [exported_school(tmp_path / code, code=code, name=name, rows=6)
             for code, name in ((GOOD, "Trường THCS Hòa Bình"), (BAD, "Trường THCS Lê Lợi"))]
    path = new_district(tmp_path)
    db = open_district(path)
    assert [r.outcome for r in import_files(db, files)] == [ADDED, ADDED]
    db.close()
    conn = sqlite3.connect(path, isolation_level=None)
    bad_import = conn.execute("SELECT current_import FROM district_school WHERE code = ?", [BAD]).fetchone()[0]
    for sql in BREAKAGES:
        conn.execute(sql.replace("WHERE", f"WHERE import_id = {bad_import} AND", 1) if "WHERE" in sql
                     else sql + f" WHERE import_id = {bad_import}")
    conn.close()
    return path


def test_office_list_shows_every_school(capsys, office):
    code, out, err = run(capsys, "office", "list", office, "--year", "2025-2026")
    assert code == 0, err
    assert "Trường THCS Hòa Bình" in out and BAD in out
    code, out, err = run(capsys, "office", "list", office, "--year", "2025-2026", "--json")
    assert code == 0, err
    schools = {s["code"]: s for s in json.loads(out)["schools"]}
    assert schools[GOOD]["rows"] == 6 and schools[GOOD]["school_year"] == "2025-2026"
    assert "\x1b" not in schools[BAD]["name"] and "\u202e" not in schools[BAD]["commune"]


def test_the_summary_and_the_workbook_are_written(capsys, office, tmp_path):
    pdf, xlsx = tmp_path / "tong-hop.pdf", tmp_path / "cac-truong.xlsx"
    assert run(capsys, "office", "summary", office, "--pdf", pdf)[0] == 0
    assert pdf.stat().st_size > 1000
    assert run(capsys, "excel", "district", office, "-o", xlsx)[0] == 0
    codes = [row[0] for row in load_workbook(xlsx).active.iter_rows(min_row=2, values_only=True)]
    assert sorted(codes) == [GOOD, BAD]


def test_both_schools_extract_to_files_that_open(capsys, office, tmp_path):
    for code in (GOOD, BAD):
        out = tmp_path / f"{code}.db"
        result, _, err = run(capsys, "office", "extract", office, code, "-o", out)
        assert result == 0, err
        db = open_school_file(out)
        try:
            for plan in plans.list_plans(db):
                plans.get_plan(db, plan.id)
        finally:
            db.close()
        assert run(capsys, "plan", "show", out)[0] in (0, 2)


def test_the_office_window_opens_and_shows_both_schools(qtbot, office):
    from kehoach_desktop.ui.district.school_model import SchoolModel
    from kehoach_desktop.ui.district.window import DistrictWindow
    window = DistrictWindow(office)
    qtbot.addWidget(window)
    window.year.setCurrentIndex(window.year.findData("2025-2026"))
    model = window.model
    codes = {model.index(r, SchoolModel.FIXED.index("code")).data(): r for r in range(model.rowCount())}
    assert set(codes) == {GOOD, BAD}
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            model.index(row, column).data()
    assert model.index(codes[GOOD], SchoolModel.FIXED.index("rows")).data() == 6
    window.close()


def test_the_window_table_and_the_reports_take_any_standard_key(qtbot, tmp_path):
    """A roll-up cached from an older version may name a standard "²" or one of 5,000 digits."""
    from kehoach_desktop.domain.office import legacy_identity
    from kehoach_desktop.reports.district import print_district_summary
    from kehoach_desktop.reports.xlsx_district import district_workbook
    from kehoach_desktop.store.district_progress import SchoolProgress
    from kehoach_desktop.ui.district.school_model import SchoolModel
    odd = {"²": 50.0, "9" * 5000: 1.0, "2": 40.0, "10": 10.0, "-": "x"}
    school = SchoolProgress(GOOD, "Trường THCS Hòa Bình", "thcs", 1, "2025-2026", "tt18", 6, 1, 30.0, 0,
                            "2026-11-20T08:00:00+00:00", "bad time", 1, standards=odd)
    model = SchoolModel()
    model.set_schools([school])
    assert model.standards[:2] == ["2", "10"]
    cells = [model.data(model.index(0, column)) for column in range(model.columnCount())]
    assert cells[-5:-3] == ["40%", "10%"] and sorted(cells[-3:]) == ["", "1%", "50%"]
    print_district_summary(legacy_identity("Phòng GD&ĐT Quận 3"), [school.to_dict()], tmp_path / "a.pdf")
    district_workbook([school.to_dict()]).save(tmp_path / "a.xlsx")
