"""Phần II of the self-assessment's Word copy: each standard, each criterion, then the standard's review.

Per criterion, as Biểu 1 lays it out: «Tiêu chí x.y. {tên}», the catalog's requirement of each level,
the «Mô tả hiện trạng» table (Mức | Hiện trạng … | Đánh giá) with the council's statements and their
evidence codes as links, and «Tự đánh giá: Tiêu chí đạt Mức …». Per standard: «Đánh giá chung về
Tiêu chuẩn N» with its three texts. Nothing is judged here: a level not yet judged prints blank.
"""
from __future__ import annotations

from docx.shared import Pt

from kehoach_desktop.domain.catalog_model import Criterion, Standard
from kehoach_desktop.reports import docx_style as s
from kehoach_desktop.reports.build_progress import ROWS, Step
from kehoach_desktop.reports.docx_assessment_fields import keep_with_next
from kehoach_desktop.reports.docx_assessment_paper import PART_II, TABLE_SIZE, Paper

STATE_COLUMNS = (("Mức", 17), ("Hiện trạng, kết quả đạt được (kèm theo mã minh chứng)", 110),
                 ("Đánh giá (Đạt/Không đạt)", 38))
KEEP_TOGETHER_CHARS = 1500      # a table shorter than this is kept on one page; a longer one breaks
REVIEW_HEADINGS = ("1. Điểm mạnh nổi bật", "2. Điểm hạn chế trọng tâm và nguyên nhân cốt lõi",
                   "3. Định hướng cải tiến chất lượng")
JUDGEMENTS = {True: "Đạt", False: "Không đạt", None: ""}


def result_line(paper: Paper, code: str) -> str:
    """«Tiêu chí đạt Mức 2.»; dotted while the council has not judged every level it must."""
    found = paper.assessment.criterion(code)
    if not found.judged:
        return "Tiêu chí đạt Mức ……"
    return f"Tiêu chí đạt Mức {found.reached}." if found.reached else "Tiêu chí không đạt Mức 1."


def _requirements(paper: Paper, criterion: Criterion) -> None:
    for level in paper.framework.levels():
        text = criterion.levels.get(level, "")
        if text:
            p = s.paragraph(paper.doc, align=s.JUSTIFY, indent=True, after=3)
            p.add_run(f"Mức {level}: ").bold = True
            p.add_run(text)


def _state_table(paper: Paper, code: str) -> None:
    s.paragraph(paper.doc, "Mô tả hiện trạng:", bold=True, italic=True, indent=True, after=3) \
        .paragraph_format.keep_with_next = True
    table = s.ruled_table(paper.doc, [t for t, _ in STATE_COLUMNS], [w for _, w in STATE_COLUMNS], size=TABLE_SIZE)
    found = paper.assessment.criterion(code)
    short = sum(len(f.text) for _, f in found.levels) < KEEP_TOGETHER_CHARS
    if short:
        keep_with_next(table.rows[0].cells)
    for level in paper.framework.levels():
        finding = found.finding(level)
        cells = mark, state, judgement = table.add_row().cells
        s.fill_cell(mark, f"Mức {level}", align=s.CENTER, size=TABLE_SIZE)
        paper.statement(state, finding.text, size=TABLE_SIZE, indent=False, blank="")
        s.fill_cell(judgement, JUDGEMENTS[finding.met], align=s.CENTER, size=TABLE_SIZE)
        if short:                               # the last row too: «Tự đánh giá» stays under its table
            keep_with_next(cells)


def _criterion(paper: Paper, criterion: Criterion) -> None:
    paper.heading(f"Tiêu chí {criterion.code}. {criterion.title}", 3)
    _requirements(paper, criterion)
    _state_table(paper, criterion.code)
    p = s.paragraph(paper.doc, align=s.JUSTIFY, indent=True)
    p.paragraph_format.space_before = Pt(6)
    p.add_run("Tự đánh giá: ").bold = True
    p.add_run(result_line(paper, criterion.code))


def _review(paper: Paper, standard: Standard) -> None:
    paper.heading(f"Đánh giá chung về Tiêu chuẩn {standard.no}", 3)
    for title, text in zip(REVIEW_HEADINGS, paper.assessment.standard(standard.no).texts()):
        paper.subheading(title)
        paper.statement(paper.doc, text)


def part_ii(paper: Paper, progress=None) -> None:
    paper.heading(PART_II, 1)
    total = len(paper.framework.criteria())
    done = 0
    for standard in paper.framework.standards:
        paper.heading(standard.label(), 2)
        for criterion in standard.criteria:
            _criterion(paper, criterion)
            done += 1
            if progress is not None:
                progress(Step(ROWS, done, total, done / total * 0.9))
        _review(paper, standard)
