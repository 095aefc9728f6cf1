"""Writing a commune office's bundle (format and checks: store.office_bundle).

Each member is a school export re-made from the office's copy of the school's current import: an empty
school file of this program's schema (made once per bundle), the copied rows, the school's own export
meta, VACUUM, and the content hash over it, as store.exchange stamps a school's export. The zip is
built in the program's temp folder, put in place through a temporary name (store.atomic_file), and
read back: the same bytes, and every member passing the Sở's own checks.
"""
from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import zipfile
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.office import OfficeIdentity
from kehoach_desktop.store import atomic_file, leftovers
from kehoach_desktop.store.district_extract import COPY_ORDER, _numbered_copies
from kehoach_desktop.store.district_office import identity_at
from kehoach_desktop.store.district_schema import copied_columns, copied_table
from kehoach_desktop.store.file_names import ascii_slug
from kehoach_desktop.store.office_bundle import (
    FORMAT, MANIFEST, MAX_MEMBERS, SUFFIX, VERSION, open_bundle, read_member, sign_manifest,
)
from kehoach_desktop.store.school_schema import HASH_KEY, PUBLIC_KEY_META, SEQUENCE_META, content_hash, quote

if TYPE_CHECKING:
    from sqlite_utils import Database

WHAT = InputError("Xuất tệp tổng hợp gửi cấp trên", field="file")    # names the job in a disk refusal


@dataclass
class BundleResult:
    path: Path
    size: int
    sha256: str
    schools: int
    exported_at: str


def office_of(identity: OfficeIdentity) -> dict[str, str]:
    """What the manifest says of the sending office."""
    return {"kind": identity.kind, "name": identity.name, "governing_body": identity.governing_body,
            "commune": identity.commune, "province": identity.province}


def bundle_file_name(office: dict[str, str], when: datetime) -> str:
    return f"{ascii_slug(office.get('commune') or office.get('name', ''), 40)}-{when:%Y%m%d}{SUFFIX}"


def export_bundle(db: Database, target: str | os.PathLike, *, now: datetime | None = None) -> BundleResult:
    """Write the office's schools as one bundle to ``target`` (a folder, or a .zip file in an existing one)."""
    office = office_of(identity_at(db))
    now = (now or datetime.now(timezone.utc)).astimezone(timezone.utc)
    target = Path(target)
    if target.is_dir():
        target = target / bundle_file_name(office, now)
    elif not target.name.lower().endswith(".zip"):
        raise InputError("Tệp ra «{file}» phải có đuôi {suffix}.", field="output", file=target.name, suffix=".zip")
    if not target.parent.is_dir():
        raise InputError("Thư mục «{parent}» không tồn tại.", field="output", parent=target.parent)
    schools = db.execute(
        "SELECT s.current_import, l.school_code, l.school_name, l.exported_at, l.program_version, l.schema_version, "
        "l.public_key, COALESCE(l.sequence, '') "
        "FROM district_school s JOIN import_log l ON l.id = s.current_import ORDER BY s.code").fetchall()
    if not schools:
        raise InputError("Tệp cơ quan chưa có trường nào để xuất; hãy nhập tệp của các trường trước.", field="file")
    if len(schools) > MAX_MEMBERS:
        raise InputError("Tệp cơ quan có {count} trường, quá số trường một tệp tổng hợp mang được ({limit}).",
                         field="file", count=len(schools), limit=MAX_MEMBERS)
    leftovers.clean_folder(target.parent)
    with leftovers.private_temp("tonghop") as private:
        from kehoach_desktop.store.database import open_school_file
        open_school_file(private / "mau.db", create=True).close()   # every school migration, once
        template = (private / "mau.db").read_bytes()
        built = private / "tong-hop.zip"
        stamp = now.astimezone().timetuple()[:6]
        members = []
        with zipfile.ZipFile(built, "w", zipfile.ZIP_DEFLATED) as archive:
            for number, (import_id, code, name, exported_at, program, schema, key, sequence) in enumerate(schools, 1):
                entry = f"{number:04d}-{ascii_slug(code, 20)}.db"
                data = _remade_export(db, private / "truong.db", template, import_id,
                                      [code, name, exported_at, program, str(schema), key, str(sequence)])
                archive.writestr(_info(entry, stamp), data)
                members.append({"file": entry, "code": code, "name": name, "exported_at": exported_at,
                                "sha256": hashlib.sha256(data).hexdigest(), "size": len(data)})
            exported = now.isoformat(timespec="microseconds")
            manifest = sign_manifest({"format": FORMAT, "version": VERSION, "office": office, "exported_at": exported,
                                      "members": members}, _office_private_key(db))
            archive.writestr(_info(MANIFEST, stamp), json.dumps(manifest, ensure_ascii=False, indent=1))
        data_hash = hashlib.sha256(built.read_bytes()).hexdigest()
        size = built.stat().st_size
        try:
            atomic_file.copy_into_place(built, target)
        except OSError as exc:
            raise atomic_file.disk_error(exc, target.parent, size, WHAT) from exc
    try:
        _verify(target, data_hash)
    except OSError as exc:
        atomic_file.discard(target)
        raise atomic_file.disk_error(exc, target.parent, size, WHAT) from exc
    except InputError:
        atomic_file.discard(target)
        raise
    return BundleResult(target, size, data_hash, len(members), exported)


