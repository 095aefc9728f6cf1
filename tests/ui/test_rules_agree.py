"""A principal's plan read the same way by every view: the window's table, the printed plan, the
progress report, the dashboard and the office.

The plan has rows whose criterion is written "TC 2.1", "Tiêu chí 2.2" and "tc3.1" (criteria of the
2018 framework), one written "9.9" (which it does not have), a row whose state came in with the plan
and was never updated, and rows updated after the month looked back to.
"""
from __future__ import annotations

import re
from datetime import date, datetime, timezone

import pytest

from kehoach_desktop.catalogs import framework
from kehoach_desktop.domain.plan import Plan, PlanRow, ProgressUpdate, School
from kehoach_desktop.domain.values import Month, Timeframe
from kehoach_desktop.reports.plan import print_plan
from kehoach_desktop.reports.progress import print_progress
from kehoach_desktop.store import plans, progress
from kehoach_desktop.store.database import open_school_file
from kehoach_desktop.store.district import create_district, import_files, open_district
from kehoach_desktop.store.district_progress import district_overview
from kehoach_desktop.store.exchange import export_for_district
from kehoach_desktop.ui.dashboard import DashboardWidget
from kehoach_desktop.ui.plan_table import ROW_ID_ROLE, PlanTableModel
from tests.reports.pdftext import text

YEAR = "2025-2026"
DECEMBER, FEBRUARY = Month(2025, 12), Month(2026, 2)
# (criterion as written, task, start, end, stored status and percent, dated updates)
ROWS = [
    ("1.1", "Bồi dưỡng giáo viên cốt cán", 9, 10, [(date(2025, 10, 20), 100)]),
    ("TC 2.1", "Tổ chức họp cha mẹ học sinh", 9, 11, [(date(2025, 10, 15), 40)]),
    ("Tiêu chí 2.2", "Rà soát hồ sơ tổ chuyên môn", 10, 11, [(date(2025, 11, 10), 60), (date(2026, 1, 20), 100)]),
    ("tc3.1", "Mua máy chiếu cho phòng học", 11, 12, []),
    ("3.2", "Sửa phòng thí nghiệm", 9, 17, [(date(2026, 2, 1), 50)]),
    ("9.9", "Sửa mái tôn nhà xe", 9, 10, []),
]
TASKS = [r[1] for r in ROWS]


def _month(n: int) -> Month:
    return Month(2025, 9).plus(n - 9)


@pytest.fixture
def school_file(tmp_path):
    path = tmp_path / "truong.db"
    db = open_school_file(path, create=True)
    try:
        with db.atomic():
            plans.save_school(db, School(name="Trường THCS Hòa Bình", code="79760101", level="thcs",
                                         place="Hòa Bình", principal="Nguyễn Văn Minh"))
            rows = [PlanRow(criterion_code=code, current_level=2, target_level=3, expected_result="Đạt mức 3",
                            tasks=task, lead="Hiệu trưởng", timeframe=Timeframe(_month(start), _month(end), ""))
                    for code, task, start, end, _ in ROWS]
            rows[-1].status, rows[-1].percent = "in_progress", 30     # as the imported plan said; never updated
            plans.save_plan(db, Plan(school_year=YEAR, framework_id="tt18", number="45/KH-THCS", rows=rows))
        for row, (*_, updates) in zip(rows, ROWS):
            for day, percent in updates:
                progress.add_update(db, row.id, ProgressUpdate(day, percent))
    finally:
        db.close()
    return path


@pytest.fixture
def db(school_file):
    database = open_school_file(school_file)
    yield database
    database.close()


@pytest.fixture
def office(school_file, tmp_path):
    """The office's file with this school's export imported."""
    district = create_district(tmp_path / "phong.db", "Phòng GD&ĐT Quận 3")
    usb = tmp_path / "usb"
    usb.mkdir()
    exported = export_for_district(school_file, usb, now=datetime(2026, 2, 20, 8, tzinfo=timezone.utc)).path
    database = open_district(district)
    import_files(database, [exported])
    yield database
    database.close()


def the_plan(db) -> Plan:
    return plans.find_plan(db, YEAR)


def dashboard(qtbot, db, month: Month) -> DashboardWidget:
    widget = DashboardWidget()
    qtbot.addWidget(widget)
    widget.set_plan(db, the_plan(db).id)
    widget.set_as_of(month)
    widget.as_of_box.setCurrentIndex(widget.as_of_box.findData(month.iso()))
    return widget


def printed_report(db, tmp_path, month: Month) -> str:
    plan = the_plan(db)
    out = tmp_path / f"bao-cao-{month.iso()}.pdf"
    print_progress(plan, plans.get_school(db), framework(plan.framework_id), progress.plan_updates(db, plan.id),
                   month, out, today=date(2026, 3, 1))
    return " ".join(text(out).split())


def standard_under(headings_and_rows: list[tuple[str, str]]) -> dict[str, int | None]:
    """Each task → the number of the "Tiêu chuẩn N" heading it follows (None before any)."""
    current, found = None, {}
    for kind, value in headings_and_rows:
        if kind == "heading":
            current = int(re.match(r"Tiêu chuẩn (\d+)", value).group(1))
        else:
            found[value] = current
    return found


