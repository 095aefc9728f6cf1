"""Two levels: a commune office sends the Sở one file of its schools; the Sở finds them under that commune,
one school whichever way its file came, and refuses a damaged or forged bundle without a trace."""
from __future__ import annotations

import hashlib
import json
import zipfile

import pytest

from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.store.district import ADDED, REFUSED, REPLACED, UNCHANGED, open_district
from kehoach_desktop.store.district_extract import import_history
from kehoach_desktop.store.district_progress import district_overview
from kehoach_desktop.store.incoming import read_incoming_bytes
from kehoach_desktop.store.office_bundle import MANIFEST, open_bundle
from kehoach_desktop.store.office_bundle_export import export_bundle
from tests.store.bundle_helpers import commune_bundle, new_commune, new_province, rewritten, run_import
from tests.store.exchange_helpers import digest, exported_school


@pytest.fixture
def schools(tmp_path):
    return [exported_school(tmp_path / "a", "79760101", "Trường THCS Hòa Bình"),
            exported_school(tmp_path / "b", "79760202", "Trường Tiểu học Lê Lợi", rows=8)]


@pytest.fixture
def bundle(tmp_path, schools):
    return commune_bundle(new_commune(tmp_path / "xa"), schools, tmp_path / "usb")


def commune_of(tmp_path):
    """The commune office file the ``bundle`` fixture made."""
    return tmp_path / "xa" / "xa.db"


def overview(office):
    db = open_district(office)
    try:
        return district_overview(db)
    finally:
        db.close()


def history(office, code):
    db = open_district(office)
    try:
        return [(e.exported_at, e.current) for e in import_history(db, code)], [
            r[0] for r in db.execute("SELECT through FROM import_log WHERE school_code = ? ORDER BY id", [code])]
    finally:
        db.close()


def test_the_commune_sends_its_schools_and_the_so_finds_them_under_that_commune(tmp_path, schools, bundle):
    assert bundle.name == "xa-vinh-hai-20261120.kehoach-tonghop.zip"
    with open_bundle(bundle) as (opened, archive):
        assert opened.office["kind"] == "commune" and opened.office["commune"] == "xã Vĩnh Hải"
        assert [(m.code, m.name) for m in opened.members] == [("79760101", "Trường THCS Hòa Bình"),
                                                               ("79760202", "Trường Tiểu học Lê Lợi")]
        # each member is a school's export, stamped with the school's own export time
        member = opened.members[0]
        incoming = read_incoming_bytes(archive.read(member.entry), member.entry)
        assert incoming.meta["export.exported_at"] == "2026-11-20T08:00:00.000000+00:00"
    so = new_province(tmp_path / "so")
    reports = run_import(so, bundle)
    assert [r.outcome for r in reports] == [ADDED, ADDED]
    assert "qua Phòng Văn hóa - Xã hội xã Vĩnh Hải" in reports[0].message
    seen = overview(so)
    assert [(s.commune, s.name) for s in seen] == [("xã Vĩnh Hải", "Trường THCS Hòa Bình"),
                                                   ("xã Vĩnh Hải", "Trường Tiểu học Lê Lợi")]
    assert seen[0].rows == 15 and seen[1].rows == 8
    # the same roll-up the commune sees for its schools
    commune_view = {s.code: (s.rows, s.done, s.percent, s.late, s.standards) for s in overview(tmp_path / "xa" / "xa.db")}
    assert {s.code: (s.rows, s.done, s.percent, s.late, s.standards) for s in seen} == commune_view


