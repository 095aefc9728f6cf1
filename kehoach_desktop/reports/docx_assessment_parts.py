"""Phần I (Tổng quan) and Phần III (Kết luận) of the self-assessment's Word copy.

Their texts and lettered headings are ``assessment_texts.REPORT_TEXTS``'s; the numbered parts that hold
no text of their own («1. Thông tin chung», «2. Bối cảnh và đặc điểm», «4. Quá trình thực hiện tự đánh
giá», Phần III's «2.» and «3.») carry the printed report's words (reports/assessment_front.py,
assessment_end.py). Phần III's tables count the criteria's results (``summary_counts``); the school's
level and why are the verdict's.
"""
from __future__ import annotations

from docx.oxml import OxmlElement

from kehoach_desktop.domain.assessment_paper import (
    GENERAL, GROUPS_BEFORE, LEVEL as LEVEL_HEADING, MANDATORY_MARK, MARK, PROPOSALS as ADVICE_HEADING, RESPONSIBILITY,
    SCALE_COLUMNS as SIZE_COLUMNS, SUMMARY as RESULTS_HEADING, TABLE_A, TABLE_B,
)
from kehoach_desktop.domain.assessment_texts import PART_I as TEXTS_I, PART_III as TEXTS_III, texts_of
from kehoach_desktop.domain.catalog import SCHOOL_LEVELS
from kehoach_desktop.domain.level_rule import rule_for
from kehoach_desktop.domain.self_assessment import summary_counts
from kehoach_desktop.reports import docx_style as s
from kehoach_desktop.reports.docx_assessment_fields import clean
from kehoach_desktop.reports.docx_assessment_paper import PART_I, PART_III, TABLE_SIZE, Paper, percent

OVERVIEW, OPTIONAL = "overview", ("to_others",)


def _current(paper: Paper, key: str) -> str:
    """This year's value of a data-table row (the last of its three years)."""
    values = paper.assessment.data.get(key)
    return clean(values[-1]).strip() if values else ""


def _size_table(paper: Paper) -> None:
    staff = [_current(paper, k) for k in ("managers", "teachers", "support_staff")]
    total = str(sum(int(v) for v in staff)) if all(v.isdigit() for v in staff) else ""
    table = s.ruled_table(paper.doc, [t for t, _ in SIZE_COLUMNS], [w for _, w in SIZE_COLUMNS], size=TABLE_SIZE)
    cells = [_current(paper, "classes"), _current(paper, "pupils"), total, *staff]
    for cell, text in zip(table.add_row().cells, cells):
        s.fill_cell(cell, text, align=s.CENTER, size=TABLE_SIZE)


def _general(paper: Paper) -> None:
    school = paper.school
    paper.heading(GENERAL, 2)
    paper.labelled("a) Tên cơ sở giáo dục", school.name)
    contact = "; ".join(x for x in (school.address.strip(), f"điện thoại: {school.phone}" if school.phone.strip() else "",
                                    f"email: {school.email}" if school.email.strip() else "") if x)
    paper.labelled("b) Địa chỉ, thông tin liên hệ", contact)
    paper.labelled("c) Cơ quan quản lý trực tiếp", school.governing_body_sentence.strip() or paper.governing_body)
    paper.labelled("d) Loại hình và cấp học", SCHOOL_LEVELS.get(school.level, school.level))
    paper.registry_text("founded")
    p = s.paragraph(paper.doc, align=s.LEFT, indent=True, after=3)
    p.add_run("e) Quy mô:").italic = True
    p.paragraph_format.keep_with_next = True
    _size_table(paper)


def part_i(paper: Paper) -> None:
    paper.heading(PART_I, 1)
    for entry in texts_of(TEXTS_I):
        if entry.key == "founded":
            _general(paper)
            continue
        if entry.key in GROUPS_BEFORE:
            paper.heading(GROUPS_BEFORE[entry.key], 2)
        paper.registry_text(entry.key)


def _two_row_header(table, spans: list[tuple[int, int]]) -> None:
    """A second header row under the first: each (first, last) column range of row 0 spans over
    its sub-headings, and every other header cell runs down both rows."""
    header, sub = table.rows[0], table.rows[1]
    sub._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))     # repeated on every page too
    spanned = {c for first, last in spans for c in range(first, last + 1)}
    for column in range(len(header.cells)):
        if column not in spanned:
            header.cells[column].merge(sub.cells[column])
    for first, last in spans:
        header.cells[first].merge(header.cells[last])


def _header_row(table, texts: list[str]) -> None:
    row = table.add_row()
    for cell, text in zip(row.cells, texts):
        s.fill_cell(cell, text, bold=True, align=s.CENTER, size=TABLE_SIZE)


