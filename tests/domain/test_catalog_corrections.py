"""Catalog corrections of issue #14: second sources fixed three 2018 titles and confirmed others,
and Thông tư 22/2024 is recorded as an amendment whose effect on the criteria is not verified.

The facts are the research notes' (reference README, section 1), written out here rather than read
from the builder, so a wrong builder cannot make its own test pass.
"""
from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest

from kehoach_desktop.domain.catalog import Framework, load_catalogs, parse_framework
from kehoach_desktop.domain.catalog_limits import MAX_AMENDMENTS
from kehoach_desktop.domain.catalog_model import Amendment
from kehoach_desktop.domain.errors import InputError

CRITERIA_DIR = Path(__file__).resolve().parents[2] / "resources" / "criteria"
IDS_2018 = ("tt17", "tt18", "tt19")
TT22 = "sửa đổi bởi Thông tư 22/2024/TT-BGDĐT (chưa xác minh ảnh hưởng đến tiêu chí)"

# "Now confirmed by a second source (clear their unverified flag)", as the notes list them
CONFIRMED = {
    ("tt18", "criterion", "3.5"): "Thiết bị",
    ("tt17", "criterion", "3.1"): "Khuôn viên, khu sân chơi, sân tập",
    ("tt17", "criterion", "3.5"): "Thiết bị",
    ("tt17", "standard", 5): "Hoạt động giáo dục và kết quả giáo dục",
    ("tt17", "criterion", "5.1"): "Kế hoạch giáo dục của nhà trường",
    ("tt17", "criterion", "5.2"): "Thực hiện Chương trình giáo dục phổ thông cấp tiểu học",
    ("tt17", "criterion", "5.3"): "Thực hiện các hoạt động giáo dục khác",
    ("tt17", "criterion", "5.5"): "Kết quả giáo dục",
    ("tt19", "criterion", "1.5"): "Tổ chức nhóm trẻ và lớp mẫu giáo",
    ("tt19", "criterion", "3.1"): "Diện tích, khuôn viên và sân vườn",
    ("tt19", "criterion", "3.2"): "Khối phòng nhóm trẻ, lớp mẫu giáo và khối phòng phục vụ học tập",
    ("tt19", "criterion", "3.3"): "Khối phòng hành chính - quản trị",
    ("tt19", "criterion", "3.4"): "Khối phòng tổ chức ăn",
    ("tt19", "criterion", "3.5"): "Thiết bị, đồ dùng, đồ chơi",
    ("tt19", "criterion", "3.6"): "Khu vệ sinh, hệ thống cấp thoát nước",
    ("tt19", "criterion", "4.1"): "Ban đại diện cha mẹ trẻ",
    ("tt19", "standard", 5): "Hoạt động và kết quả nuôi dưỡng, chăm sóc, giáo dục trẻ",
    ("tt19", "criterion", "5.1"): "Thực hiện Chương trình giáo dục mầm non",
    ("tt19", "criterion", "5.2"): "Tổ chức hoạt động nuôi dưỡng, chăm sóc và giáo dục trẻ",
    ("tt19", "criterion", "5.3"): "Kết quả nuôi dưỡng và chăm sóc sức khỏe",
    ("tt19", "criterion", "5.4"): "Kết quả giáo dục",
}


@pytest.fixture(scope="module")
def catalogs() -> dict[str, Framework]:
    return load_catalogs()


def bundled_dict(fid: str) -> dict:
    return json.loads((CRITERIA_DIR / f"{fid}.json").read_text(encoding="utf-8"))


def flagged(fw: Framework) -> set[tuple]:
    return ({(fw.id, "standard", s.no) for s in fw.standards if s.unverified}
            | {(fw.id, "criterion", c.code) for c in fw.criteria() if c.unverified})


def item(fw: Framework, kind: str, key):
    return fw.standard(key) if kind == "standard" else fw.criterion(key)


# -- the corrected titles ------------------------------------------------------------------------