def test_a_school_imported_directly_is_grouped_by_its_own_commune_or_as_direct(tmp_path, bundle):
    from kehoach_desktop.store.database import open_school_file
    other = tmp_path / "c" / "truong.db"
    exported_school(tmp_path / "c", "79760303", "Trường THPT Ngô Quyền", school_file=other)   # makes the file
    db = open_school_file(other)
    db.execute("UPDATE school SET commune = 'phường Lê Chân'")
    db.close()
    direct_with_commune = exported_school(tmp_path / "c", "79760303", school_file=other, hours=2)
    direct_without = exported_school(tmp_path / "d", "79760404", "Trường THPT An Dương")
    so = new_province(tmp_path / "so")
    run_import(so, direct_without, direct_with_commune, bundle)
    assert [(s.commune, s.code) for s in overview(so)] == [
        ("phường Lê Chân", "79760303"), ("xã Vĩnh Hải", "79760101"), ("xã Vĩnh Hải", "79760202"), ("", "79760404")]


def test_the_same_school_directly_and_through_its_commune_is_one_school_newest_wins(tmp_path):
    school_file = tmp_path / "a" / "truong.db"
    old = exported_school(tmp_path / "a", school_file=school_file, hours=0)
    new = exported_school(tmp_path / "a", school_file=school_file, hours=5)
    commune = new_commune(tmp_path / "xa")
    bundle_old = commune_bundle(commune, [old], tmp_path / "usb-old", hours=1)
    so = new_province(tmp_path / "so")
    # through the commune first, then the newer file directly: replaced, still counted under its commune
    assert [r.outcome for r in run_import(so, bundle_old)] == [ADDED]
    assert [r.outcome for r in run_import(so, new)] == [REPLACED]
    [school] = overview(so)
    assert (school.code, school.imports, school.commune, school.exported_at) == (
        "79760101", 2, "xã Vĩnh Hải", "2026-11-20T13:00:00.000000+00:00")
    assert history(so, "79760101")[1] == ["xã Vĩnh Hải", ""]
    # the commune's older bundle again, or the same export by the other route: unchanged, never refused
    before = digest(so)
    [again] = run_import(so, commune_bundle(commune, [new], tmp_path / "usb-new", hours=6))
    assert again.outcome == UNCHANGED
    assert digest(so) == before
    # and the other way round: directly first, then a newer export through the commune
    so2 = new_province(tmp_path / "so2")
    assert [r.outcome for r in run_import(so2, old)] == [ADDED]
    [through] = run_import(so2, tmp_path / "usb-new" / "xa-vinh-hai-20261120.kehoach-tonghop.zip")
    assert through.outcome == REPLACED and through.through == "xã Vĩnh Hải"
    exported, routes = history(so2, "79760101")
    assert routes == ["", "xã Vĩnh Hải"] and exported[0] == ("2026-11-20T13:00:00.000000+00:00", True)
    # a Sở holding the newer export directly: the commune's older copy is not an error of the bundle
    so3 = new_province(tmp_path / "so3")
    run_import(so3, new)
    before = digest(so3)
    [older] = run_import(so3, bundle_old)
    assert digest(so3) == before
    assert older.outcome == UNCHANGED and "đã có bản mới hơn/bằng" in older.message
    assert "giữ bản đã có" in older.message


def assert_bundle_refused(office, bundle, *words):
    before = digest(office)
    reports = run_import(office, bundle)
    assert [r.outcome for r in reports] == [REFUSED], [r.message for r in reports]
    assert bundle.name in reports[0].message and "Tệp tổng hợp" in reports[0].message
    for word in words:
        assert word in reports[0].message
    assert digest(office) == before
    return reports[0]


