"""Start-up: from launching `kehoach gui FILE` to the main window on screen, on a 2,000-row plan.

Target: ≤ 1.0 s on the project's 2-core machine. Each run is a fresh process
(python start, imports, opening the file, building the window, first paint);
the window reports the moment it is shown (KEHOACH_STARTUP_PROBE) and quits.
"""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from plan_2000 import ROWS, write_plan_2000  # noqa: E402

RUNS = 7


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        school = write_plan_2000(Path(tmp) / "truong-2000.db")
        env = dict(os.environ, KEHOACH_STARTUP_PROBE="1", KEHOACH_DATA_DIR=str(Path(tmp) / "userdata"))
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        times = []
        for _ in range(RUNS):
            started = time.time()
            out = subprocess.run([sys.executable, "-m", "kehoach_desktop", "gui", str(school)],
                                 env=env, capture_output=True, text=True, timeout=60)
            line = next((text for text in out.stdout.splitlines() if text.startswith("shown ")), None)
            if line is None:
                print(out.stdout, out.stderr, file=sys.stderr)
                return 1
            times.append(float(line.split()[1]) - started)
    print(f"start-up to window shown, {ROWS}-row plan, {RUNS} runs: "
          f"median {statistics.median(times):.3f} s, best {min(times):.3f} s, worst {max(times):.3f} s "
          f"(target ≤ 1.0 s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
