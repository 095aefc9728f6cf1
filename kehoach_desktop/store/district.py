"""The district office's file: created, opened, and fed with the schools' exports.

An import is checked completely before the district file is touched (see
``incoming``), then decided against what the district already holds, then
written all or nothing (one transaction, or one savepoint when many files are
imported at once and their disk flushes are grouped). Any refusal leaves the
district file byte for byte as it was. A school is its code: a new code adds a school; a newer export of a
known code replaces that school's current data (the earlier import stays as
history); the same export twice changes nothing; an older export, or the same
code under another school name (unless the officer accepts the rename), is
refused.
"""
from __future__ import annotations

import functools
import itertools
import os
import sqlite3
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Generator, Iterable

from sqlite_utils import Database

from kehoach_desktop import __version__
from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.office import OfficeIdentity, legacy_identity
from kehoach_desktop.domain.school_code import code_key, look_alike
from kehoach_desktop.domain.values import nfc
from kehoach_desktop.store.district_schema import (
    DISTRICT_APP_ID, DISTRICT_MIGRATION_SET, DISTRICT_SCHEMA_VERSION, KNOWN_DISTRICT_MIGRATIONS,
    columns_to_copy, copied_table, district_migrations,
)
from kehoach_desktop.store.district_assessment import record as record_assessments
from kehoach_desktop.store.district_office import identity_at, insert_identity
from kehoach_desktop.store.district_history import bring_back, came_back, removed_row
from kehoach_desktop.store.district_recovery import _open_error, needs_rollback, recover
from kehoach_desktop.store.incoming import (
    SQLITE_HEADER, Incoming, read_incoming, read_incoming_bytes, refusal,
)
from kehoach_desktop.store.incoming_content import installed_frameworks
from kehoach_desktop.store.school_schema import PUBLIC_KEY_META
from kehoach_desktop.store.office_bundle import Bundle, Member, is_bundle
from kehoach_desktop.store.district_trust import (  # noqa: F401  ADDED …: the outcomes callers compare with
    ADDED, HELD, KEY_CHANGE, NOTHING_CONFIRMED, REPLACED, UNCHANGED, Confirmations, SenderKeyChanged, decide, pin,
    sequence_of, trusted_members,
)

REFUSED = "refused"
GROUP_COMMIT_SECONDS = 0.5


@dataclass
class ImportReport:
    file: Path
    outcome: str                  # one of ADDED, REPLACED, UNCHANGED, HELD, REFUSED
    message: str                  # Vietnamese, shown as is
    school_code: str = ""
    refusal: InputError | None = None     # why the file was refused or held, as data (the window translates it)
    hold: str = ""                # HELD: what the officer is asked to confirm (store.district_trust)
    through: str = ""             # the commune office a bundle's member came through ('' for a school's file)


def _connect(path: Path) -> Database:
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA trusted_schema = OFF")
    db = Database(conn, execute_plugins=False)
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA journal_mode = DELETE")
    db.execute("PRAGMA synchronous = FULL")
    return db


def create_district(path: str | os.PathLike, name: str) -> Path:
    """An office file known only by its name: a Phòng GD&ĐT as before 01/7/2025 (``kehoach district init
    --name``); ``create_office`` makes one of today's kinds."""
    if not nfc(name).strip():
        raise InputError("Hãy nhập tên cơ quan, ví dụ «Phòng Văn hóa - Xã hội xã Vĩnh Hải».", field="name")
    return create_office(path, legacy_identity(name))


def create_office(path: str | os.PathLike, identity: OfficeIdentity) -> Path:
    path = Path(path)
    name = nfc(identity.name).strip()
    if not name:
        raise InputError("Hãy nhập tên cơ quan, ví dụ «Phòng Văn hóa - Xã hội xã Vĩnh Hải».", field="name")
    if path.exists():
        raise InputError("Tệp «{file}» đã có; chọn tên khác để không ghi đè dữ liệu.", field="file",
                         file=path.name)
    if not path.parent.is_dir():
        raise _open_error(path, "thư mục chứa tệp không tồn tại.")
    db = _connect(path)
    try:
        district_migrations.apply(db)
        with db.atomic():
            db.table("district_meta").insert_all([
                {"key": "app", "value": DISTRICT_APP_ID}, {"key": "name", "value": name},
                {"key": "created_by", "value": __version__},
            ])
            insert_identity(db.conn, identity)
    finally:
        db.close()
    return path