def test_a_row_written_tc_2_1_is_in_standard_2_in_the_table_the_pdf_the_report_the_dashboard_and_the_office(
        qtbot, db, office, tmp_path):
    plan, fw = the_plan(db), framework("tt18")
    # The window's table: a "Tiêu chuẩn 2" heading over "TC 2.1" and "Tiêu chí 2.2"; no "Tiêu chuẩn 9".
    model = PlanTableModel()
    model.set_plan(plan, fw)
    tasks = {r.id: r.tasks for r in plan.rows}
    seen = [("row", tasks[model.index(v, 0).data(ROW_ID_ROLE)]) if model.index(v, 0).data(ROW_ID_ROLE)
            else ("heading", model.index(v, 1).data()) for v in range(model.rowCount())]
    table = standard_under(seen)
    assert [table[t] for t in TASKS[:5]] == [1, 2, 2, 3, 3]
    assert not any("Tiêu chuẩn 9" in value for kind, value in seen if kind == "heading")

    # The printed plan: the same headings over the same rows.
    out = tmp_path / "ke-hoach.pdf"
    print_plan(plan, plans.get_school(db), fw, out)
    pdf = " ".join(text(out).split())
    marks = sorted([(m.start(), "heading", m.group()) for m in re.finditer(r"Tiêu chuẩn \d+:", pdf)]
                   + [(pdf.index(t), "row", t) for t in TASKS])
    assert standard_under([(kind, value) for _, kind, value in marks]) == table
    assert "Tiêu chuẩn 9" not in pdf

    # The progress report: the row sits under "Tiêu chuẩn 2", the "9.9" row under "không gắn tiêu chí".
    report = printed_report(db, tmp_path, DECEMBER)
    rows_part = report.split("II. KẾT QUẢ THỰC HIỆN TỪNG NỘI DUNG")[1]
    assert rows_part.index("Tiêu chuẩn 2:") < rows_part.index(TASKS[1]) < rows_part.index("Tiêu chuẩn 3:")
    assert rows_part.index("Nội dung không gắn tiêu chí") < rows_part.index(TASKS[5])

    # The dashboard and the office count two rows in standard 2 at the same percent.
    widget = dashboard(qtbot, db, DECEMBER)
    bars = {b.label: b for b in widget.chart.bars}
    assert bars["Tiêu chuẩn 2"].rows == 2 and "Tiêu chuẩn 9" not in bars and bars["Khác"].rows == 1
    [school] = district_overview(office, as_of=date(2025, 12, 15))
    assert set(school.standards) == {"1", "2", "3", "-"}
    assert school.standards["2"] == bars["Tiêu chuẩn 2"].percent
    assert school.standards["-"] == bars["Khác"].percent


# In December "TC 2.1" (ended in November at 40 %), "Tiêu chí 2.2" (ended in November, done only in
# January) and the never-updated "9.9" row are late; in February "tc3.1" (ended in December) joins them
# and "Tiêu chí 2.2" is done.
@pytest.mark.parametrize("month, late", [(DECEMBER, {2, 3, 6}), (FEBRUARY, {2, 4, 6})])
def test_the_dashboard_the_report_and_the_office_agree_on_the_late_rows(qtbot, db, office, tmp_path, month, late):
    widget = dashboard(qtbot, db, month)
    model = widget.deadline_model
    on_screen = {int(model.index(r, 0).data()) for r in range(model.rowCount()) if model.index(r, 4).data() == "Trễ hạn"}
    report = printed_report(db, tmp_path, month)
    section = report.split("1. Chậm tiến độ")[1].split("2. Sắp đến hạn")[0]
    printed = {int(n) for n in re.findall(r"Nội dung (\d+) \(", section)}
    [school] = district_overview(office, as_of=month_day(month))
    assert on_screen == printed == late and school.late == len(late)


def month_day(month: Month) -> date:
    return date(month.year, month.month, 15)


@pytest.mark.parametrize("month", [DECEMBER, FEBRUARY])
def test_looking_back_to_a_month_the_dashboard_the_report_and_the_office_agree(qtbot, db, office, tmp_path, month):
    widget = dashboard(qtbot, db, month)
    counts = {key: int(label.text()) for key, label in widget.status_labels.items()}
    report = printed_report(db, tmp_path, month)
    said = re.search(r"Tính đến tháng [\d/]+: (\d+) nội dung hoàn thành, (\d+) đang thực hiện, (\d+) chưa thực "
                     r"hiện, (\d+) tạm dừng; (\d+) nội dung chậm tiến độ; tỉ lệ hoàn thành bình quân ([\d,]+)%",
                     report)
    assert said, report[:600]
    assert [int(n) for n in said.groups()[:4]] == [counts[k] for k in ("done", "in_progress", "not_started", "paused")]
    assert widget.overall_percent.text() == f"{said.group(6)}%"
    [school] = district_overview(office, as_of=month_day(month))
    assert school.done == counts["done"] and f"{school.percent:g}".replace(".", ",") + "%" == widget.overall_percent.text()
    # "Tiêu chí 2.2" was done in January: in December it stood at 60 %; the "9.9" row keeps the state
    # it came with in every month, since nothing about it was ever reported.
    row_22 = the_plan(db).rows[2]
    assert (row_22.status, counts["done"]) == ("done", 1 if month == DECEMBER else 2)
    assert counts["in_progress"] >= 1
