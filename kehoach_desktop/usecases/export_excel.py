"""Export to Excel (.xlsx): the plan's rows with their progress, by standard, and its chỉ tiêu;
with ``all_plans`` every plan of the file, each school year its own sheets.

openpyxl is imported when the workbook is built, never by printing or start-up.
"""
from __future__ import annotations

from kehoach_desktop.usecases.rendered import Rendered
from kehoach_desktop.usecases.school_file import PlanContext, SchoolFile


def plan_to_excel(file: SchoolFile, context: PlanContext, *, all_plans: bool = False) -> Rendered:
    """``details["plans"]``: the plans in the workbook, each with its rows and chỉ tiêu read."""
    from kehoach_desktop.store import plans
    from kehoach_desktop.store.progress import list_targets, plan_updates
    if all_plans:
        from kehoach_desktop.catalogs import framework
        chosen = [file.read(plans.get_plan, p.id) for p in file.read(plans.list_plans)]
        frameworks = [context.framework if p.id == context.plan.id else framework(p.framework_id) for p in chosen]
    else:
        chosen, frameworks = [context.plan], [context.framework]
    read = []
    for plan, fw in zip(chosen, frameworks):
        plan.targets = file.read(list_targets, plan.id)
        read.append((plan, fw, file.read(plan_updates, plan.id)))
    school = context.school

    def render(out, progress) -> None:
        from kehoach_desktop.reports.xlsx_plan import plans_workbook, row_progress
        plans_workbook([(plan, fw, row_progress(updates)) for plan, fw, updates in read], school).save(out)
    return Rendered("excel", ".xlsx", render, {"plans": [plan for plan, _, _ in read]})
