"""A principal issues the plan (ban hành): revisions are frozen, later edits make a new one, old ones stay."""
from __future__ import annotations

import shutil

import pytest

from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.catalogs import framework
from kehoach_desktop.domain.canonical import fingerprint_for
from kehoach_desktop.store import plans
from kehoach_desktop.store.database import open_school_file, schema_version
from kehoach_desktop.store.migrations import SCHEMA_VERSION
from kehoach_desktop.store.revisions import (
    find_fingerprint, get_revision, issue_plan, issue_state, issued_data, list_revisions, print_stamp, with_targets,
)
from tests.conftest import FIXTURES


@pytest.fixture
def db(demo_file):
    """The demo school with its plans back to drafts (the demo issues them on their dates)."""
    db = open_school_file(demo_file)
    with db.atomic():
        db.execute("DELETE FROM plan_revision")
        db.execute("UPDATE plan SET status = 'draft'")
    yield db
    db.close()


def test_issuing_edits_and_reissuing_keep_every_revision_readable(db):
    plan = plans.find_plan(db, "2024-2025")
    assert not issue_state(db, plan).issued
    first = issue_plan(db, plan.id)
    assert first.number == 1 and first.code.startswith("KH-") and len(first.code) == len("KH-XXXX-XXXX-XXXX-XXXX")
    assert plans.get_plan(db, plan.id, with_rows=False).status == "issued"
    issued_content = issued_data(with_targets(db, plans.get_plan(db, plan.id)))
    assert not issue_state(db, plans.get_plan(db, plan.id)).edited_since

    row = plans.get_plan(db, plan.id).rows[2]
    row.tasks += " Bổ sung: mời chuyên gia tư vấn tâm lý học đường mỗi học kỳ."
    plans.update_row(db, row)
    state = issue_state(db, plans.get_plan(db, plan.id))
    assert state.edited_since and state.printed_revision is None
    assert "sửa sau lần ban hành 1" in state.describe()

    second = issue_plan(db, plan.id)
    assert second.number == 2 and second.code != first.code
    assert [r.number for r in list_revisions(db, plan.id)] == [1, 2]
    old = get_revision(db, plan.id, 1)
    assert old.snapshot == issued_content                  # r1 is exactly what was issued
    assert fingerprint_for(2, old.plan(), plans.get_school(db), framework("tt18")) == first.fingerprint
    assert "mời chuyên gia" not in old.plan().rows[2].tasks
    with pytest.raises(InputError, match="không thay đổi từ lần ban hành 2"):
        issue_plan(db, plan.id)


def test_progress_through_the_year_does_not_make_an_issued_plan_edited(db):
    plan = plans.find_plan(db, "2024-2025")
    issue_plan(db, plan.id)
    row = plans.get_plan(db, plan.id).rows[0]
    row.status, row.percent = "done", 100
    plans.update_row(db, row)
    assert not issue_state(db, plans.get_plan(db, plan.id)).edited_since


def test_a_code_is_found_with_its_plan_revision_and_whether_it_is_current(db):
    plan = plans.find_plan(db, "2024-2025")
    first = issue_plan(db, plan.id)
    found = find_fingerprint(db, first.code.lower())
    assert (found.school_year, found.revision.number, found.current) == ("2024-2025", 1, True)
    row = plans.get_plan(db, plan.id).rows[0]
    row.notes = "Đã điều chỉnh theo góp ý của Phòng"
    plans.update_row(db, row)
    assert not find_fingerprint(db, first.code).current     # edited since, not yet reissued
    draft = find_fingerprint(db, print_stamp(db, plans.get_plan(db, plan.id), None).code)
    assert draft.revision is None and draft.current          # the draft's own paper is found too
    second = issue_plan(db, plan.id)
    assert (find_fingerprint(db, first.code).current, find_fingerprint(db, second.code).current) == (False, True)
    assert find_fingerprint(db, "KH-0000000000") is None
    assert find_fingerprint(db, "KH-0000-0000-0000-0000") is None
    assert find_fingerprint(db, second.fingerprint).revision.number == 2    # the QR code's whole SHA-256


def test_printing_stamps_the_revision_or_the_draft_mark(db):
    plan = plans.find_plan(db, "2024-2025")
    school = plans.get_school(db)
    db.execute("UPDATE plan SET status = 'issued' WHERE id = ?", [plan.id])    # marked issued by hand (old files)
    before = print_stamp(db, plans.get_plan(db, plan.id), school)
    assert before.revision is None and before.draft and before.label.startswith("Bản dự thảo – chưa ban hành")
    revision = issue_plan(db, plan.id)
    stamp = print_stamp(db, plans.get_plan(db, plan.id), school)
    assert (stamp.revision, stamp.code, stamp.draft) == (1, revision.code, False)
    assert stamp.qr_text.startswith("KH:") and find_fingerprint(db, stamp.qr_text).revision.number == 1


def test_deleting_a_plan_deletes_its_revisions(db):
    plan = plans.find_plan(db, "2024-2025")
    issue_plan(db, plan.id)
    plans.delete_plan(db, plan.id)
    assert db.execute("SELECT COUNT(*) FROM plan_revision").fetchone()[0] == 0


