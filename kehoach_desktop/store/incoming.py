"""Reading a school's export that arrives from outside: hostile until proven otherwise.

Following SQLite's "Defense Against the Dark Arts": the bytes are read once
(bounded), copied to a private temporary file so the stick cannot change them
between checking and reading, and opened read-only (``mode=ro``) with
``trusted_schema=OFF``, ``cell_size_check=ON``, ``mmap_size=0``, a small
maximum value length and no functions registered. ``integrity_check`` must say
``ok``, after the schema was found to be exactly one this program creates (any
version's, compared as SQL before anything is read: store.incoming_schema); every
value must have a sane type and length; the content must match the hash written
at export; and every value must be one the school's program could have stored
(store.incoming_content).
Only then are the rows handed on, already in memory, to be copied with
explicit column lists. Every refusal names the file and the reason in Vietnamese.
"""
from __future__ import annotations

import atexit
import hashlib
import itertools
import os
import shutil
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.store import leftovers
from kehoach_desktop.store.incoming_content import check_values
from kehoach_desktop.store.incoming_schema import check_schema
from kehoach_desktop.store.school_schema import (
    HASH_KEY, ContentHasher, Reference, reference, select_sql,
)

SQLITE_HEADER = b"SQLite format 3\x00"
MAX_FILE_BYTES = 32 * 1024 * 1024      # a school's whole history is well under 5 MB
MAX_VALUE_BYTES = 256 * 1024           # one cell: longer than any plan text ever typed
# Cells that hold a whole document, bounded by the file's own size limit instead: an issued
# revision's snapshot and its printed form are each the entire plan (a 300-row plan is well over 256 KiB).
WHOLE_DOCUMENT_CELLS = {("plan_revision", "snapshot"), ("plan_revision", "printed")}
MAX_ROWS_PER_TABLE = 200_000
MAX_CODE_CHARS = 40
REQUIRED_META = ("export.school_code", "export.school_name", "export.exported_at",
                 "export.program_version", "export.schema_version", HASH_KEY)


@dataclass
class Incoming:
    """A school export that passed every check, with its rows ready to copy."""

    path: Path
    file_sha256: str
    schema_version: int
    meta: dict[str, str]
    school: dict
    tables: dict[str, tuple[list[str], list[tuple]]] = field(default_factory=dict)

    @property
    def code(self) -> str:
        return self.school["code"]

    @property
    def name(self) -> str:
        return self.school["name"]

    @property
    def exported_at(self) -> datetime:
        return parse_time(self.meta["export.exported_at"])

    @property
    def content_hash(self) -> str:
        return self.meta[HASH_KEY]


def refusal(path: Path, reason: str, **values: Any) -> InputError:
    """``reason`` is a template (its own message id) filled with ``values``."""
    return InputError("Tệp «{file}» bị từ chối: {reason}", field="file",
                      file=path.name, reason=InputError(reason, field="file", **values))


