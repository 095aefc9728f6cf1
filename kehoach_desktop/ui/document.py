"""One open school file: its connection, the guard that notices it vanishing, the school.

The window holds at most one ``SchoolDocument``. Every write goes through
``write`` so that a pulled USB stick or a full disk becomes a Vietnamese
message (``WriteFailed``) instead of an edit silently written nowhere.
"""
from __future__ import annotations

import os
from pathlib import Path

from kehoach_desktop.catalogs import installed_catalogs
from kehoach_desktop.domain.catalog import Framework, get_framework
from kehoach_desktop.domain.plan import Plan, School
from kehoach_desktop.store import plans
from kehoach_desktop.store.copy import save_copy
from kehoach_desktop.store.database import open_school_file
from kehoach_desktop.store.file_lock import FileLock
from kehoach_desktop.store.guard import FileGuard, WriteFailed


class SchoolDocument:
    """``lock`` (taken by the caller) is released on close; ``read_only`` refuses every write."""

    def __init__(self, path: str | os.PathLike, *, create: bool = False, read_only: bool = False,
                 lock: FileLock | None = None) -> None:
        self.path = Path(path).resolve()
        self.read_only, self.lock = read_only, lock
        try:
            self.db = open_school_file(self.path, create=create, read_only=read_only)
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        self.guard = FileGuard(self.path)
        self.school: School | None = plans.get_school(self.db)
        self.catalogs: dict[str, Framework] = installed_catalogs()

    def framework(self, framework_id: str) -> Framework:
        return get_framework(framework_id, self.catalogs)

    def list_plans(self) -> list[Plan]:
        return self.guard.read(plans.list_plans, self.db)

    def get_plan(self, plan_id: int) -> Plan:
        return self.guard.read(plans.get_plan, self.db, plan_id)

    def write(self, fn, *args, **kwargs):
        """Run a store writer ``fn(db, *args)`` guarded against a vanished or full file."""
        if self.read_only:
            raise WriteFailed("Cửa sổ này mở tệp «{file}» chỉ để xem (tệp đang mở ở một cửa sổ khác); chưa ghi gì.",
                              field="file", file=self.path.name)
        return self.guard.write(fn, self.db, *args, **kwargs)

    def save_copy(self, target: str | os.PathLike, plan: Plan | None) -> Path:
        """A copy of the file elsewhere, with the plan on screen as it is now."""
        return save_copy(self.db, target, self.school, plan)

    def data_version(self) -> int:
        """SQLite's count of commits by other connections: changes when another writer changed the file."""
        return self.guard.read(lambda: self.db.execute("PRAGMA data_version").fetchone()[0])

    def close(self) -> None:
        if self.lock is not None:
            self.lock.release()
        try:
            self.db.close()
        except Exception:  # the file may be gone; closing must never fail the window
            pass
