"""Many like rows of a Word table, each a copy of one formatted row.

python-docx formats every new cell, paragraph and run anew (its schema-ordered inserts and style
look-ups), which made the evidence list's 150 rows two thirds of the report's build. A row formatted
once through ``docx_style.fill_cell`` and copied as XML holds the same formatting, so Word and
LibreOffice see exactly what ``fill_cell`` writes, at a fraction of the cost.
"""
from __future__ import annotations

from copy import deepcopy

from docx.oxml.ns import qn
from docx.table import _Row
from docx.text.paragraph import Paragraph

from kehoach_desktop.reports import docx_style as s

_P, _R, _T = qn("w:p"), qn("w:r"), qn("w:t")


class RowStamp:
    """Rows like a sample row: its cells' alignment, spacing and text size, and its row properties."""

    def __init__(self, table, aligns: list, size: float) -> None:
        self.table = table
        sample = table.add_row()
        for cell, align in zip(sample.cells, aligns):
            s.fill_cell(cell, "x", align=align, size=size)
        first = sample.cells[0].paragraphs[0]
        italic = first.add_run("x")
        italic.font.size, italic.italic = first.runs[0].font.size, True
        self.run, self.italic = deepcopy(first.runs[0]._r), deepcopy(italic._r)
        for tc in sample._tr.iterchildren(qn("w:tc")):
            for r in list(tc.iter(_R)):
                r.getparent().remove(r)
        self.row = sample._tr
        self.row.getparent().remove(self.row)
        # each column's empty paragraph: its own alignment, for a cell's further lines
        self.paragraphs = [deepcopy(tc.find(_P)) for tc in self.row.iterchildren(qn("w:tc"))]

    def new(self) -> _Row:
        """A copy of the sample row, added at the table's end, its cells empty."""
        tr = deepcopy(self.row)
        self.table._tbl.append(tr)
        return _Row(tr, self.table)

    def make_run(self, text: str, italic: bool = False):
        r = deepcopy(self.italic if italic else self.run)
        t = r.find(_T)
        t.text = text.replace("\t", " ")
        t.set(qn("xml:space"), "preserve")
        return r

    def put(self, row: _Row, column: int, text: str, *, italic_last: bool = False) -> None:
        """``text`` in a cell of ``row``, a paragraph a line (the last italic with ``italic_last``)."""
        tc = row._tr.findall(qn("w:tc"))[column]
        lines = text.split("\n") if text else []
        p = tc.find(_P)
        for index, line in enumerate(lines):
            if index:
                p = deepcopy(self.paragraphs[column])
                tc.append(p)
            if line:
                p.append(self.make_run(line, italic_last and index == len(lines) - 1 and len(lines) > 1))

    def paragraph(self, row: _Row, column: int) -> Paragraph:
        """The cell's first paragraph, for what needs python-docx (a link)."""
        return Paragraph(row._tr.findall(qn("w:tc"))[column].find(_P), self.table)
