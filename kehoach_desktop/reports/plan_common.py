"""The parts both plan forms share: header, title, purposes, bases, organisation, closing."""
from __future__ import annotations

from typing import Callable

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Spacer

from kehoach_desktop.domain.catalog import Framework
from kehoach_desktop.domain.administration import governing_body_of
from kehoach_desktop.domain.organization_text import organization_blocks
from kehoach_desktop.domain.plan import Organization, Plan, PlanRow, School
from kehoach_desktop.domain.row_order import criterion_of, standard_of
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
    return [letterhead.header(governing_body_of(plan, school), school.name, plan.number,
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


def basis_lines(bases: list[str]) -> list:
    """Căn cứ lines, italic, each ending ";" and the last "." as Nghị định 30 has it."""
    items = [nfc(b).strip().rstrip(" ;.") for b in bases if nfc(b).strip()]
    return [para(("" if b[:1] in "-–" else "- ") + b + ("." if i == len(items) - 1 else ";"), "basis")
            for i, b in enumerate(items)]


def criterion_label(row: PlanRow, fw: Framework) -> str:
    criterion = criterion_of(row.criterion_code, fw)
    if criterion is None:
        return f"Tiêu chí {row.criterion_code}" if row.criterion_code else ""
    return f"Tiêu chí {criterion.code}. {criterion.title}"


def standard_label(no: int, fw: Framework) -> str:
    standard = fw.standard(no)
    return f"Tiêu chuẩn {no}: {standard.title}" if standard else f"Tiêu chuẩn {no}"


def grouped_rows(rows: list[PlanRow], fw: Framework, cells_for: Callable[[PlanRow], list],
                 ticker: Ticker | None = None) -> list[Row]:
    """Table rows with a spanning "Tiêu chuẩn N: title" row (numbered in the TT column) before
    each standard's rows, as the offices' plans are laid out; the heading never ends a page.
    ``ticker`` gets a beat per row (a chance to stop the build)."""
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


def organization_section(org: Organization, number: str, plan_form: str) -> list:
    """Tổ chức thực hiện, part by part as ``domain.organization_text`` describes it."""
    flow = [heading(f"{number}. TỔ CHỨC THỰC HIỆN")]
    for block in organization_blocks(org, plan_form):
        flow.append(para(block.heading, "subheading"))
        flow += [para(line.prefix + line.text, "bullet") for line in block.lines]
    return flow


def plan_closing(plan: Plan, school: School) -> list:
    sentence = (f"Trên đây là Kế hoạch {nfc(plan.title).lower()} năm học {school_year_words(plan.school_year)} "
                f"của {nfc(school.name)}. Yêu cầu cán bộ, giáo viên, nhân viên nhà trường nghiêm túc thực hiện./.")
    return [Spacer(1, 2 * mm), para(sentence, "body"),
            letterhead.closing(plan.recipients, plan.signer_title or "Hiệu trưởng",
                               plan.signer_name or school.principal, PORTRAIT_WIDTH)]
