"""A principal's whole year lives in one file: it is created, reopened and refused safely."""
from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from datetime import date

import pytest

from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.plan import (
    MonitoringMember, MonitoringReview, Organization, Plan, PlanRow, PriorityProblem, School,
    WorkingGroup,
)
from kehoach_desktop.domain.values import Budget, Month, Timeframe
from kehoach_desktop.store import plans
from kehoach_desktop.store.database import inspect_file, open_school_file, schema_version
from kehoach_desktop.store.migrations import SCHEMA_VERSION

from tests.conftest import FIXTURES


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def tt18_plan() -> Plan:
    return Plan(
        school_year="2024-2025", framework_id="tt18", number="45/KH-THCS", place="Hòa Bình",
        issued_on=date(2024, 9, 6), purposes=["Nâng cao chất lượng giáo dục."],
        bases=["Thông tư số 18/2018/TT-BGDĐT;", "Báo cáo tự đánh giá."],
        organization=Organization(
            council_chair="Hiệu trưởng - Chủ tịch Hội đồng tự đánh giá",
            working_groups=[WorkingGroup("Nhóm công tác 1", [1, 2], "Theo dõi tiêu chuẩn 1, 2", ["Ông A"])],
            monitoring_team=[MonitoringMember("Bà Trần Thị Lan", "PHT", "Giám sát nhóm công tác 2")],
            staff_duties=["Thực hiện nhiệm vụ được phân công."],
        ),
        recipients=["- Phòng GDĐT (b/c);", "- Lưu: VT."], signer_name="Nguyễn Văn Minh", status="issued",
        rows=[
            PlanRow(criterion_code="3.4", current_level=2, target_level=3,
                    expected_result="Đạt mức 3 so với hiện tại", tasks="Cải tạo nhà vệ sinh học sinh",
                    lead="Hiệu trưởng, Tài vụ",
                    timeframe=Timeframe(Month(2024, 9), Month(2025, 5), "Tháng 9/2024 - 5/2025"),
                    budget=Budget(100_000_000, "100 triệu"), support="Nguồn kinh phí xã, huyện"),
            PlanRow(criterion_code="1.9", current_level=2, target_level=3, tasks="Công khai theo Thông tư 36",
                    budget=Budget(0, "Không"), timeframe=Timeframe(Month(2024, 9), Month(2025, 5), "")),
        ],
    )


def tt57_plan() -> Plan:
    return Plan(
        school_year="2026-2027", framework_id="tt57-pt", general_info="Trường có 24 lớp.",
        priority_problems=[PriorityProblem("Tiêu chuẩn 3", "3.2", "Thiếu phòng bộ môn", "Thiếu 2 phòng", "Kinh phí")],
        monitoring=[MonitoringReview("Cuối học kỳ I", "Tiến độ xây phòng", "", "", "Tổ giám sát")],
        reporting=["Báo cáo Phòng GDĐT hai lần mỗi năm."],
        rows=[PlanRow(content="Bổ sung phòng học bộ môn", criterion_code="3.2", indicators="Có 2 phòng mới",
                      expected_evidence="Biên bản nghiệm thu (MC.3.2.01)", tasks="Tham mưu xây dựng",
                      budget=Budget(None, "Ngân sách huyện"), status="in_progress", percent=30)],
    )


@pytest.fixture
def school_file(tmp_path):
    db = open_school_file(tmp_path / "truong.db", create=True)
    plans.save_school(db, School(name="Trường THCS Hòa Bình", code="THCS-AP-017", governing_body="UBND HUYỆN AN PHÚ"))
    yield db, tmp_path / "truong.db"
    db.close()


@pytest.mark.parametrize("make_plan", [tt18_plan, tt57_plan], ids=["tt18-9col", "tt57-bieu2"])
def test_a_full_plan_of_each_form_survives_closing_and_reopening_the_file(school_file, make_plan):
    db, path = school_file
    plan = make_plan()
    plans.save_plan(db, plan)
    db.close()
    reopened = open_school_file(path)
    try:
        loaded = plans.find_plan(reopened, plan.school_year)
        assert loaded.id == plan.id
        for row in plan.rows:
            row.id = row.id  # ids were assigned on save
        assert loaded.status == "draft"      # «Đã ban hành» comes only from issuing, never from a save
        plan.status = "draft"
        school = plans.get_school(reopened)  # a new plan takes the school's name and body of its day
        assert (loaded.school_name, loaded.governing_body) == (school.name, plan.governing_body or school.governing_body)
        plan.school_name, plan.governing_body = loaded.school_name, loaded.governing_body
        assert loaded == plan
        assert plans.get_school(reopened).code == "THCS-AP-017"
    finally:
        reopened.close()


