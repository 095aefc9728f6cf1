"""An office that cannot be fooled: who may speak for a school, and which of its files is the newest.

Each story ends with the office file byte for byte as it was whenever a file is refused or held."""
from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone

import pytest

from kehoach_desktop.store.district import ADDED, HELD, REFUSED, REPLACED, import_files, open_district
from kehoach_desktop.store.district_progress import district_overview
from kehoach_desktop.store.district_trust import KEY_CHANGE, LOOK_ALIKE, RENAME, Confirmations, pinned_key
from kehoach_desktop.store.exchange import export_for_district
from kehoach_desktop.store.school_schema import HASH_KEY, content_hash
from tests.store.exchange_helpers import digest, new_district
from tests.store.school_factory import make_school

NOW = datetime.now(timezone.utc).replace(microsecond=0)


@pytest.fixture
def office(tmp_path):
    return new_district(tmp_path)


def run_import(office, *files, **options):
    db = open_district(office)
    try:
        return import_files(db, files, **options)
    finally:
        db.close()


def school_in(folder, **values):
    folder.mkdir(parents=True, exist_ok=True)
    return make_school(folder / "truong.db", **values)


def export(school, folder, hours: float = 0):
    folder.mkdir(parents=True, exist_ok=True)
    return export_for_district(school, folder, now=NOW + timedelta(hours=hours)).path


def schools(office):
    db = open_district(office)
    try:
        return {s.code: s.name for s in district_overview(db)}
    finally:
        db.close()


