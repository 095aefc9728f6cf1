"""A Sở GD&ĐT of 3,000 schools (20 rows each): importing them directly and through commune offices'
bundles, against simply reading the same files (target ≤ 5×), and refreshing the overview (target
≤ 100 ms).

Files are generated first and are not part of the timing: one school made with the factory, then
copied under 3,000 codes and names, each exported as `kehoach export` stamps it. Half the schools
go to 30 commune offices (50 each), which import them and write their bundles; those are ready
before the clock starts too.

Timed, each on a new Sở file: all 3,000 school files directly; 1,500 directly and 30 bundles of 50;
all 3,000 through 60 bundles. Baselines in the same run: reading the files' bytes, and opening each
school file with SQLite and reading every row of every table. Then the overview of the Sở (every
school's plan of this school year, rolled up as of this month): the first one after opening the
file, and a refresh, in the store and in the office window (offscreen).
"""
from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.bench_district_import import read_bytes, read_rows  # noqa: E402
from kehoach_desktop.domain.office import new_identity  # noqa: E402
from kehoach_desktop.domain.school_year import current_school_year  # noqa: E402
from kehoach_desktop.store.district import ADDED, create_office, import_files, open_district  # noqa: E402
from kehoach_desktop.store.district_progress import district_overview  # noqa: E402
from kehoach_desktop.store.exchange import _snapshot  # noqa: E402
from kehoach_desktop.store.office_bundle_export import export_bundle  # noqa: E402
from tests.store.school_factory import make_school  # noqa: E402

PER_COMMUNE = 50
BASE = datetime(2026, 11, 20, 8, 0, tzinfo=timezone.utc)


def generate(work: Path, count: int) -> list[Path]:
    """``count`` school exports of 20 rows, plans of this school year, each its own code and name."""
    year = int(current_school_year()[:4])
    template = make_school(work / "mau.db", rows=20, year=year)
    files = []
    for i in range(count):
        folder = work / "schools" / f"{i:04d}"
        folder.mkdir(parents=True)
        school = folder / "truong.db"
        shutil.copyfile(template, school)
        conn = sqlite3.connect(school)
        conn.execute("UPDATE school SET code = ?, name = ?", [f"7976{i:04d}", f"Trường THCS Số {i + 1}"])
        conn.commit()
        conn.close()
        out = folder / f"kehoach-7976{i:04d}.db"
        _snapshot(school, out, BASE + timedelta(seconds=i))
        files.append(out)
    return files


def bundles(work: Path, files: list[Path]) -> list[Path]:
    """Commune offices of PER_COMMUNE schools each, their bundles written."""
    made = []
    for start in range(0, len(files), PER_COMMUNE):
        number = start // PER_COMMUNE + 1
        folder = work / "communes" / f"{number:03d}"
        folder.mkdir(parents=True)
        office = create_office(folder / "xa.db", new_identity("xa", commune=f"xã Số {number}",
                                                              province="thành phố Hải Phòng"))
        db = open_district(office)
        try:
            reports = import_files(db, files[start:start + PER_COMMUNE])
            assert all(r.outcome == ADDED for r in reports), reports[0].message
            made.append(export_bundle(db, folder).path)
        finally:
            db.close()
    return made


def timed_import(work: Path, label: str, inputs: list[Path], schools: int) -> tuple[float, Path]:
    folder = work / label
    folder.mkdir()
    office = create_office(folder / "so.db", new_identity("so", province="thành phố Hải Phòng"))
    db = open_district(office)
    try:
        start = time.perf_counter()
        reports = import_files(db, inputs)
        seconds = time.perf_counter() - start
    finally:
        db.close()
    added = sum(r.outcome == ADDED for r in reports)
    assert added == schools, f"{label}: {added} of {schools} added; {[r.message for r in reports][:3]}"
    return seconds, office


def overview_times(office: Path, rounds: int = 7) -> tuple[float, float]:
    """The first overview after opening the file (nothing rolled up yet), and the median refresh."""
    from kehoach_desktop.store import district_progress
    district_progress._rollups.clear()
    db = open_district(office)
    try:
        year = current_school_year()
        start = time.perf_counter()
        first = district_overview(db, school_year=year)
        cold = time.perf_counter() - start
        assert sum(1 for s in first if s.school_year) == len(first)
        again = []
        for _ in range(rounds):
            start = time.perf_counter()
            district_overview(db, school_year=year)
            again.append(time.perf_counter() - start)
    finally:
        db.close()
    return cold, statistics.median(again)


def window_refresh(office: Path, rounds: int = 7) -> float | None:
    try:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtWidgets import QApplication

        from kehoach_desktop.ui.district.window import DistrictWindow
    except ImportError:
        return None
    app = QApplication.instance() or QApplication([])
    window = DistrictWindow(office)
    window.show()
    app.processEvents()
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        window.refresh_action.trigger()
        app.processEvents()
        times.append(time.perf_counter() - start)
    window.close()
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--schools", type=int, default=3000)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="kehoach-bench-province-"))
    os.environ["KEHOACH_DATA_DIR"] = str(work / "userdata")
    try:
        start = time.perf_counter()
        files = generate(work, args.schools)
        half = len(files) // 2
        half_bundles = bundles(work / "half", files[half:])
        all_bundles = bundles(work / "all", files)
        print(f"generated {len(files)} school files, {len(half_bundles)} + {len(all_bundles)} bundles of "
              f"{PER_COMMUNE} in {time.perf_counter() - start:.0f} s (untimed)")
        size = sum(p.stat().st_size for p in files)
        bundle_size = sum(p.stat().st_size for p in all_bundles)
        read_bytes(files)                          # warm the page cache for every measurement alike
        bytes_time = min(read_bytes(files) for _ in range(3))
        rows_time = min(read_rows(files) for _ in range(3))
        print(f"{len(files)} school files, {size / 1e6:.1f} MB ({bundle_size / 1e6:.1f} MB as bundles)")
        print(f"baseline: read the bytes {bytes_time:.3f} s; open each with SQLite and read every row {rows_time:.3f} s")
        ok = True
        office = None
        for label, inputs in (("direct", files), ("mixed", files[:half] + half_bundles), ("bundles", all_bundles)):
            for path in inputs:
                path.read_bytes()                  # the same warm cache for the bundles
            seconds, sở = timed_import(work, label, inputs, len(files))
            ratio = seconds / rows_time
            ok &= ratio <= 5
            print(f"import {label:<8} ({len(inputs)} files): {seconds:.2f} s, {seconds / len(files) * 1000:.2f} ms per "
                  f"school; {ratio:.1f}× reading every row (target ≤ 5×), {seconds / bytes_time:.0f}× reading the bytes")
            if label == "mixed":
                office = sở
        assert office is not None
        cold, refresh = overview_times(office)
        ok &= refresh <= 0.1
        print(f"overview of {len(files)} schools (store): first after opening {cold * 1000:.0f} ms, "
              f"refresh median {refresh * 1000:.1f} ms (target ≤ 100 ms)")
        in_window = window_refresh(office)
        if in_window is not None:
            ok &= in_window <= 0.1
            print(f"overview refresh in the office window («Làm mới»), median: {in_window * 1000:.0f} ms "
                  "(target ≤ 100 ms)")
        return 0 if ok else 1
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