def test_text_typed_in_decomposed_unicode_is_stored_in_nfc(school_file):
    db, _ = school_file
    plan = tt18_plan()
    plan.rows[0].tasks = "Ca\u0309i ta\u0323o nha\u0300 ve\u0323\u0302 sinh"
    plans.save_plan(db, plan)
    assert plans.find_plan(db).rows[0].tasks == "Cải tạo nhà vệ sinh"


def test_rows_move_and_delete_keep_a_clean_order(school_file):
    db, _ = school_file
    plan = tt18_plan()
    plans.save_plan(db, plan)
    extra = PlanRow(criterion_code="5.6", target_level=3, tasks="Phụ đạo học sinh yếu")
    plans.add_row(db, plan.id, extra, position=0)
    assert [r.criterion_code for r in plans.list_rows(db, plan.id)] == ["5.6", "3.4", "1.9"]
    plans.move_row(db, extra.id, 2)
    assert [r.criterion_code for r in plans.list_rows(db, plan.id)] == ["3.4", "1.9", "5.6"]
    plans.delete_row(db, plan.rows[0].id)
    rows = plans.list_rows(db, plan.id)
    assert [(r.criterion_code, r.position) for r in rows] == [("1.9", 0), ("5.6", 1)]


def test_the_file_uses_a_rollback_journal_and_full_sync_so_a_copy_is_complete(school_file):
    db, path = school_file
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert schema_version(db) == SCHEMA_VERSION
    plans.save_plan(db, tt18_plan())
    assert not (path.parent / "truong.db-wal").exists()
    copy = path.parent / "copy.db"
    shutil.copyfile(path, copy)  # what a principal does with Explorer
    other = open_school_file(copy, read_only=True)
    assert len(plans.find_plan(other).rows) == 2
    other.close()


def test_an_old_file_of_schema_version_1_is_upgraded_and_keeps_its_plan(tmp_path):
    path = tmp_path / "old.db"
    shutil.copyfile(FIXTURES / "schema-v1.db", path)
    db = open_school_file(path)
    try:
        assert schema_version(db) == SCHEMA_VERSION
        plan = plans.find_plan(db, "2023-2024")
        row = plan.rows[0]
        assert (row.criterion_code, row.budget, row.status, row.percent) == (
            "3.4", Budget(100_000_000, "100 triệu"), "not_started", 0)
        assert row.timeframe.start == Month(2023, 9)
        assert db["progress_update"].exists() and db["target"].exists()
    finally:
        db.close()


def test_a_file_from_a_newer_program_is_refused_and_not_modified(tmp_path, school_file):
    db, path = school_file
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.close()
    before = digest(path)
    with pytest.raises(InputError, match="phiên bản mới hơn"):
        open_school_file(path)
    assert digest(path) == before


def test_a_text_file_renamed_db_is_refused_untouched(tmp_path):
    path = tmp_path / "danh-sach.db"
    path.write_text("Họ tên, lớp\nNguyễn Văn A, 6A\n", encoding="utf-8")
    before = digest(path)
    with pytest.raises(InputError, match="không phải tệp dữ liệu"):
        open_school_file(path)
    assert digest(path) == before


def test_a_truncated_database_is_refused_untouched(tmp_path, school_file):
    db, path = school_file
    plans.save_plan(db, tt18_plan())
    for _ in range(200):
        plans.add_row(db, plans.find_plan(db).id, PlanRow(criterion_code="1.1", tasks="x" * 500))
    db.close()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    before = digest(path)
    with pytest.raises(InputError, match="hỏng"):
        open_school_file(path)
    assert digest(path) == before


def test_another_programs_database_is_refused(tmp_path):
    path = tmp_path / "khac.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE hoc_sinh (ten TEXT)")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(InputError, match="chương trình khác"):
        open_school_file(path)
    assert digest(path) == before


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_a_file_in_a_read_only_folder_is_refused_for_editing(tmp_path, school_file):
    db, path = school_file
    db.close()
    os.chmod(path.parent, 0o555)
    try:
        with pytest.raises(InputError, match="chỉ cho phép đọc"):
            open_school_file(path)
        open_school_file(path, read_only=True).close()
    finally:
        os.chmod(path.parent, 0o755)


def test_a_read_only_file_is_refused_for_editing(tmp_path, school_file, monkeypatch):
    db, path = school_file
    db.close()
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if mode == os.W_OK else real_access(p, mode))
    with pytest.raises(InputError, match="chỉ cho phép đọc"):
        open_school_file(path)


def test_inspect_file_names_a_missing_file(tmp_path):
    with pytest.raises(InputError, match="không tồn tại"):
        inspect_file(tmp_path / "khong-co.db")
