"""User stories for the Ministry criteria catalogs and their loader."""
from __future__ import annotations

import copy
import json
import sys
import unicodedata
from pathlib import Path

import pytest

from kehoach_desktop import resources_path
from kehoach_desktop.domain.catalog import (
    FORMAT,
    PROVISIONAL_MARK,
    Framework,
    check_replacement,
    frameworks_for_level,
    get_framework,
    load_catalogs,
    parse_framework,
    read_catalog_file,
)
from kehoach_desktop.domain.errors import InputError

TT57_IDS = ("tt57-mn", "tt57-pt", "tt57-gdtx")
ALL_IDS = ("tt17", "tt18", "tt19") + TT57_IDS
MANDATORY_TT57 = ["1.3", "1.4", "2.1", "2.2", "3.1", "3.2", "4.1", "4.2"]
CRITERIA_DIR = Path(__file__).resolve().parents[2] / "resources" / "criteria"


@pytest.fixture(scope="module")
def catalogs() -> dict[str, Framework]:
    return load_catalogs()


def bundled_dict(fid: str) -> dict:
    return json.loads((CRITERIA_DIR / f"{fid}.json").read_text(encoding="utf-8"))


def refusal(data: dict) -> str:
    with pytest.raises(InputError) as info:
        parse_framework(data)
    assert info.value.field == "catalog"
    return info.value.message


# -- a principal opens the program: every framework of the Ministry is there -----------------

def test_all_six_frameworks_are_bundled(catalogs):
    assert set(catalogs) == set(ALL_IDS)


def test_tt18_has_five_standards_and_28_criteria_for_secondary_schools(catalogs):
    tt18 = catalogs["tt18"]
    assert tt18.name == "Thông tư 18/2018/TT-BGDĐT (THCS, THPT, nhiều cấp học)"
    assert tt18.circular == "18/2018/TT-BGDĐT"
    assert [len(s.criteria) for s in tt18.standards] == [10, 4, 6, 2, 6]
    assert len(tt18.criteria()) == 28
    assert tt18.criteria()[0].code == "1.1" and tt18.criteria()[-1].code == "5.6"
    assert set(tt18.school_levels) == {"thcs", "thpt", "nhieu_cap"}
    assert (tt18.level_min, tt18.level_max, tt18.plan_form) == (1, 4, "tt18-9col")
    assert str(tt18.date) == "2018-08-22" and str(tt18.effective) == "2018-10-10"


def test_primary_and_preschool_2018_catalogs_have_27_and_25_criteria(catalogs):
    assert [len(s.criteria) for s in catalogs["tt17"].standards] == [10, 4, 6, 2, 5]
    assert len(catalogs["tt17"].criteria()) == 27
    assert catalogs["tt17"].school_levels == ("tieu_hoc",)
    assert [len(s.criteria) for s in catalogs["tt19"].standards] == [10, 3, 6, 2, 4]
    assert len(catalogs["tt19"].criteria()) == 25
    assert catalogs["tt19"].school_levels == ("mam_non",)


@pytest.mark.parametrize("fid", TT57_IDS)
def test_each_tt57_catalog_has_4_standards_15_criteria_and_8_mandatory(catalogs, fid):
    fw = catalogs[fid]
    assert [len(s.criteria) for s in fw.standards] == [4, 3, 5, 3]
    assert len(fw.criteria()) == 15
    assert [c.code for c in fw.mandatory_criteria()] == MANDATORY_TT57
    assert (fw.level_min, fw.level_max, fw.plan_form) == (1, 2, "tt57-bieu2")
    assert fw.circular == "57/2026/TT-BGDĐT"
    # requirement texts per level come with the provisional catalog
    assert all(set(c.levels) == {1, 2} for c in fw.criteria())


def test_tt57_covers_every_school_type(catalogs):
    assert catalogs["tt57-mn"].school_levels == ("mam_non",)
    assert set(catalogs["tt57-pt"].school_levels) == {"tieu_hoc", "thcs", "thpt", "nhieu_cap"}
    assert catalogs["tt57-gdtx"].school_levels == ("gdtx",)


