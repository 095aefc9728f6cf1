"""A table's last page never holds a lone row (or a row and the tail of the one before) on a page mostly
empty: the break before it moves earlier, whole rows or pieces of a cut row, so that page holds two rows
begun on it or a third of a page (reports.tables.LONE_FILL). It holds for a table paginated by
reports.tables (the plan table on its landscape pages) and for one ReportLab splits (a portrait table
starting mid-page), and ReportLab's breaks in the latter leave MIN_LINES of a cut row on each side.

Read from what was drawn: each table part (a page_table.PageTable, or a part of a tables.RuledTable)
with the logical rows its cells belong to (tables.Piece carries its row) and its height.
"""
from __future__ import annotations

import io

import pytest
from reportlab.platypus import Table

from kehoach_desktop.catalogs import framework
from kehoach_desktop.domain.plan import PriorityProblem
from kehoach_desktop.domain.values import Month
from kehoach_desktop.reports import tables
from kehoach_desktop.reports.document import LANDSCAPE, PAGES, PORTRAIT
from kehoach_desktop.reports.inspection import print_inspection
from kehoach_desktop.reports.page_table import PageTable
from kehoach_desktop.reports.plan import print_plan
from kehoach_desktop.reports.progress import print_progress
from kehoach_desktop.reports.tables import LONE_FILL, Piece
from kehoach_desktop.store import inspections, progress as progress_store
from tests.reports.conftest import demo_plan
from tests.reports.sample import SCHOOL, plan_tt18, plan_tt57, row
from tests.reports.test_row_breaks import assert_breaks_are_readable, drawn_parts


class Part:
    """One page's part of a table as drawn."""

    def __init__(self, page: int, rows: list[list], height: float, room: float) -> None:
        self.page, self.height, self.room = page, height, room
        self.rows = []          # the logical row each body row (or piece of one) belongs to
        for cells in rows:
            pieces = [c for c in cells if isinstance(c, Piece)]
            self.rows.append(pieces[0].row if pieces else None)


def printed_tables(build) -> list[list[Part]]:
    """Every table drawn, as its parts page by page (a table is told by its first header cell)."""
    drawn: dict[int, list[Part]] = {}

    def room(canvas, header_height: float) -> float:
        width, height = canvas._pagesize
        return PAGES[LANDSCAPE if width > height else PORTRAIT].frame_height - header_height

    def page_table(original):
        def draw(self):
            n = len(self.header)
            drawn.setdefault(id(self.header[0][0]), []).append(Part(
                self.canv.getPageNumber(), [u.cells for u in self.units], sum(self.heights[n:]),
                room(self.canv, sum(self.heights[:n]))))
            original(self)
        return draw

    def table(original):
        def draw(self):
            n = self.repeatRows
            drawn.setdefault(id(self._cellvalues[0][0]), []).append(Part(
                self.canv.getPageNumber(), self._cellvalues[n:], sum(self._rowHeights[n:]),
                room(self.canv, sum(self._rowHeights[:n]))))
            original(self)
        return draw

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(PageTable, "draw", page_table(PageTable.draw))
        patch.setattr(Table, "draw", table(Table.draw))
        build()
    return list(drawn.values())


def lonely_last_pages(printed: list[list[Part]]) -> list[str]:
    """Each table whose last page holds under two rows begun on it and is under LONE_FILL full."""
    found = []
    for parts in printed:
        if len(parts) < 2:
            continue
        before = {id(r) for part in parts[:-1] for r in part.rows}
        begun = {id(r) for r in parts[-1].rows if r is not None and not r.keep_with_next and id(r) not in before}
        fill = parts[-1].height / parts[-1].room
        if len(begun) < 2 and fill < LONE_FILL:
            found.append(f"page {parts[-1].page}: {len(begun)} row(s) begun, {fill:.0%} full")
    return found


@pytest.fixture
def would_be_lonely(monkeypatch) -> list[bool]:
    """For each last break decided, whether the last page was lonely before the rule moved it:
    the stories below must meet the case they are about."""
    seen: list[bool] = []
    original = tables._last_break

    def watched(before, last, room):
        seen.append(tables._lonely(last, room))
        return original(before, last, room)
    monkeypatch.setattr(tables, "_last_break", watched)
    return seen


