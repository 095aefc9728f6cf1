"""The plan on the 2018 circulars' form: text in portrait, section III's 9-column table in landscape."""
from __future__ import annotations

from reportlab.lib.units import mm

from kehoach_desktop.domain.catalog import Framework
from kehoach_desktop.domain.plan import Plan, PlanRow, School
from kehoach_desktop.reports import letterhead
from kehoach_desktop.reports.build_progress import Ticker
from kehoach_desktop.reports.document import LANDSCAPE, PAGES
from kehoach_desktop.reports.plan_common import (
    basis_lines, criterion_label, grouped_rows, heading, landscape_table, organization_section, plan_closing, plan_header,
    plan_title,
)
from kehoach_desktop.reports.styles import para

COLUMNS = (
    ("TT", 10),
    ("Tiêu chuẩn, tiêu chí", 35),
    ("Kết quả cần đạt (so với hiện trạng)", 30),
    ("Công việc/giải pháp cần thực hiện", 58),
    ("Chủ trì và phối hợp thực hiện", 26),
    ("Thời gian thực hiện và hoàn thành", 25),
    ("Dự kiến kinh phí", 20),
    ("Điều kiện hỗ trợ khác", 25),
    ("Ghi chú", 18),
)
WIDTHS = [w * mm for _, w in COLUMNS]
assert abs(sum(WIDTHS) - PAGES[LANDSCAPE].frame_width) < 0.01, "columns must fill the landscape frame"


def expected_result(row: PlanRow) -> str:
    """What principals write when they leave the column to the levels: "Đạt mức 3 so với mức 2 hiện tại"."""
    if row.expected_result:
        return row.expected_result
    if row.target_level is None:
        return ""
    now = f" so với mức {row.current_level} hiện tại" if row.current_level else ""
    return f"Đạt mức {row.target_level}{now}"


def _row_cells(row: PlanRow, fw: Framework) -> list:
    return [
        "",
        para(criterion_label(row, fw), "cell"),
        para(expected_result(row), "cell"),
        para(row.tasks, "cell"),
        para(row.lead, "cell"),
        para(row.timeframe.display(), "cell"),
        para(row.budget.display(), "cell"),
        para(row.support, "cell"),
        para(row.notes, "cell"),
    ]


def plan_table(plan: Plan, fw: Framework, ticker: Ticker | None = None) -> list:
    """Section III on landscape pages: the 9 columns, a "Tiêu chuẩn N" row before each standard."""
    header = [[para(title, "cell_head") for title, _ in COLUMNS]]
    rows = grouped_rows(plan.rows, fw, lambda row: _row_cells(row, fw), ticker)
    return landscape_table("III. NỘI DUNG KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC", header, rows, WIDTHS, ticker)


def story(plan: Plan, school: School, fw: Framework, ticker: Ticker | None = None) -> list:
    flow = plan_header(plan, school) + plan_title(plan)
    flow.append(heading("I. MỤC ĐÍCH, YÊU CẦU"))
    flow += letterhead.dash_list(plan.purposes)
    flow.append(heading("II. CĂN CỨ XÂY DỰNG KẾ HOẠCH"))
    flow += basis_lines(plan.bases)
    flow += plan_table(plan, fw, ticker)
    flow += organization_section(plan.organization, "IV")
    flow += plan_closing(plan, school)
    return flow
