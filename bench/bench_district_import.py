"""Importing 500 school exports (~15 rows each) into a district file: total time, and the ratio to
simply reading those files (target ≤ 5×).

Two baselines are printed: reading the files' bytes from disk, and opening each with SQLite and
reading every row of every table (what any program must do to look at the data). The import does
all of its checks (private copy, integrity_check, schema comparison, types, content hash) and one
durable transaction per file. Files are generated first and are not part of the timing.
"""
from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kehoach_desktop.store.district import (  # noqa: E402
    ADDED, GROUP_COMMIT_SECONDS, import_files, open_district,
)
from tests.store.exchange_helpers import exported_school, new_district  # noqa: E402


def generate(work: Path, count: int) -> list[Path]:
    files = []
    for i in range(count):
        folder = work / "schools" / f"{i:04d}"
        files.append(exported_school(folder, code=f"7976{i:04d}", name=f"Trường THCS Số {i + 1}", rows=15))
    return files


def read_bytes(files: list[Path]) -> float:
    start = time.perf_counter()
    total = sum(len(p.read_bytes()) for p in files)
    assert total
    return time.perf_counter() - start


def read_rows(files: list[Path]) -> float:
    start = time.perf_counter()
    for path in files:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
            conn.execute(f'SELECT * FROM "{table}"').fetchall()
        conn.close()
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--schools", type=int, default=500)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="kehoach-bench-district-"))
    os.environ["KEHOACH_DATA_DIR"] = str(work / "userdata")
    try:
        files = generate(work, args.schools)
        size = sum(p.stat().st_size for p in files)
        read_bytes(files)                          # warm the page cache for every measurement alike
        bytes_time = min(read_bytes(files) for _ in range(3))
        rows_time = min(read_rows(files) for _ in range(3))
        print(f"{len(files)} school files, {size / 1e6:.1f} MB")
        print(f"read the bytes: {bytes_time:.3f} s; open with SQLite and read every row: {rows_time:.3f} s")
        ok = True
        for label, every in (("grouped disk flushes (default, ≤ 0.5 s apart)", GROUP_COMMIT_SECONDS),
                             ("one durable commit per file", 0.0)):
            (work / label[:5]).mkdir()
            db = open_district(new_district(work / label[:5]))
            start = time.perf_counter()
            reports = import_files(db, files, durable_every=every)
            import_time = time.perf_counter() - start
            db.close()
            ok &= sum(r.outcome == ADDED for r in reports) == len(files)
            print(f"import, {label}: {import_time:.2f} s ({import_time / len(files) * 1000:.1f} ms per file); "
                  f"ratio to reading every row {import_time / rows_time:.1f}× (target ≤ 5×), "
                  f"to reading the bytes {import_time / bytes_time:.0f}×")
        return 0 if ok else 1
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