def test_a_bundle_that_is_not_one_is_refused_and_changes_nothing(tmp_path, bundle):
    so = new_province(tmp_path / "so")
    run_import(so, exported_school(tmp_path / "z", "79769999", "Trường THPT Kiến An"))
    junk = tmp_path / "hong.zip"
    junk.write_bytes(b"not a zip at all" * 100)
    assert_bundle_refused(so, junk, "không phải tệp tổng hợp")
    cut = tmp_path / "cut.zip"
    cut.write_bytes(bundle.read_bytes()[: bundle.stat().st_size // 2])
    assert_bundle_refused(so, cut)
    plain = tmp_path / "plain.zip"
    with zipfile.ZipFile(plain, "w") as archive:
        archive.writestr("ke-hoach.docx", b"word")
    assert_bundle_refused(so, plain, "tên lạ")


def test_a_zip_bomb_is_refused_before_it_is_inflated(tmp_path, bundle):
    so = new_province(tmp_path / "so")
    bomb = rewritten(bundle, tmp_path / "bomb.zip", lambda e: e.update({"0003-x.db": bytes(40_000_000)}))
    assert bomb.stat().st_size < 200_000
    assert_bundle_refused(so, bomb, "quá lớn")


def test_a_member_whose_header_lies_about_its_size_is_refused_alone(tmp_path, bundle):
    so = new_province(tmp_path / "so")
    data = bytearray(bundle.read_bytes())
    with zipfile.ZipFile(bundle) as archive:
        first = archive.infolist()[0]
    # the central directory's uncompressed size of the first member, said 4,096 bytes smaller
    at = data.find(b"PK\x01\x02")
    assert data[at + 46: at + 46 + len(first.filename)] == first.filename.encode()
    size = int.from_bytes(data[at + 24: at + 28], "little") - 4096
    data[at + 24: at + 28] = size.to_bytes(4, "little")
    manifest_fix = tmp_path / "lying.zip"
    manifest_fix.write_bytes(bytes(data))
    # the manifest still says the true size: refused whole, as a bundle whose parts disagree
    assert_bundle_refused(so, manifest_fix, "kích thước")


def test_a_tampered_member_is_refused_and_the_others_come_in(tmp_path, bundle):
    so = new_province(tmp_path / "so")

    def tamper(entries):
        name = "0001-79760101.db"
        data = bytearray(entries[name])
        word = "Hiệu trưởng".encode()
        at = data.find(word)
        data[at: at + len(word)] = b"X" * len(word)   # an edited cell, the SHA-256 list made to agree
        entries[name] = bytes(data)
        for member in entries[MANIFEST]["members"]:
            if member["file"] == name:
                member["sha256"] = hashlib.sha256(data).hexdigest()
    # Edited on the way: the commune's signature no longer holds, the whole bundle is refused.
    assert_bundle_refused(so, rewritten(bundle, tmp_path / "edited.zip", tamper), "chữ ký")
    # Forged by someone holding the commune's key: the member's own content hash still catches it.
    forged = rewritten(bundle, tmp_path / "forged.zip", tamper, signed_by=commune_of(tmp_path))
    reports = run_import(so, forged)
    assert [r.outcome for r in reports] == [REFUSED, ADDED]
    assert "mã kiểm tra không khớp" in reports[0].message and "0001-79760101.db" in reports[0].message
    assert [s.code for s in overview(so)] == ["79760202"]

    def swapped(entries):          # bytes changed, the list not: refused by the list's own checksum
        entries["0002-79760202.db"] = entries["0002-79760202.db"][:-1] + b"\x01"
    reports = run_import(new_province(tmp_path / "so2"), rewritten(bundle, tmp_path / "swapped.zip", swapped,
                                                                   signed_by=commune_of(tmp_path)))
    assert [r.outcome for r in reports] == [ADDED, REFUSED] and "danh sách của tệp tổng hợp" in reports[1].message


@pytest.mark.parametrize("change, words", [
    (lambda e: e[MANIFEST]["members"].pop(), "không khớp"),                          # a member not listed
    (lambda e: e[MANIFEST]["members"].append(dict(e[MANIFEST]["members"][0], file="0009-x.db", code="1")), "không khớp"),
    (lambda e: e[MANIFEST]["members"][1].update(code="79760101"), "trùng"),          # one code twice
    (lambda e: e[MANIFEST].update(format="other"), "format"),
    (lambda e: e[MANIFEST].update(version=2), "phiên bản 2"),
    (lambda e: e[MANIFEST]["office"].update(name=["x"]), "office.name"),
    (lambda e: e[MANIFEST].update(members=[]), "từ 1 đến"),
    (lambda e: e.pop(MANIFEST) and e.update({"0003-x.db": b""}), MANIFEST),
    (lambda e: e.update({"../../evil.db": e["0001-79760101.db"]}), "tên lạ"),
    (lambda e: e.update({"C:\\evil.db": b"x"}), "tên lạ"),
])
def test_a_manifest_that_lies_or_a_name_that_escapes_refuses_the_whole_bundle(tmp_path, bundle, change, words):
    so = new_province(tmp_path / "so")
    forged = rewritten(bundle, tmp_path / "forged.zip", change)
    assert_bundle_refused(so, forged, words)
    assert not (tmp_path / "evil.db").exists() and not (tmp_path.parent / "evil.db").exists()


def test_a_member_listed_as_another_school_is_refused(tmp_path, bundle):
    def rename(entries):
        entries[MANIFEST]["members"][0]["name"] = "Trường THCS Khác"
    reports = run_import(new_province(tmp_path / "so"), rewritten(bundle, tmp_path / "other.zip", rename,
                                                                  signed_by=commune_of(tmp_path)))
    assert [r.outcome for r in reports] == [REFUSED, ADDED] and "Trường THCS Khác" in reports[0].message


def test_an_office_without_schools_has_nothing_to_export(tmp_path):
    db = open_district(new_commune(tmp_path / "xa"))
    try:
        with pytest.raises(InputError, match="chưa có trường nào"):
            export_bundle(db, tmp_path)
        with pytest.raises(InputError, match=".zip"):
            export_bundle(db, tmp_path / "x.db")
    finally:
        db.close()
    assert not list(tmp_path.glob("*.zip"))


def test_the_manifest_names_the_commune_office(bundle):
    with zipfile.ZipFile(bundle) as archive:
        manifest = json.loads(archive.read(MANIFEST))
    assert manifest["format"] == "kehoach-tonghop" and manifest["version"] == 1
    assert manifest["office"] == {"kind": "commune", "name": "Phòng Văn hóa - Xã hội xã Vĩnh Hải",
                                  "governing_body": "UBND XÃ VĨNH HẢI", "commune": "xã Vĩnh Hải",
                                  "province": "thành phố Hải Phòng"}
    assert [m["code"] for m in manifest["members"]] == ["79760101", "79760202"]


def test_a_bundle_member_carries_no_private_key_and_names_its_schools_key(tmp_path, bundle):
    import sqlite3
    import zipfile
    with zipfile.ZipFile(bundle) as archive:
        data = archive.read("0001-79760101.db")
    member = tmp_path / "member.db"
    member.write_bytes(data)
    conn = sqlite3.connect(member)
    try:
        [(private, public)] = conn.execute("SELECT private_key, public_key FROM signing_key").fetchall()
        meta = dict(conn.execute("SELECT key, value FROM app_meta"))
    finally:
        conn.close()
    assert private == "" and public == meta["export.public_key"]


def test_a_commune_office_with_a_new_key_is_held_whole_then_confirmed(tmp_path):
    from kehoach_desktop.store.district import HELD
    from kehoach_desktop.store.district_trust import KEY_CHANGE, Confirmations
    school = exported_school(tmp_path / "a")
    so = new_province(tmp_path / "so")
    assert [r.outcome for r in run_import(so, commune_bundle(new_commune(tmp_path / "xa1"), [school],
                                                             tmp_path / "usb1"))] == [ADDED]
    # The commune's PC was reinstalled: a new office file, the same office, another key.
    later = exported_school(tmp_path / "a", school_file=next((tmp_path / "a").glob("truong-*.db")), hours=3)
    again = commune_bundle(new_commune(tmp_path / "xa2"), [later], tmp_path / "usb2", hours=4)
    before = digest(so)
    [held] = run_import(so, again)
    assert held.outcome == HELD and held.hold == KEY_CHANGE and held.school_code.startswith("Phòng Văn hóa")
    assert "đã đổi" in held.message and digest(so) == before
    [taken] = run_import(so, again, confirmed=Confirmations.of(key_change=[held.school_code]))
    assert taken.outcome == REPLACED
