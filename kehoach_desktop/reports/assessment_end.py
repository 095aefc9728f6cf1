"""Phần III (KẾT LUẬN) and Phần IV (PHỤ LỤC) of the report, and the principal's signature.

Phần III as source B1 outlines it: 1. Khái quát; 2. a) every criterion marked «x» at the level it
reached (one mark per criterion, at its highest level: B1 marks one cell, though its note also speaks of
marking each level reached; one mark keeps the columns summing to the criteria), b) the «Bảng tổng hợp
chung» (numbers and shares); 3. the school's level from the rule (domain.level_rule) with why; 4. the
recommendations; then the principal's responsibility. Phần IV: the three-year data table, the related
documents with the council's decision, the evidence list (whose rows the citations link to), others.
"""
from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Spacer

from kehoach_desktop.domain.assessment_paper import decision_line
from kehoach_desktop.domain.assessment_paper import (  # noqa: F401  (named here by the other report parts)
    DATA, EVIDENCE, LEVEL, MANDATORY_MARK, PART_III as PART_III_TITLE, PART_IV as PART_IV_TITLE, PROPOSALS,
    RESPONSIBILITY, SUMMARY, TABLE_A, TABLE_B,
)
from kehoach_desktop.domain.assessment_texts import BY_KEY, data_rows, data_table_note
from kehoach_desktop.domain.level_rule import rule_for
from kehoach_desktop.domain.self_assessment import summary_counts
from kehoach_desktop.domain.values import nfc
from kehoach_desktop.reports.assessment_base import (
    AssessmentPaper, astyles, cell, grid, head_cells, p, paragraphs, principal_signature, t, text_markup,
)
from kehoach_desktop.reports.assessment_layout import Contents, glue
from kehoach_desktop.reports.evidence_list import evidence_table
from kehoach_desktop.reports.styles import escape

