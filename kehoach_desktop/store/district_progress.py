"""Every school's progress side by side, from the current import of each school.

A school's plan here is its plan of the school year the officer looks at (its newest when no year
is given; a school without a plan that year is listed with none), rolled up by the same
domain rules as the school's own dashboard (domain.progress.build_report): which
standard a row is in, when it is late, the mean percent, and how its rows stood
at the end of the month looked at (domain.replay).

A Sở sees its schools by commune: the commune a school's file came through (a commune office's
bundle, store.office_bundle), else the commune the school's own file names, else none («Trường nhập
trực tiếp»), and the overview is ordered by commune, then name.

Imports never change, so a plan's roll-up for a month is kept in memory, keyed by what the import
holds (its content hash and export time), the plan and the month and the catalog it was rolled up
with: a refresh of 3,000 schools computes only what it has not seen (bench/bench_province.py).
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING

from kehoach_desktop.domain.catalog import Framework
from kehoach_desktop.domain.printable import printable_line
from kehoach_desktop.domain.progress import NO_STANDARD, build_report, month_end
from kehoach_desktop.domain.values import Month, nfc
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

    def to_dict(self) -> dict:
        return asdict(self)


def local_time(iso: str) -> str:
    """A stored UTC time as the officer reads it: "25/11/2026 14:30" in this computer's time zone."""
    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%d/%m/%Y %H:%M")
    except ValueError:
        return iso


def school_years(db: Database) -> list[str]:
    """The school years any school's current data has a plan for, newest first."""
    return [r[0] for r in db.execute(
        "SELECT DISTINCT p.school_year FROM imported_plan p JOIN district_school s ON s.current_import = p.import_id "
        "WHERE p.school_year IS NOT NULL AND p.school_year != '' ORDER BY p.school_year DESC")]


def commune_key(commune: str) -> tuple[bool, str]:
    """Communes in alphabetical order whatever their case; schools with none last."""
    return (not commune, nfc(commune).casefold())


_Figures = tuple[int, int, float, int, dict[str, float]]
_rollups: dict[tuple, _Figures] = {}
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
    result = []
    for (code, name, level, import_id, exported_at, imported_at, content, through, own_commune,
         imports) in db.execute(
        "SELECT s.code, s.name, s.level, s.current_import, l.exported_at, l.imported_at, l.content_hash, s.through, "
        "(SELECT c.commune FROM imported_school c WHERE c.import_id = s.current_import ORDER BY c.id LIMIT 1), "
        "(SELECT COUNT(*) FROM import_log h WHERE h.school_code = s.code) "
        "FROM district_school s JOIN import_log l ON l.id = s.current_import"
    ).fetchall():
        plans = plans_of.get(import_id, [])
        commune = printable_line(nfc(through or own_commune or "")).strip()
        entry = SchoolProgress(code, name, level, len(plans), "", "", 0, 0, 0.0, 0,
                               exported_at, imported_at, imports, commune=commune, through=through or "")
        chosen = plans if school_year is None else [p for p in plans if p[1] == school_year]
        if chosen:
            plan_id, entry.school_year, entry.framework_id = chosen[0]
            framework = catalogs.get(entry.framework_id)
            key = (code, content, exported_at, plan_id, month, entry.framework_id,
                   framework.version if framework else None)
            figures = _rollups.get(key)
            if figures is None:
                figures = _rollup(db, import_id, plan_id, framework, month)
                if len(_rollups) >= MAX_ROLLUPS:
                    _rollups.clear()
                _rollups[key] = figures
            entry.rows, entry.done, entry.percent, entry.late = figures[:4]
            entry.standards = dict(figures[4])
        result.append(entry)
    result.sort(key=lambda s: (commune_key(s.commune), nfc(s.name).casefold(), s.code))
    return result


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
    return (overall.rows, overall.by_status["done"], overall.percent, overall.late,
            {str(s.no) if s.no != NO_STANDARD else "-": s.summary.percent for s in report.standards})
