"""What a use case changed in the school file, so the window refreshes exactly that and nothing more."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Changes:
    plan_ids: frozenset[int] = frozenset()   # plans added or whose header or status changed
    row_ids: frozenset[int] = frozenset()    # rows whose status, percent or spent changed
    school: bool = False                     # the school's own details
    targets: bool = False                    # the plan's chỉ tiêu

    @property
    def nothing(self) -> bool:
        return not (self.plan_ids or self.row_ids or self.school or self.targets)

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.plan_ids | other.plan_ids, self.row_ids | other.row_ids,
                       self.school or other.school, self.targets or other.targets)


NOTHING = Changes()   # a print or an export reads the file and leaves it as it was
