"""Phần I (Tổng quan) and Phần III (Kết luận) of the self-assessment's Word copy.

Their texts and lettered headings are ``assessment_texts.REPORT_TEXTS``'s; the numbered parts that hold
no text of their own («1. Thông tin chung», «2. Bối cảnh và đặc điểm», «4. Quá trình thực hiện tự đánh
giá», Phần III's «2.» and «3.») are named here as the reference outlines them. Phần III's tables count
the criteria's results (``summary_counts``); the school's level and why are the verdict's.
"""
from __future__ import annotations

from docx.oxml import OxmlElement

from kehoach_desktop.domain.assessment_texts import PART_I as TEXTS_I, PART_III as TEXTS_III, texts_of
from kehoach_desktop.domain.catalog import SCHOOL_LEVELS
from kehoach_desktop.domain.self_assessment import summary_counts, unjudged
from kehoach_desktop.reports import docx_style as s
from kehoach_desktop.reports.docx_assessment_fields import clean
from kehoach_desktop.reports.docx_assessment_paper import BLANK, PART_I, PART_III, TABLE_SIZE, Paper, percent

GROUPS_BEFORE = {"context": "2. Bối cảnh và đặc điểm", "process_planning": "4. Quá trình thực hiện tự đánh giá"}
SIZE_COLUMNS = (("Số lớp", 22), ("Số học sinh", 26), ("Tổng số CBQL, GV, NV", 33), ("CBQL", 22), ("GV", 22),
                ("Nhân sự hỗ trợ giáo dục", 40))
RESULTS_HEADING = "2. Tổng hợp kết quả tự đánh giá"
LEVEL_HEADING = "3. Mức đạt của cơ sở giáo dục"
ADVICE_HEADING = "4. Đề xuất, kiến nghị"
RESPONSIBILITY = ("Hiệu trưởng chịu trách nhiệm về tính trung thực, chính xác của thông tin, số liệu và minh chứng "
                  "trong báo cáo tự đánh giá này./.")
MARK = "x"
OVERVIEW = "overview"


def _number(text: str) -> int | None:
    digits = clean(text).replace(".", "").strip()
    return int(digits) if digits.isdigit() else None


def _current(paper: Paper, key: str) -> str:
    """This year's value of a data-table row (the last of its three years)."""
    values = paper.assessment.data.get(key)
    return clean(values[-1]).strip() if values else ""


def _size_table(paper: Paper) -> None:
    staff = [_current(paper, k) for k in ("managers", "teachers", "support_staff")]
    numbers = [_number(v) for v in staff]
    total = str(sum(n for n in numbers if n is not None)) if any(n is not None for n in numbers) else ""
    table = s.ruled_table(paper.doc, [t for t, _ in SIZE_COLUMNS], [w for _, w in SIZE_COLUMNS], size=TABLE_SIZE)
    cells = [_current(paper, "classes"), _current(paper, "pupils"), total, *staff]
    for cell, text in zip(table.add_row().cells, cells):
        s.fill_cell(cell, text, align=s.CENTER, size=TABLE_SIZE)


