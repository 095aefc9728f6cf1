"""«Xuất file gửi cơ quan quản lý»: a snapshot of the school file that is safe to carry.

The snapshot is made locally with ``VACUUM INTO`` (one consistent file, no
journal beside it), stamped in its ``app_meta`` with the school's identity,
the export time, program and schema versions and a content hash signed with the
school's key (domain.signing; the private key is blanked in the snapshot), and only then
copied to the chosen folder — usually a USB stick — through a temporary name,
fsync and rename. The snapshot lives in the program temp folder and the
temporary name on the stick carries our pid, so what a killed export leaves is
removed at the next start (store/leftovers.py). The copy is read back: its bytes must equal the snapshot's
and it must pass the same checks the district office will run. A stick that
fills up or is pulled out leaves no file under the real name. The one write to the school file is
its export counter, moved on before the snapshot (``_next_sequence``).
"""
from __future__ import annotations

import hashlib
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from kehoach_desktop import __version__
from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.store import atomic_file, leftovers
from kehoach_desktop.store.database import inspect_file
from kehoach_desktop.store.file_names import export_file_name
from kehoach_desktop.domain.signing import export_message, sign
from kehoach_desktop.store.school_schema import (
    HASH_KEY, PUBLIC_KEY_META, SEQUENCE_META, SIGNATURE_KEY, content_hash,
)

WHAT = InputError("Xuất tệp gửi cơ quan quản lý", field="file")    # names the job in a disk refusal


@dataclass
class ExportResult:
    path: Path
    size: int
    sha256: str
    school_code: str
    school_name: str
    exported_at: str


def export_for_district(school_file: str | os.PathLike, folder: str | os.PathLike,
                        *, now: datetime | None = None) -> ExportResult:
    """Write the district copy of ``school_file`` into ``folder``; refuse with a message on any failure."""
    school_file, folder = Path(school_file), Path(folder)
    inspect_file(school_file)
    if not folder.is_dir():
        raise InputError("Xuất tệp gửi cơ quan quản lý không thành công: không tìm thấy thư mục «{folder}».", field="folder",
                         folder=folder)
    now = (now or datetime.now(timezone.utc)).astimezone(timezone.utc)
    leftovers.clean_folder(folder)   # an export killed earlier on this stick left its half copy here
    # The snapshot is a whole school: in the program temp folder, where a killed run's copy is found again.
    with leftovers.private_temp("xuat") as private:
        snapshot = private / "snapshot.db"
        sequence = _next_sequence(school_file, now)
        code, name = _snapshot(school_file, snapshot, now, sequence)
        data_hash = hashlib.sha256(snapshot.read_bytes()).hexdigest()
        size = snapshot.stat().st_size
        target = folder / export_file_name(code, name, now)
        try:
            atomic_file.copy_into_place(snapshot, target)
        except OSError as exc:
            raise atomic_file.disk_error(exc, folder, size, WHAT) from exc
        try:
            _verify(target, data_hash)
        except OSError as exc:
            atomic_file.discard(target)  # not read back whole: do not leave it looking finished
            raise atomic_file.disk_error(exc, folder, size, WHAT) from exc
    return ExportResult(target, size, data_hash, code, name, now.isoformat(timespec="microseconds"))


def _next_sequence(school_file: Path, now: datetime) -> int | None:
    """The school's export counter, moved on and kept in the school file before the snapshot.

    It never goes back: the next value is above the last export's and, once the PC's clock is right,
    above any earlier export's time (microseconds), so a file restored from a backup still exports
    newer, and an office orders a school's files by it rather than by a clock that may have been wrong.
    None for a file without a key (written before 0012_signing_key and not opened since)."""
    conn = sqlite3.connect(str(school_file), isolation_level=None, timeout=10)
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        conn.execute("BEGIN IMMEDIATE")
        try:
            row = conn.execute("SELECT export_sequence FROM signing_key WHERE id = 1").fetchone()
        except sqlite3.OperationalError:
            conn.execute("ROLLBACK")
            return None
        sequence = max(int(row[0] or 0) + 1, int(now.timestamp() * 1_000_000)) if row else None
        if sequence is not None:
            conn.execute("UPDATE signing_key SET export_sequence = ? WHERE id = 1", [sequence])
        conn.execute("COMMIT")
        return sequence
    except sqlite3.DatabaseError as exc:
        raise InputError("Xuất tệp gửi cơ quan quản lý không thành công: không đọc được tệp của trường ({exc}).",
                         field="file", exc=exc) from exc
    finally:
        conn.close()


