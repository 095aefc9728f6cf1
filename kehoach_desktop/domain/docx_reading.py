"""Reading a .docx file as a flat list of paragraphs and tables, without trusting it.

A .docx is a zip of XML parts; only ``word/document.xml`` matters for a plan. It is read
straight from the zip with a hardened XML parser (no entities, no network, size-capped),
which is both safer for a file that came on a USB stick and much faster than building a
python-docx object tree. Nothing is ever written to the file.

Tables come out as grids of ``Cell``: a cell merged across columns (``gridSpan``) keeps its
text in its first column only, and a cell merged down from the row above (``vMerge``)
repeats the text of the cell it continues with ``inherited`` set, so the importer can tell
"same criterion, another task" from "a row Word broke across a page".
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from kehoach_desktop.domain.docx_archive import W, Budget, _refuse, parse_document, read_part
from kehoach_desktop.domain.values import nfc

MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ENCRYPTED_MARK = "EncryptedPackage".encode("utf-16-le")


@dataclass
class Cell:
    text: str = ""
    inherited: bool = False        # continues a vertically merged cell from the row above
    first_of_span: bool = True     # False on the 2nd..nth grid column of a horizontal merge
    blocks: list | None = None     # the cell's paragraphs and tables in order, when it holds a table


@dataclass
class Para:
    text: str
    bold: bool = False
    in_table: bool = False         # came from a table that is not a data table (letterhead, signature)


@dataclass
class Table:
    rows: list[list[Cell]] = field(default_factory=list)
    index: int = 0                 # 1-based position among the document's tables

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)


def read_document_xml(path: str | Path, budget: Budget | None = None) -> bytes:
    """The bytes of word/document.xml, or a Vietnamese refusal saying what the file is instead."""
    path = Path(path)
    budget = budget or Budget(path)
    if not path.exists():
        raise _refuse(path, "tệp không tồn tại.")
    if path.is_dir():
        raise _refuse(path, "đây là một thư mục.")
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
            if head == OLE_MAGIC:
                rest = handle.read(4 * 1024 * 1024)
                if ENCRYPTED_MARK in rest:
                    raise _refuse(path, "tệp Word có đặt mật khẩu. Hãy mở bằng Word, gỡ mật khẩu "
                                        "(Tệp → Thông tin → Bảo vệ tài liệu) rồi lưu lại.")
                raise _refuse(path, "đây là tệp Word đời cũ (.doc). Hãy mở bằng Word và lưu thành .docx.")
    except OSError as exc:
        raise _refuse(path, "không mở được ({error}).", error=exc.strerror or exc) from None
    if head[:4] != b"PK\x03\x04":
        raise _refuse(path, "đây không phải tệp Word .docx.")
    return read_part(path, budget)


def _paragraph_text(p) -> str:
    """Text of one w:p: runs in order, tabs as tabs, line breaks as new lines.

    A text box anchored in the paragraph (letterheads are often drawn that way) gives its own
    paragraphs as lines after the paragraph's text; Word stores each box twice (the drawing
    and a VML fallback), and only the first copy is read.
    """
    parts: list[str] = []
    boxes: list[str] = []
    has_box = p.find(f".//{W}txbxContent") is not None
    for node in p.iter(f"{W}t", f"{W}tab", f"{W}br", f"{W}cr", f"{W}noBreakHyphen"):
        tag = node.tag
        if has_box and _in_box(node, p):
            continue
        if tag == f"{W}t":
            parts.append(node.text or "")
        elif tag == f"{W}noBreakHyphen":     # Word's Ctrl+Shift+-: "68/KH‑THCS" kept on one line
            parts.append("-")
        elif tag == f"{W}tab":
            # a w:tab inside w:tabs (paragraph properties) is a tab stop, not a character
            if node.getparent().tag != f"{W}tabs":
                parts.append("\t")
        else:
            parts.append("\n")
    for box in p.iter(f"{W}txbxContent") if has_box else ():
        if not _in_box(box, p):   # a box inside a box is read with its outer box, once
            boxes += [_paragraph_text(inner) for inner in box.iterchildren(f"{W}p")]
    text = "".join(parts)
    return "\n".join([text] + boxes) if boxes else text


def _in_box(node, paragraph) -> bool:
    """Whether ``node`` sits inside a text box or a drawing's fallback copy within ``paragraph``."""
    for ancestor in node.iterancestors():
        if ancestor is paragraph:
            return False
        if ancestor.tag in (f"{W}txbxContent", f"{MC}Fallback"):
            return True
    return False


