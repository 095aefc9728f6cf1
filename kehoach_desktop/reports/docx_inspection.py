"""The inspection record (biên bản kiểm tra) as an editable Word document.

The same content and order as the printed record (``reports.inspection``): the office's
letterhead with no date line, the title, the time-and-place sentence, who attended, the
plan's rows with the team's finding and comment on landscape pages, the comments,
recommendations and conclusion, the closing time, and a signature block for the principal
and every team member. Without a stored inspection the blanks are dotted lines to fill in.
"""
from __future__ import annotations

from kehoach_desktop.domain.catalog import Framework
from kehoach_desktop.domain.field_text import scaled
from kehoach_desktop.domain.inspection import Inspection
from kehoach_desktop.domain.inspection_fields import inspection_columns
from kehoach_desktop.domain.parse import format_vn_date
from kehoach_desktop.domain.plan import Plan, School
from kehoach_desktop.reports import docx_style as s
from kehoach_desktop.reports.docx_plan import grouped_table
from kehoach_desktop.domain.inspection_paper import heading, signers

BLANK = "…" * 60


def _when(moment) -> str:
    if moment is None:
        return "…… giờ …… phút, ngày …… tháng …… năm ……"
    return f"{moment.hour:02d} giờ {moment.minute:02d} phút, {format_vn_date(moment.date())}"


def _numbered(doc, lines: list[str], blanks: int) -> None:
    if not lines:
        lines = [BLANK] * blanks
    for number, line in enumerate(lines, 1):
        s.paragraph(doc, f"{number}. {line}", indent=True, after=0)


def _heading(doc, text: str) -> None:
    s.paragraph(doc, text, bold=True)


def word_columns(form: str | None = None) -> list[tuple[str, float]]:
    """(heading, width in mm) of the findings table, filling the landscape frame."""
    columns = inspection_columns(form)
    return list(zip([c.heading for c in columns], scaled([c.word for c in columns], s.LANDSCAPE_FRAME_MM)))


def _findings(doc, plan: Plan, fw: Framework, record: Inspection | None) -> None:
    columns = inspection_columns(fw.plan_form)
    grouped_table(doc, word_columns(fw.plan_form), plan.rows, fw,
                  lambda row: columns.cells(row, record.finding_for(row.id) if record else None, fw))


def inspection_document(plan: Plan, school: School, fw: Framework, record: Inspection | None):
    doc = s.new_document()
    head = heading(record, school)
    year = (record.school_year if record and record.school_year else plan.school_year).replace("-", " - ")
    s.letterhead(doc, head.authority, head.office_line, f"Số: {head.number}", None)
    for text in ("BIÊN BẢN", "KIỂM TRA KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC", f"Năm học {year}"):
        s.paragraph(doc, text, bold=True, size=14 if text == "BIÊN BẢN" else 13, align=s.CENTER, after=0)
    s.short_rule(doc, 40, s.PORTRAIT_FRAME_MM)
    if record and record.basis:
        s.paragraph(doc, record.basis, italic=True, align=s.JUSTIFY, indent=True)
    place = (record.place if record and record.place else "") or school.name
    plan_ref = f"Kế hoạch số {plan.number}" if plan.number else "Kế hoạch"
    if plan.issued_on:
        plan_ref += f" {format_vn_date(plan.issued_on)}"
    s.paragraph(doc, f"Vào lúc {_when(record.started_at if record else None)}, tại {place}, đoàn kiểm tra của "
                     f"{head.office} tiến hành kiểm tra việc xây dựng và thực hiện kế hoạch cải tiến chất lượng giáo dục "
                     f"năm học {year} của {school.name} ({plan_ref}).", align=s.JUSTIFY, indent=True)
    _heading(doc, "1. Thành phần")
    s.paragraph(doc, "a) Đoàn kiểm tra:", indent=True, after=0)
    _numbered(doc, [m.line() for m in record.team] if record else [], 4)
    s.paragraph(doc, "b) Phía nhà trường:", indent=True, after=0)
    _numbered(doc, [f"{m.name}, chức vụ: {m.role}" if m.role else m.name for m in record.school_side]
              if record else [], 3)
    s.start_section(doc, landscape=True)
    _heading(doc, "2. Nội dung kiểm tra: kết quả thực hiện từng nội dung của kế hoạch")
    _findings(doc, plan, fw, record)
    s.start_section(doc, landscape=False)
    _heading(doc, "3. Nhận xét của đoàn kiểm tra")
    comments = sorted(record.comments, key=lambda c: (c.standard is not None, c.standard or 0)) if record else []
    for comment in comments:
        label = f"- Tiêu chuẩn {comment.standard}: " if comment.standard is not None else ""
        s.paragraph(doc, label + comment.text, align=s.JUSTIFY, indent=True)
    for _ in range(0 if comments else 5):
        s.paragraph(doc, BLANK, after=0)
    _heading(doc, "4. Kiến nghị")
    for line in (record.recommendations if record and record.recommendations else []):
        s.paragraph(doc, f"- {line}", align=s.JUSTIFY, indent=True)
    for _ in range(0 if record and record.recommendations else 3):
        s.paragraph(doc, BLANK, after=0)
    _heading(doc, "5. Kết luận")
    s.paragraph(doc, record.conclusion if record and record.conclusion else BLANK, align=s.JUSTIFY, indent=True)
    s.paragraph(doc, "Biên bản được lập thành 02 bản có giá trị như nhau: đoàn kiểm tra giữ 01 bản, nhà trường giữ "
                     "01 bản; các thành viên đã thống nhất nội dung và cùng ký tên dưới đây.", align=s.JUSTIFY,
                indent=True)
    s.paragraph(doc, f"Buổi kiểm tra kết thúc vào lúc {_when(record.ended_at if record else None)}./.", indent=True)
    s.signature_blocks(doc, signers(record, school), [82.5, 82.5])
    return doc


def write_inspection_docx(plan: Plan, school: School, fw: Framework, record: Inspection | None, out) -> None:
    inspection_document(plan, school, fw, record).save(out)
