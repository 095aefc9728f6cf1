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
