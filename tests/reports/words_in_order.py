"""Reading a document as its words in order, unit by unit (a paragraph, a table cell), to check that
every word of one document is in another once, in order, per cell.

Printed plans are read with pypdf, page by page: the footer's stamp and the page number are left out,
and so is the plan table's header row repeated on every page. A table row is drawn cell by cell, so
a cell's words are together, except for a row that a page break cut: its cells continue on the next
page, which the matcher allows (``PAGE`` marks a page break in the printed words).
"""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from docx import Document
from docx.table import Table
from docx.text.paragraph import Paragraph
from pypdf import PdfReader

PAGE = "\x00page"
_STAMP = re.compile(r"^(?:Bản dự thảo|Bản ban hành|Mã nội dung|Mã xác thực)")


def words(text: str) -> list[str]:
    """Words as a reader counts them: letters and digits ("68/KH-THCS" is 68, KH, THCS), NFC, in any
    case (a title the Word copy shows in capitals by a font effect is stored as typed)."""
    return re.findall(r"\w+", unicodedata.normalize("NFC", text).casefold())


def docx_units(path: Path) -> tuple[list[str], list[str], list[str]]:
    """(letterhead lines, body units in order, signature lines) of a .docx: the body's paragraphs and
    each data table's cells row by row (a merged cell once); the first and last two-column tables are
    the letterhead and the signature."""
    doc = Document(str(path))
    body: list[str] = []
    layout: list[list[str]] = []
    for child in doc.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            text = Paragraph(child, doc).text.strip()
            if text:
                body.append(text)
        elif tag == "tbl":
            table = Table(child, doc)
            if len(table.columns) == 2 and len(table.rows) <= 2:
                layout.append([p.text.strip() for row in table.rows for cell in row.cells
                               for p in cell.paragraphs if p.text.strip()])
                if len(layout) > 1:
                    body.append("\x00signature")
                continue
            for row in table.rows:
                seen: set[int] = set()
                for cell in row.cells:
                    if id(cell._tc) in seen:
                        continue
                    seen.add(id(cell._tc))
                    if cell.text.strip():
                        body.append(cell.text.strip())
    signature = layout[-1] if len(layout) > 1 else []
    body = [u for u in body if u != "\x00signature"]
    return (layout[0] if layout else []), body, signature


def pdf_words(path: Path, headers: list[str]) -> list[str]:
    """The printed words in order, page breaks marked; stamps, page numbers and the repeats of a table
    header on the pages after its first (its cells' words in ``headers``, left to right) left out."""
    header = [w for h in headers for w in words(h)]
    out: list[str] = []
    seen_header = False
    for number, page in enumerate(PdfReader(str(path)).pages, 1):
        lines = [line for line in (page.extract_text() or "").split("\n")
                 if line.strip() and not _STAMP.match(line.strip())]
        if lines and lines[0].strip() == str(number):       # the page number, drawn first
            lines = lines[1:]
        page_words = [w for line in lines for w in words(line)]
        at = _find(page_words, header, 0) if header else None
        if at is not None and seen_header:          # the header's repeat; its first print is the document's
            del page_words[at:at + len(header)]
        seen_header = seen_header or at is not None
        out += [PAGE] + page_words
    return out


def _find(stream: list[str], seq: list[str], start: int) -> int | None:
    for i in range(start, len(stream) - len(seq) + 1):
        if stream[i:i + len(seq)] == seq:
            return i
    return None


def _match(stream: list[str], seq: list[str], start: int) -> tuple[int, int] | None:
    """(first, end) of ``seq`` in ``stream`` from ``start``: contiguous, except that a cell cut by a page
    break goes on on the next page (after the other cells' pieces left on this one)."""
    for first in range(start, len(stream)):
        if stream[first] != seq[0]:
            continue
        j = first + 1
        for word in seq[1:]:
            if j < len(stream) and stream[j] == word:
                j += 1
                continue
            nxt = stream.index(PAGE, j) if PAGE in stream[j:] else None
            end = stream.index(PAGE, nxt + 1) if nxt is not None and PAGE in stream[nxt + 1:] else len(stream)
            found = _find(stream[:end], [word], nxt + 1) if nxt is not None else None
            if found is None:
                break
            j = found + 1
        else:
            return first, j
    return None


def missing_in_order(units: list[str], stream: list[str]) -> list[str]:
    """The units whose words are not found in ``stream`` in order (each after the one before)."""
    cursor, missing = 0, []
    for unit in units:
        seq = words(unit)
        if not seq:
            continue
        found = _match(stream, seq, cursor)
        if found is None:
            missing.append(unit)
        else:
            cursor = found[1]
    return missing


def count(stream: list[str], unit: str) -> int:
    seq, plain = words(unit), [w for w in stream if w != PAGE]
    return sum(1 for i in range(len(plain) - len(seq) + 1) if plain[i:i + len(seq)] == seq)


def repeated(units: list[str], stream: list[str]) -> list[str]:
    """Units of four words or more printed more often than the source says them (something doubled)."""
    source = [w for unit in units for w in words(unit)]
    return [u for u in dict.fromkeys(units) if len(words(u)) >= 4 and count(stream, u) > count(source, u)]
