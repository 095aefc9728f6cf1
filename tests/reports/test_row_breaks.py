"""A long row that runs over a page break leaves enough of itself on each side, and a table never ends
on a page holding nothing but the tail of its last row under the repeated header.

Read from what was drawn: every table part records, page by page, how many lines of which logical row
its cells drew (reports.tables.Piece carries both). A table paginated by reports.tables draws each page
as a reports.page_table.PageTable; a table left to ReportLab draws its parts as Tables.
"""
from __future__ import annotations

import io
from collections import defaultdict

import pytest
from reportlab.platypus import Table

from kehoach_desktop.catalogs import framework
from kehoach_desktop.reports.inspection import print_inspection
from kehoach_desktop.reports.page_table import PageTable
from kehoach_desktop.reports.plan import print_plan
from kehoach_desktop.reports.tables import MIN_LINES, Piece
from kehoach_desktop.store import inspections
from tests.reports.conftest import demo_plan
from tests.reports.sample import SCHOOL, plan_tt18 as sample_plan, row


def drawn_parts(monkeypatch, build) -> list[tuple[int, list[tuple[object, int]]]]:
    """Each drawn table part as (page, [(id of the logical row, lines drawn of it), …]) in drawing order."""
    parts: list[tuple[int, list[tuple[object, int]]]] = []

    def record(canvas, body_rows) -> None:
        rows = []
        for cells in body_rows:
            pieces = [c for c in cells if isinstance(c, Piece)]
            if pieces:
                rows.append((id(pieces[0].row), max(p.lines for p in pieces)))
        parts.append((canvas.getPageNumber(), rows))

    def recording(original, body_rows):
        def draw(self):
            record(self.canv, body_rows(self))
            original(self)
        return draw

    monkeypatch.setattr(Table, "draw", recording(Table.draw, lambda t: t._cellvalues[t.repeatRows:]))
    monkeypatch.setattr(PageTable, "draw", recording(PageTable.draw, lambda t: [u.cells for u in t.units]))
    build()
    return parts


def lines_per_page(parts) -> dict[object, dict[int, int]]:
    per_row: dict[object, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    for page, rows in parts:
        for logical, lines in rows:
            per_row[logical][page] += lines
    return per_row


def assert_breaks_are_readable(parts, whole_tails: bool = True) -> int:
    """Every break inside a row leaves MIN_LINES of it on each side; with ``whole_tails`` (no row longer
    than a page) no table part is only the tail of a row begun on the page before. Returns how many rows broke."""
    broken = 0
    for pages in lines_per_page(parts).values():
        if len(pages) > 1:
            broken += 1
            assert min(pages.values()) >= MIN_LINES, f"a row printed as {dict(pages)} lines per page"
    seen: set[object] = set()
    for page, rows in parts:
        alone = {logical for logical, _ in rows}
        # a part made only of a row begun on an earlier page: the remnant under a repeated header
        assert not (whole_tails and len(alone) == 1 and alone <= seen), f"page {page} holds only the tail of a row"
        seen |= alone
    return broken


def print_demo_plan(demo_db, demo_school, year: str):
    plan = demo_plan(demo_db, year)
    return lambda: print_plan(plan, demo_school, framework(plan.framework_id), io.BytesIO())


@pytest.mark.parametrize("year", ["2024-2025", "2026-2027"])
def test_a_principal_prints_the_demo_plan_and_no_page_holds_a_scrap_of_a_row(monkeypatch, demo_db, demo_school,
                                                                               year):
    parts = drawn_parts(monkeypatch, print_demo_plan(demo_db, demo_school, year))
    assert len({page for page, _ in parts}) >= 4          # the tables did run over several pages
    assert_breaks_are_readable(parts)


def test_the_district_prints_the_inspection_record_and_its_table_ends_with_a_whole_row(monkeypatch, demo_db,
                                                                                      demo_school):
    plan = demo_plan(demo_db, "2024-2025")
    [record] = inspections.list_inspections(demo_db, plan.id)
    parts = drawn_parts(monkeypatch, lambda: print_inspection(plan, demo_school, framework(plan.framework_id),
                                                              record, io.BytesIO()))
    assert_breaks_are_readable(parts)


def test_a_row_longer_than_a_page_breaks_with_at_least_three_lines_on_each_side(monkeypatch):
    plan = sample_plan()
    for i in range(4):
        plan.rows.insert(1, row("2.3", " ".join(f"giải pháp {i}-{n}" for n in range(120 + 37 * i))))
    parts = drawn_parts(monkeypatch, lambda: print_plan(plan, SCHOOL, framework("tt18"), io.BytesIO()))
    assert assert_breaks_are_readable(parts, whole_tails=False) >= 3        # several rows did break inside
