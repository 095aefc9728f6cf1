"""What a school file may contain, and the fingerprint of what it does contain.

The reference is the schema this very program creates (every school migration
applied to an empty in-memory database), so a file coming from outside is
compared against real DDL, never against a hand-kept list that could drift.
The content hash covers every row of every content table in a fixed order,
plus the export's own metadata (except the hash itself), so changing any
value after export — a flipped bit, an edited date — is seen on import.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass
from functools import lru_cache

# Tables the program keeps for itself; their rows are not school content.
BOOKKEEPING_TABLES = ("_sqlite_migrations",)
HASH_KEY = "export.content_hash"
SIGNATURE_KEY = "export.signature"        # the school's signature over the hash (domain.signing)
PUBLIC_KEY_META = "export.public_key"     # the key that signature checks against
SEQUENCE_META = "export.sequence"         # the school's export counter (store.exchange)
# Export metadata written after the hash, so not covered by it: the hash itself and the signature of it.
UNHASHED_KEYS = (HASH_KEY, SIGNATURE_KEY)


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    notnull: int
    default: str | None
    pk: int
    hidden: int


@dataclass(frozen=True)
class Index:
    table: str
    unique: int
    partial: int
    columns: tuple[str, ...]


@dataclass(frozen=True)
class Reference:
    tables: dict[str, dict[str, Column]]
    indexes: dict[str, Index]

    def content_tables(self) -> list[str]:
        return sorted(t for t in self.tables if t not in BOOKKEEPING_TABLES)


def table_columns(conn: sqlite3.Connection, table: str) -> dict[str, Column]:
    rows = conn.execute(f"PRAGMA table_xinfo({quote(table)})").fetchall()
    return {r[1]: Column(r[1], (r[2] or "").upper(), r[3], r[4], r[5], r[6]) for r in rows}


def table_indexes(conn: sqlite3.Connection, table: str) -> dict[str, Index]:
    found = {}
    for _, name, unique, _origin, partial in conn.execute(f"PRAGMA index_list({quote(table)})"):
        columns = tuple(str(r[2]) for r in conn.execute(f"PRAGMA index_info({quote(name)})"))
        found[name] = Index(table, unique, partial, columns)
    return found


def quote(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


@lru_cache(maxsize=1)
def reference() -> Reference:
    """The schema of a school file written by this program, built once per process."""
    from sqlite_utils import Database
    from kehoach_desktop.store.migrations import migrations
    conn = sqlite3.connect(":memory:")
    try:
        migrations.apply(Database(conn, execute_plugins=False))
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        tables = {n: table_columns(conn, n) for n in names}
        indexes = {}
        for name in names:
            indexes.update(table_indexes(conn, name))
        return Reference(tables, indexes)
    finally:
        conn.close()


class ContentHasher:
    """Feeds whole tables; the same rows in the same order give the same digest."""

    def __init__(self) -> None:
        self._hash = hashlib.sha256()

    def table(self, name: str, columns: list[str], rows: list[tuple]) -> None:
        encoded = json.dumps([name, columns, rows], ensure_ascii=False, separators=(",", ":"))
        self._hash.update(encoded.encode("utf-8"))
        self._hash.update(b"\n")

    def hexdigest(self) -> str:
        return self._hash.hexdigest()


def select_sql(table: str, columns: list[str]) -> str:
    """Rows of a content table in a stable order; app_meta leaves out the hash it is checked against
    and the signature of that hash."""
    sql = f"SELECT {', '.join(quote(c) for c in columns)} FROM {quote(table)}"
    if table == "app_meta":
        sql += " WHERE key NOT IN (" + ", ".join(f"'{k}'" for k in UNHASHED_KEYS) + ")"
    return sql + " ORDER BY rowid"


def content_hash(conn: sqlite3.Connection) -> str:
    """The fingerprint of a school file's content (used by export; import recomputes it)."""
    hasher = ContentHasher()
    present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    for table in reference().content_tables():
        if table in present:
            columns = list(table_columns(conn, table))
            hasher.table(table, columns, conn.execute(select_sql(table, columns)).fetchall())
    return hasher.hexdigest()
