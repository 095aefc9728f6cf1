"""A plan as an editable Word document with the printed plan's content and layout.

The same sections, headings and tables as the PDF (``plan_tt18`` / ``plan_tt57``): the
Nghị định 30 letterhead, the title, the sections in portrait, the plan table on landscape
pages with its header row repeated, "Nơi nhận" and the signer. Text is written exactly as
stored (capitals are a font effect, not retyped text), and where the printed words alone
would not give a value back — levels the result column does not state, the criterion of a
2026 row — a short note in brackets says it, so importing the file again gives the same plan.
"""
from __future__ import annotations

from kehoach_desktop.domain.catalog import Framework
from kehoach_desktop.domain.parse import format_vn_date, parse_level_pair
from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.field_text import field_text, printed_columns, scaled
from kehoach_desktop.domain.fields import plan_fields
from kehoach_desktop.domain.plan import FORM_TT18, FORM_TT57, Organization, Plan, PlanRow, School
from kehoach_desktop.domain.administration import governing_body_of
from kehoach_desktop.domain.list_items import item_line
from kehoach_desktop.domain.organization_text import organization_blocks
from kehoach_desktop.domain.plan_start import form_text
from kehoach_desktop.domain.row_order import criterion_of
from kehoach_desktop.reports import docx_style as s

PROBLEM_COLUMNS = (("TT", 10), ("Tiêu chuẩn", 28), ("Tiêu chí liên quan", 22), ("Đánh giá hiện trạng", 37),
                   ("Điểm hạn chế", 34), ("Nguyên nhân", 34))
MONITORING_COLUMNS = (("Thời điểm", 28), ("Nội dung theo dõi", 45), ("Kết quả", 32), ("Điều chỉnh", 32),
                      ("Người đánh giá", 28))


def level_note(row: PlanRow, fw: Framework, *, with_code: bool = False) -> str:
    """"(Mức 2 → Mức 3)" when the result column alone would not give the row's levels back."""
    parts = [f"Tiêu chí {row.criterion_code}"] if with_code and row.criterion_code else []
    said: tuple = (None, None)
    if row.expected_result:
        try:
            said = parse_level_pair(row.expected_result, level_min=fw.level_min, level_max=fw.level_max)
        except InputError:
            pass
    if said != (row.current_level, row.target_level) and (row.current_level or row.target_level):
        if row.current_level and row.target_level:
            parts.append(f"Mức {row.current_level} → Mức {row.target_level}")
        elif row.target_level:
            parts.append(f"Mức {row.target_level}")
        else:
            parts.append(f"Hiện tại: Mức {row.current_level}")
    return f"({'; '.join(parts)})" if parts else ""


def _join(*texts: str) -> str:
    return "\n".join(t for t in texts if t)


