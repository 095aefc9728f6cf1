"""Print a document to PDF: the plan (with the issued revision's stamp or the draft mark), the
inspection record, the progress report.

Each function reads what the document needs from the file now and returns a
``Rendered``; its ``write(out, progress=…)`` or ``to_bytes(progress=…)`` builds the PDF
without touching the file again. ``progress`` is the callable reports/ take
(reports.build_progress): the window's bar listens to it and «Hủy» makes it raise.
Only ReportLab and the store's readers are imported, and only when called.
"""
from __future__ import annotations

from datetime import date

from kehoach_desktop.domain.values import Month
from kehoach_desktop.usecases.rendered import Rendered
from kehoach_desktop.usecases.school_file import PlanContext, SchoolFile

LATEST = object()   # inspection_print: the plan's latest inspection (a blank form when it has none)


def plan_print(file: SchoolFile, context: PlanContext) -> Rendered:
    """The plan as signed: the footer carries the issued revision's code, or «Bản dự thảo»."""
    from kehoach_desktop.store.revisions import print_stamp
    plan, school, fw = context.plan, context.school, context.framework
    stamp = file.read(print_stamp, plan, school, fw)

    printed = context.printed_plan()          # with its chỉ tiêu

    def render(out, progress) -> None:
        from kehoach_desktop.reports import plan as report   # looked up now: tests may stand in for it
        report.print_plan(printed, school, fw, out, stamp, progress)
    return Rendered("plan", ".pdf", render, {"stamp": stamp, "warnings": plan_warnings(plan, school)})


def plan_warnings(plan, school) -> list:
    """What a principal should check before signing (printed anyway): a plan dated from 01/7/2025
    whose letterhead, place or Nơi nhận still names a district or a Phòng GD&ĐT."""
    from kehoach_desktop.domain.administration import document_date, governing_body_of, outdated_bodies
    return outdated_bodies(document_date(plan.issued_on, plan.school_year), governing_body_of(plan, school),
                           plan.place, plan.recipients, school)


def inspection_print(file: SchoolFile, context: PlanContext, record=LATEST,
                     inspection_id: int | None = None) -> Rendered:
    """The inspection record ``record`` (None: a blank form), or the one numbered ``inspection_id``,
    or the plan's latest."""
    plan, school, fw = context.plan, context.school, context.framework
    if record is LATEST:
        from kehoach_desktop.store.inspections import pick_for_plan
        record = file.read(pick_for_plan, plan, inspection_id)

    def render(out, progress) -> None:
        from kehoach_desktop.reports.inspection import print_inspection
        print_inspection(plan, school, fw, record, out, progress=progress)
    return Rendered("inspection", ".pdf", render, {"record": record})


def progress_print(file: SchoolFile, context: PlanContext, as_of: Month | str | None = None,
                   today: date | None = None) -> Rendered:
    """Where the plan stands at the end of ``as_of`` (default: this month, kept within the school year)."""
    from kehoach_desktop.domain.progress import as_month, default_as_of
    from kehoach_desktop.store.progress import list_targets, plan_updates
    plan, school, fw = context.plan, context.school, context.framework
    month = as_month(as_of) if as_of else default_as_of(plan.school_year, today or date.today())
    updates = file.read(plan_updates, plan.id)
    plan.targets = file.read(list_targets, plan.id)

    def render(out, progress) -> None:
        from kehoach_desktop.reports.progress import print_progress
        print_progress(plan, school, fw, updates, month, out, progress=progress)
    return Rendered("progress", ".pdf", render, {"as_of": month})
