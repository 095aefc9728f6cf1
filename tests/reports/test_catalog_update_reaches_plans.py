"""A corrected catalog title reaches plans written before the correction, as any catalog update does.

A plan stores criterion codes, never titles: a school's TT18 plan saved while criterion 1.5 was
called "Lớp học" prints "Khối lớp và tổ chức lớp học" once the corrected catalog is in use, with
the same rows, codes and verification code.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from kehoach_desktop.catalogs import framework
from kehoach_desktop.domain.catalog import parse_framework
from kehoach_desktop.domain.canonical import content_stamp
from kehoach_desktop.reports.plan import print_plan
from kehoach_desktop.resources_path import resource_dir
from kehoach_desktop.store import plans
from kehoach_desktop.store.database import open_school_file
from tests.reports.pdftext import text
from tests.reports.sample import SCHOOL, plan_tt18, row


def catalog_before_the_correction(fid: str) -> dict:
    """The bundled catalog as version 1 had it: the titles of the first build, no amendment."""
    data = json.loads((resource_dir("criteria") / f"{fid}.json").read_text(encoding="utf-8"))
    data.update(version=1, format=1)
    del data["amendments"]
    return data


def saved_and_read_back(tmp_path: Path, plan):
    path = tmp_path / "truong.db"
    db = open_school_file(path, create=True)
    try:
        with db.atomic():
            plans.save_school(db, SCHOOL)
            plans.save_plan(db, plan)
    finally:
        db.close()
    db = open_school_file(path, read_only=True)
    try:
        return plans.find_plan(db, plan.school_year)
    finally:
        db.close()


def flat(path: Path) -> str:
    return " ".join(text(path).split())


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("update")
    before = catalog_before_the_correction("tt18")
    before["standards"][0]["criteria"][4]["title"] = "Lớp học"
    old_tt18 = parse_framework(before)
    plan = saved_and_read_back(tmp_path, plan_tt18([
        row("1.5", "Sắp xếp lại khối lớp, bảo đảm sĩ số theo quy định."),
        row("3.5", "Bổ sung thiết bị dạy học tối thiểu.", budget="50 triệu"),
    ]))
    old_pdf, new_pdf = tmp_path / "truoc.pdf", tmp_path / "sau.pdf"
    print_plan(plan, SCHOOL, old_tt18, old_pdf)
    print_plan(plan, SCHOOL, framework("tt18"), new_pdf)
    return plan, old_pdf, new_pdf


def test_the_plan_keeps_its_criterion_codes(printed):
    plan, _, _ = printed
    assert [r.criterion_code for r in plan.rows] == ["1.5", "3.5"]
    assert framework(plan.framework_id).version > 1


def test_printed_before_the_correction_the_plan_shows_the_old_title(printed):
    _, old_pdf, _ = printed
    assert "Tiêu chí 1.5. Lớp học" in flat(old_pdf)


def test_printed_after_the_correction_the_same_plan_shows_the_corrected_title(printed):
    _, _, new_pdf = printed
    words = flat(new_pdf)
    assert "Tiêu chí 1.5. Khối lớp và tổ chức lớp học" in words
    assert "Tiêu chí 1.5. Lớp học" not in words
    assert "Tiêu chí 3.5. Thiết bị" in words


def test_the_corrected_title_changes_the_content_code_as_the_paper_changed(printed):
    # the code covers every printed word, the catalog's titles included (issue #15): a plan issued
    # before the correction reads "edited since" until it is issued again with the new title
    plan, old_pdf, new_pdf = printed
    assert content_stamp(plan, SCHOOL, framework("tt18")).code in flat(new_pdf)
    assert content_stamp(plan, SCHOOL, framework("tt18")).code not in flat(old_pdf)


def test_a_preschool_plan_prints_tt19_standard_2_without_va(tmp_path):
    plan = plan_tt18([row("2.2", "Bồi dưỡng giáo viên mầm non.")])
    plan.framework_id = "tt19"
    out = tmp_path / "mam-non.pdf"
    print_plan(plan, SCHOOL, framework("tt19"), out)
    words = flat(out)
    assert "Tiêu chuẩn 2: Cán bộ quản lý, giáo viên, nhân viên" in words
    assert "giáo viên và nhân viên" not in words
