"""Ruled tables whose rows may be taller than a page.

ReportLab splits a table only between rows, and its ``splitInRow`` (splitting
inside one row) printed duplicate headers mid-page in 5.1.0. So a row taller
than the room left under the repeated header is cut *before* layout into
stacked sub-rows, every cell cut between its lines at the heights of the
row's tallest cell (no word is cut or lost), and the sub-rows are drawn
without a rule between them so the reader sees one row continuing. Rules are
drawn per logical row.

Every piece of a cut row holds at least ``MIN_LINES`` lines (a short tail joins
the piece before it), so a break inside a row leaves at least that much of it
on each side. A table's last row is kept whole when it fits on a page, else its
last two pieces stay together: a remnant of a few lines under a repeated header,
alone on a page before the next section, reads like a printing mistake. For the
same reason a table's last page never holds a lone row (or a row and the tail of
the one before) on a page mostly empty: the page before it ends earlier, a row
or a piece of one sooner (``_last_break``), so the last page holds two rows or a
fair share of a page. Both rules hold for either kind of table below.

A table that starts a fresh page (the plan table on its landscape pages) is
paginated here: every row height is known, so pages are filled greedily,
never breaking after a "Tiêu chuẩn" heading row or inside a kept group, and
each page is drawn by a page_table.PageTable with the header on top, as
ReportLab's Table drew it. ReportLab's own table splitting re-measures every
remaining cell at each page break, which made a 60-row plan ~5× slower than
this, and drawing through its Table cost a quarter of the time to print a plan.
A table that starts mid-page (a short portrait table) is left to ReportLab,
with ``RuledTable`` closing each page part with a rule (ReportLab's "splitlast"
is lost on the second split of the same table) and moving its last break earlier
as ``_last_break`` says. ReportLab splits such a table only between its rows
(``splitInRow`` is off), which are whole rows or the pieces cut here, so its
breaks keep ``MIN_LINES`` on each side too.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from reportlab.lib import colors
from reportlab.platypus import Flowable, FrameBreak, PageBreak, Paragraph, Table, TableStyle

from kehoach_desktop.reports.fonts import REGULAR
from kehoach_desktop.reports.page_table import PAD_X, PAD_Y, RULE, PageTable
from kehoach_desktop.reports.plain_text import TextRun

MIN_LINES = 3          # fewest lines of a row on either side of a page break
LONE_FILL = 1 / 3      # a table's last page filled less than this, with under two rows begun on it, is too empty


@dataclass
class Row:
    cells: list
    span_from: int | None = None      # merge this column through the last (a "Tiêu chuẩn N" row)
    keep_with_next: bool = False      # a heading row never ends a page alone


class RuledTable(Table):
    """A Table whose every page-part ends with a rule, even inside a continued row, and whose last page
    is never a lone row on a mostly empty page (``_last_break``)."""

    units: list | None = None     # its body rows as _Units (ruled_table sets them, split hands them on)
    room: float = 0.0             # a page's height for body rows under the repeated header

    def split(self, availWidth, availHeight):
        parts = super().split(availWidth, availHeight)
        moved = False
        if len(parts) == 2 and self.units is not None:
            parts, moved = self._balanced(parts, availWidth)
        if len(parts) == 2:
            parts[0].setStyle(TableStyle([("LINEBELOW", (0, -1), (-1, -1), RULE, colors.black)]))
        if moved:
            # ReportLab would fill the page's foot with the rest again: the rest starts the next page
            parts.insert(1, FrameBreak())
        return parts

    def _balanced(self, parts: list, availWidth: float) -> tuple[list, bool]:
        """``parts`` split earlier when the second is the table's last page and ``_last_break`` says so;
        and whether it did."""
        units, header, moved = self.units or [], self.repeatRows, False
        assert isinstance(header, int)
        kept = len(parts[0]._cellvalues) - header
        if sum(u.height for u in units[kept:]) <= self.room:
            cut = _last_break(units[:kept], units[kept:], self.room)
            if cut < kept:          # rows up to the cut fit exactly: ReportLab breaks there (a break it allows)
                earlier = super().split(availWidth, sum(self._rowHeights[:header + cut]) + 0.5)
                if len(earlier) == 2:
                    parts, moved = earlier, True
        if len(parts) == 2:
            kept = len(parts[0]._cellvalues) - header
            parts[0].units, parts[1].units = units[:kept], units[kept:]
            parts[0].room = parts[1].room = self.room
        return parts, moved


class Piece(Flowable):
    """A paragraph laid out once at its column width: the Table asks its size for free.

    Without this every cell is broken into lines again when the table measures a
    row and again when it draws it, which dominated the time to print a plan.
    """

    # Flowable.__init__'s attributes, as class defaults: a long plan makes thousands of pieces
    wrapped, hAlign, vAlign, _traceInfo, _showBoundary, encoding = 0, "LEFT", "BOTTOM", None, None, None

    def __init__(self, para: Paragraph, width: float, height: float, lines: int, row: object = None) -> None:
        self.para, self.width, self.height = para, width, height
        self.lines, self.row = lines, row     # for checks: how much of which logical row this draws

    def wrap(self, availWidth, availHeight):
        return self.width, self.height

    def drawOn(self, canvas, x, y, _sW=0):
        # plain text as a bare text object (plain_text.TextRun), else straight to the paragraph:
        # one canvas state push per cell instead of two
        canvas.setFillColor(colors.black)         # as drawPara sets it, here in the table's own state
        if not TextRun(canvas).paragraph(self.para, x, y):
            self.para.drawOn(canvas, x, y, _sW)

    def draw(self) -> None:
        self.para.drawOn(self.canv, 0, 0)


def _line_slices(count: int, per_piece: int) -> list[tuple[int, int]]:
    """``count`` lines as runs of ``per_piece`` (at least MIN_LINES); a shorter tail joins the run
    before it, so no run but a lone one is under MIN_LINES lines."""
    per_piece = max(per_piece, MIN_LINES)
    starts = list(range(0, count, per_piece))
    if len(starts) > 1 and count - starts[-1] < MIN_LINES:
        starts.pop()
    return [(start, end) for start, end in zip(starts, starts[1:] + [count])]


def _shallow_copy(thing):
    # copy.copy's generic protocol (__reduce_ex__) took a tenth of a long print's layout time
    twin = object.__new__(type(thing))
    twin.__dict__.update(thing.__dict__)
    return twin


def _piece(cell: Paragraph, avail: float, first: int, end: int, row: object) -> Piece:
    part = _shallow_copy(cell)                  # shares the words; only the line list differs
    part.blPara = _shallow_copy(cell.blPara)
    part.blPara.lines = cell.blPara.lines[first:end]
    part.height = (end - first) * cell.style.leading
    return Piece(part, avail, part.height, end - first, row)


def split_tall(cells: list, widths: list[float], limit: float, row: object = None) -> list[list]:
    """``cells`` as stacked rows of about a tenth of ``limit`` points each.

    Like Word's "allow row to break across pages": a row starts right under the
    rows before it and continues on the next page, so pages fill and a row of
    any length fits; small pieces keep the blank at a page's foot small. Every
    cell is cut at the same heights, those of the row's tallest cell, so the
    columns stay level; each paragraph is broken into lines once and every piece
    draws a slice of them (no word is cut or lost).
    """
    piece = max(limit / 10, 40) - 2 * PAD_Y
    heights = [cell.wrap(width - 2 * PAD_X, 1e6)[1] if isinstance(cell, Paragraph) and width > 0 else 0.0
               for cell, width in zip(cells, widths)]
    tallest = max(range(len(cells)), key=heights.__getitem__)
    if heights[tallest] <= piece:
        return [[Piece(cell, width - 2 * PAD_X, height, len(cell.blPara.lines), row) if height else cell
                 for cell, width, height in zip(cells, widths, heights)]]
    leading = cells[tallest].style.leading
    slices = _line_slices(len(cells[tallest].blPara.lines), int(piece // leading))
    tops = [first * leading for first, _ in slices]          # where each piece starts, in points
    stacked: list[list] = [[] for _ in slices]
    for cell, width, height in zip(cells, widths, heights):
        if not height:                           # not a paragraph, or a spanned-over column
            for index, target in enumerate(stacked):
                target.append(cell if index == 0 else "")
            continue
        count, own = len(cell.blPara.lines), cell.style.leading
        bounds = [min(round(top / own), count) for top in tops] + [count]
        for index, target in enumerate(stacked):
            first, end = bounds[index], bounds[index + 1]
            target.append(_piece(cell, width - 2 * PAD_X, first, end, row) if end > first else "")
    return stacked


def _content_height(cells: list, widths: list[float]) -> float:
    tallest = 0.0
    for cell, width in zip(cells, widths):
        if isinstance(cell, Flowable) and width > 0:
            tallest = max(tallest, cell.wrap(width - 2 * PAD_X, 1e6)[1])
    return tallest


def _span_widths(widths: list[float], span_from: int | None) -> list[float]:
    """Column widths as a row with a span sees them: the merged cell gets the sum, the rest none."""
    if span_from is None:
        return widths
    return widths[:span_from] + [sum(widths[span_from:])] + [0.0] * (len(widths) - span_from - 1)


@dataclass
class _Unit:
    """One table row as drawn: a whole short row, or one piece of a long one."""

    cells: list
    height: float
    top: float
    bottom: float
    closes: bool                 # the last piece of its row: a rule below
    span_from: int | None
    glued: bool = False          # no page break right after this unit
    starts: bool = False         # the first piece of a row of the table's body (not a heading row)


def _lonely(units: list[_Unit], room: float) -> bool:
    """A last page that reads like a printing mistake: under two rows begun on it, mostly empty."""
    return sum(u.starts for u in units) < 2 and sum(u.height for u in units) < LONE_FILL * room


def _last_break(before: list[_Unit], last: list[_Unit], room: float) -> int:
    """How many of ``before`` (the units of the page before a table's last page) stay on that page.

    All of them, unless ``last`` is lonely. Then the latest break allowed (not after a glued unit)
    that moves whole rows until two begin on the last page, as long as the page before keeps as
    much as the last page gets (a row or two more on a page already mostly full); else the latest
    that moves rows or pieces of a cut row until the last page holds a fair share of itself
    (``LONE_FILL``). Never more than the last page's ``room`` holds; the page before keeps a unit.
    """
    if not _lonely(last, room):
        return len(before)
    height, kept = sum(u.height for u in last), sum(u.height for u in before)
    rows, fair = sum(u.starts for u in last), len(before)
    for cut in range(len(before) - 1, 0, -1):
        unit = before[cut]
        height, kept, rows = height + unit.height, kept - unit.height, rows + unit.starts
        if height > room:
            break
        if before[cut - 1].glued:
            continue
        if rows >= 2:
            return cut if kept >= height else fair
        if fair == len(before) and height >= LONE_FILL * room:
            fair = cut
    return fair


def _units(rows: list[Row], widths: list[float], limit: float) -> list[_Unit]:
    units: list[_Unit] = []
    for number, row in enumerate(rows):
        row_widths = _span_widths(widths, row.span_from)
        cells = list(row.cells) + [""] * (len(widths) - len(row.cells))
        stacked = split_tall(cells, row_widths, limit, row)
        for index, piece in enumerate(stacked):
            # pieces of one row sit close, as lines of one paragraph: no padding between them
            top = PAD_Y if index == 0 else 0
            bottom = PAD_Y + 1 if index == len(stacked) - 1 else 0
            units.append(_Unit(piece, _content_height(piece, row_widths) + top + bottom, top, bottom,
                               index == len(stacked) - 1, row.span_from,
                               starts=index == 0 and not row.keep_with_next))
        if number == len(rows) - 1 and len(stacked) > 1:
            # the table's last row: its tail would be all of the table's last page
            ours = units[-len(stacked):]
            keep = ours if sum(u.height for u in ours) <= limit else ours[-2:]
            for unit in keep[:-1]:
                unit.glued = True
        if row.keep_with_next:               # a heading row never ends a page
            units[-1].glued = True
    return units


def _header_heights(header: list[list], widths: list[float]) -> list[float]:
    return [_content_height(h, widths) + 2 * PAD_Y + 1 for h in header]


def _table(header: list[list], header_heights: list[float], units: list[_Unit], widths: list[float]) -> RuledTable:
    # the same rules as page_table.PageTable draws, for ReportLab to split between rows
    n = len(header)
    cmds: list = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, n - 1), "MIDDLE"),
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),   # empty string cells would pull in Helvetica
        ("LEFTPADDING", (0, 0), (-1, -1), PAD_X), ("RIGHTPADDING", (0, 0), (-1, -1), PAD_X),
        ("TOPPADDING", (0, 0), (-1, -1), PAD_Y), ("BOTTOMPADDING", (0, 0), (-1, -1), PAD_Y + 1),
        ("BOX", (0, 0), (-1, -1), RULE, colors.black),
        ("LINEBEFORE", (1, 0), (-1, -1), RULE, colors.black),
        ("INNERGRID", (0, 0), (-1, n - 1), RULE, colors.black),
        ("LINEBELOW", (0, n - 1), (-1, n - 1), RULE, colors.black),
    ]
    for index, unit in enumerate(units, n):
        if unit.top != PAD_Y:           # only pieces of a long row differ from the default
            cmds.append(("TOPPADDING", (0, index), (-1, index), unit.top))
        if unit.bottom != PAD_Y + 1:
            cmds.append(("BOTTOMPADDING", (0, index), (-1, index), unit.bottom))
        if unit.closes:
            cmds.append(("LINEBELOW", (0, index), (-1, index), RULE, colors.black))
        if unit.span_from is not None:
            cmds.append(("SPAN", (unit.span_from, index), (-1, index)))
        if unit.glued and index + 1 < n + len(units):
            cmds.append(("NOSPLIT", (0, index), (-1, index + 1)))
    table = RuledTable([list(h) for h in header] + [u.cells for u in units], colWidths=widths,
                       rowHeights=header_heights + [u.height for u in units], repeatRows=n, hAlign="LEFT")
    table.setStyle(TableStyle(cmds))
    return table


def ruled_table(header: list[list], rows: list[Row], widths: list[float], frame_height: float) -> Table:
    """A bordered table that may start mid-page; ReportLab splits it between rows, header repeated."""
    heights = _header_heights(header, widths)
    units = _units(rows, widths, frame_height - sum(heights) - 24)
    table = _table(header, heights, units, widths)
    table.units, table.room = units, frame_height - sum(heights) - 1
    return table


def paged_table(heading: Flowable, header: list[list], rows: list[Row], widths: list[float],
                frame_width: float, frame_height: float) -> list:
    """``heading`` and a bordered table that start at the top of a fresh page, paginated here:
    one Table per page, the header on each, rows continuing across the break."""
    heights = _header_heights(header, widths)
    units = _units(rows, widths, frame_height - sum(heights) - 24)
    heading_height = heading.wrap(frame_width, frame_height)[1] + heading.getSpaceAfter()
    room = frame_height - heading_height - sum(heights) - 1          # 1 pt of slack for rounding
    pages: list[list[_Unit]] = [[]]
    used = 0.0
    for unit in units:
        if pages[-1] and used + unit.height > room:
            # move back to the last unit after which a break is allowed
            cut = len(pages[-1])
            while cut > 0 and pages[-1][cut - 1].glued:
                cut -= 1
            if cut == 0:                      # one glued block taller than the page: break anyway
                cut = len(pages[-1])
            carried = pages[-1][cut:]
            pages[-1] = pages[-1][:cut]
            pages.append(carried)
            used = sum(u.height for u in carried)
            room = frame_height - sum(heights) - 1
        pages[-1].append(unit)
        used += unit.height
    if len(pages) > 1:
        cut = _last_break(pages[-2], pages[-1], room)
        pages[-2:] = [pages[-2][:cut], pages[-2][cut:] + pages[-1]]
    for page in pages[:-1]:
        page[-1] = _close(page[-1])
    flow: list = [heading]
    for number, page in enumerate(pages):
        if number:
            flow.append(PageBreak())
        flow.append(PageTable([list(h) for h in header], heights, page, widths))
    return flow


def _close(unit: _Unit) -> _Unit:
    """The last unit on a page gets a rule below, even inside a continued row."""
    return replace(unit, closes=True)
