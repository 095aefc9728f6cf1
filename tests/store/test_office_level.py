"""The office sees each school's self-assessed level (#18 item 4), counted by the rule from the school's findings
at import, never taken from the file: a commune office with one assessed school and one not, the level carried
to the Sở in the commune's bundle, a revert bringing back the previous import's level, a forged finding counted
as the rule counts it, and a file from an older program with no level at all."""
from __future__ import annotations

import json
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest
from sqlite_utils import Database

from kehoach_desktop.domain.office import new_identity
from kehoach_desktop.store.database import open_school_file
from kehoach_desktop.store.district import ADDED, REFUSED, REPLACED, create_office, import_files, open_district
from kehoach_desktop.store.district_assessment import school_assessments, summarise
from kehoach_desktop.store.district_extract import extract_school
from kehoach_desktop.store.district_history import revert_school, undo_last
from kehoach_desktop.store.district_progress import district_overview, school_years
from kehoach_desktop.store.exchange import _snapshot, export_for_district
from kehoach_desktop.store.incoming_content import installed_frameworks
from kehoach_desktop.store.migrations import KNOWN_MIGRATIONS, migrations
from kehoach_desktop.store.office_bundle_export import export_bundle
from kehoach_desktop.store.self_assessment import load_assessment, save_finding
from tests.assessment.factory import make_assessment
from tests.store.exchange_helpers import BASE_TIME
from tests.store.forge_helpers import forged, school_key
from tests.store.school_factory import make_school

YEAR = "2025-2026"
ASSESSED, PLAIN = "79760101", "79760202"


def exported(school: Path, stick: Path, hours: int = 0) -> Path:
    stick.mkdir(parents=True, exist_ok=True)
    return export_for_district(school, stick, now=BASE_TIME + timedelta(hours=hours)).path


def commune(tmp_path: Path, name: str = "xa.db") -> Path:
    return create_office(tmp_path / name, new_identity("xa", commune="xã Vĩnh Hải", province="thành phố Hải Phòng"))


def overview(office: Path, year: str | None = YEAR) -> dict:
    db = open_district(office)
    try:
        return {s.code: s for s in district_overview(db, school_year=year)}
    finally:
        db.close()


def take(office: Path, *files: Path) -> list:
    db = open_district(office)
    try:
        return import_files(db, files)
    finally:
        db.close()


@pytest.fixture(scope="module")
def schools(tmp_path_factory):
    """Two schools' exports: Hòa Bình with a full Mức 2 assessment (3.3 and 3.5 at Mức 1), Lê Lợi with none."""
    folder = tmp_path_factory.mktemp("schools")
    assessed = make_assessment(folder / "hoa-binh.db")
    plain = make_school(folder / "le-loi.db", code=PLAIN, name="Trường THCS Lê Lợi", rows=6)
    return {"folder": folder, "assessed": assessed, "files": [exported(assessed, folder / "usb"),
                                                              exported(plain, folder / "usb")]}


def test_a_commune_office_sees_the_assessed_school_at_mức_2_and_the_other_blank(tmp_path, schools):
    office = commune(tmp_path)
    assert [r.outcome for r in take(office, *schools["files"])] == [ADDED, ADDED]
    shown = overview(office)
    assert (shown[ASSESSED].assessed, shown[ASSESSED].assessment_level, shown[ASSESSED].assessment_year) == (
        True, 2, YEAR)
    assert shown[ASSESSED].assessment_why[0].startswith("Đạt Mức 2: tất cả tiêu chí bắt buộc đạt Mức 2")
    assert (shown[PLAIN].assessed, shown[PLAIN].assessment_level, shown[PLAIN].assessment_why) == (False, None, [])
    # Another year has no assessment: a blank, not a level.
    assert not overview(office, "2026-2027")[ASSESSED].assessed
    db = open_district(office)
    try:
        [kept] = school_assessments(db, ASSESSED)
        assert school_assessments(db, PLAIN) == []
        assert YEAR in school_years(db)
    finally:
        db.close()
    assert (kept.level, kept.council_members, kept.council_decision, kept.council_date, kept.evidence_items) == (
        2, 7, "15/QĐ-THCS", "2026-01-10", 150)
    assert list(kept.reached)[:3] == ["1.1", "1.2", "1.3"] and len(kept.reached) == 15
    assert (kept.reached["3.3"], kept.reached["3.5"], kept.reached["4.3"], kept.unjudged) == (1, 1, 2, 0)


