"""Does an incoming file's schema belong to this program? Compared object by object.

A file from an older version may lack tables or columns that later
migrations added; nothing may be there that this program would not create:
no trigger (``trusted_schema=OFF`` alone does not stop a plain-SQL one), no
view (which could shadow a table), no table, column or index of an unknown
name, no column whose type, default or constraints differ from ours.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

from kehoach_desktop.store.migrations import KNOWN_MIGRATIONS, MIGRATION_SET, SCHEMA_VERSION
from kehoach_desktop.store.school_schema import Reference, table_columns, table_indexes

REQUIRED_TABLES = ("app_meta", "school", "plan", "plan_row", "_sqlite_migrations")
MIGRATION_COLUMNS = {"id", "migration_set", "name", "applied_at"}
MAX_SCHEMA_OBJECTS = 200


# Schemas already compared in this process, by their exact text: a district loading hundreds of
# exports from the same program version compares each distinct schema once. The text of
# sqlite_master IS the schema, so equal text means an equal verdict.
_accepted: dict[tuple, dict[str, list[str]]] = {}


def check_schema(path: Path, conn: sqlite3.Connection, ref: Reference, refusal) -> tuple[int, dict]:
    """Refuse anything not ours; return the file's schema version and each table's columns."""
    rows = conn.execute(
        f"SELECT type, name, tbl_name, sql FROM sqlite_master LIMIT {MAX_SCHEMA_OBJECTS + 1}").fetchall()
    if len(rows) > MAX_SCHEMA_OBJECTS:
        raise refusal(path, "tệp có cấu trúc lạ (quá nhiều đối tượng).")
    # A flipped type byte can turn a name in the schema into a BLOB: refuse before any string work.
    if any(not all(isinstance(v, str) for v in row[:3]) or not isinstance(row[3], (str, type(None)))
           for row in rows):
        raise refusal(path, "tệp có cấu trúc lạ (danh mục bảng bị hỏng).")
    signature = tuple(sorted(rows, key=repr))
    columns = _accepted.get(signature)
    if columns is None:
        columns = _check_objects(path, conn, ref, [r[:3] for r in rows], refusal)
        _accepted[signature] = columns
    return _check_version(path, conn, refusal), columns


def _check_objects(path: Path, conn: sqlite3.Connection, ref: Reference, objects: list, refusal) -> dict:
    for kind, name, table in objects:
        if kind == "trigger":
            raise refusal(path, "tệp chứa trigger «{name}» — tệp của chương trình không bao giờ có; tệp có thể đã bị sửa "
                                "có chủ đích.", name=name)
        if kind == "view":
            raise refusal(path, "tệp chứa view «{name}» — tệp của chương trình không bao giờ có.",
                                name=name)
        if kind == "table" and name not in ref.tables:
            raise refusal(path, "tệp chứa bảng lạ «{name}».", name=name)
        if kind == "index" and not _known_index(ref, name, table):
            raise refusal(path, "tệp chứa chỉ mục lạ «{name}».", name=name)
        if kind not in ("table", "index"):
            raise refusal(path, "tệp chứa đối tượng lạ «{name}».", name=name)
    tables = {name for kind, name, _ in objects if kind == "table"}
    missing = [t for t in REQUIRED_TABLES if t not in tables]
    if missing:
        raise refusal(path, "đây không phải tệp dữ liệu của một trường (thiếu bảng {tables}).", tables=', '.join(missing))
    return {table: _check_table(path, conn, ref, table, refusal) for table in tables}


def _known_index(ref: Reference, name: str, table: str) -> bool:
    if name in ref.indexes:
        return ref.indexes[name].table == table
    return name.startswith(f"sqlite_autoindex_{table}_") and table in ref.tables


def _check_table(path: Path, conn: sqlite3.Connection, ref: Reference, table: str, refusal) -> list[str]:
    columns = table_columns(conn, table)
    if table == "_sqlite_migrations":
        if not set(columns) <= MIGRATION_COLUMNS or any(c.hidden for c in columns.values()):
            raise refusal(path, "bảng ghi phiên bản của tệp có cấu trúc lạ.")
        return list(columns)
    known = ref.tables[table]
    for name, column in columns.items():
        if name not in known:
            raise refusal(path, "bảng {table} có cột lạ «{name}».", table=table, name=name)
        if column != known[name]:
            raise refusal(path, "cột {table}.{name} khác với cấu trúc của chương trình.",
                                table=table, name=name)
    for name, index in table_indexes(conn, table).items():
        expected = ref.indexes.get(name)
        if name.startswith("sqlite_autoindex_"):
            if not any(i.table == table and i.columns == index.columns and i.unique == index.unique
                       for i in ref.indexes.values()):
                raise refusal(path, "bảng {table} có ràng buộc lạ.", table=table)
        elif expected != index:
            raise refusal(path, "chỉ mục «{name}» khác với cấu trúc của chương trình.", name=name)
    return list(columns)


def _check_version(path: Path, conn: sqlite3.Connection, refusal) -> int:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise refusal(path, "tệp được tạo bởi phiên bản mới hơn của chương trình (lược đồ {version}, chương trình "
                            "này hiểu đến {SCHEMA_VERSION}). Hãy cập nhật chương trình.",
                            version=version, SCHEMA_VERSION=SCHEMA_VERSION)
    if version < 1:
        raise refusal(path, "tệp không ghi phiên bản lược đồ.")
    names = [r[0] for r in conn.execute(
        "SELECT name FROM _sqlite_migrations WHERE migration_set = ? LIMIT 1000", [MIGRATION_SET])]
    if any(not isinstance(n, str) or n not in KNOWN_MIGRATIONS for n in names):
        raise refusal(path, "tệp được tạo bởi phiên bản mới hơn của chương trình. Hãy cập nhật chương trình.")
    if len(names) != version:
        raise refusal(path, "phiên bản lược đồ của tệp không khớp với các bước nâng cấp đã ghi.")
    return version
