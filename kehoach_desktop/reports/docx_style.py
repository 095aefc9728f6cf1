"""Word building blocks for Nghị định 30 documents: fonts, A4 sections, ruled and plain tables.

python-docx covers paragraphs and runs; the few things it has no API for (repeated header
rows, borderless tables, short drawn rules, page-number fields, fixed column grids) are
set here as the WordprocessingML elements Word itself writes, so Word and LibreOffice
open the file as an ordinary editable document.
"""
from __future__ import annotations

from docx import Document
from docx.document import Document as WordDocument   # the class; docx.Document is its factory
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from kehoach_desktop.domain.values import nfc

FONT = "Times New Roman"          # Word's name; LibreOffice maps it to the metric-compatible Liberation Serif
FALLBACK_FONT = "Liberation Serif"
PORTRAIT_FRAME_MM = 165           # 210 − 30 − 15
LANDSCAPE_FRAME_MM = 247          # 297 − 30 − 20
CENTER = WD_ALIGN_PARAGRAPH.CENTER
JUSTIFY = WD_ALIGN_PARAGRAPH.JUSTIFY
LEFT = WD_ALIGN_PARAGRAPH.LEFT


def new_document() -> WordDocument:
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(13)
    fonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
    for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attribute), FONT)
    spacing = normal.paragraph_format
    spacing.space_before, spacing.space_after, spacing.line_spacing = Pt(0), Pt(6), 1.15
    _portrait(doc.sections[0])
    _page_numbers(doc.sections[0])
    core = doc.core_properties
    core.author, core.comments = "Kế hoạch Desktop", f"Phông chữ: {FONT} ({FALLBACK_FONT})"
    return doc


def _portrait(section) -> None:
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)


def _landscape(section) -> None:
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(20)


def start_section(doc: WordDocument, landscape: bool) -> None:
    section = doc.add_section(WD_SECTION.NEW_PAGE)
    (_landscape if landscape else _portrait)(section)
    # Only the document's first page goes without a number; a new section copies that setting.
    section.different_first_page_header_footer = False


def _page_numbers(section) -> None:
    """Arabic page numbers centred in the top margin, none on page 1 (Nghị định 30)."""
    section.different_first_page_header_footer = True
    paragraph = section.header.paragraphs[0]
    paragraph.alignment = CENTER
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "2"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def paragraph(container, text: str = "", *, bold: bool = False, italic: bool = False, size: float | None = None,
              align=None, caps: bool = False, indent: bool = False, after: float | None = None):
    """One paragraph of one run; ``caps`` shows capitals but keeps the text as typed."""
    p = container.add_paragraph()
    if text:
        run = p.add_run(nfc(text))
        run.bold, run.italic = bold or None, italic or None
        if size:
            run.font.size = Pt(size)
        if caps:
            run.font.all_caps = True
    fmt = p.paragraph_format
    if align is not None:
        p.alignment = align
    if indent:
        fmt.first_line_indent = Mm(12.7)
    if after is not None:
        fmt.space_after = Pt(after)
    return p


def short_rule(container, width_mm: float, cell_mm: float):
    """A centred horizontal rule ``width_mm`` long: an empty paragraph's bottom border between indents."""
    p = container.add_paragraph()
    side = max(0.0, (cell_mm - width_mm) / 2)
    fmt = p.paragraph_format
    fmt.left_indent, fmt.right_indent = Mm(side), Mm(side)
    fmt.space_after, fmt.space_before = Pt(4), Pt(0)
    fmt.line_spacing = Pt(2)
    ppr = p._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(key), value)
    borders.append(bottom)
    _insert(ppr, borders, _PPR_ORDER)
    return p


# Word refuses a file whose property elements are out of the schema's order, so new ones
# are put where the schema wants them rather than appended.
_PPR_ORDER = ("w:pStyle", "w:keepNext", "w:keepLines", "w:pageBreakBefore", "w:framePr", "w:widowControl",
              "w:numPr", "w:suppressLineNumbers", "w:pBdr", "w:shd", "w:tabs", "w:suppressAutoHyphens",
              "w:kinsoku", "w:wordWrap", "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN",
              "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
              "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
              "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")
_TBLPR_ORDER = ("w:tblStyle", "w:tblpPr", "w:tblOverlap", "w:bidiVisual", "w:tblStyleRowBandSize",
                "w:tblStyleColBandSize", "w:tblW", "w:jc", "w:tblCellSpacing", "w:tblInd", "w:tblBorders", "w:shd",
                "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption", "w:tblDescription", "w:tblPrChange")


def _insert(parent, element, order: tuple[str, ...]) -> None:
    """Replace any element of the same tag, then insert ``element`` before its successors in ``order``."""
    for old in parent.findall(element.tag):
        parent.remove(old)
    later = order[order.index("w:" + element.tag.split("}")[1]) + 1:]
    parent.insert_element_before(element, *later)


def _set_widths(table, widths_mm: list[float]) -> None:
    """A fixed grid: rows added later take their cell widths from it (python-docx copies gridCol)."""
    tbl = table._tbl
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    _insert(tbl.tblPr, layout, _TBLPR_ORDER)
    width = OxmlElement("w:tblW")
    width.set(qn("w:w"), str(int(sum(widths_mm) * 56.7)))
    width.set(qn("w:type"), "dxa")
    _insert(tbl.tblPr, width, _TBLPR_ORDER)
    for col, mm in zip(tbl.tblGrid.findall(qn("w:gridCol")), widths_mm):
        col.set(qn("w:w"), str(int(mm * 56.7)))
    for row in table.rows:
        for cell, mm in zip(row.cells, widths_mm):
            cell.width = Mm(mm)


