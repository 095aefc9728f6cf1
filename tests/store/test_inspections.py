"""The district inspects a school's plan; the record stays in the school file, year after year."""
from __future__ import annotations

from datetime import datetime

import pytest

from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.inspection import (
    Comment, Inspection, RowFinding, SchoolMember, TeamMember, inspection_from_dict, resolve_rows,
)
from kehoach_desktop.store import inspections, plans
from kehoach_desktop.store.database import open_school_file, schema_version


@pytest.fixture
def db(demo_file):
    """A fresh demo school file, open for writing."""
    handle = open_school_file(demo_file)
    yield handle
    handle.close()


def _record(plan, **changes) -> Inspection:
    record = Inspection(
        plan_id=plan.id, school_year=plan.school_year, started_at=datetime(2025, 4, 16, 8, 0),
        ended_at=datetime(2025, 4, 16, 11, 0), place="Trường THCS Hòa Bình",
        team=[TeamMember("Ông Trần Quốc Bảo", "Phó Trưởng phòng GDĐT", "Tổ trưởng"),
              TeamMember("Bà Lê Thị Ngọc Hân", "Chuyên viên", "Thành viên")],
        school_side=[SchoolMember("Ông Nguyễn Văn Minh", "Hiệu trưởng")],
        findings=[RowFinding(plan.rows[0].id, "done", "Đã hoàn thành."),
                  RowFinding(plan.rows[1].id, "not_done", "Chưa có kinh phí.")],
        comments=[Comment("Kế hoạch đúng quy trình."), Comment("Bổ sung minh chứng.", 3)],
        recommendations=["Hoàn thiện minh chứng."], conclusion="Đạt yêu cầu.")
    for key, value in changes.items():
        setattr(record, key, value)
    return record


def test_the_demo_school_file_carries_one_inspection_of_its_2018_plan(db):
    assert schema_version(db) >= 3
    plan = plans.find_plan(db, "2024-2025")
    [record] = inspections.list_inspections(db, plan.id)
    assert len(record.team) == 4 and record.leader().name == "Ông Trần Quốc Bảo"
    assert len(record.findings) == len(plan.rows)


def test_an_inspection_is_saved_and_read_back_whole_and_a_plan_keeps_several(db):
    plan = plans.find_plan(db, "2024-2025")
    first = _record(plan)
    inspections.save_inspection(db, first)
    later = _record(plan, started_at=datetime(2026, 4, 10, 14, 0), ended_at=datetime(2026, 4, 10, 16, 30))
    inspections.save_inspection(db, later)
    found = inspections.list_inspections(db, plan.id)
    assert [r.id for r in found][:2] == [later.id, first.id]        # the latest first
    back = inspections.get_inspection(db, first.id)
    assert back == first


def test_a_finding_for_a_row_of_another_plan_is_refused_and_nothing_is_written(db):
    plan, other = plans.find_plan(db, "2024-2025"), plans.find_plan(db, "2026-2027")
    before = db["inspection"].count
    record = _record(plan, findings=[RowFinding(other.rows[0].id, "done")])
    with pytest.raises(InputError, match="không thuộc kế hoạch"):
        inspections.save_inspection(db, record)
    assert db["inspection"].count == before


def test_deleting_a_plan_row_drops_its_finding_and_deleting_the_plan_drops_the_record(db):
    plan = plans.find_plan(db, "2024-2025")
    record = _record(plan)
    inspections.save_inspection(db, record)
    plans.delete_row(db, plan.rows[1].id)
    assert [f.row_id for f in inspections.get_inspection(db, record.id).findings] == [plan.rows[0].id]
    plans.delete_plan(db, plan.id)
    assert inspections.list_inspections(db, plan.id) == []


@pytest.mark.parametrize("data, message", [
    ({"team": []}, "ít nhất một thành viên"),
    ({"team": [{"name": " "}]}, "họ tên"),
    ({"team": [{"name": "Ông A"}], "findings": [{"row_id": 1, "status": "xong"}]}, "không hợp lệ"),
    ({"team": [{"name": "Ông A"}], "started_at": "2025-04-16T10:00", "ended_at": "2025-04-16T08:00"}, "sau giờ bắt đầu"),
    ({"team": [{"name": "Ông A"}], "started_at": "16 giờ"}, "không hợp lệ"),
    ({"team": [{"position": "Chuyên viên"}]}, "cần có họ tên"),
    ({"team": "Ông A"}, "không đúng kiểu"),
    ({"team": [{"name": "Ông A"}], "findings": {"row": 1}}, "không đúng kiểu"),
    ({"team": [{"name": 5}]}, "không đúng kiểu"),
    ({"team": [{"name": "Ông A"}], "started_at": 20261015}, "không hợp lệ"),
    ({"team": [{"name": "Ông A"}], "comments": [{"standard": 999, "text": "x"}]}, "không đúng kiểu"),
])
def test_a_record_that_cannot_be_signed_is_refused_in_vietnamese(data, message):
    with pytest.raises(InputError, match=message):
        inspection_from_dict(data)


def test_findings_name_rows_as_printed_or_by_criterion(db):
    plan = plans.find_plan(db, "2024-2025")
    data = resolve_rows({"findings": [{"row": 2, "status": "done"}, {"criterion": "3.4", "status": "in_progress"}]},
                        plan.rows)
    row_34 = next(r.id for r in plan.rows if r.criterion_code == "3.4")
    assert [f["row_id"] for f in data["findings"]] == [plan.rows[1].id, row_34]
    with pytest.raises(InputError, match="không có dòng số 99"):
        resolve_rows({"findings": [{"row": 99}]}, plan.rows)
