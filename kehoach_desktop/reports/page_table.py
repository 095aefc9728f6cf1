"""One page of a paginated table (reports.tables.paged_table), drawn straight onto the canvas.

Every row height is known before layout, so a page needs none of ReportLab's Table machinery
(cell styles, geometry lists, span maps, commands to parse), which was a quarter of the time
to print a plan. The page is drawn as ReportLab's Table drew it, to the same coordinates and
in the same order: the header rows with their cells centred vertically, then the rows with
their cells at the top, then the rules (a box, a line between columns except inside a spanned
"Tiêu chuẩn" row, the header's grid and a rule below it, a rule below each row that ends on
the page). Plain text goes through plain_text.TextRun; other cells draw themselves as before.
"""
from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.rl_accel import fp_str
from reportlab.platypus import Flowable, Paragraph
from reportlab.rl_config import _FUZZ

from kehoach_desktop.reports.fonts import REGULAR
from kehoach_desktop.reports.plain_text import TextRun

PAD_X, PAD_Y = 3, 2
RULE = 0.5


class PageTable(Flowable):
    """The header rows and the units (tables._Unit) of one page, ruled as tables._table rules them."""

    def __init__(self, header: list[list], header_heights: list[float], units: list, widths: list[float]) -> None:
        super().__init__()
        self.header, self.units, self.widths = header, units, widths
        self.heights = list(header_heights) + [u.height for u in units]
        self.columns = [0.0]
        for w in widths:
            self.columns.append(self.columns[-1] + w)
        # row tops to bottoms, summed from the bottom with the compensation ReportLab's Table uses
        self.rows: list[float] = []          # each row's top, then the bottom
        positions = self.rows
        height = carry = 0.0
        for h in reversed(self.heights):
            positions.append(height)
            step = h - carry
            total = height + step
            carry = (total - height) - step
            height = total
        positions.append(height)
        positions.reverse()
        self.width, self.height = self.columns[-1], height

    def wrap(self, availWidth, availHeight):
        return self.width, self.height

    def draw(self) -> None:
        canvas, columns, rows = self.canv, self.columns, self.rows
        canvas.setFillColor(colors.black)
        text = TextRun(canvas)
        n = len(self.header)
        for index, cells in enumerate(self.header):
            self._cells(text, cells, index, PAD_Y, PAD_Y + 1, middle=True)
        for index, unit in enumerate(self.units, n):
            self._cells(text, unit.cells, index, unit.top, unit.bottom, span_from=unit.span_from)

        canvas.setLineCap(1)
        canvas.setLineJoin(1)
        canvas.setStrokeColor(colors.black)
        canvas.setLineWidth(RULE)
        line, top, right = canvas.line, rows[0], columns[-1]
        line(0, top, right, top)                         # the box
        line(0, 0, right, 0)
        line(0, 0, 0, top)
        line(right, 0, right, top)
        spans = [(rows[i + 1], rows[i], unit.span_from) for i, unit in enumerate(self.units, n)
                 if unit.span_from is not None][::-1]      # lowest first
        for column in range(1, len(columns) - 1):        # between columns, not across a merged cell
            _vertical(line, columns[column], top, [(low, high) for low, high, first in spans if column > first])
        for i in range(1, n):                            # the header's grid
            line(0, rows[i], right, rows[i])
        for column in range(1, len(columns) - 1):
            line(columns[column], rows[n], columns[column], top)
        line(0, rows[n], right, rows[n])                 # below the header
        for index, unit in enumerate(self.units, n):
            if unit.closes:
                line(0, rows[index + 1], right, rows[index + 1])

    def _cells(self, text: TextRun, cells: list, index: int, top: float, bottom: float, *, middle: bool = False,
               span_from: int | None = None) -> None:
        columns, y0, height, canvas = self.columns, self.rows[index + 1], self.heights[index], self.canv
        last = len(self.widths) if span_from is None else span_from + 1
        for column in range(last):
            cell = cells[column] if column < len(cells) else ""
            x0 = columns[column]
            if isinstance(cell, str):
                self._string(cell, x0 + PAD_X, y0, height, top, bottom, middle)
                continue
            para = getattr(cell, "para", None)           # a tables.Piece: its paragraph, already measured
            if para is not None:
                h = cell.height
            else:
                width = (columns[-1] if column == span_from else columns[column + 1]) - x0
                para, h = cell, _height(cell, canvas, width - 2 * PAD_X, height - top - bottom)
            y = y0 + (height + bottom - top + h) / 2 - h if middle else y0 + height - top - h
            if not text.paragraph(para, x0 + PAD_X, y):
                cell.drawOn(canvas, x0 + PAD_X, y)

    def _string(self, value: str, x: float, y0: float, height: float, top: float, bottom: float,
                middle: bool) -> None:
        """A string as a Table cell draws it: in its default 10 pt on 12 (our font, as tables._table sets
        it). An empty one is an empty text object, as before: readers of the PDF (pypdf) break a line there."""
        lines = value.split("\n")
        y = y0 + (bottom + height - top + len(lines) * 12) / 2 - 10 if middle else y0 + height - top - 10
        if not value:
            self.canv._code.append(f"BT 1 0 0 1 {fp_str(x, y)} Tm  T* ET")
            return
        self.canv.setFont(REGULAR, 10, 12)
        for line in lines:
            self.canv.drawString(x, y, line)
            y -= 12


def _vertical(line, x: float, top: float, blocks: list[tuple[float, float]]) -> None:
    """A rule from the bottom to ``top`` at ``x``, broken over the (low, high) ``blocks``, lowest first."""
    start = 0.0
    for low, high in blocks:
        if low > start:
            line(x, start, x, low)
        start = max(start, high)
    if start < top - _FUZZ:
        line(x, start, x, top)


def _height(cell, canvas, width: float, height: float) -> float:
    # A header paragraph was broken into lines at this width when the header was measured: again
    # on every page would cost as much as drawing it.
    if isinstance(cell, Paragraph) and getattr(cell, "width", None) == width and hasattr(cell, "blPara"):
        return cell.height
    return cell.wrapOn(canvas, width, height)[1]