def test_a_plan_whose_last_row_would_sit_alone_on_a_page_prints_two_rows_there(would_be_lonely):
    """A principal's plan grows a row at a time: whatever its length, the plan table's last page holds
    two rows or a fair share of the page, never one row under the header on a page left blank."""
    tasks = ("Rà soát, bổ sung kế hoạch; tổ chức thực hiện theo từng tháng, báo cáo kết quả với Hội đồng tự "
             "đánh giá; lưu minh chứng theo quy định. ") * 2
    for count in range(8, 24):
        plan = plan_tt18([row(f"{1 + i % 5}.{1 + i // 5}", tasks) for i in range(count)])
        printed = printed_tables(lambda plan=plan: print_plan(plan, SCHOOL, framework("tt18"), io.BytesIO()))
        assert lonely_last_pages(printed) == [], f"{count} rows"
    assert any(would_be_lonely), "no plan length left a row alone: the story no longer tells the rule"


def test_a_table_starting_mid_page_ends_with_two_rows_on_its_last_page(would_be_lonely):
    """The 2026 form's priority problems, a portrait table starting under the plan's text, split by
    ReportLab: its last page is never one problem under the header."""
    problem = PriorityProblem("Tiêu chuẩn 3", "3.2", "Phòng học bộ môn còn thiếu, thiết bị xuống cấp. " * 3,
                              "Thiếu 2 phòng bộ môn; thiết bị dạy học chưa đồng bộ. " * 2, "Kinh phí hạn chế. " * 3)
    for count in range(4, 16):
        plan = plan_tt57()
        plan.priority_problems = [problem] * count
        printed = printed_tables(lambda plan=plan: print_plan(plan, SCHOOL, framework("tt57-pt"), io.BytesIO()))
        assert lonely_last_pages(printed) == [], f"{count} problems"
    assert any(would_be_lonely), "no number of problems left one alone: the story no longer tells the rule"


def test_reportlabs_breaks_in_a_mid_page_table_leave_at_least_min_lines_of_a_row(monkeypatch):
    """Problems long enough to run over a page: ReportLab breaks the table only between the pieces cut
    in reports.tables, so every piece on either side of a break holds MIN_LINES (≥ 2) lines."""
    assert tables.MIN_LINES >= 2
    plan = plan_tt57()
    plan.priority_problems = [
        PriorityProblem("Tiêu chuẩn 3", "3.2", " ".join(f"hiện trạng {i}-{n}" for n in range(90 + 25 * i)),
                        "Thiếu phòng bộ môn.", "Kinh phí hạn chế.") for i in range(3)]
    parts = drawn_parts(monkeypatch, lambda: print_plan(plan, SCHOOL, framework("tt57-pt"), io.BytesIO()))
    assert assert_breaks_are_readable(parts, whole_tails=False) >= 2     # rows did break inside


def test_the_demo_reports_end_their_row_tables_with_two_rows(demo_db, demo_school, would_be_lonely):
    """The demo's progress report and inspection record: their row tables' last pages held the tail of
    one row and the last row, on a page two-thirds blank."""
    plan = demo_plan(demo_db, "2024-2025")
    fw = framework(plan.framework_id)
    updates = progress_store.plan_updates(demo_db, plan.id)
    [record] = inspections.list_inspections(demo_db, plan.id)
    for build in (lambda: print_progress(plan, demo_school, fw, updates, Month(2025, 4), io.BytesIO()),
                  lambda: print_inspection(plan, demo_school, fw, record, io.BytesIO())):
        assert lonely_last_pages(printed_tables(build)) == []
    assert any(would_be_lonely)


def test_the_last_break_moves_whole_rows_while_the_page_before_stays_fuller():
    """The rule on its own: rows of 10 % of a page each, the last alone on its page."""
    def unit(height: float, starts: bool = True, glued: bool = False) -> tables._Unit:
        return tables._Unit([], height, 2, 3, True, None, glued=glued, starts=starts)
    before = [unit(10) for _ in range(9)]
    assert tables._last_break(before, [unit(10)], 100) == 8            # one row moves: two on the last page
    assert tables._last_break(before, [unit(10), unit(10)], 100) == 9   # two rows already: nothing moves
    assert tables._last_break(before, [unit(40)], 100) == 9             # a fair share already: nothing moves
    # a heading row never ends a page: the row after it moves with it
    glued = before[:7] + [unit(3, starts=False, glued=True), unit(10)]
    assert tables._last_break(glued, [unit(10)], 100) == 7
    # a long row cut in pieces at the end of the page before: its pieces move until a third of a page
    pieces = [unit(30)] + [unit(10, starts=False) for _ in range(6)]
    assert tables._last_break(pieces, [unit(10)], 100) == 4
