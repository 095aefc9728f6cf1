"""Word and Excel on a 60-row plan, the size of a large real one. Prints the figures.

Targets: importing the .docx ≤ 0.5 s, exporting it ≤ 0.3 s (inside the running program).

Run: .venv/bin/python bench/bench_office.py
"""
from __future__ import annotations

import io
import statistics
import sys
import tempfile
import time
from pathlib import Path

from kehoach_desktop.catalogs import installed_catalogs
from kehoach_desktop.domain.docx_import import import_plan_docx
from kehoach_desktop.reports.docx_plan import write_plan_docx
from kehoach_desktop.reports.xlsx_plan import write_plan_xlsx

sys.path.insert(0, str(Path(__file__).parent))
from plan_60 import ROWS, sixty_rows  # noqa: E402

RUNS = 7
TARGETS = {"import .docx": 0.5, "export .docx": 0.3}


def timed(action) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    catalogs = installed_catalogs()
    failed = False
    with tempfile.TemporaryDirectory() as folder:
        for index, form in ((0, "TT18, 9 cột"), (1, "TT57, Biểu 2")):
            school, plan = sixty_rows(index)
            fw = catalogs[plan.framework_id]
            path = Path(folder) / f"plan-{index}.docx"
            write_plan_docx(plan, school, fw, path)
            figures = {
                # timed() runs each at once, inside this iteration: the loop variables are the ones meant
                "export .docx": timed(lambda: write_plan_docx(plan, school, fw, io.BytesIO())),  # noqa: B023
                "import .docx": timed(lambda: import_plan_docx(path, catalogs, framework_id=fw.id)),  # noqa: B023
                "export .xlsx": timed(lambda: write_plan_xlsx(plan, school, fw, io.BytesIO())),  # noqa: B023
            }
            rows = len(import_plan_docx(path, catalogs, framework_id=fw.id).plan.rows)
            print(f"{form}: {ROWS} dòng, tệp .docx {path.stat().st_size / 1024:.0f} KB, đọc lại {rows} dòng")
            for name, seconds in figures.items():
                target = TARGETS.get(name)
                verdict = "" if target is None else (" (đạt ≤ %.1f s)" % target if seconds <= target
                                                     else " (CHƯA ĐẠT ≤ %.1f s)" % target)
                failed |= target is not None and seconds > target
                print(f"  {name}: {seconds * 1000:.0f} ms (trung vị {RUNS} lần){verdict}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
