"""The plan on the 2018 circulars' form: text in portrait, the 9-column plan table in landscape.

Its sections, their headings and the table's lines come from the domain's one description of the
printed plan (``plan_sections``, ``plan_table_text``, ``organization_text``), which the Word copy
(``docx_plan``) renders too.
"""
from __future__ import annotations

from kehoach_desktop.domain import plan_sections as sections
from kehoach_desktop.domain.catalog import Framework
from kehoach_desktop.domain.field_text import printed_columns, scaled
from kehoach_desktop.domain.plan import FORM_TT18, Plan, PlanRow, School
from kehoach_desktop.reports.build_progress import Ticker
from kehoach_desktop.reports.document import LANDSCAPE, PAGES
from kehoach_desktop.reports.plan_common import (
    basis_lines, general_paragraphs, heading, landscape_table, organization_section, plan_closing, plan_header,
    plan_list, plan_title, table_rows, target_section,
)
from kehoach_desktop.reports.styles import para


def columns() -> list[tuple[str, float]]:
    """(heading, width) of the 9 columns, from the field registry, filling the landscape frame."""
    shares = printed_columns(FORM_TT18)
    widths = scaled([w for _, w in shares], PAGES[LANDSCAPE].frame_width)
    return [(title, width) for (title, _), width in zip(shares, widths)]


def expected_result(row: PlanRow) -> str:
    """The result column as printed: the row's own words (a level it does not state is in the
    criterion cell's note, ``plan_table_text.level_note``, as in the Word copy)."""
    return row.expected_result


def plan_table(plan: Plan, fw: Framework, ticker: Ticker | None = None, title: str = "") -> list:
    """The plan table on landscape pages: the 9 columns, a "Tiêu chuẩn N" row before each standard."""
    listed = columns()
    header = [[para(name, "cell_head") for name, _ in listed]]
    title = title or sections.form_headings(plan, FORM_TT18)[sections.TABLE]
    return landscape_table(title, header, table_rows(plan, fw, ticker), [w for _, w in listed], ticker)


def story(plan: Plan, school: School, fw: Framework, ticker: Ticker | None = None) -> list:
    flow = plan_header(plan, school) + plan_title(plan)
    headings = sections.section_headings(plan, FORM_TT18)
    for kind in sections.printed_sections(plan, FORM_TT18):
        title = headings[kind]
        if kind == sections.GENERAL:
            flow += [heading(title)] + general_paragraphs(plan)
        elif kind == sections.PURPOSES:
            flow += [heading(title)] + plan_list(plan, plan.purposes)
        elif kind == sections.BASES:
            flow += [heading(title)] + basis_lines(plan)
        elif kind == sections.TARGETS:
            flow += target_section(plan, title)
        elif kind == sections.TABLE:
            flow += plan_table(plan, fw, ticker, title)
        elif kind == sections.ORGANIZATION:
            flow += organization_section(plan.organization, title, fw.plan_form)
        elif kind == sections.REPORTING:
            flow += [heading(title)] + plan_list(plan, plan.reporting)
    flow += plan_closing(plan, school)
    return flow
