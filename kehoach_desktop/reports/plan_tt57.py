"""The plan on the 2026 form (Thông tư 57/2026, Phụ lục V, Biểu 2): sections I–VIII.

Section IV (the priority problems) and VI (monitoring at the end of term I and
of the year) are portrait tables; section V, the 10-column plan table, runs on
landscape pages. The catalog behind this form is provisional (see
shared/reference), so the layout follows the structure two sources agree on.
"""
from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from kehoach_desktop.domain.catalog import Framework
from kehoach_desktop.domain.field_text import field_text, printed_columns, scaled
from kehoach_desktop.domain.fields import plan_fields
from kehoach_desktop.domain.plan_start import form_text
from kehoach_desktop.domain.plan import FORM_TT57, MonitoringReview, Plan, PlanRow, School
from kehoach_desktop.domain.values import nfc
from kehoach_desktop.reports import letterhead
from kehoach_desktop.reports.build_progress import Ticker
from kehoach_desktop.reports.document import LANDSCAPE, PAGES, PORTRAIT
from kehoach_desktop.reports.plan_common import (
    basis_lines, heading, landscape_table, organization_section, plan_closing, plan_header, plan_title, table_heading,
)
from kehoach_desktop.reports.styles import para
from kehoach_desktop.reports.tables import Row, ruled_table

PROBLEM_COLUMNS = (("TT", 10), ("Tiêu chuẩn", 28), ("Tiêu chí liên quan", 22), ("Đánh giá hiện trạng", 37),
                   ("Điểm hạn chế", 34), ("Nguyên nhân", 34))
MONITORING_COLUMNS = (("Thời điểm", 28), ("Nội dung theo dõi", 45), ("Kết quả", 32), ("Điều chỉnh", 32),
                      ("Người đánh giá", 28))
DEFAULT_REVIEWS = ("Cuối học kỳ I", "Cuối năm học")
for _columns, _page in ((PROBLEM_COLUMNS, PORTRAIT), (MONITORING_COLUMNS, PORTRAIT)):
    assert abs(sum(w for _, w in _columns) * mm - PAGES[_page].frame_width) < 0.01, "columns must fill the frame"


def _widths(columns, page: str = PORTRAIT) -> list[float]:
    """Shares → widths filling the page's frame (the plan table's shares come from the field registry)."""
    return scaled([w for _, w in columns], PAGES[page].frame_width)


def plan_columns() -> list[tuple[str, float]]:
    return printed_columns(FORM_TT57)


def _header(columns) -> list[list]:
    return [[para(title, "cell_head") for title, _ in columns]]


def problems_table(plan: Plan) -> object:
    rows = [Row([para(str(i), "cell_centre"), para(p.standard, "cell"), para(p.criteria, "cell"),
                 para(p.current_state, "cell"), para(p.weakness, "cell"), para(p.cause, "cell")])
            for i, p in enumerate(plan.priority_problems, 1)]
    return ruled_table(_header(PROBLEM_COLUMNS), rows, _widths(PROBLEM_COLUMNS), PAGES[PORTRAIT].frame_height)


def _content(row: PlanRow) -> str:
    # The criterion's number only: its full title would crowd the narrow column.
    return "\n".join(x for x in (row.content, f"(Tiêu chí {row.criterion_code})" if row.criterion_code else "") if x)


def _plan_row(i: int, r: PlanRow, ticker: Ticker | None) -> Row:
    if ticker is not None:
        ticker.beat()
    cells = [para(_content(r) if f.name == "content" else field_text(r, f), "cell")
             for f in plan_fields().printed_fields(FORM_TT57)]
    return Row([para(str(i), "cell_centre")] + cells)


def plan_table(plan: Plan, ticker: Ticker | None = None) -> list:
    rows = [_plan_row(i, r, ticker) for i, r in enumerate(plan.rows, 1)]
    columns = plan_columns()
    return landscape_table("V. KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG", _header(columns), rows, _widths(columns, LANDSCAPE),
                           ticker)


def monitoring_table(plan: Plan) -> object:
    reviews = plan.monitoring or [MonitoringReview(when) for when in DEFAULT_REVIEWS]
    rows = [Row([para(m.when, "cell_bold"), para(m.content, "cell"), para(m.result, "cell"),
                 para(m.adjustment, "cell"), para(m.assessor, "cell")]) for m in reviews]
    return ruled_table(_header(MONITORING_COLUMNS), rows, _widths(MONITORING_COLUMNS),
                       PAGES[PORTRAIT].frame_height)


def _paragraphs(text: str) -> list:
    return [para(line.strip(), "body") for line in nfc(text).split("\n") if line.strip()]


def story(plan: Plan, school: School, fw: Framework, ticker: Ticker | None = None) -> list:
    text = form_text(FORM_TT57)
    flow = plan_header(plan, school) + plan_title(plan)
    flow.append(heading("I. THÔNG TIN CHUNG"))
    flow += _paragraphs(plan.general_info) or [para(f"Tên cơ sở giáo dục: {school.name}.", "body")]
    flow.append(heading("II. CĂN CỨ XÂY DỰNG KẾ HOẠCH"))
    flow += basis_lines(plan.bases)
    flow.append(heading("III. MỤC ĐÍCH, YÊU CẦU"))
    flow += letterhead.dash_list(plan.purposes)
    flow += table_heading("IV. CÁC VẤN ĐỀ ƯU TIÊN CẦN CẢI TIẾN")
    flow.append(problems_table(plan))
    if text.problems_note:                   # the form's own footnote under the table
        flow += [Spacer(1, 2 * mm), para(text.problems_note, "basis")]
    flow += plan_table(plan, ticker)
    flow += table_heading("VI. THEO DÕI, GIÁM SÁT THỰC HIỆN KẾ HOẠCH")
    flow.append(monitoring_table(plan))
    flow += organization_section(plan.organization, "VII", fw.plan_form)
    flow.append(heading(f"VIII. {text.reporting_heading}"))
    flow += letterhead.dash_list(plan.reporting or list(text.reporting))
    flow += plan_closing(plan, school)
    return flow
