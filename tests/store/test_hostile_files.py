"""A virus-ridden PC hands the district office garbage: every such file is refused and the district
file stays byte for byte as it was."""
from __future__ import annotations

import random
import shutil
import sqlite3

import pytest

from kehoach_desktop.store.district import REFUSED, UNCHANGED, import_files, open_district
from kehoach_desktop.store.migrations import SCHEMA_VERSION
from tests.store.exchange_helpers import digest, exported_school, new_district


@pytest.fixture(scope="module")
def original(tmp_path_factory):
    return exported_school(tmp_path_factory.mktemp("school"))


@pytest.fixture
def district(tmp_path, original):
    """A district that already holds the original export, so only refusals and no-ops are possible."""
    path = new_district(tmp_path)
    db = open_district(path)
    import_files(db, [original])
    db.close()
    return path


def import_one(district, path):
    db = open_district(district)
    try:
        [report] = import_files(db, [path])
    finally:
        db.close()
    return report


def tampered(tmp_path, original, *statements, name="tampered.db"):
    copy = tmp_path / name
    shutil.copyfile(original, copy)
    conn = sqlite3.connect(copy, isolation_level=None)
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    for sql in statements:
        conn.execute(sql)
    conn.close()
    return copy


def assert_refused(district, path, *words):
    before = digest(district)
    report = import_one(district, path)
    assert report.outcome == REFUSED, report.message
    assert path.name in report.message
    for word in words:
        assert word in report.message
    assert digest(district) == before
    return report


def test_not_sqlite_empty_and_truncated_files_are_refused(tmp_path, district, original):
    cases = {
        "word.db": b"PK\x03\x04 this is a zipped Word document" * 100,
        "empty.db": b"",
        "text.db": "Kế hoạch năm học".encode() * 500,
        "half.db": original.read_bytes()[: original.stat().st_size // 2],
        "header-only.db": original.read_bytes()[:100],
    }
    for name, data in cases.items():
        (tmp_path / name).write_bytes(data)
        assert_refused(district, tmp_path / name)
    assert "không phải cơ sở dữ liệu SQLite" in import_one(district, tmp_path / "word.db").message


def test_random_bit_flips_are_refused_or_change_nothing(tmp_path, district, original):
    data = original.read_bytes()
    before = digest(district)
    rng = random.Random(2026)
    flipped = tmp_path / "flipped.db"
    outcomes = set()
    for _ in range(60):
        mutated = bytearray(data)
        for _ in range(rng.choice((1, 1, 3))):
            position = rng.randrange(len(mutated))
            mutated[position] ^= 1 << rng.randrange(8)
        flipped.write_bytes(bytes(mutated))
        report = import_one(district, flipped)
        assert report.outcome in (REFUSED, UNCHANGED), report.message
        outcomes.add(report.outcome)
        assert digest(district) == before
    assert REFUSED in outcomes


@pytest.mark.parametrize("statements, words", [
    (["CREATE TRIGGER wipe AFTER INSERT ON plan_row BEGIN DELETE FROM school; END"], ["trigger"]),
    (["ALTER TABLE plan_row RENAME TO plan_row_real",
      "CREATE VIEW plan_row AS SELECT * FROM plan_row_real"], ["bảng lạ"]),
    (["CREATE VIEW plan_summary AS SELECT COUNT(*) FROM plan_row"], ["view"]),
    (["CREATE TABLE payload (x BLOB)"], ["bảng lạ «payload»"]),
    (["CREATE INDEX sneaky ON plan_row(tasks)"], ["chỉ mục lạ"]),
    (["ALTER TABLE plan_row ADD COLUMN extra TEXT"], ["cột lạ"]),
    ([f"PRAGMA user_version = {SCHEMA_VERSION + 1}"], ["phiên bản mới hơn"]),
    (["INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('kehoach', '9999_future', '')",
      f"PRAGMA user_version = {SCHEMA_VERSION}"], ["phiên bản mới hơn"]),
    (["UPDATE plan_row SET tasks = 'Đã sửa sau khi xuất' WHERE id = 1"], ["mã kiểm tra không khớp"]),
    (["UPDATE plan_row SET plan_id = 'x' WHERE id = 1"], ["không hợp lệ"]),
    (["UPDATE plan_row SET tasks = CAST(X'C328' AS TEXT) WHERE id = 1"], ["bị hỏng"]),
    (["UPDATE app_meta SET value = '2099-01-01T00:00:00+00:00' WHERE key = 'export.exported_at'"], ["không khớp"]),
    (["DELETE FROM app_meta WHERE key LIKE 'export.%'"], ["chưa phải tệp xuất"]),
    # A flipped type byte in the schema table: an index name read back as a BLOB (bench_faults found it).
    (["PRAGMA writable_schema = ON",
      "UPDATE sqlite_master SET name = CAST(name AS BLOB) WHERE type = 'index' AND name = 'plan_row_plan'"],
     ["danh mục bảng bị hỏng"]),
])
def test_a_tampered_export_is_refused(tmp_path, district, original, statements, words):
    assert_refused(district, tampered(tmp_path, original, *statements), *words)


def test_an_over_long_text_cell_is_refused(tmp_path, district, original):
    long_cell = tampered(tmp_path, original, "UPDATE plan_row SET tasks = printf('%.*c', 300000, 'x') WHERE id = 1")
    assert_refused(district, long_cell, "quá dài")


def test_a_200_megabyte_text_cell_is_refused_without_reading_it(tmp_path, district, original):
    huge = tampered(tmp_path, original, "UPDATE plan_row SET tasks = printf('%.*c', 200000000, 'x') WHERE id = 1")
    assert huge.stat().st_size > 200_000_000
    assert_refused(district, huge, "quá lớn")
    huge.unlink()


def test_a_district_file_or_a_working_school_file_is_not_a_school_export(tmp_path, district):
    (tmp_path / "other").mkdir()
    other = new_district(tmp_path / "other")
    assert_refused(district, other)
    school_file = tmp_path / "s" / "truong-79760101.db"
    exported_school(tmp_path / "s")
    assert_refused(district, school_file, "chưa phải tệp xuất")
