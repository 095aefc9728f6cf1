"""Automatic copies of a school (or district) file in the user data folder.

A copy is taken before every schema upgrade, before every import and once a
day while the file is used. Each file has its own folder (named after the
file and a digest of its full path, so two "truong.db" in different places
never mix). The last ``KEEP_LAST`` copies are kept, plus the newest copy of
every month, so a mistake found weeks later can still be undone. The copies
taken before an upgrade or a restore are the ways back to the file as it was:
of each of these two kinds every copy of the last ``KEEP_DAYS`` days is kept, or
the last ``KEEP_PROTECTED`` if that is more, so 250 restores in an afternoon
never prune the copy taken before the first one (daily and import copies are
pruned by age as before). Copies are
made with SQLite's backup API from a read-only connection (consistent even
while the window has the file open) and put in place through a temporary
name, so a copy is either whole or absent. Restoring first backs up the
current file, so a restore can itself be undone.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.paths import backups_dir
from kehoach_desktop.store import atomic_file, leftovers
from kehoach_desktop.store.file_names import ascii_slug

KEEP_LAST = 10
BEFORE_UPGRADE, BEFORE_IMPORT, DAILY, BEFORE_RESTORE = "nang-cap", "nhap", "hang-ngay", "khoi-phuc"
PROTECTED = (BEFORE_UPGRADE, BEFORE_RESTORE)   # the file as it was before the program or the user replaced it
KEEP_DAYS = 90
KEEP_PROTECTED = 20
REASONS = {
    BEFORE_UPGRADE: "trước khi nâng cấp tệp",
    BEFORE_IMPORT: "trước khi nhập dữ liệu",
    DAILY: "hằng ngày",
    BEFORE_RESTORE: "trước khi khôi phục",
}
STAMP = "%Y%m%d-%H%M%S-%f"


@dataclass(frozen=True)
class Backup:
    path: Path
    created: datetime             # local time, as the user reads it
    reason: str                   # a key of REASONS

    @property
    def label(self) -> str:
        return f"{self.created:%d/%m/%Y %H:%M:%S} — {REASONS.get(self.reason, self.reason)}"


def backup_folder(path: str | os.PathLike) -> Path:
    path = Path(path).resolve()
    digest = hashlib.sha256(str(path).encode("utf-8")).hexdigest()[:10]
    return backups_dir() / f"{ascii_slug(path.stem, 40)}-{digest}"


def list_backups(path: str | os.PathLike) -> list[Backup]:
    """The copies of ``path``, newest first."""
    folder = backup_folder(path)
    return list_backups_in(folder) if folder.is_dir() else []


def make_backup(path: str | os.PathLike, reason: str) -> Backup:
    """Copy ``path`` now; OSError and sqlite3.Error become an InputError saying nothing changed."""
    path = Path(path)
    folder = backup_folder(path)
    now = datetime.now()
    target = folder / f"{now.strftime(STAMP)}_{reason}.db"
    temp = atomic_file.temp_path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _sqlite_copy(path, temp)
        atomic_file._replace(temp, target)
        atomic_file.sync_folder(folder)
    except (OSError, sqlite3.Error) as exc:
        atomic_file.discard(temp)
        raise InputError("Không tạo được bản sao lưu của «{file}» trong {folder} ({exc}); tệp chưa bị thay đổi.", field="backup",
                         file=path.name, folder=folder, exc=exc) from exc
    prune(folder)
    return Backup(target, now, reason)


def _sqlite_copy(source: Path, target: Path) -> None:
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")  # the backup API copies a WAL flag along
        finally:
            dst.close()
    finally:
        src.close()
    fd = os.open(target, os.O_RDONLY)
    try:
        atomic_file._fsync(fd)
    finally:
        os.close(fd)


def ensure_daily_backup(path: str | os.PathLike) -> Backup | None:
    """One copy per calendar day while the file is used; a failure must not stop the user working."""
    today = datetime.now().date()
    if any(b.created.date() == today for b in list_backups(path)):
        return None
    try:
        return make_backup(path, DAILY)
    except InputError:
        return None


def prune(folder: Path, now: datetime | None = None) -> None:
    """Keep the newest KEEP_LAST copies, the newest of each month and the protected ones; remove the rest."""
    backups = list_backups_in(folder)
    keep = {b.path for b in backups[:KEEP_LAST]} | protected(backups, now or datetime.now())
    months: set[tuple[int, int]] = set()
    for backup in backups:   # newest first: the first seen of a month is its newest
        month = (backup.created.year, backup.created.month)
        if month not in months:
            months.add(month)
            keep.add(backup.path)
    for backup in backups:
        if backup.path not in keep:
            atomic_file.discard(backup.path)
            atomic_file.discard(backup.path.with_name(backup.path.name + "-journal"))   # a power cut's pair


def protected(backups: list[Backup], now: datetime) -> set[Path]:
    """Of each PROTECTED reason: every copy of the last KEEP_DAYS days, or the newest KEEP_PROTECTED if more."""
    since = now - timedelta(days=KEEP_DAYS)
    keep: set[Path] = set()
    for reason in PROTECTED:
        mine = [b for b in backups if b.reason == reason]     # newest first
        keep.update(b.path for b in mine[:KEEP_PROTECTED])
        keep.update(b.path for b in mine if b.created >= since)
    return keep


def list_backups_in(folder: Path) -> list[Backup]:
    found = []
    for item in folder.glob("*.db"):
        stamp, _, reason = item.stem.rpartition("_")
        try:
            found.append(Backup(item, datetime.strptime(stamp, STAMP), reason))
        except ValueError:
            continue
    return sorted(found, key=lambda b: b.created, reverse=True)


def restore_backup(path: str | os.PathLike, number: int) -> Backup:
    """Put copy ``number`` (1 = newest, as listed) back in place of ``path``, backing ``path`` up first."""
    path = Path(path)
    backups = list_backups(path)
    if not 1 <= number <= len(backups):
        raise InputError("Không có bản sao lưu số {number} của «{file}» (hiện có {count} bản).", field="backup",
                         number=number, file=path.name, count=len(backups))
    chosen = backups[number - 1]
    with leftovers.private_temp("khoi-phuc") as private:
        source = _settled(chosen.path, private)
        _check_healthy(source)
        before = make_backup(path, BEFORE_RESTORE) if path.exists() else None
        try:
            atomic_file.copy_into_place(source, path)
        except OSError as exc:
            raise atomic_file.disk_error(exc, path.parent, source.stat().st_size,
                                         InputError("Khôi phục", field="backup")) from exc
    return before or chosen


def _settled(copy: Path, private: Path) -> Path:
    """The copy as it can be put in place. A copy kept with its journal beside it (a file caught by a power
    cut, store.district_recovery) is the file's last commit only once that journal is rolled back: both
    are copied to ``private`` and opened there writable, which rolls it back; the kept pair is not touched."""
    journal = copy.with_name(copy.name + "-journal")
    if not journal.is_file():
        return copy
    settled = private / copy.name
    shutil.copyfile(copy, settled)
    shutil.copyfile(journal, private / journal.name)
    try:
        conn = sqlite3.connect(settled)
        try:
            conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()    # the first read rolls back
        finally:
            conn.close()
    except sqlite3.Error:
        pass          # judged by _check_healthy next
    return settled


def _check_healthy(copy: Path) -> None:
    """A copy that went bad on disk must not replace a working file."""
    try:
        conn = sqlite3.connect(f"{copy.resolve().as_uri()}?mode=ro", uri=True)
        try:
            healthy = conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        finally:
            conn.close()
    except sqlite3.Error:
        healthy = False
    if not healthy:
        raise InputError("Bản sao lưu «{file}» bị hỏng, không dùng để khôi phục được; hãy chọn bản khác.", field="backup", file=copy.name)