def test_criterion_1_5_of_tt17_and_tt18_has_its_full_title(catalogs):
    for fid in ("tt17", "tt18"):
        criterion = catalogs[fid].criterion("1.5")
        assert criterion.title == "Khối lớp và tổ chức lớp học"
        assert criterion.label() == "Tiêu chí 1.5: Khối lớp và tổ chức lớp học"
        assert "Lớp học" in criterion.note          # where the old shorthand came from stays on record


def test_tt19_standard_2_has_no_va(catalogs):
    assert catalogs["tt19"].standard(2).title == "Cán bộ quản lý, giáo viên, nhân viên"


def test_the_old_titles_are_gone_from_every_2018_catalog(catalogs):
    for fid in IDS_2018:
        titles = [s.title for s in catalogs[fid].standards] + [c.title for c in catalogs[fid].criteria()]
        assert "Lớp học" not in titles
        assert "Cán bộ quản lý, giáo viên và nhân viên" not in titles


def test_no_criterion_was_added_removed_or_renumbered(catalogs):
    counts = {fid: [len(s.criteria) for s in catalogs[fid].standards] for fid in IDS_2018}
    assert counts == {"tt18": [10, 4, 6, 2, 6], "tt17": [10, 4, 6, 2, 5], "tt19": [10, 3, 6, 2, 4]}


# -- the flags: cleared on exactly the confirmed titles, kept on the rest -----------------------------

def test_the_confirmed_titles_lose_their_flag_and_keep_their_wording(catalogs):
    for (fid, kind, key), title in CONFIRMED.items():
        confirmed = item(catalogs[fid], kind, key)
        assert confirmed.title == title, (fid, kind, key)
        assert not confirmed.unverified, (fid, kind, key)
        assert "second source" in confirmed.note, (fid, kind, key)


def test_the_other_flags_stay_visible(catalogs):
    # among the 2018 titles only TT19 standard 2 is left: corrected, but not listed as confirmed
    assert set().union(*(flagged(catalogs[fid]) for fid in IDS_2018)) == {("tt19", "standard", 2)}
    assert catalogs["tt19"].effective_unverified
    assert [fid for fid in IDS_2018 if catalogs[fid].extra["level_4"]["unverified"]] == ["tt18", "tt19"]
    # the provisional 2026 catalogs are untouched
    assert [c.code for c in catalogs["tt57-pt"].criteria() if c.unverified] == ["1.4", "4.1"]
    for fid in ("tt57-mn", "tt57-gdtx"):
        assert all(c.unverified for c in catalogs[fid].criteria())


# -- an update like any other: a higher version, the same codes ----------------------------------------

def test_the_corrected_catalogs_carry_a_higher_version_and_keep_every_code(catalogs):
    for fid in IDS_2018:
        assert catalogs[fid].version >= 2
        old = parse_framework(dict(bundled_dict(fid), version=1))
        assert [c.code for c in old.criteria()] == [c.code for c in catalogs[fid].criteria()]


def test_an_installed_copy_of_the_uncorrected_catalog_gives_way_to_the_corrected_one(tmp_path, catalogs):
    # a copy of the version-1 file someone imported before the correction: older, so ignored, not refused
    old = bundled_dict("tt18")
    old.update(version=1, format=1)
    del old["amendments"]
    old["standards"][0]["criteria"][4]["title"] = "Lớp học"
    (tmp_path / "tt18.json").write_text(json.dumps(old, ensure_ascii=False), encoding="utf-8")
    errors: list[InputError] = []
    loaded = load_catalogs([tmp_path], errors=errors)
    assert errors == []
    assert loaded["tt18"].criterion("1.5").title == "Khối lớp và tổ chức lớp học"


# -- Thông tư 22/2024: recorded, not applied --------------------------------------------------------