CRITERIA_WIDTHS = [83 * mm, 22 * mm, 20 * mm, 20 * mm, 20 * mm]
COUNTS_WIDTHS = [33 * mm] + [22 * mm] * 6
DATA_WIDTHS = [75 * mm, 30 * mm, 30 * mm, 30 * mm]
_HEAD_SPANS = [("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1))]


def percent(count: int, total: int) -> str:
    """«86,7»: one decimal, a Vietnamese decimal comma."""
    return f"{100 * count / total:.1f}".replace(".", ",") if total else "0"


def _section(contents: Contents, title: str, key: str, toc: bool = False, lines: int = 3) -> list:
    heading = contents.heading(escape(title), astyles()["section"], key, 1, toc=title if toc else None,
                               outline=title)
    return glue([heading], lines_after=lines)


def _texts(paper: AssessmentPaper, keys: list[str], optional: tuple[str, ...] = ()) -> list:
    flow: list = []
    for key in keys:
        text = paper.assessment.texts.get(key, "") or BY_KEY[key].default
        if key in optional and not text.strip():
            continue
        flow += glue([p(escape(BY_KEY[key].heading), "subsection")], lines_after=2)
        flow += paragraphs(text, paper)
    return flow


def criteria_table(paper: AssessmentPaper):
    """a) Tiêu chuẩn, tiêu chí | Không đạt Mức 1 | Đạt Mức 1, Mức 2 | Cộng chung; each criterion's «x»."""
    fw, levels = paper.framework, paper.framework.level_max
    header = [head_cells(["Tiêu chuẩn, tiêu chí", "Không đạt Mức 1", "Đạt", "", "Cộng chung"]),
              ["", "", *head_cells([f"Mức {n}" for n in range(1, levels + 1)]), ""]]
    rows, extra = list(header), [*_HEAD_SPANS, ("SPAN", (2, 0), (3, 0)), ("SPAN", (4, 0), (4, 1))]
    totals = [0] * (levels + 1)
    for standard in fw.standards:
        codes = [c.code for c in standard.criteria]
        counts = summary_counts(paper.assessment, codes, levels)
        rows.append([t(f"Tiêu chuẩn {standard.no}: {standard.title}", "cell_bold"),
                     *[t(counts[n], "cell_head") for n in range(levels + 1)], t(len(codes), "cell_head")])
        for criterion in standard.criteria:
            reached = min(paper.assessment.criterion(criterion.code).reached, levels)
            totals[reached] += 1
            mark = MANDATORY_MARK if criterion.mandatory else ""
            rows.append([t(f"Tiêu chí {criterion.code}{mark}", "cell"),
                         *[t("x", "cell_centre") if n == reached else "" for n in range(levels + 1)], ""])
    rows.append([t("Cộng chung", "cell_bold"), *[t(n, "cell_head") for n in totals],
                 t(sum(totals), "cell_head")])
    return grid(rows, CRITERIA_WIDTHS, header_rows=2, extra=extra)


def counts_table(paper: AssessmentPaper):
    """b) Tổng số tiêu chí; Không đạt Mức 1, Đạt Mức 1, Đạt Mức 2 as SL and %."""
    levels = paper.framework.level_max
    codes = [c.code for c in paper.framework.criteria()]
    counts = summary_counts(paper.assessment, codes, levels)
    titles = ["Không đạt Mức 1", *[f"Đạt Mức {n}" for n in range(1, levels + 1)]]
    header = [head_cells(["Tổng số tiêu chí"] + [x for title in titles for x in (title, "")]),
              ["", *head_cells(["SL", "%"] * len(titles))]]
    extra = [("SPAN", (0, 0), (0, 1))] + [("SPAN", (1 + 2 * i, 0), (2 + 2 * i, 0)) for i in range(len(titles))]
    row = [t(len(codes), "cell_centre")]
    for n in range(levels + 1):
        row += [t(counts[n], "cell_centre"), t(percent(counts[n], len(codes)), "cell_centre")]
    return grid(header + [row], COUNTS_WIDTHS[:1 + 2 * len(titles)], header_rows=2, extra=extra)


def rule_basis(paper: AssessmentPaper) -> str:
    """«khoản 3 Điều 5 Thông tư 57/2026/TT-BGDĐT»: the rule's basis."""
    rule = rule_for(paper.framework.id)
    return rule.basis if rule else ""


def level_section(paper: AssessmentPaper) -> list:
    verdict, school = paper.verdict, nfc(paper.school.name).strip()
    if verdict is None:
        return [p(f"Khung tiêu chí {escape(paper.framework.short_circular())} không quy định cách xếp mức "
                  "của cơ sở giáo dục trong chương trình này.", "body")]
    level = f"Mức {verdict.level}" if verdict.level else "chưa đạt Mức 1"
    basis = rule_basis(paper)
    flow = [p(f"Căn cứ {escape(basis)}, {text_markup(school)} tự đánh giá đạt: <b>{escape(level)}</b>."
              if verdict.level else
              f"Căn cứ {escape(basis)}, {text_markup(school)} tự đánh giá <b>{escape(level)}</b>.", "body")]
    flow += [p("- " + text_markup(reason), "item") for reason in verdict.why]
    mandatory = ", ".join(c.code for c in paper.framework.mandatory_criteria())
    if mandatory:
        flow.append(p(f"Các tiêu chí bắt buộc{MANDATORY_MARK}: {escape(mandatory)}.", "item"))
    return flow


def part_three(paper: AssessmentPaper, contents: Contents) -> list:
    flow = [contents.heading(PART_III_TITLE, astyles()["part"], "part-3", 0, toc=PART_III_TITLE)]
    overview = BY_KEY["overview"]
    flow += _section(contents, overview.heading, "p3-1") + paragraphs(paper.assessment.texts.get("overview", ""), paper)
    flow += _section(contents, SUMMARY, "p3-2", lines=1)
    flow += glue([p(escape(TABLE_A), "subsection")], lines_after=5) + [criteria_table(paper), Spacer(1, 3 * mm)]
    flow += glue([p(escape(TABLE_B), "subsection")], lines_after=4) + [counts_table(paper), Spacer(1, 3 * mm)]
    flow += _section(contents, LEVEL, "p3-3") + level_section(paper)
    flow += _section(contents, PROPOSALS, "p3-4", lines=1)
    flow += _texts(paper, ["to_department", "to_commune", "to_others"], optional=("to_others",))
    flow += [Spacer(1, 2 * mm), p(escape(RESPONSIBILITY), "body")]
    return flow + [PageBreak()]


def data_table(paper: AssessmentPaper):
    """The three-year data table: the rows of domain.assessment_texts, the three years oldest first."""
    start = int(paper.assessment.school_year[:4])
    years = [f"{y}-{y + 1}" for y in range(start - 2, start + 1)]
    rows = [head_cells(["Nội dung", *[f"Năm học {y}" for y in years]])]
    extra, group = [], None
    for row in data_rows():
        if row.group != group:
            group = row.group
            extra.append(("SPAN", (0, len(rows)), (-1, len(rows))))
            rows.append([t(group, "cell_bold"), "", "", ""])
        values = paper.assessment.data.get(row.key, ("", "", ""))
        label = t(row.label, "cell_indented" if row.indent else "cell")
        rows.append([label, *[cell(v, "cell_centre") for v in values]])
    return grid(rows, DATA_WIDTHS, extra=extra)


def part_four(paper: AssessmentPaper, contents: Contents) -> list:
    flow = [contents.heading(PART_IV_TITLE, astyles()["part"], "part-4", 0, toc=PART_IV_TITLE)]
    flow += _section(contents, DATA, "p4-1", toc=True, lines=5) + [data_table(paper)]
    note = data_table_note()
    if note:
        flow.append(t(note, "note"))
    documents = BY_KEY["appendix_documents"]
    flow += _section(contents, documents.heading, "p4-2", toc=True)
    written = paper.assessment.texts.get(documents.key, "") or documents.default
    flow += paragraphs(written)
    decision = decision_line(paper.assessment.council, paper.school.name, written)
    if decision:
        flow.append(t(decision, "item"))
    flow += _section(contents, EVIDENCE, "p4-3", toc=True, lines=5)
    flow.append(evidence_table(paper) if paper.items else p("Danh mục chưa có minh chứng nào.", "item"))
    others = BY_KEY["appendix_others"]
    text = paper.assessment.texts.get(others.key, "")
    closing = [contents.heading(escape(others.heading), astyles()["section"], "p4-4", 1, toc=others.heading)]
    closing += paragraphs(text, paper) if text.strip() else [p("Không có.", "item")]
    # item 4 and the signature stay together: the report is signed where it ends
    flow.append(KeepTogether(closing + [Spacer(1, 4 * mm), principal_signature(paper)]))
    return flow

