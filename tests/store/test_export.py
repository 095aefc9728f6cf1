"""A principal exports the school's file to a USB stick for the Phòng GD&ĐT — even a bad stick."""
from __future__ import annotations

import errno
import random
import sqlite3

import pytest

from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.store import atomic_file
from kehoach_desktop.store.exchange import export_for_district
from kehoach_desktop.store.file_names import ascii_slug, export_file_name
from kehoach_desktop.store.incoming import read_incoming
from kehoach_desktop.store.migrations import SCHEMA_VERSION
from tests.store.exchange_helpers import BASE_TIME, digest
from tests.store.school_factory import make_school


@pytest.fixture
def school(tmp_path):
    return make_school(tmp_path / "truong.db", code="79760101", name="Trường THCS Hòa Bình")


@pytest.fixture
def stick(tmp_path):
    folder = tmp_path / "USB"
    folder.mkdir()
    return folder


def test_the_file_name_says_school_code_school_and_date_in_plain_ascii():
    assert ascii_slug("Trường THCS Đồng Minh") == "truong-thcs-dong-minh"
    assert export_file_name("79760101", "Trường THCS Hòa Bình", BASE_TIME) == \
        "kehoach-79760101-truong-thcs-hoa-binh-20261120.db"


def test_an_export_is_one_verified_file_recording_who_when_and_a_content_hash(school, stick):
    result = export_for_district(school, stick, now=BASE_TIME)
    assert [p.name for p in stick.iterdir()] == [result.path.name]   # no journal, no temp file beside it
    conn = sqlite3.connect(result.path)
    meta = dict(conn.execute("SELECT key, value FROM app_meta"))
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    assert meta["export.school_code"] == "79760101"
    assert meta["export.school_name"] == "Trường THCS Hòa Bình"
    assert meta["export.exported_at"].startswith("2026-11-20T08:00:00")
    assert meta["export.schema_version"] == str(SCHEMA_VERSION)
    assert len(meta["export.content_hash"]) == 64
    incoming = read_incoming(result.path)
    assert incoming.code == "79760101" and len(incoming.tables["plan_row"][1]) == 15
    assert digest(result.path) == result.sha256


def test_a_school_without_a_code_cannot_be_exported(tmp_path, stick):
    from kehoach_desktop.store.database import open_school_file
    open_school_file(tmp_path / "rong.db", create=True).close()
    with pytest.raises(InputError, match="mã trường"):
        export_for_district(tmp_path / "rong.db", stick)
    assert list(stick.iterdir()) == []


def _fail(err):
    def hook(*args, **kwargs):
        raise OSError(err, "injected")
    return hook


@pytest.mark.parametrize("hook, err, words", [
    ("_write", errno.ENOSPC, "đã đầy"),
    ("_fsync", errno.ENOSPC, "đã đầy"),
    ("_write", errno.EIO, "bị rút ra"),
    ("_fsync", errno.EIO, "bị rút ra"),
    ("_replace", errno.ENOENT, "bị rút ra"),
])
def test_a_full_or_pulled_stick_gives_a_clear_message_and_leaves_nothing(school, stick, monkeypatch,
                                                                         hook, err, words):
    monkeypatch.setattr(atomic_file, hook, _fail(err))
    with pytest.raises(InputError) as caught:
        export_for_district(school, stick, now=BASE_TIME)
    assert words in caught.value.message and "Không có tệp dở dang" in caught.value.message
    assert list(stick.iterdir()) == []


def test_an_export_interrupted_at_any_byte_never_leaves_a_file_that_imports(school, stick, monkeypatch):
    """The stick vanishes after N bytes and the leftover cannot even be removed: it must not import."""
    size = export_for_district(school, stick, now=BASE_TIME).size
    for item in stick.iterdir():
        item.unlink()
    monkeypatch.setattr(atomic_file, "_remove", _fail(errno.EIO))
    rng = random.Random(6)
    for offset in sorted(rng.sample(range(size), 12)) + [0, 100, size - 1]:
        written = 0

        def partial_write(handle, chunk, limit=offset):
            nonlocal written
            room = limit - written
            handle.write(chunk[:max(room, 0)])
            written += min(len(chunk), max(room, 0))
            if written >= limit:
                raise OSError(errno.EIO, "stick pulled")

        monkeypatch.setattr(atomic_file, "_write", partial_write)
        with pytest.raises(InputError):
            export_for_district(school, stick, now=BASE_TIME)
        leftovers = list(stick.iterdir())
        assert all(p.name.startswith(atomic_file.TEMP_PREFIX) for p in leftovers)
        for leftover in leftovers:
            with pytest.raises(InputError):
                read_incoming(leftover)
            leftover.unlink()


def test_every_truncation_of_an_export_is_refused(school, stick):
    good = export_for_district(school, stick, now=BASE_TIME).path
    data = good.read_bytes()
    rng = random.Random(7)
    cut = stick / "cut.db"
    for offset in [0, 16, 99, 100, 4096, len(data) - 4096, len(data) - 1] + rng.sample(range(len(data)), 20):
        cut.write_bytes(data[:offset])
        with pytest.raises(InputError):
            read_incoming(cut)


def test_a_stick_that_silently_garbles_data_is_caught_by_reading_back(school, stick, monkeypatch):
    def garbling_write(handle, chunk):
        handle.write(chunk[:5000] + bytes([chunk[5000] ^ 0xFF]) + chunk[5001:] if len(chunk) > 5000 else chunk)

    monkeypatch.setattr(atomic_file, "_write", garbling_write)
    with pytest.raises(InputError, match="đọc lại"):
        export_for_district(school, stick, now=BASE_TIME)
    assert list(stick.iterdir()) == []