def test_a_bundle_carries_the_level_and_the_whole_assessment_to_the_so(tmp_path, schools):
    office = commune(tmp_path)
    take(office, *schools["files"])
    db = open_district(office)
    try:
        bundle = export_bundle(db, tmp_path).path
    finally:
        db.close()
    so = create_office(tmp_path / "so.db", new_identity("so", province="thành phố Hải Phòng"))
    assert [r.outcome for r in take(so, bundle)] == [ADDED, ADDED]
    shown = overview(so)
    assert (shown[ASSESSED].assessment_level, shown[ASSESSED].through) == (2, "xã Vĩnh Hải")
    assert not shown[PLAIN].assessed
    db = open_district(so)
    try:
        [kept] = school_assessments(db, ASSESSED)
        copy = extract_school(db, ASSESSED, tmp_path / "ban-sao.db")   # the Sở holds the report itself, too
    finally:
        db.close()
    assert (kept.council_members, kept.evidence_items) == (7, 150)
    school = open_school_file(copy, read_only=True)
    try:
        original = load_assessment(Database(sqlite3.connect(schools["assessed"])), YEAR)
        assert load_assessment(school, YEAR).criteria == original.criteria
    finally:
        school.close()


def test_revert_to_the_previous_import_brings_back_the_previous_level_and_undo_the_newer(tmp_path, schools):
    school = make_assessment(tmp_path / "truong.db", short_of_level_2=("1.3",))   # a mandatory one: Mức 1
    first = exported(school, tmp_path / "usb1")
    db = open_school_file(school)
    try:
        save_finding(db, YEAR, "1.3", 2, met=True)     # the council judges it again: now Mức 2
    finally:
        db.close()
    second = exported(school, tmp_path / "usb2", hours=1)
    office = commune(tmp_path)
    assert [r.outcome for r in take(office, first)] == [ADDED]
    assert overview(office)[ASSESSED].assessment_level == 1
    assert "tiêu chí bắt buộc chưa đạt Mức 2: 1.3" in overview(office)[ASSESSED].assessment_why[0]
    assert [r.outcome for r in take(office, second)] == [REPLACED]
    assert overview(office)[ASSESSED].assessment_level == 2
    db = open_district(office)
    try:
        revert_school(db, ASSESSED)
    finally:
        db.close()
    assert overview(office)[ASSESSED].assessment_level == 1
    db = open_district(office)
    try:
        assert school_assessments(db, ASSESSED)[0].reached["1.3"] == 1
        undo_last(db)
    finally:
        db.close()
    assert overview(office)[ASSESSED].assessment_level == 2


def test_a_forged_mức_2_over_an_unmet_mức_1_is_counted_by_the_rule_never_trusted(tmp_path, schools):
    original = schools["files"][0]
    key = school_key(schools["assessed"])
    # 1.3 (mandatory) «met» at Mức 2 but not at Mức 1: every value is one a school could store, so it comes in,
    # and the rule, not the file, says what the school reached.
    forgery = forged(original, tmp_path / "gia.db", key,
                     "UPDATE criterion_finding SET met = 0 WHERE criterion_code = '1.3' AND level = 1")
    office = commune(tmp_path)
    assert [r.outcome for r in take(office, forgery)] == [ADDED]
    shown = overview(office)[ASSESSED]
    assert (shown.assessed, shown.assessment_level) == (True, 0)
    assert shown.assessment_why == ["Chưa đạt Mức 1: tiêu chí bắt buộc chưa đạt Mức 1: 1.3."]
    db = open_district(office)
    try:
        [kept] = school_assessments(db, ASSESSED)
    finally:
        db.close()
    assert kept.reached["1.3"] == 0 and max(kept.reached.values()) == 2


def test_a_finding_of_a_criterion_or_level_the_framework_lacks_is_refused_with_its_file(tmp_path, schools):
    key = school_key(schools["assessed"])
    for n, forging in enumerate(("INSERT INTO criterion_finding (assessment_id, criterion_code, level, text, met) "
                                 "VALUES (1, '9.9', 1, '', 1)",
                                 "INSERT INTO criterion_finding (assessment_id, criterion_code, level, text, met) "
                                 "VALUES (1, '3.3', 3, '', 1)",
                                 "UPDATE council_member SET role = 'Vua' WHERE position = 0",
                                 "UPDATE standard_review SET standard_no = 99 WHERE standard_no = 4",
                                 "UPDATE evidence_item SET code = 'MC.1.1.1' WHERE code = 'MC.1.1.01'")):
        forgery = forged(schools["files"][0], tmp_path / f"gia{n}.db", key, forging)
        office = commune(tmp_path, f"o{n}.db")
        assert [r.outcome for r in take(office, forgery)] == [REFUSED], forging
        assert ASSESSED not in overview(office)


