"""Print the self-assessment's papers to PDF: the report (Biểu 1), the evidence list, the council papers.

As usecases/print_document.py: each function takes what it needs from the ``AssessmentContext``
(read from the file in the caller's thread, usecases/assessment_context.py) and returns a
``Rendered`` whose ``render`` builds the PDF without touching the file; ``progress`` (reports.
build_progress) hears of each page and stops the build by raising. ReportLab is imported only
when the document is built.
"""
from __future__ import annotations

from kehoach_desktop.usecases.assessment_context import AssessmentContext
from kehoach_desktop.usecases.rendered import Rendered
from kehoach_desktop.usecases.school_file import SchoolFile


def paper_of(ctx: AssessmentContext):
    """The values the papers print (reports.assessment_base.AssessmentPaper), from the context."""
    from kehoach_desktop.reports.assessment_base import AssessmentPaper
    from kehoach_desktop.store.evidence_items import criteria_citing
    return AssessmentPaper(ctx.assessment, ctx.school, ctx.framework, list(ctx.items), criteria_citing(ctx.places),
                           ctx.verdict, ctx.plan)


def _details(ctx: AssessmentContext) -> dict:
    """What a caller may say before the principal signs (the paper prints anyway): the register's
    warnings, the criteria not judged yet, what keeps the council from signing."""
    from kehoach_desktop.domain.council import council_problems, council_rule
    from kehoach_desktop.domain.self_assessment import unjudged
    rule = council_rule(ctx.framework.id)
    return {"school_year": ctx.assessment.school_year, "warnings": ctx.warnings(),
            "unjudged": unjudged(ctx.assessment, ctx.framework),
            "council_problems": council_problems(ctx.assessment.council, rule) if rule else []}


def assessment_print(file: SchoolFile, ctx: AssessmentContext) -> Rendered:
    """The Báo cáo tự đánh giá of the context's year, printed whole (cover to the principal's signature)."""
    paper = paper_of(ctx)

    def render(out, progress) -> None:
        from kehoach_desktop.reports.assessment import print_assessment
        print_assessment(paper, out, progress=progress)
    return Rendered("assessment", ".pdf", render, _details(ctx))


def evidence_print(file: SchoolFile, ctx: AssessmentContext) -> Rendered:
    """The Danh mục minh chứng of the context's year on its own."""
    paper = paper_of(ctx)

    def render(out, progress) -> None:
        from kehoach_desktop.reports.evidence_list import print_evidence_list
        print_evidence_list(paper, out, progress=progress)
    return Rendered("evidence", ".pdf", render, _details(ctx))


def council_print(file: SchoolFile, ctx: AssessmentContext) -> Rendered:
    """The council's list and task table; an InputError (before anything is built) for a council that
    cannot sign (domain.council.council_problems)."""
    from kehoach_desktop.reports.council_papers import check_council
    paper = paper_of(ctx)
    check_council(paper)

    def render(out, progress) -> None:
        from kehoach_desktop.reports.council_papers import print_council
        print_council(paper, out, progress=progress)
    return Rendered("council", ".pdf", render, {"school_year": ctx.assessment.school_year,
                                                 "members": len(ctx.assessment.council.members)})
