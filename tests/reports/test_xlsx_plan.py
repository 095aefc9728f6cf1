"""The district asks for the plan in Excel: numbers must stay numbers they can sum and filter."""
from __future__ import annotations

from datetime import date, datetime

from openpyxl import load_workbook

from kehoach_desktop.catalogs import installed_catalogs
from kehoach_desktop.domain.plan import Target
from kehoach_desktop.domain.serialize import plan_from_dict, school_from_dict
from kehoach_desktop.reports.xlsx_district import district_workbook
from kehoach_desktop.reports.xlsx_plan import RowProgress, write_plan_xlsx
from kehoach_desktop.store.demo import demo_data


def _demo(index: int):
    data = demo_data()
    plan = plan_from_dict(data["plans"][index])
    for number, row in enumerate(plan.rows):
        row.id = number + 1
    return school_from_dict(data["school"]), plan, installed_catalogs()[plan.framework_id]


def _sheet_rows(ws) -> list[dict]:
    values = list(ws.iter_rows(values_only=True))
    return [dict(zip(values[0], line)) for line in values[1:]]


def test_plan_rows_carry_levels_money_percent_and_months_as_numbers(tmp_path):
    school, plan, fw = _demo(0)
    progress = {2: RowProgress(["[H1-1.4-01]", "[H1-1.4-02]"], "Hoàn thành 08 chuyên đề.", date(2025, 5, 16))}
    path = tmp_path / "ke-hoach.xlsx"
    write_plan_xlsx(plan, school, fw, path, progress, as_of=date(2025, 3, 1))
    wb = load_workbook(path)
    ws = wb["Kế hoạch 2024-2025"]
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref.startswith("A1:")
    rows = _sheet_rows(ws)
    assert len(rows) == len(plan.rows)
    second = rows[1]
    assert second["Tiêu chí"] == "1.4" and second["Tiêu chuẩn"] == 1
    assert (second["Mức hiện tại"], second["Mức cần đạt"]) == (2, 3)
    assert second["Kinh phí (đồng)"] == 2_000_000 and second["Dự kiến kinh phí (như đã ghi)"] == "2 triệu"
    assert second["Hoàn thành"] == plan.rows[1].percent / 100
    assert second["Đã chi (đồng)"] == plan.rows[1].spent
    assert second["Bắt đầu"] == datetime(2024, 9, 1) and second["Kết thúc"] == datetime(2025, 5, 1)
    assert second["Minh chứng"] == "[H1-1.4-01]; [H1-1.4-02]" and second["Ghi chú mới nhất"] == "Hoàn thành 08 chuyên đề."
    assert all(isinstance(r["Mức cần đạt"], int) for r in rows)
    budget_cell = ws.cell(row=3, column=list(rows[0]).index("Kinh phí (đồng)") + 1)
    assert budget_cell.data_type == "n" and "đ" in budget_cell.number_format
    unknown = next(r for r in rows if r["Tiêu chí"] == "2.2")
    assert unknown["Kinh phí (đồng)"] is None and unknown["Dự kiến kinh phí (như đã ghi)"].startswith("Kinh phí ngân sách")


def test_standards_sheet_adds_up_and_targets_sheet_lists_chi_tieu(tmp_path):
    school, plan, fw = _demo(0)
    plan.targets = [Target("Học sinh có kết quả học tập Tốt, Khá", 65.0, "%", ">=", {"Học kỳ I": 61.5})]
    path = tmp_path / "ke-hoach.xlsx"
    write_plan_xlsx(plan, school, fw, path, as_of=date(2025, 3, 1))
    wb = load_workbook(path)
    standards = _sheet_rows(wb["Theo tiêu chuẩn"])
    total = standards[-1]
    assert total["Tiêu chuẩn"] == "Cả kế hoạch" and total["Số dòng"] == len(plan.rows)
    assert sum(s["Số dòng"] for s in standards[:-1]) == len(plan.rows)
    assert total["Kinh phí dự kiến (đồng)"] == sum(r.budget.amount or 0 for r in plan.rows)
    targets = _sheet_rows(wb["Chỉ tiêu"])
    assert targets == [{"Chỉ tiêu": "Học sinh có kết quả học tập Tốt, Khá", "So sánh": "≥", "Giá trị": 65,
                        "Đơn vị": "%", "Học kỳ I": 61.5, "Cả năm": None}]


def test_a_2026_plan_gets_its_own_columns(tmp_path):
    school, plan, fw = _demo(1)
    path = tmp_path / "bieu2.xlsx"
    write_plan_xlsx(plan, school, fw, path)
    rows = _sheet_rows(load_workbook(path).active)
    assert rows[0]["Nội dung cải tiến"] == plan.rows[0].content
    assert rows[0]["Chỉ số đánh giá kết quả"] == plan.rows[0].indicators
    assert rows[0]["Kinh phí (đồng)"] == 8_000_000 and rows[0]["Mức hiện tại"] is None


