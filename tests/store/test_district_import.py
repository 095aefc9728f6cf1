"""The district officer loads the schools' files: who is who, which version wins, nothing lost."""
from __future__ import annotations

import pytest

from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.store.database import open_school_file
from kehoach_desktop.store.district import (
    ADDED, HELD, REFUSED, REPLACED, UNCHANGED, import_files, open_district,
)
from kehoach_desktop.store.district_progress import district_overview
from kehoach_desktop.store.district_trust import Confirmations
from kehoach_desktop.store import plans
from tests.store.exchange_helpers import digest, exported_school, new_district


@pytest.fixture
def district(tmp_path):
    return new_district(tmp_path)


def run_import(district, *files, **options):
    db = open_district(district)
    try:
        return import_files(db, files, **options)
    finally:
        db.close()


def overview(district):
    db = open_district(district)
    try:
        return {s.code: s for s in district_overview(db)}
    finally:
        db.close()


def test_schools_are_added_side_by_side_with_their_progress(tmp_path, district):
    a = exported_school(tmp_path, "79760101", "Trường THCS Hòa Bình", rows=15)
    b = exported_school(tmp_path, "79760202", "Trường THCS Lê Lợi", rows=12)
    reports = run_import(district, a, b)
    assert [r.outcome for r in reports] == [ADDED, ADDED]
    assert "Trường THCS Lê Lợi" in reports[1].message
    schools = overview(district)
    assert schools["79760101"].rows == 15 and schools["79760202"].rows == 12
    # rows 1, 5, 9, 13 were done, but row 1 then got a 50 % report: three remain done
    assert schools["79760101"].done == 3 and schools["79760101"].plans == 1
    assert 0 < schools["79760101"].percent < 100
    # the factory's codes run to x.7; those TT18 lacks (2.5, 4.4 …) are attached to no standard: "-"
    assert schools["79760101"].standards.keys() == {"1", "2", "3", "4", "5", "-"}


def test_the_same_file_twice_changes_nothing(tmp_path, district):
    a = exported_school(tmp_path)
    run_import(district, a)
    before = digest(district)
    assert [r.outcome for r in run_import(district, a)] == [UNCHANGED]
    assert digest(district) == before


def test_a_newer_export_replaces_the_school_and_keeps_the_earlier_one_as_history(tmp_path, district):
    school_file = tmp_path / "truong.db"
    first = exported_school(tmp_path, school_file=school_file, hours=0)
    db = open_school_file(school_file)
    plan = plans.list_plans(db)[0]
    plans.delete_row(db, plans.list_rows(db, plan.id)[0].id)
    db.close()
    second = exported_school(tmp_path, school_file=school_file, hours=5)
    assert [r.outcome for r in run_import(district, first, second)] == [ADDED, REPLACED]
    assert overview(district)["79760101"].rows == 14
    assert overview(district)["79760101"].imports == 2


def test_an_older_export_of_an_imported_school_is_refused(tmp_path, district):
    school_file = tmp_path / "truong.db"
    old = exported_school(tmp_path, school_file=school_file, hours=0)
    new = exported_school(tmp_path, school_file=school_file, hours=5)
    run_import(district, new)
    before = digest(district)
    [report] = run_import(district, old)
    assert report.outcome == REFUSED and "cũ hơn" in report.message and old.name in report.message
    assert digest(district) == before


def test_the_same_code_under_another_name_is_held_back_unless_the_officer_accepts(tmp_path, district):
    first = exported_school(tmp_path / "a", "79760101", "Trường THCS Hòa Bình")
    run_import(district, first)
    school_file = next((tmp_path / "a").glob("truong-*.db"))
    db = open_school_file(school_file)
    try:
        db.execute("UPDATE school SET name = 'Trường THCS Nguyễn Du'")
    finally:
        db.close()
    renamed = exported_school(tmp_path / "a", "79760101", school_file=school_file, hours=3)
    before = digest(district)
    [report] = run_import(district, renamed)
    assert report.outcome == HELD and "Trường THCS Hòa Bình" in report.message
    assert "--accept-rename" in report.message
    assert digest(district) == before
    assert [r.outcome for r in run_import(district, renamed, confirmed=Confirmations.of(rename=["79760101"]))] == [REPLACED]
    assert overview(district)["79760101"].name == "Trường THCS Nguyễn Du"


def test_one_school_never_overwrites_another(tmp_path, district):
    a = exported_school(tmp_path, "79760101", "Trường THCS Hòa Bình", rows=15)
    b = exported_school(tmp_path, "79760202", "Trường THCS Lê Lợi", rows=3, hours=9)
    run_import(district, a, b)
    schools = overview(district)
    assert (schools["79760101"].rows, schools["79760202"].rows) == (15, 3)


def test_a_refused_file_does_not_stop_the_others(tmp_path, district):
    junk = tmp_path / "virus.db"
    junk.write_bytes(b"MZ" + b"\0" * 5000)
    good = exported_school(tmp_path)
    reports = run_import(district, junk, good)
    assert [r.outcome for r in reports] == [REFUSED, ADDED]
    assert "virus.db" in reports[0].message and "không phải" in reports[0].message


def test_school_and_district_files_are_not_confused(tmp_path, district):
    school_file = tmp_path / "truong.db"
    exported_school(tmp_path, school_file=school_file)
    with pytest.raises(InputError, match="tệp dữ liệu của một trường"):
        open_district(school_file)
    with pytest.raises(InputError, match="Phòng GD&ĐT"):
        open_school_file(district)


def test_an_export_from_an_older_program_version_still_imports(tmp_path, district):
    import shutil
    from kehoach_desktop.store.exchange import export_for_district
    from tests.conftest import FIXTURES
    old = tmp_path / "truong-cu.db"
    shutil.copyfile(FIXTURES / "schema-v1.db", old)
    stick = tmp_path / "USB"
    stick.mkdir()
    exported = export_for_district(old, stick).path     # read-only: the school's file is not upgraded
    [report] = run_import(district, exported)
    assert report.outcome == ADDED, report.message
    [school] = overview(district).values()
    assert school.rows == 1 and school.done == 0      # progress columns it lacked take their defaults
