"""`kehoach` run in a child process and killed with SIGKILL part-way (a power cut), for tests and the bench."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from kehoach_desktop.store.leftovers import TEMP_PREFIX

REPO = Path(__file__).resolve().parents[2]


def child_env(data_dir: Path, temp_dir: Path) -> dict[str, str]:
    """This checkout's program, with its own user data folder and its own system temp folder to watch."""
    env = dict(os.environ, KEHOACH_DATA_DIR=str(data_dir), TMPDIR=str(temp_dir), TEMP=str(temp_dir),
               TMP=str(temp_dir), PYTHONPATH=str(REPO))
    env.pop("KEHOACH_STARTUP_PROBE", None)
    return env


def run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kehoach_desktop", *args], env=env, capture_output=True,
                          text=True, encoding="utf-8", timeout=120)


def run_and_kill(args: list[str], env: dict[str, str], delay: float) -> int | None:
    """Start ``kehoach args`` and SIGKILL it after ``delay`` seconds; its exit code if it finished first."""
    child = subprocess.Popen([sys.executable, "-m", "kehoach_desktop", *args], env=env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        return child.wait(timeout=delay)
    except subprocess.TimeoutExpired:
        child.send_signal(signal.SIGKILL)
        child.wait()           # reaped: a zombie's pid would still look alive
        return None


def timed(args: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    done = run(args, env)
    assert done.returncode == 0, done.stderr
    return time.perf_counter() - start


def power_back_later(data_dir: Path, minutes: float = 10) -> None:
    """The machine comes back some minutes after the cut: what the killed runs left is that old."""
    stamp = time.time() - minutes * 60
    for folder, dirs, files in os.walk(data_dir):
        for name in dirs + files:
            os.utime(Path(folder) / name, (stamp, stamp))


def leftovers(data_dir: Path, system_temp: Path, *beside: Path) -> list[Path]:
    """Temporary data: anything in the program temp folder or the system temp folder, our temp names elsewhere."""
    found = [p for folder in (data_dir / "tam", system_temp) if folder.is_dir() for p in folder.rglob("*") if p.is_file()]
    for folder in (data_dir, *beside):
        found += [p for p in folder.rglob(f"{TEMP_PREFIX}*") if p.is_file()]
    return sorted(set(found))


def size_of(paths: list[Path]) -> int:
    return sum(p.stat().st_size for p in paths if p.exists())