@pytest.mark.parametrize("fid", ALL_IDS)
def test_every_criterion_has_a_code_a_title_and_knows_its_standard(catalogs, fid):
    fw = catalogs[fid]
    for standard in fw.standards:
        assert standard.title.strip()
        for c in standard.criteria:
            assert c.code.startswith(f"{standard.no}.")
            assert c.title.strip()
            assert c.standard_no == standard.no
            assert fw.criterion(c.code) is c
    assert fw.criterion("9.9") is None
    assert fw.standard(1).no == 1 and fw.standard(99) is None


@pytest.mark.parametrize("fid", ALL_IDS)
def test_bundled_text_is_nfc_so_it_prints_with_tone_marks_in_place(fid):
    text = (CRITERIA_DIR / f"{fid}.json").read_text(encoding="utf-8")
    assert unicodedata.normalize("NFC", text) == text


def test_2018_criteria_are_never_mandatory(catalogs):
    for fid in ("tt17", "tt18", "tt19"):
        assert not any(c.mandatory for c in catalogs[fid].criteria())


# -- the new circular is shown as provisional --------------------------------------------------

@pytest.mark.parametrize("fid", TT57_IDS)
def test_tt57_catalogs_are_provisional_and_say_so(catalogs, fid):
    fw = catalogs[fid]
    assert fw.provisional
    assert "tạm thời" in fw.provisional_note.lower()
    assert "57/2026" in fw.provisional_note
    assert fw.display_name() == fw.name + PROVISIONAL_MARK
    assert "TẠM THỜI" in fw.display_name()


def test_2018_catalogs_are_not_marked_provisional(catalogs):
    for fid in ("tt17", "tt18", "tt19"):
        assert not catalogs[fid].provisional
        assert catalogs[fid].display_name() == catalogs[fid].name


def test_a_school_is_offered_first_the_circular_in_force_when_the_year_starts(catalogs):
    # TT57 (in force 07/7/2026) repealed the 2018 circulars: a 2025-2026 plan keeps its 2018 one
    assert [f.id for f in frameworks_for_level("thcs", catalogs, "2025-2026")] == ["tt18", "tt57-pt"]
    assert [f.id for f in frameworks_for_level("thcs", catalogs, "2026-2027")] == ["tt57-pt", "tt18"]
    assert [f.id for f in frameworks_for_level("nhieu_cap", school_year="2024-2025")] == ["tt18", "tt57-pt"]
    assert [f.id for f in frameworks_for_level("tieu_hoc", school_year="2025-2026")] == ["tt17", "tt57-pt"]
    assert [f.id for f in frameworks_for_level("mam_non", school_year="2027-2028")] == ["tt57-mn", "tt19"]
    assert [f.id for f in frameworks_for_level("gdtx")] == ["tt57-gdtx"]


def test_an_unknown_school_type_is_refused_in_vietnamese():
    with pytest.raises(InputError) as info:
        frameworks_for_level("dai_hoc")
    assert info.value.field == "school_level"
    assert "không hợp lệ" in info.value.message


def test_a_plan_naming_an_unknown_framework_is_refused(catalogs):
    assert get_framework("tt18", catalogs).id == "tt18"
    with pytest.raises(InputError) as info:
        get_framework("tt99", catalogs)
    assert info.value.field == "framework"


# -- maintainers still see what the research could not confirm --------------------------------

def test_unverified_flags_and_notes_survive_from_the_reference(catalogs):
    # the 2018 titles a second source confirmed since: tests/domain/test_catalog_corrections.py
    tt18 = catalogs["tt18"]
    assert "Thiết bị dạy học, học liệu" in tt18.criterion("3.5").note   # the other source's wording stays
    assert "5.5" in tt18.criterion("5.6").note  # the source's mislabelled 5.6
    assert catalogs["tt19"].standard(2).unverified
    assert "source A" in catalogs["tt19"].standard(2).note
    assert catalogs["tt19"].effective_unverified
    assert catalogs["tt18"].extra["level_4"]["unverified"] is True
    # TT57 for general schools: only the two titles one source gives differently
    pt = catalogs["tt57-pt"]
    assert [c.code for c in pt.criteria() if c.unverified] == ["1.4", "4.1"]
    assert pt.criterion("1.4").title_variants and pt.criterion("1.4").sources_agree == 1
    assert pt.standard(3).unverified and pt.standard(3).title_variants
    # preschool and continuing education: one source family only, all flagged
    for fid in ("tt57-mn", "tt57-gdtx"):
        assert all(c.unverified for c in catalogs[fid].criteria())
        assert all(s.unverified for s in catalogs[fid].standards)
    assert pt.effective_unverified and "verify" in pt.effective_note


