"""«Kế hoạch năm sau» across the change of circular: 2025-2026 on TT18 → 2026-2027 on TT57."""
from __future__ import annotations

from kehoach_desktop.store import plans
from kehoach_desktop.store.database import open_school_file
from kehoach_desktop.store.next_year import create_next_year_plan
from tests.store.school_factory import make_school


def test_next_years_plan_after_2025_2026_follows_tt57_and_carries_the_unfinished_rows(tmp_path):
    path = make_school(tmp_path / "truong.db", rows=6, year=2025)
    db = open_school_file(path)
    try:
        school = plans.get_school(db)
        school.receiving_office = "Phòng Văn hóa - Xã hội xã Hòa Bình"
        plans.save_school(db, school)
        old = plans.find_plan(db, "2025-2026")
        unfinished = [r for r in old.rows if r.status != "done" and r.percent < 100]
        new_id = create_next_year_plan(db, old.id)
        fresh = plans.get_plan(db, new_id)
    finally:
        db.close()
    assert (fresh.school_year, fresh.framework_id) == ("2026-2027", "tt57-pt")
    assert len(fresh.rows) == len(unfinished) > 0
    first = fresh.rows[0]
    assert first.content.startswith(f"Tiêu chí {unfinished[0].criterion_code}.") and not first.criterion_code
    assert first.tasks == unfinished[0].tasks and "Chuyển từ kế hoạch năm học 2025-2026" in first.notes
    assert fresh.recipients[0] == "Phòng Văn hóa - Xã hội xã Hòa Bình (b/c)"
    assert "b) Không xây dựng kế hoạch cải tiến đối với toàn bộ tiêu chí mà tập trung vào các vấn đề ưu tiên;" \
        in fresh.purposes


def test_a_tt57_plans_next_year_stays_on_tt57(tmp_path):
    path = make_school(tmp_path / "truong.db", rows=4, year=2025)
    db = open_school_file(path)
    try:
        first = create_next_year_plan(db, plans.find_plan(db, "2025-2026").id)
        second = plans.get_plan(db, create_next_year_plan(db, first))
    finally:
        db.close()
    assert (second.school_year, second.framework_id) == ("2027-2028", "tt57-pt")
    assert len(second.rows) <= 4
