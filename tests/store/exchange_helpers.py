"""Shared set-ups for the export, district and fault tests: schools, their exports, a district."""
from __future__ import annotations

import hashlib
from datetime import datetime, timedelta, timezone
from pathlib import Path

from kehoach_desktop.store.district import create_district
from kehoach_desktop.store.exchange import export_for_district
from tests.store.school_factory import make_school

BASE_TIME = datetime(2026, 11, 20, 8, 0, tzinfo=timezone.utc)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def exported_school(folder: Path, code: str = "79760101", name: str = "Trường THCS Hòa Bình",
                    rows: int = 15, hours: int = 0, school_file: Path | None = None, year: int = 2025) -> Path:
    """A school file (made once per folder and code, its plan of school year ``year``-``year + 1``)
    exported ``hours`` after BASE_TIME."""
    folder.mkdir(parents=True, exist_ok=True)
    school_file = school_file or folder / f"truong-{code}.db"
    if not school_file.exists():
        make_school(school_file, code=code, name=name, rows=rows, year=year)
    out = folder / f"usb-{code}-{hours}"
    out.mkdir(exist_ok=True)
    return export_for_district(school_file, out, now=BASE_TIME + timedelta(hours=hours)).path


def new_district(folder: Path) -> Path:
    return create_district(folder / "phong-q3.db", "Phòng GD&ĐT Quận 3")


def exported_with_next_year(folder: Path, year: int, code: str = "79760101", name: str = "Trường THCS Hòa Bình") -> Path:
    """A school running its ``year``-``year + 1`` plan that has already made next year's draft
    («Kế hoạch năm sau»), exported."""
    from kehoach_desktop.store.database import open_school_file
    from kehoach_desktop.store.next_year import create_next_year_plan
    folder.mkdir(parents=True, exist_ok=True)
    school = make_school(folder / f"truong-{code}.db", code=code, name=name, year=year)
    db = open_school_file(school)
    try:
        running = db.execute("SELECT id FROM plan WHERE school_year = ?", [f"{year}-{year + 1}"]).fetchone()[0]
        create_next_year_plan(db, running)
    finally:
        db.close()
    stick = folder / f"usb-{code}"
    stick.mkdir(exist_ok=True)
    return export_for_district(school, stick, now=BASE_TIME).path
