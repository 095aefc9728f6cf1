"""A cell edit in the window → the row on disk (one transaction, synchronous=FULL), on a 2,000-row plan.

Target: p95 ≤ 20 ms. Each edit goes the user's way: the table model's setData,
the parse and checks, the undo command, the guarded write, the screen update.
When setData returns, the row is committed; the end checks it with a second
connection.
"""
from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))
from plan_2000 import ROWS, write_plan_2000  # noqa: E402

EDITS = 200


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["KEHOACH_DATA_DIR"] = str(Path(tmp) / "userdata")
        from PySide6.QtCore import QSettings
        from kehoach_desktop.store import plans
        from kehoach_desktop.store.database import open_school_file
        from kehoach_desktop.ui.app import make_app
        from kehoach_desktop.ui.main_window import MainWindow
        from kehoach_desktop.ui.settings import AppSettings

        school = write_plan_2000(Path(tmp) / "truong-2000.db")
        app = make_app()
        window = MainWindow(AppSettings(QSettings(str(Path(tmp) / "s.ini"), QSettings.IniFormat)))
        window.open_document(school)
        window.resize(1366, 768)
        window.show()
        app.processEvents()
        model = window.session.model
        column = model.column_of("lead")
        rng = random.Random(1)
        timings, last = [], {}
        for i in range(EDITS):
            row = model.rows[rng.randrange(len(model.rows))]
            text = f"Tổ Toán - Tin, lần sửa {i}"
            index = model.index(model.visual_of(row.id), column)
            started = time.perf_counter()
            assert model.setData(index, text)
            timings.append((time.perf_counter() - started) * 1000)
            last[row.id] = text
        app.processEvents()
        check = open_school_file(school, read_only=True)
        assert all(plans.get_row(check, rid).lead == text for rid, text in last.items())
        check.close()
        window.close()
    timings.sort()
    p95 = timings[int(len(timings) * 0.95) - 1]
    print(f"cell edit → row on disk, {ROWS}-row plan, {EDITS} edits: median {statistics.median(timings):.1f} ms, "
          f"p95 {p95:.1f} ms, worst {timings[-1]:.1f} ms (target p95 ≤ 20 ms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