def test_titles_are_kept_as_the_reference_gives_them(catalogs):
    # e.g. TT17 3.1 keeps the source body's wording even though its own TOC differs
    assert catalogs["tt17"].criterion("3.1").title == "Khuôn viên, khu sân chơi, sân tập"
    assert catalogs["tt18"].criterion("1.9").title == "Thực hiện quy chế dân chủ cơ sở"
    assert catalogs["tt57-pt"].criterion("1.4").title == (
        "Tự đánh giá, cải tiến, công khai và trách nhiệm giải trình")


def test_the_build_script_reproduces_the_committed_files(tmp_path):
    reference = Path("/work/shared/reference")
    if not (reference / "criteria-2018.json").exists():
        pytest.skip("research notes not on this machine")
    script = CRITERIA_DIR / "build_catalogs.py"
    sys.path.insert(0, str(CRITERIA_DIR))
    try:
        import build_catalogs
    finally:
        sys.path.remove(str(CRITERIA_DIR))
    ref_2018 = json.loads((reference / "criteria-2018.json").read_text(encoding="utf-8"))
    ref_2026 = json.loads((reference / "tt57-2026.json").read_text(encoding="utf-8"))
    built = build_catalogs.build_2018(ref_2018) + build_catalogs.build_tt57(ref_2026)
    assert script.exists()
    for fw in built:
        assert build_catalogs._nfc(fw) == bundled_dict(fw["id"])


# -- a principal sets a target level ------------------------------------------------------------

def test_tt18_accepts_levels_1_to_4(catalogs):
    tt18 = catalogs["tt18"]
    assert [tt18.validate_level(n) for n in (1, 2, 3, 4)] == [1, 2, 3, 4]
    assert tt18.validate_level(" 3 ") == 3
    assert list(tt18.levels()) == [1, 2, 3, 4]


def test_tt57_refuses_level_3_with_a_vietnamese_message(catalogs):
    with pytest.raises(InputError) as info:
        catalogs["tt57-pt"].validate_level(3)
    assert info.value.field == "target_level"
    assert info.value.message == "Mức 3 không hợp lệ: khung Thông tư 57/2026 chỉ có Mức 1–2"


@pytest.mark.parametrize("bad", [0, 5, -1, True, "ba", "", None, 2.5])
def test_nonsense_levels_are_refused(catalogs, bad):
    with pytest.raises(InputError) as info:
        catalogs["tt18"].validate_level(bad)
    assert info.value.field == "target_level"
    assert "Mức" in info.value.message


# -- a teacher types an evidence code -------------------------------------------------------------

def test_2018_evidence_codes_follow_cong_van_5932(catalogs):
    tt18 = catalogs["tt18"]
    assert tt18.validate_evidence_code("[H1-1.9-01]") == "[H1-1.9-01]"
    assert tt18.validate_evidence_code("  [H5-5.6-12] ") == "[H5-5.6-12]"
    with pytest.raises(InputError) as info:
        tt18.validate_evidence_code("MC.1.1.01")
    assert info.value.field == "evidence"
    assert "[H1-1.9-01]" in info.value.message


def test_tt57_evidence_codes_are_mc_codes(catalogs):
    pt = catalogs["tt57-pt"]
    assert pt.validate_evidence_code("MC.1.1.01") == "MC.1.1.01"
    with pytest.raises(InputError) as info:
        pt.validate_evidence_code("[H1-1.9-01]")
    assert info.value.field == "evidence"
    assert "MC.1.1.01" in info.value.message


