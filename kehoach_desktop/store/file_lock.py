"""Which window of this program has a school file open: a small lock file beside it.

Two windows writing one file lose nothing (plans.update_row_fields), but a principal who opens
the file twice is better told so and offered a read-only window. ``<file>.lock`` holds the pid,
the computer and a token; its holder touches it every few seconds (``beat``). A lock whose holder
crashed must never block: it is stale when its pid is gone on this computer, or when nobody has
touched it for ``STALE_SECONDS`` (another computer on a shared folder, or a pid we cannot check).
"""
from __future__ import annotations

import json
import os
import secrets
import socket
import sys
import time
from pathlib import Path

STALE_SECONDS = 30.0


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


def _pid_alive(pid: int) -> bool | None:
    """True/False where the system can tell without harm; None on Windows (os.kill would end it)."""
    if sys.platform == "win32":
        return None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:   # alive, someone else's
        return True
    return True


class FileLock:
    """The lock of one open file, held by this window until ``release``."""

    def __init__(self, path: Path) -> None:
        self.path = lock_path(path)
        self.token = secrets.token_hex(8)
        self.held = False
        self._last_beat = 0.0

    def holder(self) -> dict | None:
        """The live holder's record (pid, host), or None when the file is free or its lock stale."""
        try:
            record = json.loads(self.path.read_text(encoding="utf-8"))
            age = time.time() - self.path.stat().st_mtime
        except (OSError, ValueError):
            return None            # no lock, or one half written by a crash: free
        if not isinstance(record, dict) or record.get("token") == self.token:
            return None
        if age > STALE_SECONDS:
            return None
        if record.get("host") == socket.gethostname() and isinstance(record.get("pid"), int):
            if _pid_alive(record["pid"]) is False:
                return None
        return record

    def acquire(self) -> bool:
        """Take the lock unless a live holder has it; False leaves the other holder's lock alone."""
        if self.holder() is not None:
            return False
        record = {"pid": os.getpid(), "host": socket.gethostname(), "token": self.token}
        try:
            self.path.write_text(json.dumps(record), encoding="utf-8")
        except OSError:            # a read-only folder: nobody else can write there either
            return True
        self.held = True
        return True

    def beat(self) -> None:
        """Tell other windows this one is still alive — a few times per STALE_SECONDS, not on every
        check of the file: the file often sits on a USB stick, where each touch is a write."""
        now = time.monotonic()
        if self.held and now - self._last_beat >= STALE_SECONDS / 3:
            self._last_beat = now
            try:
                os.utime(self.path)
            except OSError:
                pass               # the file's folder vanished: the guard reports it on the next write

    def release(self) -> None:
        if not self.held:
            return
        self.held = False
        try:
            record = json.loads(self.path.read_text(encoding="utf-8"))
            if record.get("token") == self.token:
                self.path.unlink()
        except (OSError, ValueError):
            pass
