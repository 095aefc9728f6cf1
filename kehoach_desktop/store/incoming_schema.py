"""Does an incoming file's schema belong to this program? Every object compared, as SQL, before anything is read.

An export may come from an older version of the program: its schema is then the one the school
migrations up to its version created (``PRAGMA user_version``, and exactly those steps in
``_sqlite_migrations``). The reference of every version is built once per process by applying the
migrations step by step to an empty in-memory database (``schema_versions``), so the comparison is
against real DDL, never against a hand-kept list that could drift.

Each object of the file's ``sqlite_master`` — table, index, trigger, view — must be one of that
version's, with the same table and the same SQL once normalised (whitespace, comments, the case of
keywords and identifiers, the style of identifier quotes); string literals and numbers are compared
as written, so a changed DEFAULT, CHECK, COLLATE, STRICT or a dropped FOREIGN KEY differs. Nothing
else may be there, and nothing of that version may be missing. This runs before ``integrity_check``,
which evaluates every index expression: an expensive expression index must be refused unread.
"""
from __future__ import annotations

import re
import sqlite3
import string
from functools import lru_cache
from pathlib import Path

from kehoach_desktop.store.migrations import KNOWN_MIGRATIONS, MIGRATION_SET, SCHEMA_VERSION
from kehoach_desktop.store.school_schema import Reference, quote, table_columns

REQUIRED_TABLES = ("app_meta", "school", "plan", "plan_row", "_sqlite_migrations")
MAX_SCHEMA_OBJECTS = 200

Objects = dict[tuple[str, str], tuple[str, str | None]]   # (type, name) → (its table, normalised SQL)

# Schemas already compared in this process, by their exact text and claimed version: a district loading
# hundreds of exports from the same program version compares each distinct schema once.
_accepted: dict[tuple, dict[str, list[str]]] = {}

_TOKEN = re.compile(r"""
    (?P<space>\s+|--[^\n]*|/\*.*?(?:\*/|\Z))
  | (?P<string>'(?:[^']|'')*'?)
  | (?P<quoted>"(?:[^"]|"")*"?|\[[^\]]*\]?|`(?:[^`]|``)*`?)
  | (?P<word>[A-Za-z_\x80-\U0010ffff][A-Za-z0-9_$\x80-\U0010ffff]*)
  | (?P<number>0[xX][0-9A-Fa-f]+|\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)
  | (?P<other>\|\||<=|>=|!=|<>|==|<<|>>|.)
""", re.S | re.X)
# SQLite folds only ASCII letters in keywords and names: folding more would make two different names one.
_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)


def normalised(sql: str | None) -> str | None:
    """``sql`` with whitespace and comments as one space, keywords and names in lower case, every quoted
    name in double quotes; literals as written. Two statements SQLite reads alike normalise alike."""
    if sql is None:
        return None
    tokens = []
    for match in _TOKEN.finditer(sql):
        kind, text = match.lastgroup, match.group()
        if kind == "space":
            continue
        if kind == "quoted":
            inner = text[1:-1] if len(text) > 1 and text[-1] in "\"]`" else text[1:]
            if text[0] == '"':
                inner = inner.replace('""', '"')
            elif text[0] == "`":
                inner = inner.replace("``", "`")
            text = quote(inner.translate(_ASCII_LOWER))
        elif kind == "word":
            text = text.translate(_ASCII_LOWER)
        tokens.append(text)
    return " ".join(tokens)


@lru_cache(maxsize=1)
def schema_versions() -> dict[int, tuple[Objects, dict[str, list[str]]]]:
    """Each school schema version's objects and each table's columns, as the migrations up to it create them."""
    from sqlite_utils import Database
    from kehoach_desktop.store.migrations import migrations
    conn = sqlite3.connect(":memory:")
    versions = {}
    try:
        db = Database(conn, execute_plugins=False)
        for version in range(1, SCHEMA_VERSION + 1):
            migrations.apply(db, stop_before=KNOWN_MIGRATIONS[version] if version < SCHEMA_VERSION else None)
            rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
            objects = {(kind, name): (table, normalised(sql)) for kind, name, table, sql in rows}
            columns = {name: list(table_columns(conn, name)) for kind, name, _, _ in rows if kind == "table"}
            versions[version] = (objects, columns)
    finally:
        conn.close()
    return versions


