"""Phần II of the self-assessment's Word copy: each standard, each criterion, then the standard's review.

Per criterion, as Biểu 1 lays it out: «Tiêu chí x.y. {tên}», the catalog's requirement of each level,
the «Mô tả hiện trạng» table (Mức | Hiện trạng … | Đánh giá) with the council's statements and their
evidence codes as links, and «Tự đánh giá: Tiêu chí đạt Mức …». Per standard: «Đánh giá chung về
Tiêu chuẩn N» with its three texts. The words are the printed report's (reports/assessment_criteria.py).
"""
from __future__ import annotations

from docx.shared import Pt

from kehoach_desktop.domain.catalog_model import Criterion, Standard
from kehoach_desktop.domain.self_assessment import CriterionAssessment
from kehoach_desktop.reports import docx_style as s
from kehoach_desktop.reports.build_progress import ROWS, Step
from kehoach_desktop.reports.docx_assessment_fields import clean, keep_with_next
from kehoach_desktop.reports.docx_assessment_paper import PART_II, TABLE_SIZE, Paper

STATE_COLUMNS = (("Mức", 17), ("Hiện trạng, kết quả đạt được của cơ sở giáo dục (kèm theo mã minh chứng)", 110),
                 ("Đánh giá (Đạt/ Không đạt)", 38))
KEEP_TOGETHER_CHARS = 1500      # a table shorter than this is kept on one page; a longer one breaks
REVIEW_HEADINGS = ("1. Điểm mạnh nổi bật", "2. Điểm hạn chế trọng tâm và nguyên nhân cốt lõi",
                   "3. Định hướng cải tiến chất lượng")
# A level over one not met is not assessed (Mức 2 only after Mức 1).
NOT_JUDGED_TEXT, NOT_JUDGED = "—", "Không đánh giá"


def judgement(met: bool | None) -> str:
    return "Đạt" if met is True else "Không đạt" if met is False else "Chưa đánh giá"


def result_line(found: CriterionAssessment) -> str:
    """«Tiêu chí đạt Mức 2.», «Tiêu chí không đạt Mức 1.», or not judged yet."""
    if found.reached:
        return f"Tiêu chí đạt Mức {found.reached}."
    return "Tiêu chí không đạt Mức 1." if found.judged else "Tiêu chí chưa được đánh giá."


def _requirements(paper: Paper, criterion: Criterion) -> None:
    for level, text in sorted(criterion.levels.items()):
        p = s.paragraph(paper.doc, align=s.JUSTIFY, indent=True, after=3)
        label = p.add_run(f"Mức {level}: ")
        label.bold = label.italic = True
        p.add_run(clean(text))


def _state_table(paper: Paper, criterion: Criterion) -> None:
    s.paragraph(paper.doc, "Mô tả hiện trạng:", bold=True, indent=True, after=3) \
        .paragraph_format.keep_with_next = True
    table = s.ruled_table(paper.doc, [t for t, _ in STATE_COLUMNS], [w for _, w in STATE_COLUMNS], size=TABLE_SIZE)
    found = paper.assessment.criterion(criterion.code)
    short = sum(len(f.text) for _, f in found.levels) < KEEP_TOGETHER_CHARS
    if short:
        keep_with_next(table.rows[0].cells)
    below_met = True
    for level in sorted(criterion.levels):
        finding = found.finding(level)
        cells = mark, state, verdict = table.add_row().cells
        s.fill_cell(mark, f"Mức {level}", align=s.CENTER, size=TABLE_SIZE)
        if below_met:
            paper.statement(state, finding.text, size=TABLE_SIZE, indent=False, blank="……")
            s.fill_cell(verdict, judgement(finding.met), align=s.CENTER, size=TABLE_SIZE)
        else:
            s.fill_cell(state, NOT_JUDGED_TEXT, align=s.CENTER, size=TABLE_SIZE)
            s.fill_cell(verdict, NOT_JUDGED, align=s.CENTER, size=TABLE_SIZE)
        below_met = below_met and finding.met is True
        if short:                               # the last row too: «Tự đánh giá» stays under its table
            keep_with_next(cells)


def _criterion(paper: Paper, criterion: Criterion) -> None:
    paper.heading(f"Tiêu chí {criterion.code}. {criterion.title}", 3)
    _requirements(paper, criterion)
    _state_table(paper, criterion)
    p = s.paragraph(paper.doc, align=s.JUSTIFY, indent=True)
    p.paragraph_format.space_before = Pt(6)
    p.add_run("Tự đánh giá: ").bold = True
    p.add_run(result_line(paper.assessment.criterion(criterion.code)))


def _review(paper: Paper, standard: Standard) -> None:
    s.paragraph(paper.doc, f"Đánh giá chung về Tiêu chuẩn {standard.no}", bold=True, after=3) \
        .paragraph_format.keep_with_next = True
    for title, text in zip(REVIEW_HEADINGS, paper.assessment.standard(standard.no).texts()):
        paper.subheading(title + ":")
        paper.statement(paper.doc, text)


def part_ii(paper: Paper, progress=None) -> None:
    fw = paper.framework
    paper.heading(PART_II, 1)
    if fw.provisional and fw.provisional_note:
        # the requirements below are the catalog's: say it is not yet the official text
        s.paragraph(paper.doc, f"Ghi chú: {clean(fw.provisional_note)}", italic=True, size=11, align=s.JUSTIFY)
    total = len(fw.criteria())
    done = 0
    for number, standard in enumerate(fw.standards):
        title = paper.heading(f"Tiêu chuẩn {standard.no}. {standard.title}", 2)
        title.paragraph_format.page_break_before = bool(number)   # each from a new page, as the printed report
        for criterion in standard.criteria:
            _criterion(paper, criterion)
            done += 1
            if progress is not None:
                progress(Step(ROWS, done, total, done / total * 0.9))
        _review(paper, standard)
