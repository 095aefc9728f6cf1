"""The plan on the 2026 form (Thông tư 57/2026, Phụ lục V, Biểu 2): sections I–VIII.

Section IV (the priority problems) and VI (monitoring at the end of term I and
of the year) are portrait tables; section V, the 10-column plan table, runs on
landscape pages. The catalog behind this form is provisional (see
shared/reference), so the layout follows the structure two sources agree on.
"""
from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from kehoach_desktop.domain import plan_sections as sections
from kehoach_desktop.domain.catalog import Framework
from kehoach_desktop.domain.field_text import printed_columns, scaled
from kehoach_desktop.domain.plan_start import form_text
from kehoach_desktop.domain.plan import FORM_TT57, MonitoringReview, Plan, School
from kehoach_desktop.reports.build_progress import Ticker
from kehoach_desktop.reports.document import LANDSCAPE, PAGES, PORTRAIT
from kehoach_desktop.reports.plan_common import (
    basis_lines, general_paragraphs, heading, landscape_table, organization_section, plan_closing, plan_header,
    plan_list, plan_title, table_heading, table_rows, targets_part,
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


def plan_table(plan: Plan, fw: Framework, ticker: Ticker | None = None, title: str = "") -> list:
    """Section V on landscape pages: the 10 columns, rows numbered (``plan_table_text``)."""
    columns = plan_columns()
    title = title or sections.form_headings(plan, FORM_TT57)[sections.TABLE]
    return landscape_table(title, _header(columns), table_rows(plan, fw, ticker), _widths(columns, LANDSCAPE), ticker)


def monitoring_table(plan: Plan) -> object:
    reviews = plan.monitoring or [MonitoringReview(when) for when in DEFAULT_REVIEWS]
    rows = [Row([para(m.when, "cell_bold"), para(m.content, "cell"), para(m.result, "cell"),
                 para(m.adjustment, "cell"), para(m.assessor, "cell")]) for m in reviews]
    return ruled_table(_header(MONITORING_COLUMNS), rows, _widths(MONITORING_COLUMNS),
                       PAGES[PORTRAIT].frame_height)


def story(plan: Plan, school: School, fw: Framework, ticker: Ticker | None = None) -> list:
    text = form_text(FORM_TT57)
    headings = sections.section_headings(plan, FORM_TT57)
    flow = plan_header(plan, school) + plan_title(plan)
    flow.append(heading(headings[sections.GENERAL]))
    flow += general_paragraphs(plan) or [para(f"Tên cơ sở giáo dục: {school.name}.", "body")]
    flow.append(heading(headings[sections.BASES]))
    flow += basis_lines(plan)
    flow.append(heading(headings[sections.PURPOSES]))
    flow += plan_list(plan, plan.purposes)
    flow += targets_part(plan)
    flow += table_heading(headings[sections.PRIORITY])
    flow.append(problems_table(plan))
    if text.problems_note:                   # the form's own footnote under the table
        flow += [Spacer(1, 2 * mm), para(text.problems_note, "basis")]
    flow += plan_table(plan, fw, ticker, headings[sections.TABLE])
    flow += table_heading(headings[sections.MONITORING])
    flow.append(monitoring_table(plan))
    flow += organization_section(plan.organization, headings[sections.ORGANIZATION], fw.plan_form)
    flow.append(heading(headings[sections.REPORTING]))
    flow += plan_list(plan, plan.reporting or list(text.reporting))
    flow += plan_closing(plan, school)
    return flow