def _criteria_table(paper: Paper) -> None:
    """Tiêu chuẩn, tiêu chí | Không đạt Mức 1 | Đạt: Mức 1, Mức 2 | Cộng chung; each criterion's «x»."""
    levels = list(paper.framework.levels())
    columns = ["Tiêu chuẩn, tiêu chí", "Không đạt Mức 1", "Đạt"] + [""] * (len(levels) - 1) + ["Cộng chung"]
    widths = [83.0, 22.0] + [20.0] * len(levels) + [20.0]
    table = s.ruled_table(paper.doc, columns, widths, size=TABLE_SIZE)
    _header_row(table, ["", ""] + [f"Mức {n}" for n in levels] + [""])
    _two_row_header(table, [(2, 1 + len(levels))])
    totals = [0] * (len(levels) + 1)

    def row(label: str, values: list[str], bold: bool) -> None:
        cells = table.add_row().cells
        s.fill_cell(cells[0], label, bold=bold, size=TABLE_SIZE)
        for cell, value in zip(cells[1:], values):
            s.fill_cell(cell, value, bold=bold, align=s.CENTER, size=TABLE_SIZE)

    for standard in paper.framework.standards:
        codes = [c.code for c in standard.criteria]
        counts = summary_counts(paper.assessment, codes, levels[-1])
        row(f"Tiêu chuẩn {standard.no}: {standard.title}",
            [str(counts[n]) for n in range(len(levels) + 1)] + [str(len(codes))], True)
        for criterion in standard.criteria:
            reached = min(paper.assessment.criterion(criterion.code).reached, levels[-1])
            totals[reached] += 1
            mark = MANDATORY_MARK if criterion.mandatory else ""
            row(f"Tiêu chí {criterion.code}{mark}", [MARK if n == reached else "" for n in range(len(levels) + 1)]
                + [""], False)
    row("Cộng chung", [str(n) for n in totals] + [str(sum(totals))], True)


def _summary_table(paper: Paper) -> None:
    """Tổng số tiêu chí; Không đạt Mức 1, Đạt Mức 1, Đạt Mức 2 as SL and %."""
    levels = list(paper.framework.levels())
    codes = [c.code for c in paper.framework.criteria()]
    counts = summary_counts(paper.assessment, codes, levels[-1])
    results = ["Không đạt Mức 1"] + [f"Đạt Mức {n}" for n in levels]
    columns = ["Tổng số tiêu chí"] + [x for r in results for x in (r, "")]
    widths = [33.0] + [132.0 / (2 * len(results))] * (2 * len(results))
    table = s.ruled_table(paper.doc, columns, widths, size=TABLE_SIZE)
    _header_row(table, [""] + ["SL", "%"] * len(results))
    _two_row_header(table, [(1 + 2 * i, 2 + 2 * i) for i in range(len(results))])
    values = [str(len(codes))]
    for level in range(len(results)):
        values += [str(counts[level]), percent(counts[level], len(codes))]
    for cell, value in zip(table.add_row().cells, values):
        s.fill_cell(cell, value, align=s.CENTER, size=TABLE_SIZE)


def _level(paper: Paper) -> None:
    """«Căn cứ khoản 3 Điều 5 …, Trường … tự đánh giá đạt: Mức 2.», why, and which criteria are mandatory."""
    verdict, fw = paper.verdict, paper.framework
    if verdict is None:
        s.paragraph(paper.doc, f"Khung tiêu chí {fw.short_circular()} không quy định cách xếp mức của cơ sở giáo "
                               "dục trong chương trình này.", align=s.JUSTIFY, indent=True)
        return
    rule = rule_for(fw.id)
    basis = rule.basis if rule else ""
    school = clean(paper.school.name).replace("\n", " ").strip()
    p = s.paragraph(paper.doc, align=s.JUSTIFY, indent=True, after=3)
    if verdict.level:
        p.add_run(f"Căn cứ {basis}, {school} tự đánh giá đạt: ")
        p.add_run(f"Mức {verdict.level}").bold = True
    else:
        p.add_run(f"Căn cứ {basis}, {school} tự đánh giá ")
        p.add_run("chưa đạt Mức 1").bold = True
    p.add_run(".")
    for why in verdict.why:
        s.paragraph(paper.doc, f"- {clean(why)}", align=s.JUSTIFY, indent=True, after=3)
    mandatory = ", ".join(c.code for c in fw.mandatory_criteria())
    if mandatory:
        s.paragraph(paper.doc, f"Các tiêu chí bắt buộc{MANDATORY_MARK}: {mandatory}.", align=s.JUSTIFY, indent=True,
                    after=3)


def part_iii(paper: Paper) -> None:
    paper.heading(PART_III, 1)
    paper.registry_text(OVERVIEW)                  # 1. Khái quát
    paper.heading(RESULTS_HEADING, 2)
    paper.subheading(TABLE_A)
    _criteria_table(paper)
    paper.subheading(TABLE_B)
    _summary_table(paper)
    paper.heading(LEVEL_HEADING, 2)
    _level(paper)
    paper.heading(ADVICE_HEADING, 2)
    for entry in texts_of(TEXTS_III):              # a) Sở, b) UBND xã/phường, c) others (if written)
        if entry.key != OVERVIEW and (entry.key not in OPTIONAL or paper.text_of(entry.key).strip()):
            paper.registry_text(entry.key)
    s.paragraph(paper.doc, RESPONSIBILITY, align=s.JUSTIFY, indent=True)
