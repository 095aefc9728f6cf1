"""`kehoach office import` in a child process, killed with SIGKILL part-way, and what it had printed.

For the tests and bench/bench_kills.py: a ✓ the officer saw must name a school the office file holds
after the next command, whatever moment the program died at.
"""
from __future__ import annotations

import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path


_CODE = re.compile(r"\(mã ([^)]+)\)")


def school_exports(work: Path, count: int) -> list[Path]:
    """``count`` signed school exports, each its own code (7976NNNN) and name: bench_province's, one school
    file copied, so sixty take a second."""
    from bench.bench_province import generate
    work.mkdir(parents=True, exist_ok=True)
    return generate(work, count)


def import_and_kill(office: Path, files: list[Path], env: dict[str, str], *, delay: float | None = None,
                    after_ticks: int | None = None) -> tuple[list[str], int | None]:
    """Run `kehoach office import OFFICE FILES…` and SIGKILL it ``delay`` seconds after starting, or as
    soon as it has printed ``after_ticks`` ✓ lines; (every line it printed, its exit code if it ended
    first)."""
    child = subprocess.Popen([sys.executable, "-m", "kehoach_desktop", "office", "import", str(office),
                              *map(str, files)], env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    assert child.stdout is not None
    lines: list[str] = []
    if after_ticks is not None:
        ticks = 0
        while ticks < after_ticks and (line := child.stdout.readline()):
            lines.append(line.decode("utf-8"))
            ticks += lines[-1].startswith("✓")
        code = child.poll()
        if code is None:
            child.send_signal(signal.SIGKILL)
    else:
        assert delay is not None
        time.sleep(delay)
        code = child.poll()
        if code is None:
            child.send_signal(signal.SIGKILL)
    rest = child.stdout.read()         # what it had written to the pipe before it died was printed
    child.wait()
    child.stdout.close()
    lines += rest.decode("utf-8", errors="replace").splitlines(keepends=True)
    return [x.rstrip("\n") for x in lines], code


def ticked_codes(lines: list[str]) -> list[str]:
    """The school codes of the files printed ✓ (imported)."""
    return [m.group(1) for line in lines if line.startswith("✓") and (m := _CODE.search(line))]


def codes_held(office: Path) -> set[str]:
    """Schools the office file holds (read after the next command has opened it)."""
    conn = sqlite3.connect(f"{office.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return {r[0] for r in conn.execute("SELECT code FROM district_school")}
    finally:
        conn.close()
