"""Every school's progress side by side, from the current import of each school.

A school's plan here is its plan of the school year the officer looks at (its newest when no year
is given; a school without a plan that year is listed with none), rolled up by the same
domain rules as the school's own dashboard (domain.progress.build_report): which
standard a row is in, when it is late, the mean percent, and how its rows stood
at the end of the month looked at (domain.replay).

A Sở sees its schools by commune: the commune a school's file came through (a commune office's
bundle, store.office_bundle), else the commune the school's own file names, else none («Trường nhập
trực tiếp»), and the overview is ordered by commune, then name.

One school's data never breaks another's row, nor the overview: an office file may hold rows an older
version accepted (a month 13, a control character, a plan without a school year). Every text the
overview hands on is one printable line of bounded length, a school year that is not one shows as
«(không đọc được)», and a school whose plan cannot be rolled up is listed with no figures and
``unreadable`` set, while every other school shows as usual.

Beside its plan, each school shows the level of its self-assessment of the same school year, counted by the
rule when the file came in (store.district_assessment; blank when it sent none): one more query per refresh.

Imports never change, so a plan's roll-up for a month is kept in memory, keyed by what the import
holds (its content hash and export time), the plan and the month and the catalog it was rolled up
with: a refresh of 3,000 schools computes only what it has not seen (bench/bench_province.py).
"""
from __future__ import annotations

import functools
import logging
import math
import re
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING

from kehoach_desktop.domain.catalog import Framework
from kehoach_desktop.domain.printable import printable_line
from kehoach_desktop.domain.progress import NO_STANDARD, build_report, month_end
from kehoach_desktop.domain.values import Month, nfc
from kehoach_desktop.store.district_assessment import ShownLevel, current_levels
from kehoach_desktop.store.dashboard import HISTORY_COLUMNS, PROGRESS_COLUMNS, replay_history, rows_from_records

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass
class SchoolProgress:
    code: str
    name: str
    level: str
    plans: int
    school_year: str
    framework_id: str
    rows: int
    done: int
    percent: float
    late: int
    exported_at: str
    imported_at: str
    imports: int
    standards: dict[str, float] = field(default_factory=dict)   # "3" → mean percent
    commune: str = ""          # the commune it came through, else its own, else '' (imported directly)
    through: str = ""          # the commune it last came through in a commune office's bundle ('' never)
    unreadable: bool = False   # its plan's rows could not be rolled up (bad rows from an older version)
    # Its self-assessment of the school year looked at (store.district_assessment), counted at import.
    assessed: bool = False             # the school sent one (False: a blank, not a level)
    assessment_level: int | None = None    # by the rule, 0: not Mức 1; None: not sent, or no level to count
    assessment_why: list[str] = field(default_factory=list)
    assessment_year: str = ""
    assessment_unjudged: int = 0       # criteria its council had not judged yet

    def to_dict(self) -> dict:
        return asdict(self)


UNREADABLE = "(không đọc được)"
MAX_SHOWN_CHARS = 300
_SCHOOL_YEAR = re.compile(r"\d{4}-\d{4}")
_log = logging.getLogger(__name__)


def shown_text(value: object, limit: int = MAX_SHOWN_CHARS) -> str:
    """A stored value as one printable line of at most ``limit`` characters, whatever it is."""
    if value is None:
        return ""
    return _shown(value if isinstance(value, str) else str(value), limit)


@functools.lru_cache(maxsize=65_536)
def _shown(text: str, limit: int) -> str:
    # Remembered: an overview refresh shows the same names, codes and times again (3,000 schools × 8 values).
    return printable_line(nfc(text[:limit * 4])).strip()[:limit]


def shown_year(value: object) -> str:
    """A plan's school year as stored, or «(không đọc được)» for anything that is not one."""
    if value is None or value == "":
        return ""
    return value if isinstance(value, str) and _SCHOOL_YEAR.fullmatch(value) else UNREADABLE


def local_time(iso: str) -> str:
    """A stored UTC time as the officer reads it: "25/11/2026 14:30" in this computer's time zone."""
    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%d/%m/%Y %H:%M")
    except (ValueError, TypeError, OverflowError):
        return shown_text(iso)


def school_years(db: Database) -> list[str]:
    """The school years any school's current data has a plan or a self-assessment for, newest first."""
    return [r[0] for r in db.execute(
        "SELECT p.school_year FROM imported_plan p JOIN district_school s ON s.current_import = p.import_id "
        "WHERE p.school_year IS NOT NULL AND p.school_year != '' UNION "
        "SELECT a.school_year FROM school_assessment a JOIN district_school s ON s.current_import = a.import_id "
        "ORDER BY 1 DESC")
        if shown_year(r[0]) == r[0]]


@functools.lru_cache(maxsize=65_536)
def commune_key(commune: str) -> tuple[bool, str]:
    """Communes in alphabetical order whatever their case; schools with none last."""
    return (not commune, nfc(commune).casefold())


@functools.lru_cache(maxsize=65_536)
def _sort_name(name: str) -> str:
    return nfc(name).casefold()


_Figures = tuple[int, int, float, int, dict[str, float]]
_rollups: dict[tuple, _Figures] = {}
_UNREADABLE_FIGURES: _Figures = (0, 0, 0.0, 0, {})
MAX_ROLLUPS = 100_000