def _general(paper: Paper) -> None:
    school = paper.school
    paper.heading("1. Thông tin chung", 2)
    paper.labelled("a) Tên cơ sở giáo dục", school.name)
    contact = "; ".join(x for x in (school.address, f"điện thoại: {school.phone}" if school.phone else "",
                                    f"email: {school.email}" if school.email else "") if x)
    paper.labelled("b) Địa chỉ, thông tin liên hệ", contact)
    paper.labelled("c) Cơ quan quản lý trực tiếp", school.governing_body_sentence or paper.governing_body)
    paper.labelled("d) Loại hình và cấp học", f"loại hình ……; cấp {SCHOOL_LEVELS.get(school.level, school.level)}")
    paper.registry_text("founded")
    paper.subheading("e) Quy mô")
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
    levels = list(paper.framework.levels())
    columns = ["Tiêu chuẩn, Tiêu chí", "Không đạt Mức 1", "Đạt"] + [""] * (len(levels) - 1)
    widths = [75.0] + [90.0 / (len(levels) + 1)] * (len(levels) + 1)
    table = s.ruled_table(paper.doc, columns, widths, size=TABLE_SIZE)
    _header_row(table, ["", ""] + [f"Mức {n}" for n in levels])
    _two_row_header(table, [(2, 1 + len(levels))])
    totals = [0] * (len(levels) + 1)

    def row(label: str, values: list[str], bold: bool) -> None:
        cells = table.add_row().cells
        s.fill_cell(cells[0], label, bold=bold, size=TABLE_SIZE)
        for cell, value in zip(cells[1:], values):
            s.fill_cell(cell, value, bold=bold, align=s.CENTER, size=TABLE_SIZE)

    for standard in paper.framework.standards:
        reached = [min(paper.assessment.criterion(c.code).reached, levels[-1]) for c in standard.criteria]
        counts = [reached.count(n) for n in range(len(levels) + 1)]
        totals = [a + b for a, b in zip(totals, counts)]
        row(f"Tiêu chuẩn {standard.no}", [f"{n:02d}" if n else "" for n in counts], True)
        for criterion, level in zip(standard.criteria, reached):
            row(f"Tiêu chí {criterion.code}", [MARK if n == level else "" for n in range(len(levels) + 1)], False)
    row("Cộng chung", [f"{n:02d}" for n in totals], True)


def _summary_table(paper: Paper) -> None:
    levels = list(paper.framework.levels())
    codes = [c.code for c in paper.framework.criteria()]
    counts = summary_counts(paper.assessment, codes, levels[-1])
    results = ["Không đạt Mức 1"] + [f"Mức {n}" for n in levels]
    columns = ["Tổng số tiêu chí"] + [x for r in results for x in (r, "")]
    widths = [33.0] + [132.0 / (2 * len(results))] * (2 * len(results))
    table = s.ruled_table(paper.doc, columns, widths, size=TABLE_SIZE)
    _header_row(table, [""] + ["SL", "%"] * len(results))
    _two_row_header(table, [(1 + 2 * i, 2 + 2 * i) for i in range(len(results))])
    values = [f"{len(codes):02d}"]
    for level in range(len(results)):
        values += [f"{counts[level]:02d}", percent(counts[level], len(codes))]
    for cell, value in zip(table.add_row().cells, values):
        s.fill_cell(cell, value, align=s.CENTER, size=TABLE_SIZE)


def level_lines(paper: Paper) -> list[str]:
    """The school's level in one sentence, then why, as the verdict gives it."""
    verdict = paper.verdict
    if verdict is None:
        return [f"Nhà trường tự đánh giá đạt Mức {BLANK[:6]}"]
    if verdict.level:
        found = [f"Căn cứ kết quả tự đánh giá các tiêu chí, nhà trường tự đánh giá đạt Mức {verdict.level}."]
    else:
        found = ["Căn cứ kết quả tự đánh giá các tiêu chí, nhà trường chưa đạt Mức 1."]
    found += [f"- {why}" for why in verdict.why]
    waiting = unjudged(paper.assessment, paper.framework)
    if waiting:
        found.append(f"- Còn {len(waiting):02d} tiêu chí chưa được hội đồng đánh giá: {', '.join(waiting)}.")
    return found


def part_iii(paper: Paper) -> None:
    paper.heading(PART_III, 1)
    advice = [entry.key for entry in texts_of(TEXTS_III) if entry.key != OVERVIEW]
    paper.registry_text(OVERVIEW)                  # 1. Khái quát
    paper.heading(RESULTS_HEADING, 2)
    paper.subheading("a) Kết quả đánh giá các tiêu chí")
    _criteria_table(paper)
    paper.subheading("b) Bảng tổng hợp chung")
    _summary_table(paper)
    paper.heading(LEVEL_HEADING, 2)
    for line in level_lines(paper):
        s.paragraph(paper.doc, line, align=s.JUSTIFY, indent=True, after=3)
    paper.heading(ADVICE_HEADING, 2)
    for key in advice:                             # a) Sở, b) UBND xã/phường, c) others
        paper.registry_text(key)
    s.paragraph(paper.doc, RESPONSIBILITY, italic=True, align=s.JUSTIFY, indent=True)
