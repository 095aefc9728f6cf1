"""Every school's progress side by side, from the current import of each school.

A school's plan here is its newest school year's plan. Like the school's own
dashboard, a row is late once the month after its end month has begun and it
is not done; progress is the mean of the rows' percent.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime

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

    def to_dict(self) -> dict:
        return asdict(self)


def local_time(iso: str) -> str:
    """A stored UTC time as the officer reads it: "25/11/2026 14:30" in this computer's time zone."""
    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%d/%m/%Y %H:%M")
    except ValueError:
        return iso


def district_overview(db: Database, as_of: date | None = None) -> list[SchoolProgress]:
    month = (as_of or date.today()).strftime("%Y-%m")
    result = []
    for code, name, level, import_id, exported_at, imported_at, imports in db.execute(
        "SELECT s.code, s.name, s.level, s.current_import, l.exported_at, l.imported_at, "
        "(SELECT COUNT(*) FROM import_log h WHERE h.school_code = s.code) "
        "FROM district_school s JOIN import_log l ON l.id = s.current_import ORDER BY s.code"
    ).fetchall():
        plans = db.execute("SELECT id, school_year, framework_id FROM imported_plan WHERE import_id = ? "
                           "ORDER BY school_year DESC, id DESC", [import_id]).fetchall()
        entry = SchoolProgress(code, name, level, len(plans), "", "", 0, 0, 0.0, 0,
                               exported_at, imported_at, imports)
        if plans:
            plan_id, entry.school_year, entry.framework_id = plans[0]
            _fill(db, entry, import_id, plan_id, month)
        result.append(entry)
    return result


def _fill(db: Database, entry: SchoolProgress, import_id: int, plan_id: int, month: str) -> None:
    rows, done, percent, late = db.execute(
        "SELECT COUNT(*), COALESCE(SUM(status = 'done'), 0), COALESCE(AVG(percent), 0), "
        "COALESCE(SUM(status <> 'done' AND end_month IS NOT NULL AND end_month < ?), 0) "
        "FROM imported_plan_row WHERE import_id = ? AND plan_id = ?", [month, import_id, plan_id]).fetchone()
    entry.rows, entry.done, entry.percent, entry.late = rows, done, round(percent, 1), late
    for standard, mean in db.execute(
        "SELECT CASE WHEN instr(criterion_code, '.') > 0 THEN substr(criterion_code, 1, "
        "instr(criterion_code, '.') - 1) ELSE '' END AS standard, AVG(percent) "
        "FROM imported_plan_row WHERE import_id = ? AND plan_id = ? GROUP BY standard ORDER BY "
        "CAST(standard AS INTEGER)", [import_id, plan_id]):
        entry.standards[standard or "-"] = round(mean, 1)