def check_schema(path: Path, conn: sqlite3.Connection, ref: Reference, refusal) -> tuple[int, dict]:
    """Refuse anything not ours, before reading any table; return the file's schema version and each
    table's columns. ``ref`` (today's schema) is kept for callers; each version has its own reference."""
    rows = conn.execute(
        f"SELECT type, name, tbl_name, sql FROM sqlite_master LIMIT {MAX_SCHEMA_OBJECTS + 1}").fetchall()
    if len(rows) > MAX_SCHEMA_OBJECTS:
        raise refusal(path, "tệp có cấu trúc lạ (quá nhiều đối tượng).")
    # A flipped type byte can turn a name in the schema into a BLOB: refuse before any string work.
    if any(not all(isinstance(v, str) for v in row[:3]) or not isinstance(row[3], (str, type(None)))
           for row in rows):
        raise refusal(path, "tệp có cấu trúc lạ (danh mục bảng bị hỏng).")
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise refusal(path, "tệp được tạo bởi phiên bản mới hơn của chương trình (lược đồ {version}, chương trình "
                            "này hiểu đến {SCHEMA_VERSION}). Hãy cập nhật chương trình.",
                            version=version, SCHEMA_VERSION=SCHEMA_VERSION)
    if version < 1:
        raise refusal(path, "tệp không ghi phiên bản lược đồ.")
    signature = (version, tuple(sorted(rows, key=repr)))
    columns = _accepted.get(signature)
    if columns is None:
        columns = _check_objects(path, conn, version, rows, refusal)
        _accepted[signature] = columns
    _check_steps(path, conn, version, refusal)
    return version, columns


def _check_objects(path: Path, conn: sqlite3.Connection, version: int, rows: list, refusal) -> dict[str, list[str]]:
    expected, columns = schema_versions()[version]
    found = set()
    for kind, name, table, sql in rows:
        found.add((kind, name))
        known = expected.get((kind, name))
        if known is None:
            _refuse_unknown(path, kind, name, refusal)
        if known is not None and (known[0] != table or known[1] != normalised(sql)):
            _refuse_changed(path, conn, version, kind, name, refusal)
    missing = [name for kind, name in expected if (kind, name) not in found and kind == "table"]
    if any(t in missing for t in REQUIRED_TABLES):
        raise refusal(path, "đây không phải tệp dữ liệu của một trường (thiếu bảng {tables}).",
                      tables=", ".join(t for t in REQUIRED_TABLES if t in missing))
    missing += [name for kind, name in expected if (kind, name) not in found and kind != "table"]
    if missing:
        raise refusal(path, "tệp thiếu {names} mà phiên bản lược đồ {version} của chương trình luôn có; tệp có thể "
                            "đã bị sửa.", names=", ".join(f"«{n}»" for n in sorted(missing)), version=version)
    return columns


def _refuse_unknown(path: Path, kind: str, name: str, refusal) -> None:
    if kind == "trigger":
        raise refusal(path, "tệp chứa trigger «{name}» — tệp của chương trình không bao giờ có; tệp có thể đã bị sửa "
                            "có chủ đích.", name=name)
    if kind == "view":
        raise refusal(path, "tệp chứa view «{name}» — tệp của chương trình không bao giờ có.", name=name)
    if kind == "table":
        raise refusal(path, "tệp chứa bảng lạ «{name}».", name=name)
    if kind == "index":
        raise refusal(path, "tệp chứa chỉ mục lạ «{name}».", name=name)
    raise refusal(path, "tệp chứa đối tượng lạ «{name}».", name=name)


def _refuse_changed(path: Path, conn: sqlite3.Connection, version: int, kind: str, name: str, refusal) -> None:
    """An object of ours whose SQL differs: say which column when a table gained one (the parsed schema
    answers that without reading a row)."""
    if kind == "table":
        known = schema_versions()[version][1].get(name, [])
        try:
            extra = [c for c in table_columns(conn, name) if c not in known]
        except sqlite3.Error:
            extra = []
        if extra:
            raise refusal(path, "bảng {table} có cột lạ «{name}».", table=name, name=extra[0])
        raise refusal(path, "bảng {table} khác với cấu trúc của chương trình (ràng buộc, kiểu hoặc giá trị mặc định "
                            "đã bị sửa).", table=name)
    raise refusal(path, "chỉ mục «{name}» khác với cấu trúc của chương trình.", name=name)


def _check_steps(path: Path, conn: sqlite3.Connection, version: int, refusal) -> None:
    """The steps recorded are exactly the first ``version`` of ours (the table is known to be ours now)."""
    steps = conn.execute("SELECT migration_set, name FROM _sqlite_migrations LIMIT 1000").fetchall()
    names = [name for step, name in steps if step == MIGRATION_SET]
    if any(not isinstance(n, str) or n not in KNOWN_MIGRATIONS for n in names):
        raise refusal(path, "tệp được tạo bởi phiên bản mới hơn của chương trình. Hãy cập nhật chương trình.")
    if sorted(names) != sorted(KNOWN_MIGRATIONS[:version]) or len(names) != len(steps):
        raise refusal(path, "phiên bản lược đồ của tệp không khớp với các bước nâng cấp đã ghi.")