def district_overview(db: Database, as_of: date | None = None, school_year: str | None = None) -> list[SchoolProgress]:
    """Each school's plan of ``school_year`` (its newest when None) as it stood at the end of ``as_of``'s
    month (this month by default), ordered by commune then name. A school's next-year draft does not
    hide the plan it is running."""
    from kehoach_desktop.catalogs import installed_catalogs   # the catalogs this office has installed
    month = Month.of(as_of or date.today())
    catalogs = installed_catalogs()
    plans_of: dict[int, list[tuple]] = {}
    for import_id, plan_id, year, framework_id in db.execute(
            "SELECT p.import_id, p.id, p.school_year, p.framework_id FROM imported_plan p "
            "JOIN district_school s ON s.current_import = p.import_id ORDER BY p.school_year DESC, p.id DESC"):
        plans_of.setdefault(import_id, []).append((plan_id, year, framework_id))
    levels = current_levels(db)
    result = []
    for (code, name, level, import_id, exported_at, imported_at, content, through, own_commune,
         imports) in db.execute(
        "SELECT s.code, s.name, s.level, s.current_import, l.exported_at, l.imported_at, l.content_hash, s.through, "
        "(SELECT c.commune FROM imported_school c WHERE c.import_id = s.current_import ORDER BY c.id LIMIT 1), "
        "(SELECT COUNT(*) FROM import_log h WHERE h.school_code = s.code) "
        "FROM district_school s JOIN import_log l ON l.id = s.current_import"
    ).fetchall():
        plans = plans_of.get(import_id, [])
        entry = SchoolProgress(shown_text(code), shown_text(name) or UNREADABLE, shown_text(level), len(plans), "",
                               "", 0, 0, 0.0, 0, shown_text(exported_at), shown_text(imported_at), imports,
                               commune=shown_text(through or own_commune), through=shown_text(through))
        chosen = plans if school_year is None else [p for p in plans if p[1] == school_year]
        if chosen:
            plan_id, year, framework_id = chosen[0]
            entry.school_year, entry.framework_id = shown_year(year) or UNREADABLE, shown_text(framework_id, 40)
            framework = catalogs.get(framework_id) if isinstance(framework_id, str) else None
            key = (code, content, exported_at, plan_id, month, framework_id,
                   framework.version if framework else None)
            figures = _rollups.get(key)
            if figures is None:
                try:
                    figures = _rollup(db, import_id, plan_id, framework, month)
                except Exception:   # noqa: BLE001  rows an older version let in: this school alone shows none
                    _log.warning("school %s: plan %s could not be rolled up", entry.code, plan_id, exc_info=True)
                    figures = _UNREADABLE_FIGURES
                if len(_rollups) >= MAX_ROLLUPS:
                    _rollups.clear()
                _rollups[key] = figures
            entry.unreadable = figures is _UNREADABLE_FIGURES
            entry.rows, entry.done, entry.percent, entry.late = figures[:4]
            entry.standards = dict(figures[4])
        _assessment(entry, levels.get(import_id), school_year)
        result.append(entry)
    result.sort(key=lambda s: (commune_key(s.commune), _sort_name(s.name), s.code))
    return result


def _assessment(entry: SchoolProgress, years: dict[str, ShownLevel] | None, school_year: str | None) -> None:
    """The assessment of the year looked at; with none asked, of the plan's year, else the newest."""
    if not years:
        return
    year = school_year or (entry.school_year if entry.school_year in years else max(years))
    shown = years.get(year)
    if shown is None:
        return
    entry.assessed, entry.assessment_level, entry.assessment_year = True, shown.level, shown.school_year
    entry.assessment_why, entry.assessment_unjudged = list(shown.why), shown.unjudged


def _rollup(db: Database, import_id: int, plan_id: int, framework: Framework | None, month: Month) -> _Figures:
    """The school's figures from the same roll-up its own dashboard shows for ``month``."""
    until = month_end(month)
    rows = rows_from_records(db.execute(
        f"SELECT {PROGRESS_COLUMNS} FROM imported_plan_row WHERE import_id = ? AND plan_id = ? "
        "ORDER BY position, id", [import_id, plan_id]))
    in_plan = ("FROM imported_progress_update u JOIN imported_plan_row r ON r.import_id = u.import_id "
               "AND r.id = u.row_id WHERE u.import_id = ? AND r.plan_id = ?")
    changed = {r[0] for r in db.execute(f"SELECT DISTINCT u.row_id {in_plan} AND u.on_date > ?",
                                        [import_id, plan_id, until.isoformat()])}
    if changed:
        rows = replay_history(rows, changed, db.execute(
            f"SELECT {HISTORY_COLUMNS} {in_plan} AND u.on_date <= ? ORDER BY u.row_id, u.on_date, u.id",
            [import_id, plan_id, until.isoformat()]), until)
    report = build_report(rows, framework, month)
    overall = report.overall
    figures = (int(overall.rows), int(overall.by_status["done"]), float(overall.percent), int(overall.late),
               {str(s.no) if s.no != NO_STANDARD else "-": float(s.summary.percent) for s in report.standards})
    if not all(map(math.isfinite, [figures[2], *figures[4].values()])):
        raise ValueError("a percent that is not a number")
    return figures
