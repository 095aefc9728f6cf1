"""A school file has its own key from the day it is made; what it sends to the office is signed with it,
and the private half never leaves the school."""
from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone

from kehoach_desktop.domain.signing import export_message, fingerprint, verify
from kehoach_desktop.store.database import open_school_file
from kehoach_desktop.store.exchange import export_for_district
from kehoach_desktop.store.signing_keys import school_fingerprint, school_public_key
from tests.store.school_factory import make_school

NOW = datetime(2026, 11, 20, 8, 0, tzinfo=timezone.utc)


def meta(path) -> dict[str, str]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return dict(conn.execute("SELECT key, value FROM app_meta"))
    finally:
        conn.close()


def private_key(path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT private_key FROM signing_key").fetchone()[0]
    finally:
        conn.close()


def test_each_new_school_file_gets_its_own_key(tmp_path):
    first, second = make_school(tmp_path / "a.db"), make_school(tmp_path / "b.db", code="79760102")
    keys = []
    for path in (first, second):
        db = open_school_file(path, read_only=True)
        try:
            keys.append(school_public_key(db))
            assert school_fingerprint(db) == fingerprint(keys[-1])
        finally:
            db.close()
    assert all(keys) and keys[0] != keys[1]
    assert len(school_fingerprint(open_school_file(first, read_only=True))) == 19     # «XXXX-XXXX-XXXX-XXXX»


def test_the_export_is_signed_over_its_content_and_carries_no_private_key(tmp_path):
    school = make_school(tmp_path / "truong.db")
    secret = private_key(school)
    export = export_for_district(school, tmp_path, now=NOW).path
    found = meta(export)
    message = export_message(found["export.school_code"], found["export.exported_at"], found["export.content_hash"],
                             found["export.sequence"])
    assert verify(found["export.public_key"], message, found["export.signature"])
    assert not verify(found["export.public_key"], message.replace(b"79760101", b"79760102"), found["export.signature"])
    assert private_key(export) == ""
    assert secret.encode() not in export.read_bytes()
    assert private_key(school) == secret                         # the school keeps it


def test_the_export_counter_moves_on_even_when_the_clock_goes_back(tmp_path):
    school = make_school(tmp_path / "truong.db")
    sequences = []
    for hours in (0, -48, -72):                                     # the PC's clock set back twice
        folder = tmp_path / f"usb{hours}"
        folder.mkdir()
        sequences.append(int(meta(export_for_district(school, folder, now=NOW + timedelta(hours=hours)).path)
                             ["export.sequence"]))
    assert sequences == sorted(sequences) and len(set(sequences)) == 3