def test_a_file_of_schema_version_3_is_upgraded_and_its_plan_can_be_issued(tmp_path):
    path = tmp_path / "dong-minh.db"
    shutil.copyfile(FIXTURES / "schema-v3.db", path)
    db = open_school_file(path)
    try:
        assert schema_version(db) == SCHEMA_VERSION >= 4
        plan = plans.find_plan(db, "2023-2024")
        assert (plan.rows[0].criterion_code, plan.rows[0].percent) == ("3.4", 40)
        assert "chưa lưu lần ban hành nào" in issue_state(db, plan).describe()   # marked issued by hand
        assert print_stamp(db, plan, plans.get_school(db)).draft       # only a frozen revision is "issued"
        assert issue_plan(db, plan.id).number == 1
    finally:
        db.close()


def test_a_district_imports_an_issued_school_file_and_leaves_its_revisions_behind(tmp_path):
    """Deliberate: the district keeps plans and progress; revisions stay with the school, which verifies codes.

    The plan is large (its snapshot is far over the 256 KiB a single typed cell may hold): a whole
    issued document in one cell must not make the district refuse the school's file.
    """
    from kehoach_desktop.domain.plan import PlanRow
    from kehoach_desktop.store.district import ADDED, import_files, open_district
    from kehoach_desktop.store.exchange import export_for_district
    from tests.store.exchange_helpers import new_district
    school_file = tmp_path / "truong.db"
    shutil.copyfile(FIXTURES / "schema-v3.db", school_file)
    db = open_school_file(school_file)
    plan_id = plans.find_plan(db).id
    for i in range(120):
        plans.add_row(db, plan_id, PlanRow(criterion_code="3.4", target_level=3, tasks=f"Việc {i}: " + "giải pháp " * 300))
    issue_plan(db, plan_id)
    assert db.execute("SELECT length(snapshot) FROM plan_revision").fetchone()[0] > 256 * 1024
    db.close()
    stick = tmp_path / "USB"
    stick.mkdir()
    exported = export_for_district(school_file, stick).path
    district = open_district(new_district(tmp_path))
    try:
        [report] = import_files(district, [exported])
        assert report.outcome == ADDED, report.message
        tables = {r[0] for r in district.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert "imported_plan_revision" not in tables
    finally:
        district.close()


def test_a_revision_issued_under_version_1_still_verifies_and_is_not_edited(db):
    """A file issued by the program before December 2026: its revision's fingerprint is version 1's
    and its paper carries the 10-digit code; both keep working, and the next issue is version 2."""
    from kehoach_desktop.domain.fingerprint import canonical_json, canonical_plan, legacy_code, plan_fingerprint
    plan = plans.get_plan(db, plans.find_plan(db, "2024-2025").id)
    old = plan_fingerprint(plan)
    db.execute("INSERT INTO plan_revision (plan_id, number, issued_at, fingerprint, snapshot) VALUES (?, 1, ?, ?, ?)",
               [plan.id, "2024-09-06T01:00:00+00:00", old, canonical_json(canonical_plan(plan))])
    state = issue_state(db, plans.get_plan(db, plan.id))
    assert state.latest.version == 1 and not state.edited_since and state.fingerprint == old
    found = find_fingerprint(db, legacy_code(old))
    assert (found.revision.number, found.current) == (1, True)
    assert found.revision.code == legacy_code(old)                  # the code its paper carries
    assert print_stamp(db, plans.get_plan(db, plan.id), plans.get_school(db)).code == legacy_code(old)
    row = plans.get_plan(db, plan.id).rows[0]
    row.status, row.percent = "done", 100                      # progress: still not edited
    plans.update_row(db, row)
    assert not issue_state(db, plans.get_plan(db, plan.id)).edited_since
    row.tasks += " (bổ sung)"
    plans.update_row(db, row)
    assert issue_state(db, plans.get_plan(db, plan.id)).edited_since
    assert issue_plan(db, plan.id).version == 2


def test_a_chi_tieu_changed_after_issue_makes_the_plan_edited_but_its_actual_figures_do_not(db):
    from kehoach_desktop.store.progress import list_targets, save_targets
    plan = plans.find_plan(db, "2024-2025")
    issue_plan(db, plan.id)
    targets = list_targets(db, plan.id)
    targets[0].actuals["Học kỳ I"] = 61.5                      # progress: the plan is the same paper
    save_targets(db, plan.id, targets)
    assert not issue_state(db, plans.get_plan(db, plan.id)).edited_since
    targets[0].value += 5                                      # the chỉ tiêu itself: it prints in the plan
    save_targets(db, plan.id, targets)
    assert issue_state(db, plans.get_plan(db, plan.id)).edited_since


@pytest.mark.parametrize("damage", [
    "snapshot = 'not json {'", "snapshot = '[1, 2]'", "canonical_version = 99", "fingerprint = 'zz'",
    "snapshot = '" + "[" * 100_000 + "'",
], ids=["not JSON", "a list", "an unknown version", "a fingerprint that is not hex", "100,000 brackets"])
def test_a_damaged_revision_is_refused_by_name_everywhere_and_check_says_so(demo_file, tmp_path, capsys, damage):
    import sqlite3

    from kehoach_desktop.cli import main
    with sqlite3.connect(demo_file) as conn:
        conn.execute(f"UPDATE plan_revision SET {damage}")
    for argv in (["print", "plan", str(demo_file), "--year", "2024-2025", "-o", str(tmp_path / "x.pdf")],
                 ["plan", "revisions", str(demo_file), "--year", "2024-2025"],
                 ["verify", str(demo_file), "KH-0000-0000-0000-0000"]):
        assert main(argv) == 2, argv
        err = capsys.readouterr().err
        assert "bị hỏng" in err and "Traceback" not in err
    assert main(["check", str(demo_file)]) == 0
    assert "lần ban hành bị hỏng" in capsys.readouterr().out
