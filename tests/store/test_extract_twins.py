"""A school exports an old file that still has two plans of one year; the office extracts it whole."""
from __future__ import annotations

import shutil
from pathlib import Path

from kehoach_desktop.cli import main
from kehoach_desktop.store import plans
from kehoach_desktop.store.database import open_school_file

TWINS = Path(__file__).parent / "fixtures" / "schema-v4-twins.db"


def test_the_office_extracts_a_school_whose_old_file_had_twin_plans(tmp_path, capsys):
    school = tmp_path / "truong.db"
    shutil.copyfile(TWINS, school)
    usb = tmp_path / "usb"
    usb.mkdir()
    assert main(["export", str(school), str(usb)]) == 0
    office = tmp_path / "phong.db"
    assert main(["district", "init", "--name", "UBND xã Tân Lập", str(office)]) == 0
    assert main(["district", "import", str(office), *map(str, usb.glob("*.db"))]) == 0
    out = tmp_path / "ban-trich.db"
    assert main(["district", "extract", str(office), "31-TL-002", "-o", str(out)]) == 0
    db = open_school_file(out, read_only=True)
    try:
        years = [p.school_year for p in plans.list_plans(db)]
        copies = plans.copy_numbers(db)
    finally:
        db.close()
    assert len(years) == 6      # every plan the old file exported, twins included (nothing dropped)
    assert sorted(copies.values()) == [0, 0, 0, 1, 1, 1]          # one plan per year, the rest copies
