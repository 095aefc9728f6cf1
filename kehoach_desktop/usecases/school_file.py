"""An open school file as the use cases see it, and the plan a use case works on.

The command line opens its own connection; the window hands over its document's
connection with the guard that turns a pulled USB stick into a Vietnamese message.
Either way a use case reads with ``read(fn, *args)`` and writes with ``write(fn, *args)``,
``fn`` being a store function taking the connection first.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path

from kehoach_desktop.domain.catalog import Framework
from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.plan import Plan, School, Target


class SchoolFile:
    def __init__(self, db, guard=None, path: Path | None = None) -> None:
        self.db, self.guard = db, guard
        self.path = path if path is not None else getattr(guard, "path", None)

    @classmethod
    def open(cls, path: str | os.PathLike, *, read_only: bool = False, create: bool = False) -> SchoolFile:
        from kehoach_desktop.store.database import open_school_file
        return cls(open_school_file(Path(path), read_only=read_only, create=create), path=Path(path))

    @classmethod
    def of_document(cls, document) -> SchoolFile:
        """The window's open file (ui.document.SchoolDocument): its connection behind its guard."""
        return cls(document.db, document.guard, document.path)

    def read(self, fn, *args, **kwargs):
        if self.guard is not None:
            return self.guard.read(fn, self.db, *args, **kwargs)
        return fn(self.db, *args, **kwargs)

    def write(self, fn, *args, **kwargs):
        if self.guard is not None:
            return self.guard.write(fn, self.db, *args, **kwargs)
        return fn(self.db, *args, **kwargs)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> SchoolFile:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


@dataclass
class PlanContext:
    """The plan as in the file, its school and its framework: what every document starts from."""
    plan: Plan
    school: School
    framework: Framework
    targets: tuple[Target, ...] = ()     # the plan's chỉ tiêu, which the printed plan and its Word copy state

    def printed_plan(self) -> Plan:
        """The plan as its paper states it: with its chỉ tiêu (kept apart from ``plan``, whose content
        code store.revisions computes as the plan was issued)."""
        return self.plan if self.plan.targets or not self.targets else replace(self.plan, targets=list(self.targets))


def plan_context(file: SchoolFile, *, plan_id: int | None = None, school_year: str | None = None,
                 framework: Framework | None = None, school: School | None = None) -> PlanContext:
    """The plan ``plan_id``, or the one of ``school_year`` (typed, e.g. "2024-2025"), or the newest.

    Refused (InputError) when the file has no school yet: no document is made without one.
    """
    from kehoach_desktop.domain.parse import parse_school_year
    from kehoach_desktop.store import plans
    if plan_id is not None:
        plan = file.read(plans.get_plan, plan_id)
    else:
        plan = file.read(plans.find_plan, parse_school_year(school_year) if school_year else None)
    school = school if school is not None else file.read(plans.get_school)
    if school is None:
        raise InputError("Tệp chưa có thông tin trường; hãy nhập thông tin trường trước.", field="school")
    if framework is None:
        from kehoach_desktop.catalogs import framework as installed
        framework = installed(plan.framework_id)
    from kehoach_desktop.store.targets import list_targets
    targets = tuple(file.read(list_targets, plan.id)) if plan.id is not None else ()
    return PlanContext(plan, school, framework, targets)
