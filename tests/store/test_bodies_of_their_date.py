"""Each document keeps the bodies of its date: the upgrade to schema 6 leaves every letterhead as it
printed, and editing the school afterwards changes only new plans."""
from __future__ import annotations

import io
import shutil
import sqlite3

from pypdf import PdfReader

from kehoach_desktop.catalogs import installed_catalogs
from kehoach_desktop.domain.values import nfc
from kehoach_desktop.reports.plan import print_plan
from kehoach_desktop.store import plans
from kehoach_desktop.store.database import open_school_file

from tests.conftest import FIXTURES


def pdf_text(data: bytes) -> str:
    return nfc("\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages))


def first_page(db, plan) -> str:
    buffer = io.BytesIO()
    full = plans.get_plan(db, plan.id)
    print_plan(full, plans.get_school(db), installed_catalogs()[full.framework_id], buffer)
    return pdf_text(buffer.getvalue()).split("\n\n")[0]


def test_an_upgraded_file_prints_its_old_letterheads_even_after_the_school_moves_to_its_commune(tmp_path):
    for fixture in ("schema-v3.db", "schema-v4-twins.db"):
        path = tmp_path / fixture
        shutil.copyfile(FIXTURES / fixture, path)
        raw = sqlite3.connect(path)
        body, place = raw.execute("SELECT governing_body, place FROM school").fetchone()
        raw.close()
        db = open_school_file(path)
        try:
            headers = plans.list_plans(db)
            assert headers and all(p.governing_body == body for p in headers)
            assert all(p.place == place for p in headers)
            before = {p.id: first_page(db, p) for p in headers}
            assert all(body in text and (place or "……") in text for text in before.values())

            school = plans.get_school(db)
            school.governing_body, school.place = "UBND XÃ VĨNH HẢI", "Vĩnh Hải"
            plans.save_school(db, school)
            after = {p.id: first_page(db, p) for p in plans.list_plans(db)}
            assert after == before
            assert all("VĨNH HẢI" not in text for text in after.values())
        finally:
            db.close()


def test_renaming_the_school_leaves_its_issued_plans_issued_with_their_old_name(demo_file, tmp_path):
    """The demo's plans are issued; the school is renamed: each still prints its own name and
    «Bản ban hành lần 1» with the same code, and a new plan takes the new name."""
    from kehoach_desktop.catalogs import installed_catalogs
    from kehoach_desktop.domain.plan_start import new_plan
    from kehoach_desktop.store.revisions import print_stamp
    db = open_school_file(demo_file)
    try:
        before = {p.id: print_stamp(db, plans.get_plan(db, p.id), plans.get_school(db)) for p in plans.list_plans(db)}
        school = plans.get_school(db)
        school.name = "Trường THCS Hòa Bình Mới"
        plans.save_school(db, school)
        for plan in plans.list_plans(db):
            stamp = print_stamp(db, plans.get_plan(db, plan.id), plans.get_school(db))
            assert (stamp.revision, stamp.code) == (before[plan.id].revision, before[plan.id].code) == (1, stamp.code)
            assert "TRƯỜNG THCS HÒA BÌNH\n" in first_page(db, plan) + "\n"
            assert "HÒA BÌNH MỚI" not in first_page(db, plan)
        fresh = new_plan(plans.get_school(db), "2027-2028", installed_catalogs()["tt57-pt"])
        assert fresh.school_name == "Trường THCS Hòa Bình Mới"
    finally:
        db.close()
