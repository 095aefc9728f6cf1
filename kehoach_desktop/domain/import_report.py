"""What an import understood: the plan, the school it names, and a warning for every guess.

Nothing read from a file is guessed silently: whatever could not be read is kept as text
and named here, so the preview (window or ``--dry-run``) shows it before anything is saved.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from kehoach_desktop.domain.plan import Plan, School


@dataclass(frozen=True)
class ImportWarning:
    where: str          # "Dòng 3 (bảng 1, hàng 7)", "Phần đầu văn bản"
    message: str        # Vietnamese, says what was kept or skipped
    row: int | None = None   # the 1-based plan row it is about; None for the heading, a table, a paragraph

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


@dataclass
class DocxImport:
    plan: Plan
    school: School                          # name, governing body, place as the letterhead has them
    form: str                               # FORM_TT18 or FORM_TT57
    warnings: list[ImportWarning] = field(default_factory=list)
    source_rows: list[str] = field(default_factory=list)   # where each plan row came from

    def warn(self, where: str, message: str, *, row: int | None = None) -> None:
        self.warnings.append(ImportWarning(where, message, row))
