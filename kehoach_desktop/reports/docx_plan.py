"""A plan as an editable Word document with the printed plan's content and layout.

The same sections, headings and tables as the PDF (``plan_tt18`` / ``plan_tt57``): the
Nghị định 30 letterhead, the title, the sections in portrait, the plan table on landscape
pages with its header row repeated, "Nơi nhận" and the signer. Text is written exactly as
stored (capitals are a font effect, not retyped text), and where the printed words alone
would not give a value back — levels the result column does not state, the criterion of a
2026 row — a short note in brackets says it, so importing the file again gives the same plan.
"""
from __future__ import annotations

from kehoach_desktop.domain import plan_sections as sections
from kehoach_desktop.domain.catalog import Framework
from kehoach_desktop.domain.parse import format_vn_date
from kehoach_desktop.domain.field_text import printed_columns, scaled
from kehoach_desktop.domain.plan import FORM_TT57, Organization, Plan, PlanRow, School
from kehoach_desktop.domain.administration import governing_body_of, school_of_plan
from kehoach_desktop.domain.list_items import basis_lines, item_line
from kehoach_desktop.domain.organization_text import organization_blocks
from kehoach_desktop.domain.plan_start import form_text
from kehoach_desktop.domain.plan_table_text import HEADING, STANDARD, table_lines
from kehoach_desktop.domain.row_order import criterion_of
from kehoach_desktop.reports import docx_style as s

PROBLEM_COLUMNS = (("TT", 10), ("Tiêu chuẩn", 28), ("Tiêu chí liên quan", 22), ("Đánh giá hiện trạng", 37),
                   ("Điểm hạn chế", 34), ("Nguyên nhân", 34))
MONITORING_COLUMNS = (("Thời điểm", 28), ("Nội dung theo dõi", 45), ("Kết quả", 32), ("Điều chỉnh", 32),
                      ("Người đánh giá", 28))


def _letterhead(doc, plan: Plan, school: School) -> None:
    place = plan.place                  # the plan's own, as in the PDF: never the school's of today
    line = format_vn_date(plan.issued_on, place) if plan.issued_on else f"{place}, ngày      tháng      năm 20…"
    s.letterhead(doc, governing_body_of(plan, school), school.name, f"Số: {sections.document_number(plan.number)}",
                 line.lstrip(", "))


def _title(doc, plan: Plan) -> None:
    s.paragraph(doc, "KẾ HOẠCH", bold=True, size=14, align=s.CENTER, after=0)
    s.paragraph(doc, plan.title, bold=True, size=14, align=s.CENTER, caps=True, after=0)
    s.paragraph(doc, f"Năm học {plan.school_year.replace('-', ' - ')}", bold=True, align=s.CENTER, after=0)
    s.short_rule(doc, 40, s.PORTRAIT_FRAME_MM)


def _heading(doc, text: str) -> None:
    s.paragraph(doc, text, bold=True, align=s.JUSTIFY)


def _items(doc, items: list[str], prefix: str = "- ", *, italic: bool = False) -> None:
    for item in items:
        line = item_line(item, prefix)
        if line:
            s.paragraph(doc, line, italic=italic, align=s.JUSTIFY, indent=True)


def _bases(doc, plan: Plan) -> None:
    for line in basis_lines(plan.bases, sections.item_prefix(plan)):
        s.paragraph(doc, line.text, italic=line.italic, align=s.JUSTIFY, indent=True)


def _targets(doc, plan: Plan, heading: str | None) -> None:
    """The chỉ tiêu: a section of their own (2018 form) or the last part of section III (Biểu 2)."""
    if not plan.targets:
        return
    title = heading if heading is not None else sections.targets_part_heading(plan)
    if title[:1].isdigit():       # "3. Chỉ tiêu" reads as "1. Mục đích" above it
        s.paragraph(doc, title, align=s.JUSTIFY, indent=True)
    else:
        _heading(doc, title)
    _items(doc, sections.target_lines(plan))


def _organization(doc, org: Organization, heading: str, plan_form: str) -> None:
    _heading(doc, heading)
    for block in organization_blocks(org, plan_form):
        if block.heading:
            _heading(doc, block.heading)
        for line in block.lines:
            s.paragraph(doc, line.printed, align=s.JUSTIFY, indent=True)


def grouped_table(doc, columns, rows: list[PlanRow], fw: Framework, cells) -> None:
    """A ruled table whose rows follow a spanning "Tiêu chuẩn N: …" row each time the standard changes
    (the inspection record's table)."""
    table = s.ruled_table(doc, [t for t, _ in columns], [w for _, w in columns])
    current, counter = object(), 0
    for row in rows:
        criterion = criterion_of(row.criterion_code, fw)
        standard = criterion.standard_no if criterion else None
        heading = fw.standard(standard) if standard is not None and standard != current else None
        if heading is not None:
            counter += 1
            s.add_row(table, [str(counter), heading.label()], span_from=1)
        current = standard
        s.add_row(table, cells(row))


