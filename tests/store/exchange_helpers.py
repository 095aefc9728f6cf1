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
                    rows: int = 15, hours: int = 0, school_file: Path | None = None) -> Path:
    """A school file (made once per folder and code) exported ``hours`` after BASE_TIME."""
    folder.mkdir(parents=True, exist_ok=True)
    school_file = school_file or folder / f"truong-{code}.db"
    if not school_file.exists():
        make_school(school_file, code=code, name=name, rows=rows)
    out = folder / f"usb-{code}-{hours}"
    out.mkdir(exist_ok=True)
    return export_for_district(school_file, out, now=BASE_TIME + timedelta(hours=hours)).path


def new_district(folder: Path) -> Path:
    return create_district(folder / "phong-q3.db", "Phòng GD&ĐT Quận 3")