def parse_time(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        raise ValueError("naive time")
    return moment


def read_incoming(path: str | os.PathLike) -> Incoming:
    """Check an incoming export completely; return its content or raise InputError."""
    path = Path(path)
    return read_incoming_bytes(_read_bounded(path), path)


def read_incoming_bytes(data: bytes, path: str | os.PathLike) -> Incoming:
    """The same checks on an export already in memory (a member of an office's bundle, read from the
    zip with its own size cap); ``path`` is only the name refusals and the import log show, never
    opened (a member's name comes from outside and must not contain a folder separator)."""
    path = Path(path)
    if len(data) > MAX_FILE_BYTES:
        raise refusal(path, "tệp quá lớn so với tệp của một trường.")
    _check_header(path, data)
    copy = conn = None
    try:
        copy = _private_dir() / f"incoming-{next(_counter)}.db"
        copy.write_bytes(data)
        conn = _open_defensively(copy)
        incoming = _read_checked(path, conn, reference())
    except sqlite3.Error as exc:
        raise refusal(path, "tệp bị hỏng hoặc không đọc được ({exc}).", exc=exc) from exc
    except UnicodeDecodeError as exc:  # text that is not UTF-8: damaged or forged
        raise refusal(path, "tệp bị hỏng (có chữ không đọc được).") from exc
    except OSError as exc:   # the private copy could not be written (a full temp disk)
        raise refusal(path, "không tạo được bản tạm để kiểm tra tệp ({error}); hãy giải phóng chỗ trống trên ổ đĩa "
                            "rồi thử lại.",
                            error=exc.strerror or exc) from exc
    finally:
        if conn is not None:
            conn.close()
        if copy is not None:
            try:
                copy.unlink(missing_ok=True)
            except OSError:
                pass   # removed with the private folder at exit
    incoming.file_sha256 = hashlib.sha256(data).hexdigest()
    return incoming


_counter = itertools.count(1)
_private: list[Path] = []


def _private_dir() -> Path:
    """One private folder per process for the copies being checked, removed at exit."""
    if not _private or not _private[0].is_dir():
        folder = leftovers.private_folder("nhap")
        atexit.register(shutil.rmtree, folder, True)
        _private[:] = [folder]
    return _private[0]


def _read_bounded(path: Path) -> bytes:
    try:
        if not path.is_file():
            raise refusal(path, "không tìm thấy tệp (hoặc đây là thư mục).")
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise refusal(path, "tệp quá lớn ({size_mb:.0f} MB) so với tệp của một trường (tối đa {limit_mb} MB).",
                                size_mb=size / 1_000_000, limit_mb=MAX_FILE_BYTES // 1_000_000)
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise refusal(path, "không đọc được tệp ({error}).",
                            error=exc.strerror or exc) from exc
    if len(data) > MAX_FILE_BYTES:
        raise refusal(path, "tệp quá lớn so với tệp của một trường.")
    return data


def _check_header(path: Path, data: bytes) -> None:
    if len(data) < 100 or not data.startswith(SQLITE_HEADER):
        raise refusal(path, "đây không phải tệp dữ liệu Kế hoạch (không phải cơ sở dữ liệu SQLite).")
    page_size = int.from_bytes(data[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1) or len(data) % page_size:
        raise refusal(path, "tệp bị cắt cụt hoặc hỏng (kích thước không khớp với trang dữ liệu).")
    pages = int.from_bytes(data[28:32], "big")
    counter, valid_for = data[24:28], data[92:96]
    if counter == valid_for and pages * page_size != len(data):
        raise refusal(path, "tệp bị cắt cụt hoặc chép chưa xong (thiếu dữ liệu ở cuối tệp).")
    if data[18] not in (1, 2) or data[19] not in (1, 2):
        raise refusal(path, "tệp có định dạng SQLite lạ.")


def _open_defensively(copy: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(f"{copy.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    for pragma in ("trusted_schema = OFF", "cell_size_check = ON", "mmap_size = 0", "query_only = ON"):
        conn.execute(f"PRAGMA {pragma}")
    # A cell longer than this fails to load instead of filling memory.
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES * 4)
    return conn


def _read_checked(path: Path, conn: sqlite3.Connection, ref: Reference) -> Incoming:
    # The schema first, compared as text and refused unread: integrity_check evaluates every index
    # expression, which a forged expression index makes last for minutes.
    version, columns = check_schema(path, conn, ref, refusal)
    verdict = conn.execute("PRAGMA integrity_check").fetchall()
    if verdict != [("ok",)]:
        raise refusal(path, "tệp bị hỏng (kiểm tra toàn vẹn không đạt). Hãy xin trường xuất lại tệp.")
    meta = _export_meta(path, conn)
    tables = _read_rows(path, conn, ref, meta, columns)
    check_values(path, tables, refusal)
    school_rows = tables.get("school", ([], []))
    if len(school_rows[1]) != 1:
        raise refusal(path, "tệp không có thông tin trường.")
    school = dict(zip(school_rows[0], school_rows[1][0]))
    _check_identity(path, meta, school)
    return Incoming(path, "", version, meta, school, tables)


def _export_meta(path: Path, conn: sqlite3.Connection) -> dict[str, str]:
    meta = {}
    for key, value in conn.execute("SELECT key, value FROM app_meta LIMIT 1000"):
        if isinstance(key, str) and isinstance(value, str):
            meta[key] = value
    if meta.get("app") != "kehoach-desktop":
        raise refusal(path, "đây không phải tệp của chương trình Kế hoạch.")
    missing = [k for k in REQUIRED_META if not meta.get(k)]
    if missing:
        raise refusal(path, "đây là tệp làm việc của trường, chưa phải tệp xuất. Hãy dùng chức năng "
                            "«Xuất file gửi Phòng GD&ĐT» (lệnh kehoach export) ở trường.")
    return meta


def _read_rows(path: Path, conn: sqlite3.Connection, ref: Reference, meta: dict,
               columns_of: dict[str, list[str]]) -> dict:
    hasher = ContentHasher()
    tables = {}
    for table in ref.content_tables():
        if table not in columns_of:
            continue
        columns = columns_of[table]
        kinds = [ref.tables[table][c].type for c in columns]
        rows = conn.execute(select_sql(table, columns) + f" LIMIT {MAX_ROWS_PER_TABLE + 1}").fetchall()
        if len(rows) > MAX_ROWS_PER_TABLE:
            raise refusal(path, "bảng {table} có quá nhiều dòng.", table=table)
        limits = [MAX_FILE_BYTES if (table, c) in WHOLE_DOCUMENT_CELLS else MAX_VALUE_BYTES for c in columns]
        if rows and not all(_sane(values, kind, limit) for values, kind, limit in zip(zip(*rows), kinds, limits)):
            raise refusal(path, "bảng {table} chứa giá trị không hợp lệ hoặc quá dài.",
                                table=table)
        hasher.table(table, columns, rows)
        tables[table] = (columns, rows)
    if hasher.hexdigest() != meta[HASH_KEY]:
        raise refusal(path, "nội dung tệp đã bị thay đổi hoặc hỏng sau khi xuất (mã kiểm tra không khớp). "
                            "Hãy xin trường xuất lại tệp.")
    return tables


ALLOWED_TYPES: dict[str, set[type]] = {"INTEGER": {int}, "REAL": {int, float}, "FLOAT": {int, float}, "TEXT": {str}}


def _sane(values: tuple, kind: str, limit: int = MAX_VALUE_BYTES) -> bool:
    """One column's values: the declared type (or NULL), and text of sane length without NUL."""
    types = set(map(type, values))
    types.discard(type(None))
    if not types <= ALLOWED_TYPES.get(kind, set()):
        return False
    if kind != "TEXT" or not types:
        return True
    texts = [v for v in values if v is not None]
    return max(map(len, texts)) <= limit and "\x00" not in "".join(texts)


def _check_identity(path: Path, meta: dict, school: dict) -> None:
    code, name = school.get("code"), school.get("name")
    if not code or not code.strip() or len(code) > MAX_CODE_CHARS or not code.isprintable():
        raise refusal(path, "mã trường trong tệp bị trống hoặc không hợp lệ.")
    if code != meta["export.school_code"] or name != meta["export.school_name"]:
        raise refusal(path, "thông tin trường không khớp với thông tin lúc xuất tệp.")
    try:
        parse_time(meta["export.exported_at"])
    except ValueError as exc:
        raise refusal(path, "thời điểm xuất tệp không đọc được.") from exc
    # A time ahead of this PC's clock is not refused here: the office holds such a file for the officer
    # to confirm, and it never blocks the school's later files (store.district_trust).