@pytest.mark.parametrize("garbage", ["", "   ", "abc", "[H1-1.9-1]", "MC.1.1.1", "MC.1.1.01x",
                                     "[H1-1.9-01]\n[H1", "H1-1.9-01"])
def test_garbage_evidence_codes_are_refused(catalogs, garbage):
    for fid in ("tt18", "tt57-mn"):
        with pytest.raises(InputError) as info:
            catalogs[fid].validate_evidence_code(garbage)
        assert info.value.field == "evidence"


# -- a district sends a catalog file: broken ones are refused clearly ---------------------------

def test_a_bundled_dict_parses_to_the_same_framework(catalogs):
    assert parse_framework(bundled_dict("tt18")) == catalogs["tt18"]


def test_a_catalog_missing_a_key_is_refused():
    data = bundled_dict("tt18")
    del data["level_max"]
    assert refusal(data) == "Danh mục tt18: thiếu trường “level_max”"


def test_a_criterion_without_title_is_refused_naming_it():
    data = bundled_dict("tt18")
    del data["standards"][2]["criteria"][3]["title"]
    message = refusal(data)
    assert "tiêu chuẩn 3" in message and "thiếu trường “title”" in message


def test_duplicate_criterion_codes_are_refused():
    data = bundled_dict("tt18")
    data["standards"][0]["criteria"][1]["code"] = "1.1"
    assert "mã tiêu chí 1.1 bị lặp" in refusal(data)


def test_a_criterion_filed_under_the_wrong_standard_is_refused():
    data = bundled_dict("tt18")
    data["standards"][1]["criteria"][0]["code"] = "3.9"
    assert "phải bắt đầu bằng “2.”" in refusal(data)


@pytest.mark.parametrize("code", ["1", "1.a", "I.1", "1.01", "1.1.1", ""])
def test_criterion_codes_must_be_n_dot_m(code):
    data = bundled_dict("tt18")
    data["standards"][0]["criteria"][0]["code"] = code
    message = refusal(data)
    assert "N.M" in message or "để trống" in message


def test_duplicate_standards_are_refused():
    data = bundled_dict("tt57-pt")
    data["standards"][1] = copy.deepcopy(data["standards"][0])
    assert "bị lặp" in refusal(data)


@pytest.mark.parametrize("lo,hi", [(0, 2), (3, 2), (1, 10), (1, "4"), (True, 2)])
def test_a_broken_level_range_is_refused(lo, hi):
    data = bundled_dict("tt18")
    data["level_min"], data["level_max"] = lo, hi
    message = refusal(data)
    assert "thang mức" in message or "số nguyên" in message


def test_requirement_texts_outside_the_level_range_are_refused():
    data = bundled_dict("tt57-pt")
    data["standards"][0]["criteria"][0]["levels"]["3"] = "Yêu cầu Mức 3"
    assert "ngoài thang Mức 1–2" in refusal(data)


def test_an_older_file_s_evidence_regex_that_is_not_a_known_safe_shape_is_refused():
    data = bundled_dict("tt18")
    del data["evidence_code"]["template"]
    data["evidence_code"]["pattern"] = "^[H(\\d+$"
    assert "biểu thức chính quy" in refusal(data)


def test_an_evidence_example_must_match_its_own_pattern():
    data = bundled_dict("tt18")
    data["evidence_code"]["example"] = "MC.1.1.01"
    assert "không khớp mẫu" in refusal(data)


