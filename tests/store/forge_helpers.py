"""Forged exports that pass every check a hash and a signature can make: edited, re-hashed and signed
with the school's own key (what a sender holding the school's PC could do). Only the content checks
(store.incoming_content) and the schema comparison stand between such a file and the office."""
from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from kehoach_desktop.domain.signing import export_message, sign
from kehoach_desktop.store.school_schema import HASH_KEY, SEQUENCE_META, SIGNATURE_KEY, content_hash


def school_key(school_file: Path) -> str:
    conn = sqlite3.connect(school_file)
    try:
        return conn.execute("SELECT private_key FROM signing_key WHERE id = 1").fetchone()[0]
    finally:
        conn.close()


def resign(path: Path, private_key: str) -> Path:
    """``path``'s content hash recomputed and signed again with ``private_key``, as the export does."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        conn.execute("DELETE FROM app_meta WHERE key IN (?, ?)", [HASH_KEY, SIGNATURE_KEY])
        digest = content_hash(conn)
        meta = dict(conn.execute("SELECT key, value FROM app_meta WHERE key LIKE 'export.%'").fetchall())
        signature = sign(private_key, export_message(meta["export.school_code"], meta["export.exported_at"], digest,
                                                     meta.get(SEQUENCE_META, "")))
        conn.executemany("INSERT INTO app_meta (key, value) VALUES (?, ?)", [(HASH_KEY, digest),
                                                                             (SIGNATURE_KEY, signature)])
    finally:
        conn.close()
    return path


def forged(original: Path, target: Path, private_key: str, *statements: str, params: tuple = ()) -> Path:
    """A copy of ``original`` edited by ``statements`` (the last one takes ``params``), re-hashed and re-signed."""
    shutil.copyfile(original, target)
    conn = sqlite3.connect(target, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = OFF")
        for n, sql in enumerate(statements):
            conn.execute(sql, params if n == len(statements) - 1 else ())
    finally:
        conn.close()
    return resign(target, private_key)
