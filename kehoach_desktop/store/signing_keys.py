"""The school file's own key (school migration 0012_signing_key): what the program shows of it.

Only the public half and its fingerprint (domain.signing.fingerprint) leave this module; the
private key is read by the export alone (store.exchange), which signs with it in its snapshot.
"""
from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from kehoach_desktop.domain.signing import fingerprint

if TYPE_CHECKING:
    from sqlite_utils import Database


def school_public_key(db: Database) -> str | None:
    """The school's public key, or None for a file read before its upgrade gave it one."""
    try:
        row = db.execute("SELECT public_key FROM signing_key WHERE id = 1").fetchone()
    except sqlite3.OperationalError:
        return None
    return row[0] if row else None


def school_fingerprint(db: Database) -> str:
    """«K7QM-2ZP4-…», or "" without a key: what the principal reads to the office on a key change."""
    key = school_public_key(db)
    return fingerprint(key) if key else ""