def test_each_2018_catalog_records_tt22_2024_as_an_unverified_amendment(catalogs):
    for fid in IDS_2018:
        assert catalogs[fid].amendments == (Amendment(
            circular="22/2024/TT-BGDĐT", date=datetime.date(2024, 12, 10),
            effective=datetime.date(2025, 1, 25), verified=False, note=catalogs[fid].amendments[0].note),)
        amendment = catalogs[fid].amendments[0]
        assert "one source" in amendment.note and "not verified" in amendment.note
        assert amendment.label() == TT22
    for fid in ("tt57-mn", "tt57-pt", "tt57-gdtx"):
        assert catalogs[fid].amendments == ()


def test_a_verified_amendment_reads_without_the_caution():
    assert Amendment("1/2030/TT-BGDĐT", datetime.date(2030, 1, 1), verified=True).label() == (
        "sửa đổi bởi Thông tư 1/2030/TT-BGDĐT")


def test_an_amendment_without_an_effective_date_or_note_is_accepted():
    data = bundled_dict("tt18")
    data["amendments"] = [{"circular": "22/2024/TT-BGDĐT", "date": "2024-12-10", "verified": False}]
    amendment = parse_framework(data).amendments[0]
    assert amendment.effective is None and amendment.note == ""


def _with_amendments(value, **changes) -> dict:
    data = bundled_dict("tt18")
    data["amendments"] = value
    data.update(changes)
    return data


def _entry(**changes) -> dict:
    entry = {"circular": "22/2024/TT-BGDĐT", "date": "2024-12-10", "effective": "2025-01-25",
             "verified": False, "note": "x"}
    entry.update(changes)
    return {k: v for k, v in entry.items() if v is not ...}


MALFORMED = {
    "not a list": (_with_amendments({"circular": "22/2024/TT-BGDĐT"}),
                   "trường “amendments” phải là một danh sách"),
    "an entry that is not an object": (_with_amendments(["22/2024/TT-BGDĐT"]),
                                       "trường “amendments[1]” phải là một đối tượng {…}"),
    "no circular": (_with_amendments([_entry(circular=...)]), "thiếu trường “amendments[1].circular”"),
    "no verified flag": (_with_amendments([_entry(verified=...)]), "thiếu trường “amendments[1].verified”"),
    "a mistyped key": (_with_amendments([_entry(verifed=True)]),
                       "có trường lạ “amendments[1].verifed” (gõ nhầm tên trường?)"),
    "verified as text": (_with_amendments([_entry(verified="no")]),
                         "trường “amendments[1].verified” phải là true hoặc false"),
    "a circular number": (_with_amendments([_entry(circular=22)]),
                          "trường “amendments[1].circular” phải là một chuỗi chữ"),
    "an empty circular": (_with_amendments([_entry(circular="  ")]), "trường “amendments[1].circular” đang để trống"),
    "a Vietnamese date": (_with_amendments([_entry(date="10/12/2024")]),
                          "ngày “10/12/2024” ở trường “amendments[1].date” không đúng dạng năm-tháng-ngày"),
    "an impossible effective date": (_with_amendments([_entry(), _entry(effective="2025-02-30")]),
                                     "trường “amendments[2].effective”"),
    "a note that is a list": (_with_amendments([_entry(note=["x"])]),
                              "trường “amendments[1].note” phải là một chuỗi chữ"),
    "too many entries": (_with_amendments([_entry()] * (MAX_AMENDMENTS + 1)),
                         f"có một danh sách {MAX_AMENDMENTS + 1} mục (tối đa {MAX_AMENDMENTS})"),
    "amendments in a format-1 file": (_with_amendments([_entry()], format=1), "có trường lạ “amendments”"),
}


@pytest.mark.parametrize("name", list(MALFORMED))
def test_a_malformed_amendments_entry_is_refused_in_vietnamese(name):
    data, expected = MALFORMED[name]
    with pytest.raises(InputError) as info:
        parse_framework(data)
    assert info.value.field == "catalog"
    assert info.value.message.startswith("Danh mục tt18: ")
    assert expected in info.value.message
    english = info.value.in_language("en")                    # every part has its English
    assert english.startswith("Catalog tt18: ") and "Danh mục" not in english and "trường" not in english
