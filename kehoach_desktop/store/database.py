"""Opening, creating and checking the school file.

The whole year lives in one SQLite file that principals copy to USB sticks, so
it is kept durable and self-contained: every edit is one transaction,
``synchronous=FULL`` and the rollback journal (never WAL, whose committed data
can sit in a side file a copy would miss). Anything that is not our file, is
damaged, is newer than this program or cannot be written is refused before a
single byte of it changes.
"""
from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from kehoach_desktop import __version__
from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.store.failures import refusal_for
from kehoach_desktop.store import leftovers
from kehoach_desktop.store.reader import ReadOnlyDatabase
from kehoach_desktop.store.schema_names import KNOWN_MIGRATIONS, SCHEMA_VERSION

if TYPE_CHECKING:
    from sqlite_utils import Database

SQLITE_HEADER = b"SQLite format 3\x00"
# How long a write waits for another writer (a second window, the command line) to finish before
# the refusal "Tệp đang được một chương trình khác ghi" (store/failures.py).
BUSY_WAIT_SECONDS = 5.0
APP_ID = "kehoach-desktop"


def _connect(path: Path, read_only: bool) -> sqlite3.Connection:
    if read_only:
        uri = path.resolve().as_uri() + "?mode=ro"
        conn = sqlite3.connect(uri, uri=True, timeout=BUSY_WAIT_SECONDS)
    else:
        conn = sqlite3.connect(str(path), timeout=BUSY_WAIT_SECONDS)
    conn.execute("PRAGMA trusted_schema = OFF")
    return conn


def _apply_pragmas(db: Database) -> None:
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA journal_mode = DELETE")
    db.execute("PRAGMA synchronous = FULL")


def _refuse(path: Path, reason: str, **values: Any) -> InputError:
    """``reason`` is a template (its own message id) filled with ``values``."""
    return InputError("Không mở được tệp «{file}»: {reason}", field="file",
                      file=path.name, reason=InputError(reason, field="file", **values))


def inspect_file(path: Path) -> None:
    """Refuse what is not a healthy school file of a version we know, reading only."""
    if not path.exists():
        raise _refuse(path, "tệp không tồn tại.")
    if path.is_dir():
        raise _refuse(path, "đây là một thư mục, không phải tệp dữ liệu.")
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise _refuse(path, "không đọc được tệp ({error}).",
                            error=exc.strerror or exc) from exc
    if header != SQLITE_HEADER:
        raise _refuse(path, "đây không phải tệp dữ liệu Kế hoạch (không phải cơ sở dữ liệu SQLite).")
    _roll_back_interrupted_write(path)
    try:
        conn = _connect(path, read_only=True)
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise _refuse(
                    path,
                    "tệp được tạo bởi phiên bản mới hơn của chương trình (lược đồ {version}, chương trình "
                    "này hiểu đến {SCHEMA_VERSION}). Hãy cập nhật chương trình.",
                    version=version, SCHEMA_VERSION=SCHEMA_VERSION,
                )
            verdict = conn.execute("PRAGMA quick_check").fetchone()[0]
            if verdict != "ok":
                raise _refuse(path, "tệp dữ liệu bị hỏng (kiểm tra toàn vẹn không đạt). Hãy khôi phục từ bản sao lưu.")
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if "district_meta" in tables:
                raise _refuse(path, "đây là tệp của Phòng GD&ĐT, không phải tệp của một trường. "
                                    "Hãy mở bằng lệnh kehoach district.")
            if "school" not in tables or "_sqlite_migrations" not in tables:
                raise _refuse(path, "đây là cơ sở dữ liệu của chương trình khác, không phải tệp Kế hoạch.")
            names = [r[0] for r in conn.execute(
                "SELECT name FROM _sqlite_migrations WHERE migration_set = 'kehoach' ORDER BY rowid")]
            unknown = [n for n in names if n not in KNOWN_MIGRATIONS]
            if unknown:
                raise _refuse(path, "tệp được tạo bởi phiên bản mới hơn của chương trình. Hãy cập nhật chương trình.")
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        busy = refusal_for(exc)          # locked by another writer, or a pulled stick: not damage
        if busy is not None:
            raise busy from exc
        raise _refuse(path, "tệp dữ liệu bị hỏng hoặc không đọc được ({exc}).", exc=exc) from exc


