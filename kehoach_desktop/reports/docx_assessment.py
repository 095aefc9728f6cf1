"""The self-assessment report (Biểu 1, Phụ lục V) as an editable Word document.

The printed report's order (tt57-forms.md section 2): the cover, the council's list to sign, «MỤC
LỤC», Phần I Tổng quan, Phần II per standard and criterion, Phần III Kết luận, Phần IV Phụ lục with
the evidence list, then the principal's signature. Portrait A4, Times New Roman 13/14 like the plan's
Word copy (``docx_style``). The contents are a Word TOC field over the Heading 1–3 styles: Word puts
the page numbers in when it updates fields, which the file asks for on opening. Evidence codes in the
statements link to their rows in the evidence list; a folder or web address in a row links to it.

The parts are ``docx_assessment_parts`` (I, III), ``docx_assessment_criteria`` (II) and
``docx_assessment_appendix`` (IV); ``docx_assessment_fields`` writes the fields and links.
"""
from __future__ import annotations

from datetime import date

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.shared import Mm

from kehoach_desktop.domain.assessment_paper import CONTENTS_TITLE, TITLE
from kehoach_desktop.domain.administration import (
    GENERIC_GOVERNING_BODY, after_reform, former_names_in, proposed_bodies,
)
from kehoach_desktop.domain.catalog import Framework
from kehoach_desktop.domain.evidence_register import EvidenceItem
from kehoach_desktop.domain.level_rule import Verdict
from kehoach_desktop.domain.plan import Plan, School
from kehoach_desktop.domain.self_assessment import SelfAssessment
from kehoach_desktop.reports import docx_style as s
from kehoach_desktop.reports.docx_assessment_appendix import part_iv, signature
from kehoach_desktop.reports.docx_assessment_criteria import part_ii
from kehoach_desktop.reports.docx_assessment_fields import (
    ask_to_update_fields, clean, heading_styles, page_break, table_of_contents,
)
from kehoach_desktop.reports.docx_assessment_paper import TABLE_SIZE, Paper
from kehoach_desktop.reports.docx_assessment_parts import part_i, part_iii

COUNCIL_TITLE = "Danh sách và chữ ký Hội đồng tự đánh giá"     # printed in capitals (a font effect)
COUNCIL_COLUMNS = (("TT", 10), ("Họ và tên", 48), ("Chức vụ", 52), ("Vai trò", 28), ("Chữ ký", 27))
# The contents field's cached text until Word updates it; the update replaces it with the numbered list.
CONTENTS_NOTE = ("Nếu số trang của mục lục chưa hiện: bấm chuột vào mục lục và nhấn F9 (Word), hoặc chọn "
                 "Công cụ ▸ Cập nhật ▸ Cập nhật tất cả (LibreOffice).")


def report_day(assessment: SelfAssessment) -> date | None:
    """The report's date: the day the council approved it, None while it has not."""
    return assessment.approved_on


def governing_body(assessment: SelfAssessment, school: School, plan: Plan | None) -> str:
    """The governing body of the report's date (its approval, else 1 June of its school year's end), as
    the printed report has it: the school's (the report is written now), else its plan's of the year; a
    district named after 01/7/2025 gives way to the body the school's commune proposes. Where that
    leaves nothing after the reform, the Word copy shows the slot «UBND XÃ/PHƯỜNG …» to fill in."""
    day = report_day(assessment)
    if day is None and assessment.school_year[:4].isdigit():
        day = date(int(assessment.school_year[:4]) + 1, 6, 1)
    body = clean(school.governing_body or (plan.governing_body if plan else "")).replace("\n", " ").strip()
    if after_reform(day) and (not body or former_names_in(body)):
        body = proposed_bodies(school.level, school.commune, school.province).governing_body or GENERIC_GOVERNING_BODY
    return body


def _page_border(section) -> None:
    """A double frame around the cover only (``w:display="firstPage"``), as Vietnamese reports have."""
    borders = OxmlElement("w:pgBorders")
    borders.set(qn("w:offsetFrom"), "text")
    borders.set(qn("w:display"), "firstPage")
    for edge in ("top", "left", "bottom", "right"):
        line = OxmlElement(f"w:{edge}")
        for key, value in (("w:val", "double"), ("w:sz", "6"), ("w:space", "12"), ("w:color", "000000")):
            line.set(qn(key), value)
        borders.append(line)
    section._sectPr.insert_element_before(
        borders, "w:lnNumType", "w:pgNumType", "w:cols", "w:formProt", "w:vAlign", "w:noEndnote", "w:titlePg",
        "w:textDirection", "w:bidi", "w:rtlGutter", "w:docGrid", "w:printerSettings", "w:sectPrChange")