def test_wrong_types_unknown_keys_forms_and_levels_are_refused():
    cases = [
        (lambda d: d.update(provisional="yes"), "true hoặc false"),
        (lambda d: d.update(version=0), "phiên bản 0"),
        (lambda d: d.update(date="22/8/2018"), "năm-tháng-ngày"),
        (lambda d: d.update(plan_form="word-template"), "chưa được chương trình hỗ trợ"),
        (lambda d: d.update(school_levels=["dai_hoc"]), "cấp học “dai_hoc”"),
        (lambda d: d.update(school_levels=[]), "cấp học nào"),
        (lambda d: d.update(standards=[]), "không có tiêu chuẩn nào"),
        (lambda d: d.update(titel="x"), "trường lạ “titel”"),
        (lambda d: d.update(id="TT 18"), "mã danh mục"),
        (lambda d: d.update(format=FORMAT + 1), "hãy cập nhật chương trình"),
        (lambda d: d["standards"][0].update(criteria=[]), "không có tiêu chí nào"),
        (lambda d: d["standards"][0]["criteria"][0].update(mandatory=1), "true hoặc false"),
    ]
    for change, expected in cases:
        data = bundled_dict("tt18")
        change(data)
        assert expected in refusal(data), expected


def test_a_provisional_catalog_must_tell_users_why():
    data = bundled_dict("tt57-mn")
    data["provisional_note"] = ""
    assert "provisional_note" in refusal(data)


def test_a_file_that_is_not_a_catalog_is_refused():
    with pytest.raises(InputError):
        parse_framework(["not", "a", "dict"])  # type: ignore[arg-type]


def test_pasted_nfd_titles_are_stored_as_nfc():
    data = bundled_dict("tt18")
    data["standards"][0]["criteria"][0]["title"] = unicodedata.normalize("NFD", "Phương hướng")
    fw = parse_framework(data)
    assert fw.criterion("1.1").title == unicodedata.normalize("NFC", "Phương hướng")


# -- replacing a catalog must not orphan the criteria plans point at -------------------------------

def test_a_catalog_that_drops_criterion_3_4_is_refused(catalogs):
    data = bundled_dict("tt18")
    data["standards"][2]["criteria"] = [c for c in data["standards"][2]["criteria"]
                                       if c["code"] != "3.4"]
    data["version"] = 2
    with pytest.raises(InputError) as info:
        check_replacement(catalogs["tt18"], parse_framework(data))
    assert "3.4" in info.value.message
    assert "mất tham chiếu" in info.value.message


def test_a_catalog_that_fixes_a_title_is_accepted(catalogs):
    data = bundled_dict("tt18")
    data["standards"][2]["criteria"][4]["title"] = "Thiết bị dạy học, học liệu"
    data["standards"][2]["criteria"][4]["unverified"] = False
    data["version"] = 2
    check_replacement(catalogs["tt18"], parse_framework(data))  # no error


def test_a_catalog_that_adds_a_criterion_is_accepted(catalogs):
    data = bundled_dict("tt57-pt")
    extra = copy.deepcopy(data["standards"][3]["criteria"][-1])
    extra["code"] = "4.4"
    data["standards"][3]["criteria"].append(extra)
    check_replacement(catalogs["tt57-pt"], parse_framework(data))


def test_a_catalog_that_changes_levels_or_form_or_id_is_refused(catalogs):
    old = catalogs["tt18"]
    for change, expected in [
        (lambda d: d.update(level_max=3), "thang mức"),
        (lambda d: d.update(plan_form="tt57-bieu2"), "mẫu kế hoạch"),
        (lambda d: d.update(id="tt18b"), "mã danh mục"),
    ]:
        data = bundled_dict("tt18")
        change(data)
        with pytest.raises(InputError) as info:
            check_replacement(old, parse_framework(data))
        assert expected in info.value.message


# -- a district installs a corrected catalog without a new release ---------------------------------

def write(folder: Path, name: str, data: dict) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def corrected_tt57(version: int, title: str = "Giáo viên (đã đối chiếu)") -> dict:
    data = bundled_dict("tt57-pt")
    data["version"] = version
    data["standards"][1]["criteria"][1]["title"] = title
    return data


def test_an_override_with_a_higher_version_replaces_the_bundled_catalog(tmp_path):
    write(tmp_path, "tt57-pt.json", corrected_tt57(2))
    loaded = load_catalogs([tmp_path])
    assert loaded["tt57-pt"].version == 2
    assert loaded["tt57-pt"].criterion("2.2").title == "Giáo viên (đã đối chiếu)"
    assert load_catalogs()["tt57-pt"].version == 1  # the bundled cache is untouched