def test_the_district_workbook_has_one_row_per_school_with_percent_per_standard(tmp_path):
    schools = [
        {"code": "HB01", "name": "Trường THCS Hòa Bình", "level": "thcs", "school_year": "2024-2025",
         "framework_id": "tt18", "rows": 16, "done": 12, "late": 1, "percent": 81.3, "imported_at": "2025-06-01",
         "standards": {"1": 100.0, "3": 62.5}},
        {"code": "TH02", "name": "Trường TH Hòa Lạc", "level": "tieu_hoc", "school_year": "2024-2025",
         "framework_id": "tt17", "rows": 5, "done": 0, "late": 2, "percent": 10.0, "imported_at": "2025-06-02",
         "standards": {"2": 10.0}},
    ]
    path = tmp_path / "phong.xlsx"
    district_workbook(schools, "Phòng GDĐT An Phú").save(path)
    rows = _sheet_rows(load_workbook(path).active)
    assert [r["Mã trường"] for r in rows] == ["HB01", "TH02"]
    assert rows[0]["Tiến độ chung"] == 0.813 and rows[0]["Tiêu chuẩn 3"] == 0.625 and rows[0]["Tiêu chuẩn 2"] is None
    assert rows[1]["Cấp học"] == "Tiểu học" and rows[1]["Trễ hạn"] == 2


def test_a_rows_progress_is_its_evidence_in_date_order_and_its_latest_note():
    from kehoach_desktop.domain.plan import ProgressUpdate
    from kehoach_desktop.reports.xlsx_plan import row_progress
    later = ProgressUpdate(date(2025, 3, 1), 100, "Xong.", evidence=["[H1-1.1-02]"])
    earlier = ProgressUpdate(date(2024, 11, 2), 40, "Bắt đầu.", evidence=["[H1-1.1-01]"])
    progress = row_progress({7: [later, earlier], 8: []})
    assert progress[7] == RowProgress(["[H1-1.1-01]", "[H1-1.1-02]"], "Xong.", date(2025, 3, 1))
    assert 8 not in progress


def test_every_sheet_prints_landscape_one_page_wide_with_its_header_on_each_page(tmp_path):
    school, plan, fw = _demo(0)
    plan.targets = [Target("Học sinh có kết quả học tập Tốt, Khá", 65.0, "%", ">=", {"Học kỳ I": 61.5})]
    write_plan_xlsx(plan, school, fw, tmp_path / "ke-hoach.xlsx", as_of=date(2025, 3, 1))
    district_workbook([], "Phòng GDĐT An Phú").save(tmp_path / "phong.xlsx")
    sheets = list(load_workbook(tmp_path / "ke-hoach.xlsx")) + list(load_workbook(tmp_path / "phong.xlsx"))
    assert len(sheets) == 4
    for ws in sheets:
        setup = ws.page_setup
        assert (setup.orientation, setup.paperSize) == ("landscape", 9), ws.title        # 9: A4
        assert ws.sheet_properties.pageSetUpPr.fitToPage, ws.title
        assert (setup.fitToWidth, setup.fitToHeight) == (1, 0), ws.title    # one page wide, any number down
        assert ws.print_title_rows == "$1:$1", ws.title                                    # header on every page
        assert ws.print_options.gridLines and "&P" in ws.oddFooter.center.text


def test_the_time_a_schools_file_came_in_is_a_local_date_and_time(tmp_path, monkeypatch):
    import time
    monkeypatch.setenv("TZ", "Asia/Ho_Chi_Minh")
    time.tzset()
    try:
        school = {"code": "HB01", "name": "Trường THCS Hòa Bình", "level": "thcs", "school_year": "2024-2025",
                  "framework_id": "tt18", "rows": 16, "done": 12, "late": 1, "percent": 81.3,
                  "imported_at": "2025-06-01T17:30:00+00:00", "standards": {}}
        district_workbook([school, {**school, "code": "HB02", "imported_at": ""}]).save(tmp_path / "phong.xlsx")
    finally:
        monkeypatch.undo()
        time.tzset()
    ws = load_workbook(tmp_path / "phong.xlsx").active
    rows = _sheet_rows(ws)
    assert rows[0]["Nhận tệp lúc"] == datetime(2025, 6, 2, 0, 30)        # 17:30 UTC is past midnight in Hà Nội
    assert ws.cell(row=2, column=10).number_format == "dd/mm/yyyy hh:mm"
    assert rows[1]["Nhận tệp lúc"] is None