def open_district(path: str | os.PathLike) -> Database:
    """Open a district file for reading and importing; a school file or a stranger gets a clear refusal."""
    path = Path(path)
    _inspect(path)
    db = _connect(path)
    if district_migrations.pending(db):
        district_migrations.apply(db)
    return db


def is_district_file(path: str | os.PathLike) -> bool:
    """For the window's Open: a district file opens the district view, not the school one."""
    try:
        _inspect(Path(path))
        return True
    except (InputError, OSError):
        return False


def _inspect(path: Path) -> None:
    if not path.is_file():
        raise _open_error(path, "tệp không tồn tại.")
    with path.open("rb") as handle:
        if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            raise _open_error(path, "đây không phải tệp dữ liệu (không phải cơ sở dữ liệu SQLite).")
    try:
        _check(path)
    except _Interrupted:                # a power cut during an import: its journal rolled back, copy first
        recover(path)
        _check(path)


class _Interrupted(Exception):
    """The file has a hot journal, which a read-only connection cannot roll back."""


def _check(path: Path) -> None:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "district_meta" not in tables:
            if "school" in tables:
                raise _open_error(path, "đây là tệp dữ liệu của một trường, không phải tệp của cơ quan quản lý. "
                                        "Hãy tạo tệp cơ quan (kehoach office init) rồi nhập tệp trường vào đó.")
            raise _open_error(path, "đây không phải tệp của cơ quan quản lý lập bằng chương trình Kế hoạch.")
        if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise _open_error(path, "tệp bị hỏng. Hãy khôi phục từ bản sao lưu (kehoach backup list).")
        names = [r[0] for r in conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [DISTRICT_MIGRATION_SET])]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > DISTRICT_SCHEMA_VERSION or any(n not in KNOWN_DISTRICT_MIGRATIONS for n in names):
            raise _open_error(path, "tệp được tạo bởi phiên bản mới hơn của chương trình. Hãy cập nhật.")
    except sqlite3.DatabaseError as exc:
        if needs_rollback(exc):
            raise _Interrupted() from exc
        raise _open_error(path, "tệp bị hỏng hoặc không đọc được ({exc}).", exc=exc) from exc
    finally:
        conn.close()


def district_name(db: Database) -> str:
    """The office's name today (its identity's, domain.office)."""
    return identity_at(db).name


# -- importing ---------------------------------------------------------------------------------

def import_files(db: Database, files: Iterable[str | os.PathLike], *,
                 confirmed: Confirmations = NOTHING_CONFIRMED,
                 on_progress: Callable[[int, ImportReport], None] | None = None,
                 durable_every: float = GROUP_COMMIT_SECONDS,
                 stop: Callable[[], bool] | None = None) -> list[ImportReport]:
    """Import each file on its own; a refusal never stops the others.

    Each file is all or nothing (its own savepoint). To keep hundreds of files from paying one
    disk flush each, the flushes are grouped: committed at least every ``durable_every``
    seconds and at the end (0 commits after every file). A crash in between loses only
    imports that were not committed yet, never half of one, and the files are still there.
    So ``on_progress(number, report)`` hears of a file only after the commit that holds it:
    nothing reported imported can be lost afterwards. ``stop()`` is asked before each file (and
    each school of a bundle); True ends the import there, what came before committed and reported.
    """
    conn = db.conn
    reports: list[ImportReport] = []
    unheard: list[tuple[int, ImportReport]] = []        # done, but not yet committed
    last_commit = time.monotonic()

    def commit() -> None:
        nonlocal last_commit
        if conn.in_transaction:
            conn.execute("COMMIT")
        last_commit = time.monotonic()
        heard = list(unheard)
        unheard.clear()
        for number, report in heard:    # a bundle's members all report as the same file
            if on_progress:
                on_progress(number, report)

    try:
        for number, file in enumerate(files, 1):
            path = Path(file)
            # Lazily: each file (each member of a bundle) is read inside the transaction begun for it.
            of_file = (import_bundle if is_bundle(path) else _import_one)(db, path, confirmed=confirmed)
            stopped = False
            while not (stopped := bool(stop and stop())):
                if not conn.in_transaction:
                    conn.execute("BEGIN IMMEDIATE")
                report = next(of_file, None)
                if report is None:
                    break
                reports.append(report)
                unheard.append((number, report))
                if time.monotonic() - last_commit >= durable_every:
                    commit()
            of_file.close()
            if stopped:
                break
        commit()
    except sqlite3.Error as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise InputError("Không ghi được vào tệp cơ quan quản lý ({exc}); các tệp chưa lưu xong sẽ cần nhập lại. "
                         "Tệp cơ quan vẫn nguyên vẹn như lần lưu trước.", field="file", exc=exc) from exc
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return reports