def test_an_override_with_the_same_version_but_other_titles_is_refused(tmp_path):
    write(tmp_path, "any-name.json", corrected_tt57(1, "Giáo viên (bản sửa)"))
    with pytest.raises(InputError) as info:
        load_catalogs([tmp_path])
    assert "phiên bản 1 với nội dung khác" in info.value.message


def test_an_older_override_is_ignored(tmp_path, catalogs):
    # a district folder already holds version 3; the user's older version 2 loses
    newer_bundled = tmp_path / "system"
    write(newer_bundled, "tt18.json", dict(bundled_dict("tt18"), version=3))
    user = tmp_path / "user"
    older = bundled_dict("tt18")
    older["version"] = 2
    older["standards"][0]["title"] = "Bản cũ"
    write(user, "tt18.json", older)
    loaded = load_catalogs([newer_bundled, user])
    assert loaded["tt18"].version == 3
    assert loaded["tt18"].standard(1).title == catalogs["tt18"].standard(1).title


def test_a_new_framework_can_be_added_from_a_folder(tmp_path):
    data = bundled_dict("tt57-gdtx")
    data["id"] = "tt57-gdtx-thu-nghiem"
    write(tmp_path, "x.json", data)
    loaded = load_catalogs([tmp_path])
    assert "tt57-gdtx-thu-nghiem" in loaded
    assert sorted(f.id for f in frameworks_for_level("gdtx", loaded)) == ["tt57-gdtx",
                                                                           "tt57-gdtx-thu-nghiem"]


def test_an_override_that_would_orphan_plans_is_refused(tmp_path):
    data = bundled_dict("tt18")
    data["version"] = 5
    data["standards"][2]["criteria"].pop(3)  # 3.4
    write(tmp_path, "tt18.json", data)
    with pytest.raises(InputError) as info:
        load_catalogs([tmp_path])
    assert "tt18.json" in info.value.message and "3.4" in info.value.message


def test_broken_user_files_can_be_collected_so_the_program_still_starts(tmp_path, catalogs):
    (tmp_path / "hong.json").write_text("{ not json", encoding="utf-8")
    (tmp_path / "latin1.json").write_bytes("{\"id\": \"tt18\", \"name\": \"Th\xf4ng\"}".encode("latin-1"))
    bad = bundled_dict("tt18")
    del bad["standards"]
    write(tmp_path, "thieu.json", bad)
    write(tmp_path, "tt57-pt.json", corrected_tt57(2))
    (tmp_path / "ghi-chu.txt").write_text("not a catalog", encoding="utf-8")
    errors: list[InputError] = []
    loaded = load_catalogs([tmp_path, tmp_path / "missing-folder"], errors=errors)
    assert loaded["tt18"] == catalogs["tt18"]
    assert loaded["tt57-pt"].version == 2
    messages = sorted(e.message for e in errors)
    assert len(messages) == 3
    assert any("hong.json" in m and "JSON" in m for m in messages)
    assert any("latin1.json" in m and "UTF-8" in m for m in messages)
    assert any("thieu.json" in m and "standards" in m for m in messages)
    with pytest.raises(InputError):
        load_catalogs([tmp_path])


def test_a_single_catalog_file_can_be_read_and_checked(tmp_path):
    path = write(tmp_path, "tt57-pt.json", corrected_tt57(2))
    assert read_catalog_file(path).version == 2
    with pytest.raises(InputError) as info:
        read_catalog_file(tmp_path / "khong-co.json")
    assert "khong-co.json" in info.value.message


# -- the program finds its data wherever it runs from ------------------------------------------------

def test_bundled_catalogs_are_found_in_the_source_tree():
    folder = resources_path.resource_dir("criteria")
    assert folder.is_dir()
    assert (folder / "tt18.json").is_file()
    assert resources_path.translations_dir().name == "translations"


def test_a_frozen_program_looks_next_to_itself(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert Path(str(resources_path.resource_dir("criteria"))) == tmp_path / "resources" / "criteria"
    assert Path(str(resources_path.translations_dir())) == tmp_path / "translations"
