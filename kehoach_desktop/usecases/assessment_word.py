"""The self-assessment report (Biểu 1) as Word, for the principal to edit before printing.

Like ``export_word``: everything is read in the caller (``assessment_context`` already read the year's
assessment, register, level and plan), and the ``Rendered`` builds the .docx without the store, so the
window may run it in a worker thread. python-docx is imported when the file is built.
"""
from __future__ import annotations

from kehoach_desktop.usecases.assessment_context import AssessmentContext
from kehoach_desktop.usecases.rendered import Rendered
from kehoach_desktop.usecases.school_file import SchoolFile


def assessment_word(file: SchoolFile, ctx: AssessmentContext) -> Rendered:
    """The report of ``ctx``'s school year as a .docx (``file`` is the one ``ctx`` was read from)."""
    assessment, school, fw, items, verdict, plan = (ctx.assessment, ctx.school, ctx.framework, list(ctx.items),
                                                    ctx.verdict, ctx.plan)

    def render(out, progress) -> None:
        from kehoach_desktop.reports.docx_assessment import write_assessment_docx
        write_assessment_docx(assessment, school, fw, items, verdict, out, plan=plan, progress=progress)
    return Rendered("word", ".docx", render, {"school_year": assessment.school_year, "items": len(items)})