def import_file(db: Database, path: Path, *, confirmed: Confirmations = NOTHING_CONFIRMED) -> ImportReport:
    return _import(db, path, lambda: read_incoming(path), confirmed, None)


def _import_one(db: Database, path: Path, *,
                confirmed: Confirmations = NOTHING_CONFIRMED) -> Generator[ImportReport, None, None]:
    yield import_file(db, path, confirmed=confirmed)


def import_bundle(db: Database, path: Path, *,
                  confirmed: Confirmations = NOTHING_CONFIRMED) -> Generator[ImportReport, None, None]:
    """A commune office's bundle (store.office_bundle): each member imported as that school, on its own.
    The bundle refused as a whole yields one refusal and writes nothing; a refused member stops no other.
    A member older than (or as old as) what the office holds is reported unchanged, not refused."""
    members = trusted_members(db, path, confirmed)
    try:
        first = next(members)       # the bundle is opened and checked whole here, and its sender's key
    except InputError as exc:
        yield ImportReport(path, REFUSED, exc.message, refusal=exc)
        return
    except SenderKeyChanged as held:     # the commune office's key changed: the officer confirms that office
        yield ImportReport(path, HELD, held.reason.message, held.sender, refusal=held.reason, hold=KEY_CHANGE)
        return
    for bundle, member, data in itertools.chain([first], members):
        label = Path(bundle.member_label(member))
        if isinstance(data, InputError):
            yield ImportReport(label, REFUSED, data.message, member.code, refusal=data, through=bundle.through)
            continue
        yield _import(db, label, functools.partial(_member_incoming, bundle, member, data, label), confirmed,
                      bundle)


def _member_incoming(bundle: Bundle, member: Member, data: bytes, label: Path) -> Incoming:
    incoming = read_incoming_bytes(data, label)
    if (incoming.code, incoming.name, incoming.meta["export.exported_at"]) != (member.code, member.name,
                                                                               member.exported_at):
        raise refusal(label, "tệp là của «{found}» (mã {found_code}) nhưng danh sách của tệp tổng hợp ghi «{listed}» "
                             "(mã {listed_code}) hoặc thời điểm xuất khác; tệp tổng hợp có thể đã bị sửa.",
                      found=incoming.name, found_code=incoming.code, listed=member.name, listed_code=member.code)
    return incoming


def _import(db: Database, path: Path, read: Callable[[], Incoming], confirmed: Confirmations,
            bundle: Bundle | None) -> ImportReport:
    try:
        incoming = read()
    except InputError as exc:
        return ImportReport(path, REFUSED, exc.message, refusal=exc, through=bundle.through if bundle else "")
    removed = removed_row(db.conn, code_key(incoming.code))
    if removed is None:
        return _decided(db, path, incoming, confirmed, bundle)
    # A school the officer took out of the overview: back in it for the decision, so the file meets the
    # school's pinned key and counter; it stays back only if the file is taken (store.district_history).
    conn = db.conn
    conn.execute("SAVEPOINT removed_school")
    try:
        bring_back(conn, removed[1])
        report = _decided(db, path, incoming, confirmed, bundle)
        if report.outcome in (HELD, REFUSED):
            conn.execute("ROLLBACK TO removed_school")
        else:
            came_back(conn, removed[0])
            report.message += " Trường được đưa trở lại danh sách."
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK TO removed_school")
            conn.execute("RELEASE removed_school")
        raise
    conn.execute("RELEASE removed_school")
    return report


