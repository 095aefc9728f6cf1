"""Small school files made on demand: the district tests and benches need many schools, not one demo."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from kehoach_desktop.domain.plan import Plan, PlanRow, ProgressUpdate, School
from kehoach_desktop.domain.values import Budget, Month, Timeframe
from kehoach_desktop.store import plans, progress
from kehoach_desktop.store.database import open_school_file

TASKS = ("Bồi dưỡng giáo viên về đổi mới phương pháp", "Cải tạo nhà vệ sinh học sinh",
         "Bổ sung thiết bị phòng thí nghiệm", "Xây dựng tủ sách lớp học", "Công khai theo Thông tư 36")


def make_school(path: Path, code: str = "79760101", name: str = "Trường THCS Hòa Bình",
                rows: int = 15, year: int = 2025) -> Path:
    """A school with one TT18 plan of ``rows`` rows, some done, some late, with a few updates."""
    db = open_school_file(path, create=True)
    try:
        with db.atomic():
            plans.save_school(db, School(name=name, code=code, level="thcs", place="Hòa Bình",
                                         principal="Nguyễn Văn Minh"))
            plan = Plan(school_year=f"{year}-{year + 1}", framework_id="tt18", number="45/KH-THCS",
                        rows=[_row(i, year) for i in range(rows)])
            plans.save_plan(db, plan)
            for row in plan.rows[:3]:
                progress.add_update(db, row.id, ProgressUpdate(
                    on_date=date(year, 11, 20), percent=50, note="Đã triển khai một nửa",
                    evidence=[f"[H{row.criterion_code.split('.')[0]}-{row.criterion_code}-01]"]))
    finally:
        db.close()
    return path


def _row(i: int, year: int) -> PlanRow:
    standard, criterion = i % 5 + 1, i % 7 + 1
    return PlanRow(
        criterion_code=f"{standard}.{criterion}", current_level=2, target_level=3,
        expected_result="Đạt mức 3", tasks=f"{TASKS[i % len(TASKS)]} (mục {i + 1})",
        lead="Hiệu trưởng", timeframe=Timeframe(Month(year, 9), Month(year, 9 + i % 4), ""),
        budget=Budget(10_000_000 * (i % 3), ""),
        status="done" if i % 4 == 0 else "in_progress", percent=100 if i % 4 == 0 else 30,
    )