def plan_columns(form: str) -> list[tuple[str, float]]:
    """(heading, width in mm) of the plan table, from the field registry, filling the landscape frame."""
    shares = printed_columns(form)
    return list(zip([t for t, _ in shares], scaled([w for _, w in shares], s.LANDSCAPE_FRAME_MM)))


def _plan_table(doc, plan: Plan, fw: Framework) -> None:
    """The plan table as ``domain.plan_table_text`` describes it, line for line as the PDF prints it."""
    columns = plan_columns(fw.plan_form)
    size = 10.5 if fw.plan_form == FORM_TT57 else 11
    table = s.ruled_table(doc, [t for t, _ in columns], [w for _, w in columns], size=size)
    for line in table_lines(plan, fw):
        if line.kind == STANDARD:
            s.add_row(table, [line.number, line.text], span_from=1, size=size)
        elif line.kind == HEADING:
            s.add_row(table, [line.text], span_from=0, size=size)
        else:
            s.add_row(table, [line.number, *line.cells], size=size)


def _small_table(doc, columns, rows: list[list[str]]) -> None:
    table = s.ruled_table(doc, [t for t, _ in columns], [w for _, w in columns])
    for texts in rows:
        s.add_row(table, texts)
    s.paragraph(doc, "", after=0)


def _closing(doc, plan: Plan, school: School) -> None:
    for text in sections.closing_lines(plan, school.name):
        s.paragraph(doc, text, align=s.JUSTIFY, indent=True)
    s.signature_blocks(doc, [(plan.signer_title or "HIỆU TRƯỞNG", plan.signer_name or school.principal)], [80, 85],
                       recipients=plan.recipients)


def plan_document(plan: Plan, school: School, fw: Framework):
    """The python-docx Document of ``plan`` on its framework's form, section for section as the PDF."""
    doc = s.new_document()
    school = school_of_plan(plan, school)     # the name and governing body of the plan's own date
    _letterhead(doc, plan, school)
    _title(doc, plan)
    form = form_text(fw.plan_form)
    headings = sections.section_headings(plan, fw.plan_form)
    for kind in sections.printed_sections(plan, fw.plan_form):
        title = headings[kind]
        if kind == sections.GENERAL:
            _heading(doc, title)
            for line in plan.general_info.split("\n"):
                if line.strip():
                    s.paragraph(doc, line.strip(), align=s.JUSTIFY, indent=True)
            if fw.plan_form == FORM_TT57 and not plan.general_info.strip():
                s.paragraph(doc, f"Tên cơ sở giáo dục: {school.name}.", align=s.JUSTIFY, indent=True)
        elif kind == sections.BASES:
            _heading(doc, title)
            _bases(doc, plan)
        elif kind == sections.PURPOSES:
            _heading(doc, title)
            _items(doc, plan.purposes, sections.item_prefix(plan))
            if fw.plan_form == FORM_TT57:
                _targets(doc, plan, None)
        elif kind == sections.TARGETS:
            _targets(doc, plan, title)
        elif kind == sections.PRIORITY:
            _heading(doc, title)
            _small_table(doc, PROBLEM_COLUMNS, [[str(i), p.standard, p.criteria, p.current_state, p.weakness, p.cause]
                                                for i, p in enumerate(plan.priority_problems, 1)])
            if form.problems_note:
                s.paragraph(doc, form.problems_note, italic=True, align=s.JUSTIFY, indent=True)
        elif kind == sections.TABLE:
            s.start_section(doc, landscape=True)
            _heading(doc, title)
            _plan_table(doc, plan, fw)
            s.start_section(doc, landscape=False)
        elif kind == sections.MONITORING:
            _heading(doc, title)
            _small_table(doc, MONITORING_COLUMNS, [[m.when, m.content, m.result, m.adjustment, m.assessor]
                                                   for m in plan.monitoring])
        elif kind == sections.ORGANIZATION:
            _organization(doc, plan.organization, title, fw.plan_form)
        elif kind == sections.REPORTING:
            _heading(doc, title)
            _items(doc, plan.reporting or list(form.reporting), sections.item_prefix(plan))
    _closing(doc, plan, school)
    return doc


def write_plan_docx(plan: Plan, school: School, fw: Framework, out) -> None:
    """Save the .docx to ``out``: a path or a binary stream (the CLI writes into memory, then in place)."""
    plan_document(plan, school, fw).save(out)
