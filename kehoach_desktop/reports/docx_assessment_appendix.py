"""Phần IV (Phụ lục) of the self-assessment's Word copy and the principal's signature after it.

1. the three-year data table (rows from ``assessment_texts.data_rows``, oldest year first); 2. the
related documents; 3. the Danh mục minh chứng (TT | Mã | Tên | Định dạng, vị trí lưu trữ … | Ghi chú,
sorted by code), each row bookmarked so the statements' codes link to it, and a folder or web
address in its location a link of its own; 4. other appendices.
"""
from __future__ import annotations

from datetime import date

from docx.table import _Row

from kehoach_desktop.domain.assessment_texts import BY_KEY
from kehoach_desktop.domain.assessment_paper import decision_line
from kehoach_desktop.domain.assessment_paper import (
    DATA as DATA_HEADING, EVIDENCE as EVIDENCE_HEADING, EVIDENCE_COLUMNS,
)
from kehoach_desktop.domain.assessment_texts import data_rows, data_table_note
from kehoach_desktop.domain.evidence_register import EvidenceItem, primary_criterion
from kehoach_desktop.domain.parse import format_vn_date
from kehoach_desktop.reports import docx_style as s
from kehoach_desktop.reports.docx_assessment_fields import (
    clean, keep_row_whole, keep_with_next, linked_location, location_link,
)
from kehoach_desktop.reports.docx_assessment_rows import RowStamp
from kehoach_desktop.reports.docx_assessment_paper import BLANK, PART_IV, TABLE_SIZE, Paper, three_years

LIST_SIZE = 11          # 150 rows: the size of the plan's tables


def _dated(day: date | None) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}" if day else ""


def _data_table(paper: Paper) -> None:
    school = paper.school
    paper.heading(DATA_HEADING, 2)
    s.paragraph(paper.doc, "(Đối với trường phổ thông)", italic=True, align=s.CENTER, after=3)
    paper.labelled("Tên trường (theo quyết định mới nhất)", school.name)
    paper.labelled("Cơ quan quản lý", school.governing_body_sentence or paper.governing_body)
    paper.labelled("Tỉnh/thành phố; xã/phường", "; ".join(x for x in (school.province, school.commune) if x))
    paper.labelled("Hiệu trưởng", "; ".join(x for x in (school.principal, school.phone) if x))
    years = three_years(paper.assessment.school_year)
    table = s.ruled_table(paper.doc, ["Nội dung"] + [f"Năm học {y}" for y in years], [75, 30, 30, 30],
                          size=TABLE_SIZE)
    group = None
    for row in data_rows():
        if row.group != group:
            group = row.group
            s.add_row(table, [clean(group)], span_from=0, size=TABLE_SIZE)
        values = paper.assessment.data.get(row.key, ("", "", ""))
        cells = table.add_row().cells
        s.fill_cell(cells[0], ("- " * row.indent) + row.label, size=TABLE_SIZE)
        for cell, value in zip(cells[1:], values):
            s.fill_cell(cell, clean(value).replace("\n", " "), align=s.CENTER, size=TABLE_SIZE)
    note = data_table_note()
    if note:
        s.paragraph(paper.doc, note, italic=True, size=11, align=s.JUSTIFY)


def _name(item: EvidenceItem) -> str:
    """The item's name, and on a line of its own the paper it is («Số … ngày … của …»)."""
    name = clean(item.name).replace("\n", " ")
    document = clean(item.document).replace("\n", " ")
    return f"{name}\n{document[:1].upper()}{document[1:]}" if document else name


def _note(item: EvidenceItem, shared: list[str]) -> str:
    """The item's note, until when it is valid, and the other criteria that cite it under its one code."""
    parts = [clean(item.note).replace("\n", " ").strip()]
    if item.expires is not None:
        parts.append(f"Hiệu lực đến {_dated(item.expires)}")
    if shared:
        parts.append("Dùng chung cho tiêu chí " + ", ".join(shared))
    return "\n".join(p for p in parts if p)


def evidence_list(paper: Paper) -> None:
    """The register's items, one row each, their codes bookmarked for the statements' links; a «Tiêu chuẩn
    N: …» row opens each standard's items."""
    paper.heading(EVIDENCE_HEADING, 2)
    if not paper.items:
        s.paragraph(paper.doc, "Danh mục chưa có minh chứng nào.", indent=True)
        return
    table = s.ruled_table(paper.doc, [t for t, _ in EVIDENCE_COLUMNS], [w for _, w in EVIDENCE_COLUMNS],
                          size=LIST_SIZE)
    stamp = RowStamp(table, [s.CENTER, None, None, None, None], LIST_SIZE)
    keep_row_whole(_Row(stamp.row, table))
    current, marked = None, set()
    for number, item in enumerate(paper.items, 1):
        criterion = paper.framework.criterion(primary_criterion(item.code))
        standard = paper.framework.standard(criterion.standard_no) if criterion else None
        if standard is not None and standard.no != current:
            opening = s.add_row(table, [f"Tiêu chuẩn {standard.no}: {standard.title}"], span_from=0, size=LIST_SIZE)
            keep_with_next(opening.cells)
        current = standard.no if standard is not None else current
        row = stamp.new()
        stamp.put(row, 0, str(number))
        code = clean(item.code).replace("\n", " ")
        anchor = paper.anchors[item.code]
        if anchor in marked:                    # a code listed twice: its links go to the first row
            stamp.put(row, 1, code)
        else:
            paper.bookmarks.around(stamp.paragraph(row, 1)._p, stamp.make_run(code), anchor)
            marked.add(anchor)
        stamp.put(row, 2, _name(item), italic_last=True)
        location = clean(item.location).replace("\n", " ")
        found = location_link(location)
        if found is None:
            stamp.put(row, 3, location)
        else:
            linked_location(stamp.paragraph(row, 3), found, LIST_SIZE)
        stamp.put(row, 4, _note(item, paper.shared_with(item)))


def part_iv(paper: Paper) -> None:
    paper.heading(PART_IV, 1)
    _data_table(paper)
    paper.registry_text("appendix_documents")
    documents = BY_KEY["appendix_documents"]
    decision = decision_line(paper.assessment.council, paper.school.name,
                             paper.assessment.texts.get(documents.key, "") or documents.default)
    if decision:
        s.paragraph(paper.doc, clean(decision), align=s.JUSTIFY, indent=True, after=3)
    evidence_list(paper)
    paper.registry_text("appendix_others", blank="Không có.")


def signature(paper: Paper, day: date | None) -> None:
    """«HIỆU TRƯỞNG (Ký tên, đóng dấu)» on the right, under the place and date of the report."""
    place = clean(paper.school.place).replace("\n", " ").strip()
    line = format_vn_date(day, place) if day else f"{place or '……'}, ngày …… tháng …… năm ……"
    table = s.plain_table(paper.doc, [65, 100])
    keep_row_whole(table.rows[0])
    left, right = s._empty_cells(table.rows[0])
    s.paragraph(left, "", after=0)              # a cell holds at least one paragraph, or Word calls the file damaged
    s.paragraph(right, line, italic=True, align=s.CENTER, after=0)
    s.paragraph(right, "HIỆU TRƯỞNG", bold=True, align=s.CENTER, after=0)
    s.paragraph(right, "(Ký tên, đóng dấu)", italic=True, align=s.CENTER, after=0)
    for _ in range(4):
        s.paragraph(right, "", after=0)
    s.paragraph(right, clean(paper.school.principal).replace("\n", " ") or BLANK[:10], bold=True, align=s.CENTER)
