"""The report's first pages: the cover, the council's list-and-signature page, the Mục lục, Phần I.

The cover (tt57-forms.md section 2, A's cover and B1's inner one): the managing body, the school,
«BÁO CÁO TỰ ĐÁNH GIÁ», «Năm học …» and «{place}, tháng … năm …», inside a double frame. The council
signs its list on the next page (source A). The Mục lục lists the parts, standards and criteria with
the pages they start on (numbers drawn at the end of the one-pass build, assessment_layout).
Phần I: general information from the school record and the report's texts, whose headings come from
domain.assessment_texts and are never typed here.
"""
from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import HRFlowable, PageBreak, Spacer, Table, TableStyle

from kehoach_desktop.domain.assessment_paper import (
    CONTENTS_TITLE, CONTEXT, COUNCIL_PAGE_TITLE, GENERAL, PART_I as PART_I_TITLE, PROCESS, SCALE_COLUMNS, TITLE,
)
from kehoach_desktop.domain.assessment_texts import BY_KEY, PART_I
from kehoach_desktop.domain.plan import SCHOOL_LEVELS
from kehoach_desktop.domain.values import nfc
from kehoach_desktop.reports import letterhead
from kehoach_desktop.reports.assessment_base import (
    AssessmentPaper, astyles, grid, head_cells, managing_body, month_line, p, paragraphs, school_year_words, t,
    text_markup,
)
from kehoach_desktop.reports.fonts import REGULAR
from kehoach_desktop.reports.assessment_layout import (
    BOTTOM, FRAME_HEIGHT, FRAME_WIDTH, LEFT, PAGE, TOP, Contents, PageSlot, glue,
)
from kehoach_desktop.reports.council_papers import decision_line, members_table
from kehoach_desktop.reports.styles import escape

TOC_WIDTHS = (FRAME_WIDTH - 22 * mm, 22 * mm)


def cover_frame(canvas, doc) -> None:
    """The cover's double frame, inside the margins (the left one wider, for binding)."""
    width, height = PAGE.size
    canvas.saveState()
    canvas.setStrokeColor(colors.black)
    for inset, line in ((0, 1.6), (1.6 * mm, 0.5)):
        x0, y0 = LEFT - 10 * mm + inset, BOTTOM - 12 * mm + inset
        x1, y1 = width - 8 * mm - inset, height - TOP + 10 * mm - inset
        canvas.setLineWidth(line)
        canvas.rect(x0, y0, x1 - x0, y1 - y0)
    canvas.restoreState()


def cover(paper: AssessmentPaper) -> list:
    """Page 1: three blocks spread over the frame (top, middle, foot)."""
    body = managing_body(paper)
    top = [t(letterhead.upper(body), "cover_body")] if body else []
    top += [t(letterhead.upper(paper.school.name), "cover_school"),
            HRFlowable(width=40 * mm, thickness=0.6, color=colors.black, spaceBefore=3, hAlign="CENTER")]
    middle = [p(TITLE, "cover_title"), Spacer(1, 4 * mm),
              t(f"Năm học {school_year_words(paper.assessment.school_year)}", "cover_year")]
    foot = [t(month_line(paper), "cover_school")]
    table = Table([[top], [middle], [foot]], colWidths=[FRAME_WIDTH],
                  rowHeights=[60 * mm, FRAME_HEIGHT - 60 * mm - 30 * mm - 1, 30 * mm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (0, 0), "TOP"), ("VALIGN", (0, 1), (0, 1), "MIDDLE"),
                               ("VALIGN", (0, 2), (0, 2), "BOTTOM"), ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                               # a cell holding flowables still names a font: ReportLab's default would be an
                               # unembedded Helvetica in the PDF
                               ("FONTNAME", (0, 0), (-1, -1), REGULAR)]))
    return [table, PageBreak()]


def council_page(paper: AssessmentPaper, contents: Contents) -> list:
    """«DANH SÁCH VÀ CHỮ KÝ HỘI ĐỒNG TỰ ĐÁNH GIÁ»: each member signs beside the name."""
    council = paper.assessment.council
    title = COUNCIL_PAGE_TITLE
    flow = [contents.heading(title, astyles()["title"], "council", 0, toc="Danh sách và chữ ký Hội đồng tự đánh giá"),
            t(decision_line(council, paper.school.name), "subtitle")]
    if council.members:
        flow.append(members_table(council, signatures=True))
    else:
        flow.append(p("Chưa có danh sách hội đồng.", "item"))
    return flow + [PageBreak()]


