"""Temporary copies that a killed run (a power cut, a crash) leaves, removed at the next start.

Every temporary copy the program makes carries a name that says it is ours and
which process made it:

- a file beside its target (a school file, a backup, an export on a USB stick):
  ``.~kehoach-<pid>-<random>.tmp``, with SQLite's ``-journal``/``-wal``/``-shm``
  beside it when the copy is a database being written;
- a folder (or file) in the one program temp folder ``user_data_dir()/"tam"``:
  ``<job>-<pid>-<random>``. The system temp folder is never used: what is left
  there is never found again, and each export left a whole school there.

A file written beside a target outside the user data folder (a USB stick) is
first announced by a note ``ghi-<pid>-<random>`` in "tam" naming it, so the next
start finds it wherever it is.

``clean_at_start`` (called once from cli.main, which also starts the window)
removes the entries of "tam" whose process is gone and that are older than
``MIN_AGE`` (the user data folder of a portable copy may be shared by a second
computer, where the pid means nothing), the files the notes name, and the
leftovers in the backup folders. ``clean_beside`` removes the leftovers beside a
school file when it is opened. A process that is alive keeps its files; a name
that is not ours is never removed.
"""
from __future__ import annotations

import os
import re
import secrets
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from kehoach_desktop.paths import backups_dir, program_temp_dir

TEMP_PREFIX = ".~kehoach-"
TEMP_SUFFIX = ".tmp"
BESIDE = re.compile(r"^\.~kehoach-(?:(\d+)-)?[0-9a-f]+\.tmp(-journal|-wal|-shm)?$")
PRIVATE = re.compile(r"^[a-z]+-(\d+)-[0-9a-f]+$")
NOTE_JOB = "ghi"
MIN_AGE = 5 * 60                 # seconds: a run that just started may not be visible to us yet
OLD_NAME_AGE = 24 * 3600         # temp names from before the pid was in them: only when a day old
NOTE_MAX_AGE = 30 * 24 * 3600    # a note for a stick that never came back is dropped after a month


def beside_name() -> str:
    return f"{TEMP_PREFIX}{os.getpid()}-{secrets.token_hex(6)}{TEMP_SUFFIX}"


def private_path(job: str) -> Path:
    """A fresh name in the program temp folder (created) for this process's ``job``."""
    folder = program_temp_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"{job}-{os.getpid()}-{secrets.token_hex(6)}"


def private_folder(job: str) -> Path:
    path = private_path(job)
    path.mkdir()
    return path


@contextmanager
def private_temp(job: str) -> Iterator[Path]:
    """A folder of our own for ``job``, removed when done (and at the next start if we are killed)."""
    folder = private_folder(job)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@contextmanager
def announced(temp: Path) -> Iterator[None]:
    """Note ``temp`` in the program temp folder while it exists, so a kill does not hide it."""
    try:
        note = private_path(NOTE_JOB)
        note.write_text(str(temp.absolute()), encoding="utf-8")
    except OSError:        # no user data folder to write in: the copy still goes on
        note = None
    try:
        yield
    finally:
        if note is not None:
            _remove(note)


def pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name == "nt":
        return _windows_pid_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return True
    return True


def _windows_pid_alive(pid: int) -> bool:
    import ctypes
    kernel = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel.OpenProcess(0x1000, False, pid)   # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:   # error 5, access denied: it exists (another user's process)
        return ctypes.GetLastError() == 5  # type: ignore[attr-defined]
    try:
        code = ctypes.c_ulong()
        return not kernel.GetExitCodeProcess(handle, ctypes.byref(code)) or code.value == 259  # STILL_ACTIVE
    finally:
        kernel.CloseHandle(handle)


def clean_at_start() -> list[Path]:
    """Remove what killed runs left; never raises (a start must not fail over leftovers)."""
    removed: list[Path] = []
    try:
        removed += _clean_program_temp(program_temp_dir())
        backups = backups_dir()
        if backups.is_dir():
            for folder in backups.iterdir():
                if folder.is_dir():
                    removed += clean_folder(folder)
    except OSError:
        pass
    return removed


def clean_beside(path: str | os.PathLike) -> list[Path]:
    """Remove our leftovers beside ``path`` (a school file being opened)."""
    return clean_folder(Path(path).parent)


def clean_folder(folder: Path) -> list[Path]:
    """Our ``.~kehoach-<pid>-….tmp`` files in ``folder`` whose process is gone."""
    removed: list[Path] = []
    now = time.time()
    try:
        for item in folder.glob(f"{TEMP_PREFIX}*"):
            match = BESIDE.match(item.name)
            if not match or not item.is_file():
                continue
            pid = match.group(1)
            if pid is None:
                gone = now - _age_stamp(item) >= OLD_NAME_AGE
            else:
                gone = not pid_alive(int(pid))
            if gone and _remove(item):
                removed.append(item)
    except OSError:      # a stick pulled meanwhile: nothing more to clean there
        pass
    return removed


def _clean_program_temp(folder: Path) -> list[Path]:
    removed: list[Path] = []
    if not folder.is_dir():
        return removed
    now = time.time()
    for item in folder.iterdir():
        match = PRIVATE.match(item.name)
        if not match or pid_alive(int(match.group(1))) or now - _age_stamp(item) < MIN_AGE:
            continue
        if item.name.startswith(NOTE_JOB + "-") and item.is_file():
            if not _follow_note(item, now):
                continue
        elif item.is_dir():
            shutil.rmtree(item, ignore_errors=True)
            if item.exists():
                continue
        elif not _remove(item):
            continue
        removed.append(item)
    return removed


def _follow_note(note: Path, now: float) -> bool:
    """Remove the file a dead process's note names; False keeps the note (its stick is not here)."""
    try:
        temp = Path(note.read_text(encoding="utf-8").strip())
    except (OSError, UnicodeDecodeError, ValueError):
        return _remove(note)
    if BESIDE.match(temp.name):
        if not temp.parent.is_dir() and now - _age_stamp(note) < NOTE_MAX_AGE:
            return False
        for name in (temp.name, *(temp.name + s for s in ("-journal", "-wal", "-shm"))):
            _remove(temp.with_name(name))
    return _remove(note)


def _age_stamp(item: Path) -> float:
    """The newest change time of ``item`` and, for a folder, of what is directly in it."""
    try:
        stamp = item.stat().st_mtime
    except OSError:      # gone or unreadable meanwhile: as if new, so it is left alone
        return time.time()
    if item.is_dir():
        for child in item.iterdir():
            try:
                stamp = max(stamp, child.stat().st_mtime)
            except OSError:
                continue
    return stamp


def _remove(path: Path) -> bool:
    try:
        path.unlink()
    except FileNotFoundError:
        return True
    except OSError:
        return False
    return True
