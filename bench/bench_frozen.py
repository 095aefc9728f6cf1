"""The frozen program (dist/kehoach, built by `make dist`): folder size, time to window, time to print.

Targets (issue 8): folder under 150 MB; window on screen ≤ 1.5 s on the project's 2-core machine.
Each figure is a fresh process of the frozen program, timed from launch (wall clock):
- time to window: `kehoach gui` with KEHOACH_STARTUP_PROBE=1, which prints the moment the main
  window is shown and quits: on a first start with no file (the welcome page), and with `--demo`
  (the first run, which writes the demo school, reported apart);
- `gui --demo --screenshot`: launch to PNG written and exit;
- printing: `kehoach print plan demo.db --year … -o plan.pdf`, launch to exit;
- `--version`: the bootloader and Python start alone, the floor under every other figure.
Run: .venv/bin/python bench/bench_frozen.py [dist/kehoach]
"""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = 7


def folder_size(folder: Path) -> int:
    """Apparent size of every file, symlinks not followed (what an installer copies)."""
    total = 0
    for dirpath, _dirs, files in os.walk(folder):
        for name in files:
            path = Path(dirpath) / name
            if not path.is_symlink():
                total += path.stat().st_size
    return total


def timed(cmd: list[str], env: dict) -> tuple[float, subprocess.CompletedProcess]:
    started = time.perf_counter()
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120)
    elapsed = time.perf_counter() - started
    if out.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({out.returncode}):\n{out.stdout}\n{out.stderr}")
    return elapsed, out


def time_to_window(gui: list[str], env: dict, args: tuple[str, ...] = ("--demo",)) -> float:
    started = time.time()
    _, out = timed([*gui, *args], dict(env, KEHOACH_STARTUP_PROBE="1"))
    line = next((text for text in out.stdout.splitlines() if text.startswith("shown ")), None)
    if line is None:
        raise SystemExit(f"the window never reported being shown:\n{out.stdout}\n{out.stderr}")
    return float(line.split()[1]) - started


def evict(folder: Path) -> bool:
    """Ask the kernel to drop the folder's files from the page cache (no root needed), so the
    next start reads them from disk like the first start after switching the PC on."""
    if not hasattr(os, "posix_fadvise"):
        return False
    for dirpath, _dirs, files in os.walk(folder):
        for name in files:
            path = Path(dirpath) / name
            if path.is_symlink():
                continue
            fd = os.open(path, os.O_RDONLY)
            try:
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            finally:
                os.close(fd)
    return True


def summary(times: list[float]) -> str:
    return f"median {statistics.median(times):.3f} s, best {min(times):.3f} s, worst {max(times):.3f} s"


def main() -> int:
    dist = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "dist" / "kehoach"
    cli = dist / ("kehoach.exe" if os.name == "nt" else "kehoach")
    # The window through the console program: the probe's line must reach our pipe (Windows'
    # KeHoachCLGD.exe is the same code without a console, so it has no stdout to print to).
    gui = [str(cli), "gui"]
    if not cli.exists():
        print(f"{cli} not found: run `make dist` first", file=sys.stderr)
        return 1
    size = folder_size(dist)
    print(f"folder {dist}: {size / 1e6:.1f} MB ({size / 2**20:.1f} MiB), target < 150 MB")
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, KEHOACH_DATA_DIR=str(Path(tmp) / "userdata"),
                   KEHOACH_DOCUMENTS_DIR=str(Path(tmp) / "Documents"))
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        version = [timed([str(cli), "--version"], env)[0] for _ in range(RUNS)]
        print(f"--version (bootloader + Python, no Qt), {RUNS} runs: {summary(version)}")
        welcome = [time_to_window(gui, dict(env, KEHOACH_DATA_DIR=str(Path(tmp) / f"fresh{i}")), ())
                   for i in range(RUNS)]
        print(f"time to window, first start with no file (welcome page), {RUNS} runs: {summary(welcome)}")
        if evict(dist):
            cold = []
            for _ in range(3):
                evict(dist)
                cold.append(time_to_window(gui, env, ()))
            print(f"time to window, folder evicted from the page cache first (a cold start), 3 runs: "
                  f"{summary(cold)}")
        first = time_to_window(gui, env)      # writes the demo school into the empty user folder
        warm = [time_to_window(gui, env) for _ in range(RUNS)]
        print(f"time to window, first run (demo school written): {first:.3f} s")
        print(f"time to window, demo school, {RUNS} runs: {summary(warm)} (target ≤ 1.5 s)")
        shots = [timed([*gui, "--demo", "--screenshot", str(Path(tmp) / f"s{i}.png")], env)[0]
                 for i in range(3)]
        print(f"gui --demo --screenshot, launch to PNG and exit, 3 runs: {summary(shots)}")
        school = Path(tmp) / "truong-mau.db"
        timed([str(cli), "demo", str(school)], env)
        for year in ("2024-2025", "2026-2027"):
            pdf = Path(tmp) / f"plan-{year}.pdf"
            prints = []
            for _ in range(RUNS):
                pdf.unlink(missing_ok=True)
                prints.append(timed([str(cli), "print", "plan", str(school), "--year", year, "-o", str(pdf)], env)[0])
            print(f"print demo plan {year} ({pdf.stat().st_size // 1024} KB PDF), launch to exit, "
                  f"{RUNS} runs: {summary(prints)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
