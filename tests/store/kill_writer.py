"""A writer that is killed mid-edit: the child adds rows and progress reports in a loop and tells
the parent each edit the program acknowledged; the parent kills it and checks the file."""
from __future__ import annotations

import os
import random
import signal
import time
from datetime import date
from pathlib import Path

from kehoach_desktop.domain.plan import PlanRow, ProgressUpdate


def _child(path: Path, out_fd: int, seed: int) -> None:
    from kehoach_desktop.store import plans, progress
    from kehoach_desktop.store.database import open_school_file
    db = open_school_file(path)
    plan_id = plans.list_plans(db)[0].id
    rng = random.Random(seed)
    for n in range(1_000_000):
        text = f"sửa {seed}-{n}"
        if n and rng.random() < 0.3:
            row_id = rng.choice([r[0] for r in db.execute("SELECT id FROM plan_row LIMIT 50")])
            done = progress.add_update(db, row_id, ProgressUpdate(date(2025, 12, 1), rng.randrange(101),
                                                                  note=text))
            os.write(out_fd, f"U {done} {text}\n".encode())
        else:
            row_id = plans.add_row(db, plan_id, PlanRow(criterion_code="1.1", target_level=3, tasks=text),
                                   position=rng.randrange(3) if rng.random() < 0.5 else None)
            os.write(out_fd, f"R {row_id} {text}\n".encode())


def run_and_kill(path: Path, seed: int, delay: float) -> list[tuple[str, int, str]]:
    """Fork a writer, SIGKILL it after ``delay`` seconds; return the edits it acknowledged."""
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never return into the caller's stack (pytest, a bench)
        os.close(read_fd)
        try:
            _child(path, write_fd, seed)
        finally:
            os._exit(0)
    os.close(write_fd)
    time.sleep(delay)
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    chunks = []
    while chunk := os.read(read_fd, 65536):
        chunks.append(chunk)
    os.close(read_fd)
    acknowledged = []
    for line in b"".join(chunks).decode().splitlines():
        kind, ident, text = line.split(" ", 2)
        acknowledged.append((kind, int(ident), text))
    return acknowledged


def missing_edits(db, acknowledged) -> list[tuple[str, int, str]]:
    """Acknowledged edits that are not in the file (must always be empty)."""
    rows = dict(db.execute("SELECT id, tasks FROM plan_row").fetchall())
    updates = dict(db.execute("SELECT id, note FROM progress_update").fetchall())
    return [(k, i, t) for k, i, t in acknowledged if (rows if k == "R" else updates).get(i) != t]
