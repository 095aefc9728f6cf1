"""Import last year's Word plan: read it, check its school year against the file, back up, save.

Nothing is written before the principal (or the command line without ``--dry-run``)
has seen what was understood: ``read_word_plan`` only reads; ``import_word`` calls
``preview`` with what it read, then refuses a school year the file already has,
backs the file up and saves plan and school in one transaction. The window shows
the same reading in its dialog, backs up through ``back_up_before_import`` and
saves as one undoable step of its own.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.usecases.changes import NOTHING, Changes


class YearTaken(InputError):
    """The file already has a plan for the school year being imported; nothing was written."""


@dataclass
class WordImport:
    """What was read from the .docx (domain.import_report.DocxImport) and what the file already has."""
    reading: object                        # DocxImport: plan, school, form, warnings
    school: object | None = None           # the file's own school, None for a new file
    taken_years: set[str] = field(default_factory=set)

    @property
    def year_taken(self) -> bool:
        return self.reading.plan.school_year in self.taken_years


@dataclass
class Imported:
    imported: WordImport
    saved: bool                            # False for a dry run
    plan_id: int | None = None
    backup: Path | None = None             # the copy taken before writing
    changes: Changes = NOTHING


def clash(into: str | os.PathLike, school_year: str) -> YearTaken:
    return YearTaken("Tệp «{file}» đã có kế hoạch năm học {school_year}; không ghi đè.", field="school_year",
                     file=Path(into).name, school_year=school_year)


def file_state(into: str | os.PathLike):
    """The school and the school years already in ``into``; nothing when the file is new or empty."""
    from kehoach_desktop.store import plans
    from kehoach_desktop.usecases.school_file import SchoolFile
    into = Path(into)
    if not into.exists() or into.stat().st_size == 0:
        return None, set()
    with SchoolFile.open(into, read_only=True) as file:
        return file.read(plans.get_school), {p.school_year for p in file.read(plans.list_plans)}


def read_word_plan(docx: str | os.PathLike, *, school=None, taken_years=(), catalogs=None,
                   framework_id: str | None = None, school_year: str | None = None) -> WordImport:
    """Read the .docx (refused with a Vietnamese message when it holds no plan table); writes nothing.

    The school's level, when the file has one, picks between frameworks the table fits equally.
    """
    from kehoach_desktop.domain.docx_import import import_plan_docx
    if catalogs is None:
        from kehoach_desktop.catalogs import installed_catalogs
        catalogs = installed_catalogs()
    reading = import_plan_docx(Path(docx), catalogs, framework_id=framework_id, school_year=school_year,
                               school_level=school.level if school is not None else None)
    return WordImport(reading, school, set(taken_years))


def back_up_before_import(path: str | os.PathLike) -> Path | None:
    """Copy the school file before an import writes to it (no copy of a new, empty file).

    Refused (InputError) when the copy cannot be made: then the import does not go ahead.
    """
    from kehoach_desktop.store.backups import BEFORE_IMPORT, make_backup
    path = Path(path)
    if not path.exists() or path.stat().st_size == 0:
        return None
    return make_backup(path, BEFORE_IMPORT).path


def import_word(docx: str | os.PathLike, into: str | os.PathLike, *, school_year: str | None = None,
                framework_id: str | None = None, dry_run: bool = False,
                preview: Callable[[WordImport], None] | None = None) -> Imported:
    """The whole import into the file ``into`` (created when missing): read, ``preview``, check, back up, save."""
    into = Path(into)
    if Path(docx).suffix.lower() == ".db" and into.suffix.lower() == ".docx":
        raise InputError("Hãy ghi tệp Word trước, tệp trường sau: kehoach word import KE-HOACH.docx TRUONG.db",
                         field="file")
    school, years = file_state(into)
    imported = read_word_plan(docx, school=school, taken_years=years, framework_id=framework_id,
                              school_year=school_year)
    if preview is not None:
        preview(imported)
    if dry_run:
        return Imported(imported, saved=False)
    plan = imported.reading.plan
    if imported.year_taken:
        raise clash(into, plan.school_year)
    backup = back_up_before_import(into)
    plan_id = _save(into, imported)
    return Imported(imported, saved=True, plan_id=plan_id, backup=backup,
                    changes=Changes(plan_ids=frozenset({plan_id}), school=school is None))


def _save(into: Path, imported: WordImport) -> int:
    from kehoach_desktop.store import plans
    from kehoach_desktop.usecases.school_file import SchoolFile
    with SchoolFile.open(into, create=True) as file:
        with file.db.atomic():
            if imported.school is None:
                file.write(plans.save_school, imported.reading.school)
            plan_id = file.write(plans.save_plan, imported.reading.plan)
            if imported.reading.plan.targets:           # its "CHỈ TIÊU" section, read as chỉ tiêu
                from kehoach_desktop.store.targets import save_targets
                file.write(save_targets, plan_id, imported.reading.plan.targets)
            return plan_id
