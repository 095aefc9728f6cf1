"""Phần II of the self-assessment's Word copy: each standard, each criterion, then the standard's review.

Per criterion, as Biểu 1 lays it out: «Tiêu chí x.y. {tên}», the catalog's requirement of each level,
the «Mô tả hiện trạng» table (Mức | Hiện trạng … | Đánh giá) with the council's statements and their
evidence codes as links, and «Tự đánh giá: Tiêu chí đạt Mức …». Per standard: «Đánh giá chung về
Tiêu chuẩn N» with its three texts. The words are the printed report's (reports/assessment_criteria.py).
"""
from __future__ import annotations

from docx.shared import Pt

from kehoach_desktop.domain.assessment_paper import (
    NOT_JUDGED, NOT_JUDGED_TEXT, REVIEW_HEADINGS, STATE_HEADINGS, judgement, result_line, review_title,
)
from kehoach_desktop.domain.catalog_model import Criterion, Standard
from kehoach_desktop.reports import docx_style as s
from kehoach_desktop.reports.build_progress import ROWS, Step
from kehoach_desktop.reports.docx_assessment_fields import clean, keep_with_next
from kehoach_desktop.reports.docx_assessment_paper import PART_II, TABLE_SIZE, Paper

STATE_COLUMNS = tuple(zip(STATE_HEADINGS, (17, 110, 38)))
KEEP_TOGETHER_CHARS = 1500      # a table shorter than this is kept on one page; a longer one breaks


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
    s.paragraph(paper.doc, review_title(standard.no), bold=True, after=3) \
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
