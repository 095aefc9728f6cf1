"""The plan on the 2018 circulars' form: text in portrait, section III's 9-column table in landscape."""
from __future__ import annotations

from kehoach_desktop.domain.catalog import Framework
from kehoach_desktop.domain.field_text import field_text, printed_columns, scaled
from kehoach_desktop.domain.fields import plan_fields
from kehoach_desktop.domain.plan import FORM_TT18, Plan, PlanRow, School
from kehoach_desktop.reports import letterhead
from kehoach_desktop.reports.build_progress import Ticker
from kehoach_desktop.reports.document import LANDSCAPE, PAGES
from kehoach_desktop.reports.plan_common import (
    basis_lines, criterion_label, grouped_rows, heading, landscape_table, organization_section, plan_closing, plan_header,
    plan_title,
)
from kehoach_desktop.reports.styles import para

def columns() -> list[tuple[str, float]]:
    """(heading, width) of the 9 columns, from the field registry, filling the landscape frame."""
    shares = printed_columns(FORM_TT18)
    widths = scaled([w for _, w in shares], PAGES[LANDSCAPE].frame_width)
    return [(title, width) for (title, _), width in zip(shares, widths)]


def expected_result(row: PlanRow) -> str:
    """What principals write when they leave the column to the levels: "Đạt mức 3 so với mức 2 hiện tại"."""
    if row.expected_result:
        return row.expected_result
    if row.target_level is None:
        return ""
    now = f" so với mức {row.current_level} hiện tại" if row.current_level else ""
    return f"Đạt mức {row.target_level}{now}"


def _row_cells(row: PlanRow, fw: Framework) -> list:
    special = {"criterion_code": criterion_label(row, fw), "expected_result": expected_result(row)}
    return [""] + [para(special[f.name] if f.name in special else field_text(row, f), "cell")
                   for f in plan_fields().printed_fields(FORM_TT18)]


def plan_table(plan: Plan, fw: Framework, ticker: Ticker | None = None) -> list:
    """Section III on landscape pages: the 9 columns, a "Tiêu chuẩn N" row before each standard."""
    listed = columns()
    header = [[para(title, "cell_head") for title, _ in listed]]
    rows = grouped_rows(plan.rows, fw, lambda row: _row_cells(row, fw), ticker)
    return landscape_table("III. NỘI DUNG KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC", header, rows,
                           [w for _, w in listed], ticker)


def story(plan: Plan, school: School, fw: Framework, ticker: Ticker | None = None) -> list:
    flow = plan_header(plan, school) + plan_title(plan)
    flow.append(heading("I. MỤC ĐÍCH, YÊU CẦU"))
    flow += letterhead.dash_list(plan.purposes)
    flow.append(heading("II. CĂN CỨ XÂY DỰNG KẾ HOẠCH"))
    flow += basis_lines(plan.bases)
    flow += plan_table(plan, fw, ticker)
    flow += organization_section(plan.organization, "IV", fw.plan_form)
    flow += plan_closing(plan, school)
    return flow