def _roll_back_interrupted_write(path: Path) -> None:
    """After a crash or a pulled plug the last, unfinished edit waits in "<file>-journal".

    A read-only connection cannot roll it back and would call the file damaged;
    a writable connection's first read restores the last committed state, as
    SQLite intends (a journal still in use by a live writer is left alone).
    """
    journal = path.with_name(path.name + "-journal")
    if not journal.exists() or journal.stat().st_size == 0:
        return
    if not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
        raise _refuse(path, "lần ghi cuối chưa xong (có tệp «{journal}» bên cạnh) và vị trí này chỉ cho phép đọc. "
                            "Hãy chép cả hai tệp vào máy rồi mở lại.",
                            journal=journal.name)
    try:
        conn = sqlite3.connect(str(path))
        try:
            conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        busy = refusal_for(exc)          # locked by another writer, or a pulled stick: not damage
        if busy is not None:
            raise busy from exc
        raise _refuse(path, "tệp dữ liệu bị hỏng hoặc không đọc được ({exc}).", exc=exc) from exc


def _check_writable(path: Path) -> None:
    target = path if path.exists() else path.parent
    if not os.access(target, os.W_OK) or (path.exists() and not os.access(path.parent, os.W_OK)):
        raise _refuse(path, "vị trí lưu chỉ cho phép đọc. Hãy chép tệp vào máy (ví dụ thư mục Tài liệu) rồi mở lại.")


def open_school_file(path: str | os.PathLike, *, create: bool = False, read_only: bool = False) -> Database:
    """Open (or with ``create`` make) a school file and bring its schema up to date."""
    path = Path(path)
    is_new = create and (not path.exists() or path.stat().st_size == 0)
    if is_new:
        if not path.parent.exists():
            raise _refuse(path, "thư mục chứa tệp không tồn tại.")
        _check_writable(path)
    else:
        inspect_file(path)
        leftovers.clean_beside(path)   # a restore or save killed earlier left its temporary copy here
        if not read_only:
            _check_writable(path)
    try:
        if read_only and not is_new:
            # The store's read functions take it for a Database: it answers the part they use.
            return cast("Database", _open_for_reading(path))
        from sqlite_utils import Database

        from kehoach_desktop.store.migrations import migrations
        db = Database(_connect(path, read_only), execute_plugins=False)
        if read_only:
            db.execute("PRAGMA foreign_keys = ON")
            return db
        _apply_pragmas(db)
        if migrations.pending(db):
            if not is_new:  # an upgrade rewrites tables: keep the old file's copy first
                from kehoach_desktop.store.backups import BEFORE_UPGRADE, make_backup
                make_backup(path, BEFORE_UPGRADE)
            migrations.apply(db)
        elif not is_new:
            from kehoach_desktop.store.backups import ensure_daily_backup
            ensure_daily_backup(path)
        if is_new:
            with db.atomic():
                db.table("app_meta").insert_all(
                    [{"key": "app", "value": APP_ID}, {"key": "created_by", "value": __version__}],
                    replace=True,
                )
        return db
    except sqlite3.OperationalError as exc:
        raise _refuse(path, "không ghi được vào tệp ({exc}).", exc=exc) from exc


def _open_for_reading(path: Path) -> ReadOnlyDatabase:
    """The file as it is, or — written by an older program — an upgraded copy of it, read-only.

    Printing or verifying a file on a write-protected stick must not need to upgrade it there: the
    copy goes to a folder of its own, upgraded by the same steps, and is deleted on close. The
    original is never written.
    """
    conn = _connect(path, read_only=True)
    if conn.execute("PRAGMA user_version").fetchone()[0] >= SCHEMA_VERSION:
        conn.execute("PRAGMA foreign_keys = ON")
        return ReadOnlyDatabase(conn)
    conn.close()
    from sqlite_utils import Database

    from kehoach_desktop.store.migrations import migrations
    folder = leftovers.private_folder("doc")
    try:
        copy = folder / path.name
        shutil.copyfile(path, copy)
        upgrading = Database(_connect(copy, read_only=False), execute_plugins=False)
        try:
            _apply_pragmas(upgrading)
            migrations.apply(upgrading)
        finally:
            upgrading.close()
        conn = _connect(copy, read_only=True)
        conn.execute("PRAGMA foreign_keys = ON")
        return ReadOnlyDatabase(conn, remove_on_close=folder)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise


def schema_version(db: Database) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]


def integrity(db: Database) -> str:
    return db.execute("PRAGMA integrity_check").fetchone()[0]