def contents_page(contents: Contents) -> list:
    """«MỤC LỤC»: NỘI DUNG | Trang, each row a link to its heading."""
    rows = [head_cells(["NỘI DUNG", "Trang"])]
    extra = []
    for index, (key, text, level) in enumerate(contents.entries, 1):
        cell = p(f'<a href="#{escape(key)}">{text_markup(text)}</a>', f"toc{min(level, 2)}")
        rows.append([cell, PageSlot(key, contents.marks, TOC_WIDTHS[1] - 6, 15, 12)])
        if level == 2:
            extra.append(("TOPPADDING", (0, index), (-1, index), 1))
    flow = [p(CONTENTS_TITLE, "title"), Spacer(1, 4 * mm), grid(rows, list(TOC_WIDTHS), extra=extra), PageBreak()]
    return flow


def _text(paper: AssessmentPaper, key: str) -> str:
    return paper.assessment.texts.get(key, "") or BY_KEY[key].default


def _labelled(label: str, value: str) -> object:
    """«a) Tên cơ sở giáo dục: Trường THCS Hòa Bình»: the label italic, the value as written."""
    return p(f"<i>{escape(label)}:</i> {text_markup(value) or '……'}", "item")


def _scale_table(paper: AssessmentPaper) -> object:
    """e) Quy mô, from the current year's column of the data table."""
    data = paper.assessment.data

    def now(key: str) -> str:
        values = data.get(key)
        return nfc(values[-1]).strip() if values else ""
    staff = [now(k) for k in ("managers", "teachers", "support_staff")]
    total = str(sum(int(v) for v in staff)) if all(v.isdigit() for v in staff) else ""
    cells = [now("classes"), now("pupils"), total, *staff]
    rows = [head_cells([title for title, _ in SCALE_COLUMNS]), [t(v, "cell_centre") for v in cells]]
    return grid(rows, [w * mm for _, w in SCALE_COLUMNS])


def general_information(paper: AssessmentPaper) -> list:
    school = paper.school
    contact = "; ".join(part for part in (nfc(school.address).strip(),
                                          f"điện thoại: {school.phone}" if school.phone.strip() else "",
                                          f"email: {school.email}" if school.email.strip() else "") if part)
    body = nfc(school.governing_body_sentence).strip() or managing_body(paper)
    founded = BY_KEY["founded"]
    return [
        _labelled("a) Tên cơ sở giáo dục", school.name),
        _labelled("b) Địa chỉ, thông tin liên hệ", contact),
        _labelled("c) Cơ quan quản lý trực tiếp", body),
        _labelled("d) Loại hình và cấp học", SCHOOL_LEVELS.get(school.level, school.level)),
        _labelled(founded.heading, paper.assessment.texts.get(founded.key, "")),
        *glue([p("<i>e) Quy mô:</i>", "item")], lines_after=3),
        _scale_table(paper), Spacer(1, 3 * mm),
    ]


def _section(contents: Contents, title: str, key: str) -> list:
    return glue([contents.heading(escape(title), astyles()["section"], key, 1, outline=title)])


def _texts(paper: AssessmentPaper, keys: list[str]) -> list:
    flow: list = []
    for key in keys:
        flow += glue([p(escape(BY_KEY[key].heading), "subsection")], lines_after=2)
        flow += paragraphs(_text(paper, key), paper)
    return flow


def part_one(paper: AssessmentPaper, contents: Contents) -> list:
    flow = [contents.heading(PART_I_TITLE, astyles()["part"], "part-1", 0, toc=PART_I_TITLE)]
    flow += _section(contents, GENERAL, "p1-1") + general_information(paper)
    flow += _section(contents, CONTEXT, "p1-2") + _texts(paper, ["context", "advantages", "difficulties", "learners"])
    purpose = BY_KEY["purpose"]
    flow += _section(contents, purpose.heading, "p1-3") + paragraphs(_text(paper, purpose.key), paper)
    flow += _section(contents, PROCESS, "p1-4")
    flow += _texts(paper, ["process_planning", "process_doing", "process_checking", "process_confirming"])
    review = BY_KEY["previous_plan"]
    flow += _section(contents, review.heading, "p1-5") + paragraphs(_text(paper, review.key), paper)
    assert all(BY_KEY[k].part == PART_I for k in ("context", "purpose", "previous_plan"))
    return flow + [PageBreak()]
