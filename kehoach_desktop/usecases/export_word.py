"""Export to Word (.docx) for colleagues to edit: the plan, or the inspection record.

python-docx is imported when the file is built, never by printing or start-up.
"""
from __future__ import annotations

from kehoach_desktop.usecases.print_document import LATEST
from kehoach_desktop.usecases.rendered import Rendered
from kehoach_desktop.usecases.school_file import PlanContext, SchoolFile


def plan_to_word(context: PlanContext) -> Rendered:
    plan, school, fw = context.printed_plan(), context.school, context.framework   # with its chỉ tiêu, as printed

    def render(out, progress) -> None:
        from kehoach_desktop.reports.docx_plan import write_plan_docx
        write_plan_docx(plan, school, fw, out)
    return Rendered("word", ".docx", render)


def inspection_to_word(file: SchoolFile, context: PlanContext, record=LATEST,
                       inspection_id: int | None = None) -> Rendered:
    """The inspection record ``record`` (None: a blank form), the one numbered ``inspection_id``, or the latest."""
    plan, school, fw = context.plan, context.school, context.framework
    if record is LATEST:
        from kehoach_desktop.store.inspections import pick_for_plan
        record = file.read(pick_for_plan, plan, inspection_id)

    def render(out, progress) -> None:
        from kehoach_desktop.reports.docx_inspection import write_inspection_docx
        write_inspection_docx(plan, school, fw, record, out)
    return Rendered("word", ".docx", render, {"record": record})
