"""The power goes (or the program is killed) while a principal is typing: nothing acknowledged is
lost and the file stays healthy, 50 times in a row at random moments."""
from __future__ import annotations

import random
import sys

import pytest

from kehoach_desktop.store.database import integrity, open_school_file
from tests.store.kill_writer import missing_edits, run_and_kill
from tests.store.school_factory import make_school

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs fork and SIGKILL")


def test_fifty_kills_at_random_moments_lose_no_acknowledged_edit(tmp_path):
    path = make_school(tmp_path / "truong.db", rows=5)
    rng = random.Random(50)
    total = 0
    for attempt in range(50):
        acknowledged = run_and_kill(path, seed=attempt, delay=rng.uniform(0.005, 0.06))
        total += len(acknowledged)
        db = open_school_file(path)      # as the window would after the crash: rolls a hot journal back
        try:
            assert integrity(db) == "ok", f"attempt {attempt}"
            assert missing_edits(db, acknowledged) == [], f"attempt {attempt}"
        finally:
            db.close()
    assert total > 50   # the writer really was writing when it was killed


def test_a_file_left_mid_write_opens_with_the_last_committed_state(tmp_path):
    """The program died inside a transaction: the journal beside the file is "hot". Opening must roll it
    back (not call the file damaged) and show exactly what was committed."""
    import os
    import signal
    import sqlite3

    path = make_school(tmp_path / "truong.db", rows=5)
    ready_r, ready_w = os.pipe()
    pid = os.fork()
    if pid == 0:
        try:
            conn = sqlite3.connect(path, isolation_level=None)
            conn.execute("PRAGMA cache_size = 1")     # spill to the file before the commit
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("UPDATE plan_row SET tasks = 'chưa lưu' || hex(randomblob(2000))")
            os.write(ready_w, b"x")
            signal.pause()
        finally:
            os._exit(0)
    os.read(ready_r, 1)
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    assert (tmp_path / "truong.db-journal").stat().st_size > 0
    db = open_school_file(path)
    try:
        assert integrity(db) == "ok"
        assert db.execute("SELECT COUNT(*) FROM plan_row WHERE tasks LIKE 'chưa lưu%'").fetchone()[0] == 0
        assert db.execute("SELECT COUNT(*) FROM plan_row").fetchone()[0] == 5
    finally:
        db.close()