def edit_export(path, sql: str, *, keep_signature: bool = True):
    """Someone edits an export and recomputes its content hash (there is no secret in a hash)."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute(sql)
        conn.execute("DELETE FROM app_meta WHERE key = ?", [HASH_KEY])
        if not keep_signature:
            conn.execute("DELETE FROM app_meta WHERE key IN ('export.signature', 'export.public_key')")
        conn.execute("INSERT INTO app_meta (key, value) VALUES (?, ?)", [HASH_KEY, content_hash(conn)])
    finally:
        conn.close()


def test_an_edited_export_with_a_recomputed_hash_is_refused_for_its_signature(tmp_path, office):
    path = export(make_school(tmp_path / "truong.db"), tmp_path / "usb")
    edit_export(path, "UPDATE plan_row SET status = 'done', percent = 100")
    before = digest(office)
    [report] = run_import(office, path)
    assert report.outcome == REFUSED and "chữ ký của tệp không khớp" in report.message
    assert digest(office) == before


def test_a_key_change_is_held_then_confirmed_and_the_new_key_pinned(tmp_path, office):
    first = export(school_in(tmp_path / "a"), tmp_path / "usb1")
    assert [r.outcome for r in run_import(office, first)] == [ADDED]
    # The PC was reinstalled: the school made its file again (a new key), same code and name.
    again = export(school_in(tmp_path / "b"), tmp_path / "usb2", hours=1)
    before = digest(office)
    [held] = run_import(office, again)
    assert held.outcome == HELD and held.hold == KEY_CHANGE
    assert "khóa ký tệp của Trường THCS Hòa Bình đã đổi" in held.message and "--accept-key 79760101" in held.message
    assert digest(office) == before
    [taken] = run_import(office, again, confirmed=Confirmations.of(key_change=["79760101"]))
    assert taken.outcome == REPLACED
    db = open_district(office)
    try:
        assert pinned_key(db, "79760101") == dict(sqlite3.connect(again).execute(
            "SELECT key, value FROM app_meta"))["export.public_key"]
    finally:
        db.close()


def test_an_unsigned_file_for_a_school_whose_key_is_pinned_is_refused(tmp_path, office):
    school = make_school(tmp_path / "truong.db")
    run_import(office, export(school, tmp_path / "usb1"))
    stripped = export(school, tmp_path / "usb2", hours=1)
    edit_export(stripped, "UPDATE plan_row SET percent = 100", keep_signature=False)
    before = digest(office)
    [report] = run_import(office, stripped)
    assert report.outcome == REFUSED and "không có chữ ký" in report.message
    assert digest(office) == before


def test_a_file_stamped_two_days_ahead_is_held_and_the_schools_next_file_still_comes_in(tmp_path, office):
    school = make_school(tmp_path / "truong.db")
    run_import(office, export(school, tmp_path / "usb1"))
    ahead = export(school, tmp_path / "usb2", hours=47)            # the PC's clock was wrong that day
    before = digest(office)
    [held] = run_import(office, ahead)
    assert held.outcome == HELD and "sau hôm nay hơn một ngày" in held.message
    assert digest(office) == before
    genuine = export(school, tmp_path / "usb3", hours=2)           # the clock fixed, two hours later
    assert [r.outcome for r in run_import(office, genuine)] == [REPLACED]


def test_the_export_counter_not_the_clock_decides_which_file_is_newer(tmp_path, office):
    school = make_school(tmp_path / "truong.db")
    later_on_paper = export(school, tmp_path / "usb1", hours=5)     # the clock ran ahead for this one
    newer = export(school, tmp_path / "usb2", hours=1)             # exported after it, clock set right
    assert [r.outcome for r in run_import(office, later_on_paper)] == [ADDED]
    assert [r.outcome for r in run_import(office, newer)] == [REPLACED]
    before = digest(office)
    [old] = run_import(office, later_on_paper)
    assert old.outcome in (REFUSED, "unchanged") and digest(office) == before


@pytest.mark.parametrize("typed", ["79760101 ", "  79760101", "７９７６０１０１"])
def test_a_code_typed_differently_is_the_same_school(tmp_path, office, typed):
    school = make_school(tmp_path / "truong.db")
    run_import(office, export(school, tmp_path / "usb1"))
    conn = sqlite3.connect(school)
    conn.execute("UPDATE school SET code = ?", [typed])
    conn.commit()
    conn.close()
    assert [r.outcome for r in run_import(office, export(school, tmp_path / "usb2", hours=1))] == [REPLACED]
    assert list(schools(office)) == ["79760101"]


def test_a_code_in_other_letters_that_looks_the_same_is_held_then_taken_as_another_school(tmp_path, office):
    run_import(office, export(make_school(tmp_path / "a.db", code="THCS-AP-017"), tmp_path / "usb1"))
    cyrillic = export(make_school(tmp_path / "b.db", code="THCS-АР-017"), tmp_path / "usb2", hours=1)
    before = digest(office)
    [held] = run_import(office, cyrillic)
    assert held.outcome == HELD and held.hold == LOOK_ALIKE and "trông giống mã «THCS-AP-017»" in held.message
    assert digest(office) == before
    assert [r.outcome for r in run_import(office, cyrillic, confirmed=Confirmations.of(
        look_alike=["THCS-АР-017"]))] == [ADDED]
    assert len(schools(office)) == 2


def test_accepting_a_rename_names_the_codes_it_applies_to(tmp_path, office):
    files = {}
    for code in ("79760101", "79760102"):
        school = make_school(tmp_path / f"{code}.db", code=code, name=f"Trường THCS {code}")
        run_import(office, export(school, tmp_path / f"usb-{code}"))
        conn = sqlite3.connect(school)
        conn.execute("UPDATE school SET name = 'Trường THCS Mới'")
        conn.commit()
        conn.close()
        files[code] = export(school, tmp_path / f"usb2-{code}", hours=1)
    reports = run_import(office, *files.values(), confirmed=Confirmations.of(rename=["79760101"]))
    assert [(r.school_code, r.outcome) for r in reports] == [("79760101", REPLACED), ("79760102", HELD)]
    assert reports[1].hold == RENAME
    assert schools(office) == {"79760101": "Trường THCS Mới", "79760102": "Trường THCS 79760102"}


def test_a_file_stamped_2099_is_held_not_refused_and_blocks_nothing(tmp_path, office):
    school = make_school(tmp_path / "truong.db")
    run_import(office, export(school, tmp_path / "usb1"))
    wild = export(school, tmp_path / "usb2", hours=(datetime(2099, 1, 1, tzinfo=timezone.utc) - NOW).total_seconds() / 3600)
    [held] = run_import(office, wild)
    assert held.outcome == HELD and "2099" in held.message
    assert [r.outcome for r in run_import(office, export(school, tmp_path / "usb3", hours=1))] == [REPLACED]
