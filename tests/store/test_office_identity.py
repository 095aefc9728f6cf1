"""The office file knows which office it is: old Phòng GD&ĐT files open with their history, today's
offices are a commune's Phòng Văn hóa - Xã hội or a Sở, and the overview shows the year asked for."""
from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.office import (
    change_day, identity_on, legacy_identity, new_identity, outdated_office, report_number,
)
from kehoach_desktop.store.district import create_office, import_files, open_district
from kehoach_desktop.store.district_extract import import_history
from kehoach_desktop.store.district_office import identity_at, identity_history, record_identity
from kehoach_desktop.store.district_progress import district_overview, school_years
from kehoach_desktop.store.district_schema import copied_table, district_migrations
from kehoach_desktop.store.exchange import export_for_district
from tests.store.exchange_helpers import BASE_TIME, exported_with_next_year
from tests.store.school_factory import make_school

OLD_FILE = Path(__file__).with_name("fixtures") / "district-v1.db"


def test_an_old_district_file_is_migrated_as_a_phong_gd_dt_with_its_history(tmp_path):
    path = shutil.copyfile(OLD_FILE, tmp_path / "q3.db")
    db = open_district(path)
    try:
        assert not district_migrations.pending(db)
        [identity] = identity_history(db)
        assert (identity.kind, identity.name, identity.since) == ("district", "Phòng GD&ĐT Quận 3", "")
        assert (identity.governing_body, identity.office_line, identity.place) == (
            "UBND QUẬN 3", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "Quận 3")
        assert identity.label == "Phòng GD&ĐT (trước 01/7/2025)"
        history = import_history(db)
        assert sorted((e.school_code, e.current) for e in history) == [
            ("79760101", False), ("79760101", True), ("79760202", True)]
        schools = {s.code: s for s in district_overview(db, school_year="2024-2025")}
        assert (schools["79760101"].rows, schools["79760101"].imports, schools["79760202"].rows) == (15, 2, 6)
    finally:
        db.close()


def test_a_follow_school_step_still_runs_on_a_file_that_has_the_office_step(tmp_path):
    path = create_office(tmp_path / "xa.db", new_identity("xa", commune="xã Vĩnh Hải"))
    conn = sqlite3.connect(path)     # as if the newest follow step came with a later program
    conn.execute(f"ALTER TABLE {copied_table('plan_row')} DROP COLUMN expected_evidence")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = (SELECT MAX(name) FROM _sqlite_migrations "
                 "WHERE name LIKE 'follow_school_%')")
    conn.commit()
    conn.close()
    db = open_district(path)
    try:
        columns = {r[1] for r in db.execute(f"PRAGMA table_info({copied_table('plan_row')})")}
        assert "expected_evidence" in columns and identity_at(db).kind == "commune"
    finally:
        db.close()


def test_a_change_keeps_the_office_of_earlier_documents(tmp_path):
    path = shutil.copyfile(OLD_FILE, tmp_path / "q3.db")
    db = open_district(path)
    try:
        old = identity_at(db)
        ward = new_identity("xa", commune="phường Bàn Cờ", province="thành phố Hồ Chí Minh", signer_name="Lê Văn Tám")
        since = change_day(old, ward.kind, date(2026, 12, 1))
        assert since == date(2025, 7, 1)        # the Phòng ended on 30/6/2025; the ward's office began
        record_identity(db, ward, since)
        assert identity_at(db, date(2025, 6, 30)).name == "Phòng GD&ĐT Quận 3"
        assert identity_at(db, date(2025, 7, 1)).governing_body == "UBND PHƯỜNG BÀN CỜ"
        signer = identity_at(db).changed(signer_name="Phạm Thu Hà")
        record_identity(db, signer, change_day(identity_at(db), signer.kind, date(2026, 12, 1)))
        assert identity_at(db, date(2026, 11, 30)).signer_name == "Lê Văn Tám"
        assert identity_at(db, date(2026, 12, 1)).signer_name == "Phạm Thu Hà"
    finally:
        db.close()


def test_the_office_kinds_come_from_the_data():
    commune = new_identity("xã", commune="Xã Vĩnh Hải", province="thành phố Hải Phòng", signer_name="Nguyễn Thị Hoa")
    assert (commune.governing_body, commune.office_line, commune.place, commune.symbol) == (
        "UBND XÃ VĨNH HẢI", "PHÒNG VĂN HÓA - XÃ HỘI", "Vĩnh Hải", "BC-VHXH")
    assert commune.recipients == ("UBND xã Vĩnh Hải (b/c)", "Lưu: VT") and commune.name.endswith("xã Vĩnh Hải")
    so = new_identity("so", province="tỉnh Ninh Bình")
    assert (so.governing_body, so.office_line, so.name, so.signer_title) == (
        "UBND TỈNH NINH BÌNH", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Sở GD&ĐT Ninh Bình", "GIÁM ĐỐC")
    assert so.recipients == ("UBND tỉnh Ninh Bình (b/c)", "Các trường (t/h)", "Lưu: VT")
    with pytest.raises(InputError, match="kèm loại đơn vị"):
        new_identity("so", province="Ninh Bình")          # tỉnh or thành phố: the letterhead needs it
    with pytest.raises(InputError, match="Không có loại cơ quan"):
        new_identity("huyện ủy")
    unknown = legacy_identity("Phòng GD&ĐT An Phú")     # which kind of district it was is not said
    assert (unknown.governing_body, unknown.office_line, unknown.place) == ("", "PHÒNG GD&ĐT AN PHÚ", "An Phú")
    assert report_number("", "BC-VHXH").endswith("/BC-VHXH") and report_number("12", "BC-VHXH") == "12/BC-VHXH"
    assert report_number("05/BC-UBND", "BC-VHXH") == "05/BC-UBND"
    assert identity_on([unknown], date(2020, 1, 1)) is unknown
    assert outdated_office(unknown, date(2025, 6, 30)) == []
    assert "không còn từ 01/07/2025" in outdated_office(unknown, date(2025, 7, 1))[0].message


def test_the_overview_shows_each_schools_plan_of_the_year_asked_for(tmp_path):
    office = create_office(tmp_path / "xa.db", new_identity("xa", commune="xã Vĩnh Hải"))
    other = make_school(tmp_path / "le-loi.db", code="79760202", name="Trường THCS Lê Lợi", rows=6, year=2025)
    (tmp_path / "usb2").mkdir()
    files = [exported_with_next_year(tmp_path / "a", 2026), export_for_district(other, tmp_path / "usb2", now=BASE_TIME).path]
    db = open_district(office)
    try:
        import_files(db, files)
        assert school_years(db) == ["2027-2028", "2026-2027", "2025-2026"]
        running = {s.code: s for s in district_overview(db, as_of=date(2026, 12, 15), school_year="2026-2027")}
        hoa_binh = running["79760101"]
        assert (hoa_binh.school_year, hoa_binh.rows, hoa_binh.plans) == ("2026-2027", 15, 2)
        assert hoa_binh.percent > 0 and hoa_binh.late > 0          # its running plan, late rows and all
        assert running["79760202"].school_year == ""               # no plan of that year: none shown
        newest = {s.code: s for s in district_overview(db, as_of=date(2026, 12, 15))}
        assert newest["79760101"].school_year == "2027-2028" and newest["79760101"].percent == 0
    finally:
        db.close()