def _is_bold(p) -> bool:
    """Whether every run with text is bold: how headings are told from body text."""
    runs = [r for r in p.iter(f"{W}r") if "".join(t.text or "" for t in r.iter(f"{W}t")).strip()]
    if not runs:
        return False
    for r in runs:
        b = r.find(f"{W}rPr/{W}b")
        if b is None or b.get(f"{W}val") in ("0", "false"):
            return False
    return True


def _cell_text(tc) -> str:
    """All paragraphs of a cell (nested tables left out), one per line."""
    lines = [_paragraph_text(p) for p in tc.iterchildren(f"{W}p")]
    for sdt in tc.iterchildren(f"{W}sdt"):
        lines += [_paragraph_text(p) for p in sdt.iter(f"{W}p")]
    return nfc("\n".join(lines).strip())


def _table_cells(tr):
    for child in tr.iterchildren(f"{W}tc", f"{W}sdt", f"{W}customXml"):
        if child.tag == f"{W}tc":
            yield child
        else:
            yield from child.iter(f"{W}tc")


MAX_SPAN = 64   # a plan table has ~10 columns; a larger span is a damaged or hostile file


def _count(element, default: int) -> int:
    """A w:val count as Word writes it; anything unreadable or absurd falls back or is capped."""
    if element is None:
        return default
    try:
        return max(0, min(MAX_SPAN, int(element.get(f"{W}val", default))))
    except ValueError:
        return default


def _table_rows(tbl):
    """Rows of this table only (not of tables nested in its cells), content controls opened."""
    for child in tbl.iterchildren(f"{W}tr", f"{W}sdt", f"{W}customXml"):
        if child.tag == f"{W}tr":
            yield child
        else:
            content = child.find(f"{W}sdtContent")
            yield from _table_rows(content if content is not None else child)


MAX_NESTING = 4   # a plan inside a frame table is one level; deeper nesting is not a plan


class _BodyReader:
    """Paragraphs and tables in document order, numbering tables as Word users count them."""

    def __init__(self, budget: Budget) -> None:
        self.count = 0
        self.budget = budget

    def blocks(self, parent, depth: int = 0) -> list:
        found: list = []
        for child in parent.iterchildren():
            self.budget.check()
            tag = child.tag
            if tag == f"{W}p":
                found.append(Para(nfc(_paragraph_text(child)), _is_bold(child)))
            elif tag == f"{W}tbl":
                found.append(self.table(child, depth))
            elif tag in (f"{W}sdt", f"{W}customXml"):
                content = child.find(f"{W}sdtContent")
                found += self.blocks(content if content is not None else child, depth)
        return found

    def table(self, tbl, depth: int) -> Table:
        self.count += 1
        table = Table(index=self.count)
        above: list[Cell] = []
        for tr in _table_rows(tbl):
            self.budget.check()
            row: list[Cell] = []
            row += [Cell() for _ in range(_count(tr.find(f"{W}trPr/{W}gridBefore"), 0))]
            for tc in _table_cells(tr):
                props = tc.find(f"{W}tcPr")
                span, merged = 1, None
                if props is not None:
                    span = max(1, _count(props.find(f"{W}gridSpan"), 1))
                    vmerge = props.find(f"{W}vMerge")
                    if vmerge is not None:
                        merged = vmerge.get(f"{W}val", "continue")
                column = len(row)
                if merged == "continue" and column < len(above):
                    cell = Cell(above[column].text, inherited=True)
                else:
                    cell = Cell(_cell_text(tc))
                    if depth < MAX_NESTING and tc.find(f"{W}tbl") is not None:
                        cell.blocks = self.blocks(tc, depth + 1)
                row.append(cell)
                row += [Cell(cell.text, cell.inherited, first_of_span=False) for _ in range(span - 1)]
            table.rows.append(row)
            above = row
        return table


def read_blocks(path: str | Path, budget: Budget | None = None) -> list[Para | Table]:
    """The body of the document in order: paragraphs and top-level tables, within ``budget``."""
    path = Path(path)
    budget = budget or Budget(path)
    root = parse_document(read_document_xml(path, budget), path, budget)
    body = root.find(f"{W}body")
    if body is None:
        raise _refuse(path, "tệp không có nội dung văn bản.")
    return _BodyReader(budget).blocks(body)