def _snapshot(school_file: Path, snapshot: Path, now: datetime, sequence: int | None = None) -> tuple[str, str]:
    source = sqlite3.connect(f"{school_file.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    try:
        source.execute("PRAGMA trusted_schema = OFF")
        source.execute("VACUUM INTO ?", [str(snapshot)])
    except sqlite3.DatabaseError as exc:
        raise InputError("Xuất tệp gửi cơ quan quản lý không thành công: không đọc được tệp của trường ({exc}).",
                         field="file", exc=exc) from exc
    finally:
        source.close()
    copy = sqlite3.connect(snapshot, isolation_level=None)
    try:
        copy.execute("PRAGMA journal_mode = DELETE")
        school = copy.execute("SELECT code, name FROM school WHERE id = 1").fetchone()
        if not school or not (school[0] or "").strip():
            raise InputError("Xuất tệp gửi cơ quan quản lý không thành công: hãy nhập tên và mã trường trước khi xuất "
                             "(cơ quan quản lý nhận biết trường theo mã).", field="school")
        version = copy.execute("PRAGMA user_version").fetchone()[0]
        key = _key(copy)
        exported_at = now.isoformat(timespec="microseconds")
        copy.execute("BEGIN")
        copy.execute("DELETE FROM app_meta WHERE key LIKE 'export.%'")
        meta = [("export.school_code", school[0]), ("export.school_name", school[1]),
                ("export.exported_at", exported_at), ("export.program_version", __version__),
                ("export.schema_version", str(version))]
        if key is not None:
            # The private key stays at school: blanked here, and VACUUM below leaves no page holding it.
            copy.execute("UPDATE signing_key SET private_key = '' WHERE id = 1")
            meta += [(PUBLIC_KEY_META, key[1]), (SEQUENCE_META, str(sequence or ""))]
        copy.executemany("INSERT INTO app_meta (key, value) VALUES (?, ?)", meta)
        copy.execute("COMMIT")
        copy.execute("VACUUM")  # no page space carrying leftovers of deleted rows to the district
        # Hashed after VACUUM, which may renumber the rowids the hash is ordered by.
        digest = content_hash(copy)
        copy.execute("INSERT INTO app_meta (key, value) VALUES (?, ?)", [HASH_KEY, digest])
        if key is not None:
            signature = sign(key[0], export_message(school[0], exported_at, digest, str(sequence or "")))
            copy.execute("INSERT INTO app_meta (key, value) VALUES (?, ?)", [SIGNATURE_KEY, signature])
    finally:
        copy.close()
    return school[0], school[1]


def _key(conn: sqlite3.Connection) -> tuple[str, str] | None:
    """The school's (private, public) key, or None for a file made before schools had keys."""
    try:
        row = conn.execute("SELECT private_key, public_key FROM signing_key WHERE id = 1").fetchone()
    except sqlite3.OperationalError:
        return None
    return (row[0], row[1]) if row and row[0] else None


def _verify(target: Path, expected_sha256: str) -> None:
    """Read the copy back from the device: same bytes, and it passes the district's own checks."""
    from kehoach_desktop.store.incoming import read_incoming
    try:
        if hashlib.sha256(target.read_bytes()).hexdigest() != expected_sha256:
            raise InputError("Xuất tệp gửi cơ quan quản lý không thành công: tệp đọc lại từ ổ khác với bản gốc (ổ USB có "
                             "thể bị lỗi). Hãy thử ổ khác.", field="file")
    except InputError:
        atomic_file.discard(target)
        raise
    try:
        read_incoming(target)
    except InputError as exc:
        atomic_file.discard(target)
        # The office's refusal speaks to the office («hãy xin trường xuất lại tệp»); the principal is told
        # what it means for the school's own file.
        raise InputError("Chưa xuất được: cơ quan quản lý sẽ từ chối tệp này. {reason} Tệp của trường có dữ liệu bị "
                         "sửa ngoài chương trình hoặc bị hỏng: hãy khôi phục từ bản sao lưu (Tệp ▸ Khôi phục bản sao "
                         "lưu…) hoặc báo lỗi.", field="file", reason=exc) from exc