def _office_private_key(db: Database) -> str:
    row = db.execute("SELECT private_key FROM office_key WHERE id = 1").fetchone()
    return row[0] if row else ""


def _info(entry: str, stamp: tuple) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(entry, date_time=stamp)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    return info


def _remade_export(db: Database, member: Path, template: bytes, import_id: int, meta: list[str]) -> bytes:
    """A school export of the office's copy of one import, stamped with that school's own export meta."""
    member.write_bytes(template)
    conn = sqlite3.connect(member, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("BEGIN")
        for table in COPY_ORDER:
            columns = [c.split()[0] for c in copied_columns(table)]
            names = ", ".join(quote(c) for c in columns)
            rows = db.execute(f"SELECT {names} FROM {copied_table(table)} WHERE import_id = ? ORDER BY rowid",
                              [import_id]).fetchall()
            if table == "plan":
                rows = _numbered_copies(columns, rows)
            conn.executemany(f"INSERT INTO {quote(table)} ({names}) VALUES ({', '.join('?' * len(columns))})", rows)
        # The template's own key pair is nobody's: the member names its school's public key, or none.
        school_key = meta[5] if len(meta) > 5 else ""
        if school_key:
            conn.execute("UPDATE signing_key SET private_key = '', public_key = ? WHERE id = 1", [school_key])
        else:
            conn.execute("DELETE FROM signing_key")
        conn.execute("DELETE FROM app_meta WHERE key LIKE 'export.%'")
        # The school's own key and counter travel with it (its signature cannot: the content is re-made);
        # the bundle's signature by this office stands for the members.
        conn.executemany("INSERT INTO app_meta (key, value) VALUES (?, ?)", [(k, v) for k, v in zip(
            ("export.school_code", "export.school_name", "export.exported_at", "export.program_version",
             "export.schema_version", PUBLIC_KEY_META, SEQUENCE_META), meta) if v])
        conn.execute("COMMIT")
        conn.execute("VACUUM")      # as a school's export: no free pages, rowids as the hash orders them
        conn.execute("INSERT INTO app_meta (key, value) VALUES (?, ?)", [HASH_KEY, content_hash(conn)])
    finally:
        conn.close()
    data = member.read_bytes()
    member.unlink()
    return data


def _verify(target: Path, expected_sha256: str) -> None:
    """Read the bundle back from the device: same bytes, and every member passes the Sở's own checks."""
    from kehoach_desktop.store.incoming import read_incoming_bytes
    if hashlib.sha256(target.read_bytes()).hexdigest() != expected_sha256:
        raise InputError("Xuất tệp tổng hợp không thành công: tệp đọc lại từ ổ khác với bản gốc (ổ USB có thể bị "
                         "lỗi). Hãy thử ổ khác.", field="file")
    with open_bundle(target) as (bundle, archive):
        for member in bundle.members:
            read_incoming_bytes(read_member(archive, bundle, member), bundle.member_label(member))
