"""A paginated table's page draws what ReportLab's Table drew from the same rows: the same text at the
same places in the same order, the same rules.

The page is read back from the canvas's operators: every text object with its origin made absolute
(ReportLab's Table and Paragraph translate the canvas per cell; page_table.PageTable and
plain_text.TextRun write at the absolute place), every rule as its end points.
"""
from __future__ import annotations

import io
import re

import pytest
from reportlab.pdfgen.canvas import Canvas

from kehoach_desktop.reports import tables
from kehoach_desktop.reports.page_table import PageTable
from kehoach_desktop.reports.styles import para
from kehoach_desktop.reports.tables import Row, Piece

WIDTHS = [30.0, 90.0, 160.0, 70.0, 60.0]
_TM = re.compile(r"^BT 1 0 0 1 (\S+) (\S+) Tm(.*)$", re.S)


def drawn(flowable, depths: list[int] | None = None) -> list[tuple]:
    """What ``flowable`` put on a canvas: ("text", x, y, operators) and ("rule", x0, y0, x1, y1), in order;
    ``depths`` gets how many canvas states each text object was written in."""
    canvas = Canvas(io.BytesIO(), pagesize=(1000, 1000))
    flowable.wrapOn(canvas, sum(WIDTHS), 1000)
    flowable.drawOn(canvas, 0, 0)
    seen, stack, dx, dy = [], [], 0.0, 0.0
    for item in canvas._code:
        if item == "q":
            stack.append((dx, dy))
        elif item == "Q":
            dx, dy = stack.pop()
        elif item.endswith(" cm"):
            a, b, c, d, e, f = map(float, item.split()[:6])
            assert (a, b, c, d) == (1, 0, 0, 1)
            dx, dy = dx + e, dy + f
        elif item.startswith("BT"):
            x, y, rest = _TM.match(item).groups()
            # drawPara's several-run path states the leading and the colour first: the same text state
            rest = re.sub(r"^ [\d.]+ TL", "", rest.replace(" 0 0 0 rg", ""))
            seen.append(("text", round(float(x) + dx, 3), round(float(y) + dy, 3), " ".join(rest.split())))
            if depths is not None:
                depths.append(len(stack))
        elif item.endswith(" l S"):
            x0, y0, _, x1, y1, *_ = item.split()[1:]
            seen.append(("rule", *(round(float(v), 3) for v in (x0, y0, x1, y1))))
    return seen


def sample_rows() -> tuple[list[list], list[Row]]:
    header = [[para(t, "cell_head") for t in ("TT", "Tiêu chuẩn, tiêu chí", "Công việc/giải pháp cần thực hiện",
                                              "Chủ trì và phối hợp thực hiện", "Ghi chú")]]
    long = " ".join(f"giải pháp {n} cho tiêu chí" for n in range(60))
    rows = [
        Row([para("1", "cell_centre"), para("Tiêu chuẩn 1: Tổ chức và quản lý nhà trường", "cell_bold")],
            span_from=1, keep_with_next=True),
        Row(["", para("Tiêu chí 1.1. Phương hướng, chiến lược", "cell"), para(long, "cell"),
             para("Hiệu trưởng\nPhó Hiệu trưởng", "cell"), para("", "cell")]),
        Row([para("2", "cell_centre"), para("Tiêu chí 1.2 <khác> & \"lạ\"", "cell"),
             para("Ghi chú", "cell", markup="<b>Chú ý:</b> "), para("Tổ trưởng", "cell_centre"),
             para("Dòng một\n\nDòng ba", "cell")]),
        Row([para("3", "cell_centre"), para("Siêuđàiđạimộttừkhôngcókhoảngtrắngnàocả", "cell"),
             para("Một câu trình bày canh đều hai bên cho đủ dài để xuống dòng vài lần nhé", "body"),
             para("", "cell"), para("x", "cell")]),
    ]
    return header, rows


def reference_units(limit: float):
    header, rows = sample_rows()
    heights = tables._header_heights(header, WIDTHS)
    return header, heights, tables._units(rows, WIDTHS, limit)


@pytest.mark.parametrize("limit", [1e5, 120.0])        # whole rows; a long row cut into stacked pieces
def test_a_page_draws_the_text_and_rules_of_reportlabs_table(monkeypatch, limit):
    header, heights, units = reference_units(limit)
    depths: list[int] = []
    ours = drawn(PageTable([list(h) for h in header], heights, units, WIDTHS), depths)
    # the reference: ReportLab's Table, every paragraph drawing itself
    monkeypatch.setattr(Piece, "drawOn", lambda self, canvas, x, y, _sW=0: self.para.drawOn(canvas, x, y, _sW))
    theirs = drawn(tables._table(header, heights, units, WIDTHS))
    assert ours == theirs
    # most text went straight onto the page; the bold run, the justified text and the header line
    # squeezed by word spacing drew themselves inside their paragraph's own canvas state
    assert depths.count(1) > 15 and depths.count(3) >= 3
