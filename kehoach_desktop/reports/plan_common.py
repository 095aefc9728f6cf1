"""The parts both plan forms share: header, title, purposes, bases, organisation, closing."""
from __future__ import annotations

from typing import Callable

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Spacer

from kehoach_desktop.domain import plan_sections
from kehoach_desktop.domain.catalog import Framework
from kehoach_desktop.domain.administration import governing_body_of
from kehoach_desktop.domain.list_items import basis_lines as printed_bases
from kehoach_desktop.domain.organization_text import organization_blocks
from kehoach_desktop.domain.plan import Organization, Plan, PlanRow, School
from kehoach_desktop.domain.plan_table_text import HEADING, STANDARD, TableLine, catalog_label, table_lines
from kehoach_desktop.domain.row_order import standard_of
from kehoach_desktop.domain.values import nfc
from kehoach_desktop.reports import letterhead
from kehoach_desktop.reports.build_progress import Ticker
from kehoach_desktop.reports.document import LANDSCAPE, PAGES, PORTRAIT, landscape_section
from kehoach_desktop.reports.styles import para
from kehoach_desktop.reports.tables import Row, paged_table

PORTRAIT_WIDTH = PAGES[PORTRAIT].frame_width


def school_year_words(school_year: str) -> str:
    """"2023-2024" as printed: "2023 - 2024"."""
    return nfc(school_year).replace("-", " - ")


def plan_header(plan: Plan, school: School) -> list:
    # The plan's own place and governing body: a later change of the school's never reaches it.
    return [letterhead.header(governing_body_of(plan, school), school.name, plan_sections.document_number(plan.number),
                              letterhead.date_line(plan.issued_on, plan.place), PORTRAIT_WIDTH)]


def plan_title(plan: Plan) -> list:
    return letterhead.title_block("Kế hoạch", [letterhead.upper(plan.title),
                                               f"Năm học {school_year_words(plan.school_year)}"])


def heading(text: str) -> object:
    return para(text, "heading")


def landscape_table(title: str, header: list[list], rows: list[Row], widths: list[float],
                    ticker: Ticker | None = None) -> list:
    """A section whose table runs on landscape pages of its own: the heading, then the table
    paginated from the top of the first page (see tables.paged_table); ``ticker`` hears of each
    row as it is measured, the longest part of building a long plan's story, and of each page
    table as it is made."""
    page = PAGES[LANDSCAPE]
    if ticker is not None:
        rows, header = ticker.measuring(rows), ticker.beating(header)
    return landscape_section(paged_table(heading(title), header, rows, widths, page.frame_width, page.frame_height))


def table_heading(text: str) -> list:
    """A heading over a table: keepWithNext would drag a whole shorter-than-a-page table (and the
    heading) to the next page, so ask only for room for the heading and a few rows."""
    return [CondPageBreak(45 * mm), para(text, "heading_loose")]


def general_paragraphs(plan: Plan) -> list:
    """Section "Thông tin chung": its paragraphs as written."""
    return [para(line.strip(), "body") for line in nfc(plan.general_info).split("\n") if line.strip()]


def basis_lines(plan: Plan) -> list:
    """Section II: căn cứ lines italic, each ending ";" and the last "." as Nghị định 30 has it; a
    numbered sub-part or a line citing nothing as written (``domain.list_items.basis_lines``)."""
    return [para(line.text, "basis" if line.italic else "bullet")
            for line in printed_bases(plan.bases, plan_sections.item_prefix(plan))]


def plan_list(plan: Plan, items: list[str]) -> list:
    """A list of the plan's (purposes, reporting): each item with its own mark, else the plan's."""
    return letterhead.dash_list(items, prefix=plan_sections.item_prefix(plan))


def target_section(plan: Plan, heading_text: str) -> list:
    """The plan's chỉ tiêu as a section of their own (the 2018 form), like filed plans' "II. CHỈ TIÊU";
    kept on one page (a short list split over a page break leaves a lone line)."""
    return [KeepTogether([heading(heading_text)] + [para(line, "bullet") for line in plan_sections.target_lines(plan)])]


def targets_part(plan: Plan) -> list:
    """The plan's chỉ tiêu as the last part of a section (Biểu 2's section III)."""
    if not plan.targets:
        return []
    title = plan_sections.targets_part_heading(plan)      # "3. Chỉ tiêu" reads as "1. Mục đích" above it
    return [para(title, "bullet" if title[:1].isdigit() else "subheading")] + \
        [para(line, "bullet") for line in plan_sections.target_lines(plan)]


def criterion_label(row: PlanRow, fw: Framework) -> str:
    return catalog_label(row, fw)


def standard_label(no: int, fw: Framework) -> str:
    standard = fw.standard(no)
    return f"Tiêu chuẩn {no}: {standard.title}" if standard else f"Tiêu chuẩn {no}"


def grouped_rows(rows: list[PlanRow], fw: Framework, cells_for: Callable[[PlanRow], list],
                 ticker: Ticker | None = None) -> list[Row]:
    """Table rows with a spanning "Tiêu chuẩn N: title" row (numbered in the TT column) before
    each standard's rows, as the offices' plans are laid out; the heading never ends a page.
    ``ticker`` gets a beat per row (a chance to stop the build). The inspection record's table."""
    out: list[Row] = []
    current, counter = object(), 0
    for row in rows:
        if ticker is not None:
            ticker.beat()
        standard = standard_of(row.criterion_code, fw)
        if standard != current and standard is not None:
            counter += 1
            out.append(Row([para(str(counter), "cell_centre"), para(standard_label(standard, fw), "cell_bold")],
                           span_from=1, keep_with_next=True))
        current = standard
        out.append(Row(cells_for(row)))
    return out


def table_rows(plan: Plan, fw: Framework, ticker: Ticker | None = None) -> list[Row]:
    """The plan table's rows as ``domain.plan_table_text`` describes them: a spanning "Tiêu chuẩn N:
    title" row numbered in the TT column (2018 form), the document's own rows ("MỨC 1, 2, 3") across
    the table, then each row's cells; a heading row never ends a page. ``ticker`` gets a beat per row
    (a chance to stop the build)."""
    out: list[Row] = []
    for line in table_lines(plan, fw):
        if ticker is not None and line.row is not None:
            ticker.beat()
        out.append(_table_row(line))
    return out


def _table_row(line: TableLine) -> Row:
    if line.kind == STANDARD:
        return Row([para(line.number, "cell_centre"), para(line.text, "cell_bold")], span_from=1, keep_with_next=True)
    if line.kind == HEADING:
        return Row([para(line.text, "cell_bold")], span_from=0, keep_with_next=True)
    return Row([para(line.number, "cell_centre")] + [para(text, "cell") for text in line.cells])


def organization_section(org: Organization, heading_text: str, plan_form: str) -> list:
    """Tổ chức thực hiện under ``heading_text``, part by part as ``domain.organization_text`` describes it."""
    flow = [heading(heading_text)]
    for block in organization_blocks(org, plan_form):
        if block.heading:
            flow.append(para(block.heading, "subheading"))
        flow += [para(line.printed, "bullet") for line in block.lines]
    return flow


def plan_closing(plan: Plan, school: School) -> list:
    paragraphs = [para(text, "body") for text in plan_sections.closing_lines(plan, school.name)]
    return [Spacer(1, 2 * mm), *paragraphs,
            letterhead.closing(plan.recipients, plan.signer_title or "Hiệu trưởng",
                               plan.signer_name or school.principal, PORTRAIT_WIDTH)]
