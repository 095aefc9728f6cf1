"""A school file opened only to be read — printing, verifying, exports — over plain sqlite3.

sqlite-utils writes the school file (its tables, upserts and schema steps). Reading needs only
SQL, and loading sqlite-utils with the click, pluggy and dateutil it brings costs ~80 ms: a sixth
of a whole `kehoach print plan`. A read-only open hands out this reader instead. It answers the
part of sqlite-utils' ``Database`` that the store's read functions use — ``execute``,
``db[table].rows_where(…)`` and ``.columns_dict``, ``close`` — and any write through it is
refused by SQLite itself (the connection is read-only).
"""
from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class ReadOnlyTable:
    def __init__(self, conn: sqlite3.Connection, name: str) -> None:
        self.conn, self.name = conn, name

    def rows_where(self, where: str | None = None, where_args=None, order_by: str | None = None) -> Iterator[dict]:
        sql = f'SELECT * FROM "{self.name}"'
        if where:
            sql += f" WHERE {where}"
        if order_by:
            sql += f" ORDER BY {order_by}"
        cursor = self.conn.execute(sql, where_args or [])
        names = [column[0] for column in cursor.description]
        for row in cursor:
            yield dict(zip(names, row))

    @property
    def rows(self) -> Iterator[dict]:
        return self.rows_where()

    @property
    def columns_dict(self) -> dict[str, str]:
        return {r[1]: r[2] for r in self.conn.execute(f'PRAGMA table_info("{self.name}")')}


class ReadOnlyDatabase:
    def __init__(self, conn: sqlite3.Connection, remove_on_close: Path | None = None) -> None:
        self.conn = conn
        self.remove_on_close = remove_on_close   # the folder of an upgraded copy (store/database.py)

    def execute(self, sql: str, parameters=None) -> sqlite3.Cursor:
        return self.conn.execute(sql, parameters or [])

    def __getitem__(self, name: str) -> ReadOnlyTable:
        return ReadOnlyTable(self.conn, name)

    table = __getitem__

    def table_names(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]

    @contextmanager
    def atomic(self) -> Iterator[None]:
        yield                      # nothing to commit; reads see one snapshot per statement

    def close(self) -> None:
        self.conn.close()
        if self.remove_on_close is not None:
            shutil.rmtree(self.remove_on_close, ignore_errors=True)
