"""A time the program stored in UTC reads in the zone of the computer showing it."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from kehoach_desktop.domain.moments import local_moment


def test_a_stored_utc_time_reads_in_this_computers_zone(monkeypatch):
    import time
    monkeypatch.setenv("TZ", "Asia/Ho_Chi_Minh")
    time.tzset()
    try:
        assert local_moment("2025-06-01T03:04:05+00:00") == datetime(2025, 6, 1, 10, 4, 5)
        assert local_moment(datetime(2025, 6, 1, 3, 4, tzinfo=timezone(timedelta(hours=-5))).isoformat()) == \
            datetime(2025, 6, 1, 15, 4)
        assert local_moment("2025-06-01 08:00") == datetime(2025, 6, 1, 8, 0)   # no zone: already local
        assert local_moment("") is None and local_moment("hôm qua") is None
    finally:
        monkeypatch.undo()     # the zone this computer had, for the tests that follow
        time.tzset()