def _spaced(p, before_mm: float):
    p.paragraph_format.space_before = Mm(before_mm)
    return p


def _cover(paper: Paper, day: date | None) -> None:
    doc, school = paper.doc, paper.school
    _page_border(doc.sections[0])
    if paper.governing_body:
        s.paragraph(doc, paper.governing_body, size=14, align=s.CENTER, caps=True, after=0)
    s.paragraph(doc, clean(school.name).replace("\n", " "), bold=True, size=14, align=s.CENTER, caps=True, after=0)
    s.short_rule(doc, 40, s.PORTRAIT_FRAME_MM)
    _spaced(s.paragraph(doc, TITLE, bold=True, size=24, align=s.CENTER, after=6), 70)
    s.paragraph(doc, f"Năm học {paper.assessment.school_year.replace('-', ' - ')}", bold=True, size=16,
                align=s.CENTER)
    place = clean(school.place).replace("\n", " ").strip() or "……"
    end_year = paper.assessment.school_year[5:9]
    year, month = (day.year, day.month) if day else (end_year if end_year.isdigit() else "……", "……")
    _spaced(s.paragraph(doc, f"{place}, tháng {month} năm {year}", bold=True, size=14, align=s.CENTER, after=0), 115)


def _council(paper: Paper) -> None:
    """The council's members, each to sign beside the name (in the contents, as in the printed report)."""
    doc, council = paper.doc, paper.assessment.council
    title = paper.heading(COUNCIL_TITLE, 1)
    for run in title.runs:
        run.font.all_caps = True
    number = clean(council.decision_number).replace("\n", " ").strip() or "……"
    day = council.decision_date
    when = f"{day.day:02d}/{day.month:02d}/{day.year}" if day else "……/……/……"
    s.paragraph(doc, f"(Kèm theo Quyết định số {number} ngày {when} của Hiệu trưởng "
                     f"{clean(paper.school.name).replace(chr(10), ' ').strip()})", italic=True, align=s.CENTER, after=12)
    if not council.members:
        s.paragraph(doc, "Chưa có danh sách hội đồng.", indent=True)
        return
    table = s.ruled_table(doc, [t for t, _ in COUNCIL_COLUMNS], [w for _, w in COUNCIL_COLUMNS], size=TABLE_SIZE)
    for number_, member in enumerate(council.members, 1):
        texts = [clean(x).replace("\n", " ") for x in (member.name, member.position, member.role)]
        row = s.add_row(table, [str(number_), *texts, ""], size=TABLE_SIZE)
        row.height = Mm(13)                                                       # room to sign
        for cell in row.cells:
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def _contents(paper: Paper):
    """«MỤC LỤC» and its column heads; the field itself goes where the returned paragraph stands."""
    doc = paper.doc
    s.paragraph(doc, CONTENTS_TITLE, bold=True, size=14, align=s.CENTER, after=12)
    head = s.paragraph(doc, align=None, after=6)
    head.paragraph_format.tab_stops.add_tab_stop(Mm(s.PORTRAIT_FRAME_MM), WD_TAB_ALIGNMENT.RIGHT)
    run = head.add_run("NỘI DUNG\tTrang")
    run.bold = True
    return doc.add_paragraph()


def _fill_contents(paper: Paper, place) -> None:
    for p in table_of_contents(paper.doc, paper.toc, CONTENTS_NOTE, paper.styles):
        place._p.addprevious(p._p)
    place._p.getparent().remove(place._p)


def assessment_document(assessment: SelfAssessment, school: School, framework: Framework, items: list[EvidenceItem],
                        verdict: Verdict | None, plan: Plan | None = None, progress=None):
    """The python-docx Document of the year's report, part for part as the printed one."""
    doc = s.new_document()
    styles = heading_styles(doc)
    ask_to_update_fields(doc)
    doc.core_properties.title = f"{TITLE} năm học {assessment.school_year}"
    paper = Paper.of(doc, assessment, school, framework, items, verdict, plan,
                     governing_body(assessment, school, plan))
    paper.styles = styles
    day = report_day(assessment)
    _cover(paper, day)
    _council(paper)                 # a Heading 1: on a page of its own
    page_break(doc)
    place = _contents(paper)
    part_i(paper)
    part_ii(paper, progress)
    part_iii(paper)
    part_iv(paper)
    signature(paper, day)
    _fill_contents(paper, place)
    return doc


def write_assessment_docx(assessment: SelfAssessment, school: School, framework: Framework,
                          items: list[EvidenceItem], verdict: Verdict | None, out, *, plan: Plan | None = None,
                          progress=None) -> None:
    """Save the .docx to ``out``: a path or a binary stream."""
    assessment_document(assessment, school, framework, items, verdict, plan, progress).save(out)