def _borders(table, value: str) -> None:
    props = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), value)
        if value != "nil":
            element.set(qn("w:sz"), "4")
            element.set(qn("w:color"), "000000")
        borders.append(element)
    _insert(props, borders, _TBLPR_ORDER)


def plain_table(doc: WordDocument, widths_mm: list[float]):
    """A borderless layout table (the letterhead, the signature block)."""
    table = doc.add_table(rows=1, cols=len(widths_mm))
    _borders(table, "nil")
    _set_widths(table, widths_mm)
    return table


def ruled_table(doc: WordDocument, header: list[str], widths_mm: list[float], size: float = 11):
    """A data table with all borders and a bold header row repeated on every page."""
    table = doc.add_table(rows=1, cols=len(widths_mm))
    _borders(table, "single")
    _set_widths(table, widths_mm)
    row = table.rows[0]
    tr_props = row._tr.get_or_add_trPr()
    repeat = OxmlElement("w:tblHeader")
    tr_props.append(repeat)
    for cell, title in zip(row.cells, header):
        fill_cell(cell, title, bold=True, align=CENTER, size=size)
    return table


def fill_cell(cell, text: str, *, bold: bool = False, align=None, size: float = 11, italic_last: bool = False) -> None:
    """Cell text, one paragraph per line, so a colleague edits it as ordinary paragraphs."""
    lines = nfc(text).split("\n") if text else [""]
    first = cell.paragraphs[0]
    for index, line in enumerate(lines):
        p = first if index == 0 else cell.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.line_spacing = 1.0
        if align is not None:
            p.alignment = align
        if line:
            run = p.add_run(line)
            run.font.size = Pt(size)
            run.bold = bold or None
            if italic_last and index == len(lines) - 1 and len(lines) > 1:
                run.italic = True


def add_row(table, texts: list[str], *, size: float = 11, span_from: int | None = None, bold: bool = False):
    """A row of texts; with ``span_from`` the cells from there on merge into one (a standard's heading,
    or from 0 a line across the whole table: a document's own "MỨC 1, 2, 3")."""
    row = table.add_row()
    cells = row.cells
    if span_from == 0:
        fill_cell(cells[0].merge(cells[-1]), texts[0], bold=True, size=size)
        return row
    if span_from is not None:
        merged = cells[span_from].merge(cells[-1])
        fill_cell(cells[0], texts[0], size=size, align=CENTER)
        fill_cell(merged, texts[1], bold=True, size=size)
        return row
    for index, (cell, text) in enumerate(zip(cells, texts)):
        fill_cell(cell, text, size=size, align=CENTER if index == 0 else None, bold=bold)
    return row


def _empty_cells(row):
    """Cells without python-docx's placeholder paragraph, ready for ``paragraph(cell, …)``."""
    cells = row.cells
    for cell in cells:
        cell.paragraphs[0]._p.getparent().remove(cell.paragraphs[0]._p)
    return cells


COUNTRY = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"


def letterhead(doc, governing: str, issuer: str, number_line: str, date_line: str | None) -> None:
    """The Nghị định 30 header: governing body and bold issuer over "Số: …"; quốc hiệu, tiêu ngữ, date line.

    A record (biên bản) passes no ``date_line``.
    """
    table = plain_table(doc, [70, 95])
    left, right = _empty_cells(table.rows[0])
    paragraph(left, governing, size=12, align=CENTER, caps=True, after=0)
    paragraph(left, issuer, bold=True, size=12, align=CENTER, caps=True, after=0)
    short_rule(left, 25, 70)
    paragraph(left, number_line, align=CENTER)
    paragraph(right, COUNTRY, bold=True, size=12, align=CENTER, after=0)
    paragraph(right, MOTTO, bold=True, align=CENTER, after=0)
    short_rule(right, 60, 95)
    if date_line is not None:
        paragraph(right, date_line, italic=True, align=CENTER)


def signature_blocks(doc, blocks: list[tuple[str, str]], widths_mm: list[float], *, recipients: list[str] | None = None):
    """Signers side by side, title in bold over room to sign and the name; "Nơi nhận" first when given."""
    columns = len(widths_mm)
    cells_text: list[tuple[str, str] | list[str]] = ([recipients] if recipients is not None else []) + list(blocks)
    table = plain_table(doc, widths_mm)
    for start in range(0, len(cells_text), columns):
        row = table.rows[0] if start == 0 else table.add_row()
        for cell, item in zip(_empty_cells(row), cells_text[start:start + columns] + [("", "")] * columns):
            if isinstance(item, list):
                paragraph(cell, "Nơi nhận:", bold=True, italic=True, size=12, after=0)
                for line in item:
                    paragraph(cell, line, size=11, after=0)
                continue
            title, name = item
            for line in title.split("\n"):
                paragraph(cell, line, bold=True, align=CENTER, after=0)
            for _ in range(4):
                paragraph(cell, "", after=0)
            paragraph(cell, name, bold=True, align=CENTER)
    return table
