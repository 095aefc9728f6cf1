"""An office file whose last import was cut off (a power cut, a killed program) is put back, copy first.

SQLite keeps what an unfinished transaction overwrote in "<file>-journal"; the first writable
connection to read the file rolls it back, which restores the last commit. A read-only connection
cannot, and SQLite answers it SQLITE_READONLY_ROLLBACK: that answer, not the journal's mere presence,
says the journal is hot, so the journal of a live writer in another program is left alone.

Before rolling back, the file and its journal are copied byte for byte, side by side, into the
file's backup folder (store.backups, reason BEFORE_RESTORE: kept for KEEP_DAYS days): opened
writable together they give the same last commit again, and they keep the evidence should a journal
ever not belong to its file (a copy put in place while a journal was left beside it).
"""
from __future__ import annotations

import os
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.store import atomic_file
from kehoach_desktop.store.backups import BEFORE_RESTORE, STAMP, backup_folder
from kehoach_desktop.store.failures import refusal_for

SQLITE_READONLY_ROLLBACK = 776       # sqlite3 has no name for it before Python 3.11's constants


def journal_of(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def needs_rollback(exc: sqlite3.Error) -> bool:
    """A read-only connection met a hot journal (the interrupted transaction it cannot roll back)."""
    return getattr(exc, "sqlite_errorcode", None) == SQLITE_READONLY_ROLLBACK


def _open_error(path: Path, reason: str, **values) -> InputError:
    """``reason`` is a template (its own message id) filled with ``values``."""
    return InputError("Không mở được tệp của cơ quan quản lý «{file}»: {reason}", field="file",
                      file=path.name, reason=InputError(reason, field="file", **values))


def recover(path: Path) -> Path | None:
    """Roll back the interrupted write of ``path`` after copying it and its journal; the copy's path
    (None when there was nothing to roll back any more)."""
    journal = journal_of(path)
    if not journal.is_file():
        return None
    if not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
        raise _open_error(path, "lần ghi cuối chưa xong (có tệp «{journal}» bên cạnh) và vị trí này chỉ cho phép "
                                "đọc. Hãy chép cả hai tệp vào máy rồi mở lại.", journal=journal.name)
    copy = _copy_pair(path, journal)
    try:
        conn = sqlite3.connect(str(path), timeout=5.0)
        try:
            conn.execute("PRAGMA trusted_schema = OFF")
            conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()     # the first read rolls back
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        busy = refusal_for(exc)          # another program writing it now, a pulled stick: not damage
        if busy is not None:
            raise busy from exc
        raise _open_error(path, "tệp bị hỏng hoặc không đọc được ({exc}).", exc=exc) from exc
    return copy


def _copy_pair(path: Path, journal: Path) -> Path | None:
    """The file and its journal as they are, named as a pair (``X.db``, ``X.db-journal``); the journal
    is put in place first, so the copy of the file never stands without it."""
    folder = backup_folder(path)
    target = folder / f"{datetime.now().strftime(STAMP)}_{BEFORE_RESTORE}.db"
    temps = (atomic_file.temp_path(folder), atomic_file.temp_path(folder))
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for source, temp in zip((journal, path), temps):
            shutil.copyfile(source, temp)
            with temp.open("rb+") as handle:
                atomic_file._fsync(handle.fileno())
        atomic_file._replace(temps[0], journal_of(target))
        atomic_file._replace(temps[1], target)
        atomic_file.sync_folder(folder)
    except FileNotFoundError:            # the writer finished meanwhile: nothing left to roll back
        for temp in temps:
            atomic_file.discard(temp)
        return None
    except OSError as exc:
        for temp in temps:
            atomic_file.discard(temp)
        raise InputError("Không tạo được bản sao lưu của «{file}» trong {folder} ({exc}); tệp chưa bị thay đổi.",
                         field="backup", file=path.name, folder=folder, exc=exc) from exc
    return target
