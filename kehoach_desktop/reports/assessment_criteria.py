"""Phần II of the report: each standard, each criterion's levels as found, and the standard's review.

Per criterion (tt57-forms.md section 2, both sources): «Tiêu chí x.y. {tên}», the requirement of each
level as the catalog has it, «Mô tả hiện trạng:» as a table (Mức | Hiện trạng, kết quả đạt được … (kèm
theo mã minh chứng) | Đánh giá (Đạt/Không đạt)), and the closing line «Tự đánh giá: Tiêu chí đạt Mức …».
A level above one not met is not judged: its row says so. Every cited code of the register is a link
to its row of the evidence list (Phần IV.3). Per standard: «Đánh giá chung về Tiêu chuẩn N», 1–3.
"""
from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, PageBreak

from kehoach_desktop.domain.assessment_paper import (
    NOT_JUDGED, NOT_JUDGED_TEXT, PART_II as PART_II_TITLE, REVIEW_HEADINGS as REVIEW_PARTS, STATE_HEADINGS, judgement,
    result_line, review_title,
)
from kehoach_desktop.domain.catalog import Criterion
from kehoach_desktop.domain.self_assessment import CriterionAssessment
from kehoach_desktop.reports.assessment_base import (
    AssessmentPaper, astyles, head_cells, linked, p, paragraphs, t, text_markup,
)
from kehoach_desktop.reports.assessment_layout import FRAME_HEIGHT, Contents, KeepClosing, glue
from kehoach_desktop.reports.build_progress import Ticker
from kehoach_desktop.reports.styles import escape
from kehoach_desktop.reports.tables import Row, ruled_table

STATE_COLUMNS = tuple(zip(STATE_HEADINGS, (18, 115, 32)))
MIN_SHARE = 0.3           # of a page: less room than this left, a state table starts on the next page


def state_rows(paper: AssessmentPaper, criterion: Criterion, found: CriterionAssessment) -> list[Row]:
    """One row per level: the state with its linked citations and Đạt/Không đạt; a level over one not met
    reads «—» and «Không đánh giá» (Mức 2 only after Mức 1)."""
    rows = []
    below_met = True
    for level in sorted(int(k) for k in criterion.levels):
        finding = found.finding(level)
        if below_met:
            state = p(linked(finding.text, paper) or "……", "cell_text")
            verdict = judgement(finding.met)
        else:
            state, verdict = p(NOT_JUDGED_TEXT, "cell_centre"), NOT_JUDGED
        rows.append(Row([t(f"Mức {level}", "cell_centre"), state, t(verdict, "cell_centre")]))
        below_met = below_met and finding.met is True
    return rows


def criterion_section(paper: AssessmentPaper, criterion: Criterion, contents: Contents) -> list:
    found = paper.assessment.criterion(criterion.code)
    title = f"Tiêu chí {criterion.code}. {criterion.title}"
    heading = contents.heading(text_markup(title), astyles()["criterion"], f"tc-{criterion.code}", 2, toc=title)
    flow = glue([heading], lines_after=6)          # the title with the first lines of its first requirement
    for level, requirement in sorted(criterion.levels.items()):
        flow.append(p(f"<b><i>Mức {level}:</i></b> {text_markup(requirement)}", "body"))
    # the label goes where its table goes: KeepClosing moves a table with under MIN_SHARE of a page left
    flow += [CondPageBreak(MIN_SHARE * FRAME_HEIGHT), p("Mô tả hiện trạng:", "label")]
    widths = [w * mm for _, w in STATE_COLUMNS]
    table = ruled_table([head_cells([t for t, _ in STATE_COLUMNS])], state_rows(paper, criterion, found), widths,
                        FRAME_HEIGHT)
    closing = p(f"<b>Tự đánh giá:</b> {escape(result_line(found))}", "result")
    flow.append(KeepClosing(table, closing, min_share=MIN_SHARE))
    return flow


def standard_review(paper: AssessmentPaper, no: int, contents: Contents) -> list:
    review = paper.assessment.standard(no)
    title = review_title(no)
    flow = glue([contents.heading(escape(title), astyles()["section"], f"review-{no}", 2, outline=title)],
                lines_after=4)
    for label, text in zip(REVIEW_PARTS, review.texts()):
        flow += glue([p(escape(label) + ":", "subsection")], lines_after=2)
        flow += paragraphs(text, paper)
    return flow


def part_two(paper: AssessmentPaper, contents: Contents, ticker: Ticker | None = None) -> list:
    fw = paper.framework
    flow = [contents.heading(PART_II_TITLE, astyles()["part"], "part-2", 0, toc=PART_II_TITLE)]
    if fw.provisional and fw.provisional_note:
        # the requirement texts below are the catalog's: say it is not yet the official text
        flow.append(p(f"Ghi chú: {text_markup(fw.provisional_note)}", "note"))
    for number, standard in enumerate(fw.standards):
        if number:
            flow.append(PageBreak())
        title = f"Tiêu chuẩn {standard.no}. {standard.title}"
        flow += glue([contents.heading(text_markup(title), astyles()["standard"], f"std-{standard.no}", 1,
                                       toc=title)], lines_after=8)
        for criterion in standard.criteria:
            if ticker is not None:
                ticker.beat()
            flow += criterion_section(paper, criterion, contents)
        flow += standard_review(paper, standard.no, contents)
    return flow + [PageBreak()]
