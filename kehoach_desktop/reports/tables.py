"""Ruled tables whose rows may be taller than a page.

ReportLab splits a table only between rows, and its ``splitInRow`` (splitting
inside one row) printed duplicate headers mid-page in 5.1.0. So a row taller
than the room left under the repeated header is cut *before* layout into
stacked sub-rows, each cell split between its own lines with
``Paragraph.split`` (no word is cut or lost), and the sub-rows are drawn
without a rule between them so the reader sees one row continuing. Rules are
drawn per logical row; where a page break falls inside a row, ``RuledTable``
closes the page with a rule (ReportLab's own "splitlast" is lost on the
second split of the same table).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.lib import colors
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from kehoach_desktop.reports.fonts import REGULAR

PAD_X, PAD_Y = 3, 2
RULE = 0.5


@dataclass
class Row:
    cells: list
    span_from: int | None = None      # merge this column through the last (a "Tiêu chuẩn N" row)
    shade: bool = False
    keep_with_next: bool = False      # a heading row never ends a page alone
    styles: list = field(default_factory=list)


class RuledTable(Table):
    """A Table whose every page-part ends with a rule, even inside a continued row."""

    def split(self, availWidth, availHeight):
        parts = super().split(availWidth, availHeight)
        if len(parts) == 2:
            parts[0].setStyle(TableStyle([("LINEBELOW", (0, -1), (-1, -1), RULE, colors.black)]))
        return parts


def _cell_pieces(cell, width: float, limit: float) -> list:
    if not isinstance(cell, Paragraph):
        return [cell]
    avail = width - 2 * PAD_X
    pieces, current = [], cell
    while True:
        _, height = current.wrap(avail, limit)
        if height <= limit:
            pieces.append(current)
            return pieces
        parts = current.split(avail, limit)
        if len(parts) < 2:          # a single line taller than the limit: nothing more to do
            pieces.append(current)
            return pieces
        pieces.append(parts[0])
        current = parts[1]


def split_tall(cells: list, widths: list[float], limit: float) -> list[list]:
    """``cells`` as stacked rows of at most a tenth of ``limit`` points each.

    Like Word's "allow row to break across pages": a row starts right under the
    rows before it and continues on the next page, so pages fill and a row of
    any length fits; small pieces keep the blank at a page's foot small.
    """
    piece = max(limit / 10, 40)
    if _height(cells, widths) <= piece:
        return [cells]
    per_cell = [_cell_pieces(cell, width, piece - 2 * PAD_Y) for cell, width in zip(cells, widths)]
    count = max(len(p) for p in per_cell)
    return [[p[i] if i < len(p) else "" for p in per_cell] for i in range(count)]


def _height(cells: list, widths: list[float]) -> float:
    tallest = 0.0
    for cell, width in zip(cells, widths):
        if isinstance(cell, Flowable):
            tallest = max(tallest, cell.wrap(width - 2 * PAD_X, 1e6)[1])
    return tallest + 2 * PAD_Y


def ruled_table(header: list[list], rows: list[Row], widths: list[float], frame_height: float) -> Table:
    """A bordered table: ``header`` rows repeated on every page, long rows split to fit."""
    header_height = sum(_height(h, widths) for h in header)
    limit = frame_height - header_height - 24   # room for the section heading on a first page
    data: list[list] = [list(h) for h in header]
    cmds: list = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, len(header) - 1), "MIDDLE"),
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),   # empty string cells would pull in Helvetica
        ("LEFTPADDING", (0, 0), (-1, -1), PAD_X), ("RIGHTPADDING", (0, 0), (-1, -1), PAD_X),
        ("TOPPADDING", (0, 0), (-1, -1), PAD_Y), ("BOTTOMPADDING", (0, 0), (-1, -1), PAD_Y + 1),
        ("BOX", (0, 0), (-1, -1), RULE, colors.black),
        ("LINEBEFORE", (1, 0), (-1, -1), RULE, colors.black),
        ("INNERGRID", (0, 0), (-1, len(header) - 1), RULE, colors.black),
        ("LINEBELOW", (0, len(header) - 1), (-1, len(header) - 1), RULE, colors.black),
    ]
    keep_from = None
    for row in rows:
        widths_for_split = widths
        if row.span_from is not None:
            merged = sum(widths[row.span_from:])
            widths_for_split = widths[:row.span_from] + [merged] + [0.0] * (len(widths) - row.span_from - 1)
        cells = list(row.cells) + [""] * (len(widths) - len(row.cells))
        stacked = split_tall(cells, widths_for_split, limit)
        first = len(data)
        data.extend(stacked)
        last = len(data) - 1
        if last > first:   # pieces of one row sit close, as lines of one paragraph
            cmds.append(("BOTTOMPADDING", (0, first), (-1, last - 1), 0))
            cmds.append(("TOPPADDING", (0, first + 1), (-1, last), 0))
        if last > first:   # a row's last piece never sits alone at the top of a page (widow)
            cmds.append(("NOSPLIT", (0, last - 1), (-1, last)))
        if last - first >= 3:   # nor a long row's first piece alone at the foot of one (orphan)
            cmds.append(("NOSPLIT", (0, first), (-1, first + 1)))
        for index in range(first, last + 1):
            if row.span_from is not None:
                cmds.append(("SPAN", (row.span_from, index), (-1, index)))
            if row.shade:
                cmds.append(("BACKGROUND", (0, index), (-1, index), colors.HexColor("#f2f2f2")))
        cmds.append(("LINEBELOW", (0, last), (-1, last), RULE, colors.black))
        if keep_from is not None:
            cmds.append(("NOSPLIT", (0, keep_from), (-1, first)))
        keep_from = last if row.keep_with_next else None
        for cmd in row.styles:
            name, (c0, _), (c1, _), *rest = cmd
            cmds.append((name, (c0, first), (c1, last), *rest))
    table = RuledTable(data, colWidths=widths, repeatRows=len(header), hAlign="LEFT")
    table.setStyle(TableStyle(cmds))
    return table
