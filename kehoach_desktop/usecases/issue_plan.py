"""Issue a plan (ban hành): freeze its content as revision N with a code every printed page carries.

The window asks first (ui/issue_ops.py) with what ``issue_state`` tells; the command
line issues at once. Issuing is a record, not an edit: it is never undone.
"""
from __future__ import annotations

from dataclasses import dataclass

from kehoach_desktop.usecases.changes import Changes
from kehoach_desktop.usecases.school_file import SchoolFile


@dataclass
class Issued:
    plan: object          # the plan as issued (its status "issued")
    revision: object      # store.revisions.Revision: number, code, fingerprint
    changes: Changes


def issue_state(file: SchoolFile, plan_id: int):
    """store.revisions.IssueState of the plan as the file has it: the latest revision, edited since?"""
    from kehoach_desktop.store import plans, revisions
    return file.read(revisions.issue_state, file.read(plans.get_plan, plan_id))


def issue_plan(file: SchoolFile, plan_id: int, framework=None) -> Issued:
    """Refused (InputError) while a row misses what the rules require, or when nothing changed since
    the latest revision; ``framework`` defaults to the installed catalog of the plan's."""
    from kehoach_desktop.store import plans, revisions
    revision = file.write(revisions.issue_plan, plan_id, framework)
    plan = file.read(plans.get_plan, plan_id, with_rows=False)
    return Issued(plan, revision, Changes(plan_ids=frozenset({plan_id})))