def _decided(db: Database, path: Path, incoming: Incoming, confirmed: Confirmations,
             bundle: Bundle | None) -> ImportReport:
    through = bundle.through if bundle else ""
    try:
        decision = decide(db, incoming, confirmed, in_bundle=bundle is not None)
        outcome, kept = decision.outcome, decision.kept_time
        if outcome == HELD:
            assert decision.reason is not None
            return ImportReport(path, HELD, decision.reason.message, decision.code, refusal=decision.reason,
                                through=through, hold=decision.hold)
        if outcome == UNCHANGED:
            said = (f"đã có bản mới hơn/bằng (xuất lúc {kept}); giữ bản đã có." if kept else
                    "bản này đã được nhập trước đó; không có gì thay đổi.")
            return ImportReport(path, UNCHANGED, f"Tệp «{path.name}»: {incoming.name} (mã {incoming.code}) — {said}",
                                incoming.code, through=through)
        incoming.school["code"] = decision.code      # one school, however its code was typed this time
        _write(db, incoming, bundle, decision, confirmed)
    except InputError as exc:
        return ImportReport(path, REFUSED, exc.message, refusal=exc, through=through)
    verb = "Đã thêm trường" if outcome == ADDED else "Đã cập nhật dữ liệu mới của"
    came = f", qua {bundle.office['name']}" if bundle else ""
    return ImportReport(path, outcome, f"Tệp «{path.name}»: {verb} {incoming.name} (mã {incoming.code}), "
                                       f"bản xuất lúc {_local(incoming.exported_at)}{came}.", incoming.code,
                        through=through)


def _local(moment: datetime) -> str:
    return moment.astimezone().strftime("%H:%M ngày %d/%m/%Y")


def _write(db: Database, incoming: Incoming, bundle: Bundle | None = None, decision=None,
           confirmed: Confirmations = NOTHING_CONFIRMED) -> None:
    """All of one file or none of it: a log row, the copied rows, and the school's pointer. A school keeps
    the commune it last came through when a later file arrives directly."""
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    meta = incoming.meta
    through, through_office = (bundle.through, bundle.office["name"]) if bundle else ("", "")
    conn = db.conn
    conn.execute("SAVEPOINT import_file")   # outside a batch this is the file's own transaction
    try:
        import_id = conn.execute(
            "INSERT INTO import_log (school_code, school_name, file_name, file_sha256, content_hash, "
            "exported_at, imported_at, program_version, schema_version, through, through_office, sequence, "
            "public_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [incoming.code, incoming.name, incoming.path.name, incoming.file_sha256, incoming.content_hash,
             meta["export.exported_at"], now, meta["export.program_version"], incoming.schema_version,
             through, through_office, sequence_of(incoming), meta.get(PUBLIC_KEY_META, "")],
        ).lastrowid
        assert import_id is not None            # the row just inserted
        for table, (columns, rows) in incoming.tables.items():
            _copy_rows(conn, table, columns, rows, import_id)
        record_assessments(conn, import_id, incoming.code, incoming.tables, installed_frameworks())   # its level
        conn.execute(
            "INSERT INTO district_school (code, name, level, current_import, first_imported_at, last_imported_at, "
            "through, code_key, look_alike) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(code) DO UPDATE SET "
            "name = excluded.name, "
            "level = excluded.level, current_import = excluded.current_import, "
            "last_imported_at = excluded.last_imported_at, "
            "through = CASE WHEN excluded.through != '' THEN excluded.through ELSE district_school.through END",
            [incoming.code, incoming.name, incoming.school.get("level") or "", import_id, now, now, through,
             code_key(incoming.code), look_alike(incoming.code)])
        if decision is not None:
            pin(conn, decision, confirmed)
        conn.execute("RELEASE import_file")
    except BaseException as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK TO import_file")
            conn.execute("RELEASE import_file")
        if isinstance(exc, sqlite3.Error):
            raise refusal(incoming.path, "không ghi được vào tệp cơ quan quản lý ({exc}); tệp cơ quan được giữ nguyên.", exc=exc) from exc
        raise


_district_columns: dict[str, set[str]] = {}


def _copy_rows(conn: sqlite3.Connection, table: str, columns: list[str], rows: list[tuple],
               import_id: int) -> None:
    target = copied_table(table)
    known = _district_columns.get(target)
    if known is None:
        known = {r[1] for r in conn.execute(f"PRAGMA table_info({target})")}
        known.discard("import_id")
        _district_columns[target] = known
    if not known:
        return  # a school table the district does not keep (e.g. app_meta)
    keep = columns_to_copy(table, columns, known)   # a column the copy lacks refuses the file
    names = ", ".join(["import_id"] + [f'"{columns[i]}"' for i in keep])
    marks = ", ".join("?" * (len(keep) + 1))
    conn.executemany(f"INSERT INTO {target} ({names}) VALUES ({marks})",
                     ([import_id, *(row[i] for i in keep)] for row in rows))