def _letterhead(doc, plan: Plan, school: School) -> None:
    place = plan.place                  # the plan's own, as in the PDF: never the school's of today
    line = format_vn_date(plan.issued_on, place) if plan.issued_on else f"{place}, ngày      tháng      năm 20…"
    s.letterhead(doc, governing_body_of(plan, school), school.name, f"Số: {plan.number}" if plan.number else "Số:       /KH-",
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


def _organization(doc, org: Organization, number: str, plan_form: str) -> None:
    _heading(doc, f"{number}. TỔ CHỨC THỰC HIỆN")
    for block in organization_blocks(org, plan_form):
        _heading(doc, block.heading)
        for line in block.lines:
            _items(doc, [line.text], prefix=line.prefix)


def criterion_label(row: PlanRow, fw: Framework) -> str:
    criterion = criterion_of(row.criterion_code, fw)
    if criterion is not None:
        return f"Tiêu chí {criterion.code}. {criterion.title}"
    return f"Tiêu chí {row.criterion_code}" if row.criterion_code else ""


def grouped_table(doc, columns, rows: list[PlanRow], fw: Framework, cells) -> None:
    """A ruled table whose rows follow a spanning "Tiêu chuẩn N: …" row each time the standard changes."""
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


def _cells(row: PlanRow, form: str, special: dict[str, str]) -> list[str]:
    """The printed fields of ``form`` from the registry, a few worded specially (the notes that give levels back)."""
    return [special[f.name] if f.name in special else field_text(row, f) for f in plan_fields().printed_fields(form)]


def _table_2018(doc, plan: Plan, fw: Framework) -> None:
    grouped_table(doc, plan_columns(FORM_TT18), plan.rows, fw, lambda row: [""] + _cells(
        row, FORM_TT18, {"criterion_code": _join(criterion_label(row, fw), level_note(row, fw))}))


def _table_2026(doc, plan: Plan, fw: Framework) -> None:
    columns = plan_columns(FORM_TT57)
    table = s.ruled_table(doc, [t for t, _ in columns], [w for _, w in columns], size=10.5)
    for number, row in enumerate(plan.rows, 1):
        note = _join(row.content, level_note(row, fw, with_code=True))
        s.add_row(table, [str(number)] + _cells(row, FORM_TT57, {"content": note}), size=10.5)


def _small_table(doc, columns, rows: list[list[str]]) -> None:
    table = s.ruled_table(doc, [t for t, _ in columns], [w for _, w in columns])
    for texts in rows:
        s.add_row(table, texts)
    s.paragraph(doc, "", after=0)


def _closing(doc, plan: Plan, school: School) -> None:
    s.paragraph(doc, f"Trên đây là Kế hoạch {plan.title[:1].lower()}{plan.title[1:]} năm học "
                     f"{plan.school_year.replace('-', ' - ')} của {school.name}. Yêu cầu cán bộ, giáo viên, nhân viên "
                     f"nhà trường nghiêm túc thực hiện./.", align=s.JUSTIFY, indent=True)
    s.signature_blocks(doc, [(plan.signer_title or "HIỆU TRƯỞNG", plan.signer_name or school.principal)], [80, 85],
                       recipients=plan.recipients)


def plan_document(plan: Plan, school: School, fw: Framework):
    """The python-docx Document of ``plan`` on its framework's form."""
    doc = s.new_document()
    _letterhead(doc, plan, school)
    _title(doc, plan)
    form = form_text(fw.plan_form)
    if fw.plan_form == FORM_TT57:
        _heading(doc, "I. THÔNG TIN CHUNG")
        for line in plan.general_info.split("\n"):
            if line.strip():
                s.paragraph(doc, line, align=s.JUSTIFY, indent=True)
        _heading(doc, "II. CĂN CỨ XÂY DỰNG KẾ HOẠCH")
        _items(doc, plan.bases, prefix="", italic=True)
        _heading(doc, "III. MỤC ĐÍCH, YÊU CẦU")
        _items(doc, plan.purposes)
        _heading(doc, "IV. CÁC VẤN ĐỀ ƯU TIÊN CẦN CẢI TIẾN")
        _small_table(doc, PROBLEM_COLUMNS, [[str(i), p.standard, p.criteria, p.current_state, p.weakness, p.cause]
                                            for i, p in enumerate(plan.priority_problems, 1)])
        if form.problems_note:
            s.paragraph(doc, form.problems_note, italic=True, align=s.JUSTIFY, indent=True)
        s.start_section(doc, landscape=True)
        _heading(doc, "V. KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG")
        _table_2026(doc, plan, fw)
        s.start_section(doc, landscape=False)
        _heading(doc, "VI. THEO DÕI, GIÁM SÁT THỰC HIỆN KẾ HOẠCH")
        _small_table(doc, MONITORING_COLUMNS, [[m.when, m.content, m.result, m.adjustment, m.assessor]
                                               for m in plan.monitoring])
        _organization(doc, plan.organization, "VII", fw.plan_form)
        _heading(doc, f"VIII. {form.reporting_heading}")
        _items(doc, plan.reporting or list(form.reporting))
    else:
        _heading(doc, "I. MỤC ĐÍCH, YÊU CẦU")
        _items(doc, plan.purposes)
        _heading(doc, "II. CĂN CỨ XÂY DỰNG KẾ HOẠCH")
        _items(doc, plan.bases, prefix="", italic=True)
        s.start_section(doc, landscape=True)
        _heading(doc, "III. NỘI DUNG KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC")
        _table_2018(doc, plan, fw)
        s.start_section(doc, landscape=False)
        _organization(doc, plan.organization, "IV", fw.plan_form)
    _closing(doc, plan, school)
    return doc


def write_plan_docx(plan: Plan, school: School, fw: Framework, out) -> None:
    """Save the .docx to ``out``: a path or a binary stream (the CLI writes into memory, then in place)."""
    plan_document(plan, school, fw).save(out)