def test_findings_that_make_no_sense_give_a_level_or_say_why_not_and_never_raise():
    frameworks = installed_frameworks()
    assessment = (["id", "school_year", "framework_id"], [(1, YEAR, "tt57-pt"), (2, "2024-2025", "khung-la"),
                                                          (3, None, "tt57-pt")])
    findings = (["assessment_id", "criterion_code", "level", "met"],
                [(1, "1.1", 2, 1), (1, None, 1, 1), (1, "1.2", "2", 1), (9, "1.1", 1, 1), (2, "1.1", 1, 1)])
    found = {a.school_year: a for a in summarise({"self_assessment": assessment, "criterion_finding": findings},
                                                 frameworks)}
    assert set(found) == {YEAR, "2024-2025"}
    assert (found[YEAR].level, found[YEAR].reached["1.1"], found[YEAR].reached["1.2"]) == (0, 0, 0)
    assert found["2024-2025"].level is None and "khung-la" in found["2024-2025"].why[0]
    assert summarise({}, frameworks) == []
    plan_only = {"self_assessment": (["id", "school_year", "framework_id"], [(1, YEAR, "tt18")])}
    [no_rule] = summarise(plan_only, frameworks)
    assert no_rule.level is None and "không có quy định xếp mức" in no_rule.why[0]
    assert json.dumps(no_rule.reached)


def test_a_school_file_of_an_older_program_imports_without_a_level(tmp_path):
    school_file = tmp_path / "cu.db"
    db = Database(school_file)
    migrations.apply(db, stop_before=KNOWN_MIGRATIONS[13])     # schema 13: before the self-assessment
    db.execute("INSERT INTO app_meta (key, value) VALUES ('app', 'kehoach-desktop')")
    db.execute(f"INSERT INTO school (id, name, code, level) VALUES (1, 'Trường THCS Cũ', '{PLAIN}', 'thcs')")
    db.execute(f"INSERT INTO plan (id, school_year, framework_id) VALUES (1, '{YEAR}', 'tt18')")
    db.close()
    assert "self_assessment" not in Database(school_file).table_names()
    export = tmp_path / "export.db"
    _snapshot(school_file, export, BASE_TIME)
    office = commune(tmp_path)
    assert [r.outcome for r in take(office, export)] == [ADDED]
    shown = overview(office)[PLAIN]
    assert (shown.school_year, shown.assessed, shown.assessment_level) == (YEAR, False, None)
    db = open_district(office)
    try:
        assert school_assessments(db, PLAIN) == []
        assert db.execute("SELECT COUNT(*) FROM school_assessment").fetchone()[0] == 0
    finally:
        db.close()


def test_an_assessment_that_cannot_be_read_costs_the_school_its_level_never_its_import(tmp_path, schools,
                                                                                        monkeypatch):
    from kehoach_desktop.store import district_assessment

    def broken(tables, frameworks):
        raise RuntimeError("rows no version of the program writes")
    monkeypatch.setattr(district_assessment, "summarise", broken)
    office = commune(tmp_path)
    assert [r.outcome for r in take(office, *schools["files"])] == [ADDED, ADDED]
    shown = overview(office)
    assert (shown[ASSESSED].rows, shown[ASSESSED].assessed) == (15, False)


def test_a_report_the_council_is_still_judging_is_shown_as_provisional_not_as_the_schools_level(tmp_path):
    from kehoach_desktop.catalogs import framework
    from kehoach_desktop.reports.district import level_counts, level_label
    school = make_assessment(tmp_path / "nhap.db")
    db = open_school_file(school)
    try:
        save_finding(db, YEAR, "3.4", 2, met=None, framework=framework("tt57-pt"))     # Mức 2 of 3.4 not judged yet
    finally:
        db.close()
    office = commune(tmp_path)
    assert [r.outcome for r in take(office, exported(school, tmp_path / "usb"))] == [ADDED]
    shown = overview(office)[ASSESSED].to_dict()
    assert shown["assessment_unjudged"] == 1
    assert level_label(shown).endswith("(tạm tính)")
    assert level_counts([shown])["Chưa đánh giá xong"] == 1 and level_counts([shown])["Mức 2"] == 0
