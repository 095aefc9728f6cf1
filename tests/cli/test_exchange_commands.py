"""From the command line: a principal exports to a stick, the district office imports and compares,
and a bad import or a lost edit is undone from a backup."""
from __future__ import annotations

import json
import sqlite3

from kehoach_desktop.cli import EXIT_OK, EXIT_REFUSED, main
from kehoach_desktop.domain.school_year import current_school_year
from tests.store.exchange_helpers import digest, exported_school, new_district
from tests.store.school_factory import make_school


def test_export_then_district_init_import_and_list(tmp_path, capsys):
    make_school(tmp_path / "hoa-binh.db", code="79760101", name="Trường THCS Hòa Bình", rows=15)
    make_school(tmp_path / "le-loi.db", code="79760202", name="Trường THCS Lê Lợi", rows=8)
    stick = tmp_path / "USB"
    stick.mkdir()
    assert main(["export", str(tmp_path / "hoa-binh.db"), str(stick)]) == EXIT_OK
    assert main(["export", str(tmp_path / "le-loi.db"), str(stick)]) == EXIT_OK
    assert "đã đọc lại và kiểm tra" in capsys.readouterr().out
    district = tmp_path / "q3.db"
    assert main(["district", "init", str(district), "--name", "Phòng GD&ĐT Quận 3"]) == EXIT_OK
    files = sorted(str(p) for p in stick.iterdir())
    assert main(["district", "import", str(district), *files]) == EXIT_OK
    out = capsys.readouterr().out
    assert "Đã thêm trường Trường THCS Hòa Bình" in out and "2 nhận, 0 không đổi, 0 bị từ chối" in out
    assert main(["district", "list", str(district), "--year", "2025-2026"]) == EXIT_OK
    table = capsys.readouterr().out
    assert "Phòng GD&ĐT Quận 3: 2 trường · năm học 2025-2026" in table and "Trường THCS Lê Lợi" in table
    assert main(["district", "summary", str(district), "--year", "2025-2026", "--json"]) == EXIT_OK
    summary = json.loads(capsys.readouterr().out)
    assert [s["rows"] for s in summary["schools"]] == [15, 8]
    # Without --year: this school year, for which neither school has sent a plan yet.
    assert main(["office", "list", str(district)]) == EXIT_OK
    assert capsys.readouterr().out.count(f"chưa có kế hoạch năm học {current_school_year()}") == 2


def test_a_refused_file_is_reported_by_name_and_the_command_says_so(tmp_path, capsys):
    district = tmp_path / "q3.db"
    main(["district", "init", str(district), "--name", "Phòng GD&ĐT Quận 3"])
    (tmp_path / "anh.jpg").write_bytes(b"\xff\xd8\xff" + b"\0" * 2000)
    before = digest(district)
    assert main(["district", "import", str(district), str(tmp_path / "anh.jpg")]) == EXIT_REFUSED
    captured = capsys.readouterr()
    assert "✗ Tệp «anh.jpg» bị từ chối" in captured.out and "1 tệp bị từ chối" in captured.err
    assert digest(district) == before


def test_backup_list_and_restore(tmp_path, capsys):
    school = make_school(tmp_path / "truong.db", rows=4)
    assert main(["backup", "list", str(school)]) == EXIT_OK
    assert "Chưa có bản sao lưu" in capsys.readouterr().out
    assert main(["check", str(school)]) == EXIT_OK             # opening read-only takes no copy
    from kehoach_desktop.store.database import open_school_file
    open_school_file(school).close()                           # using it does: the daily copy
    conn = sqlite3.connect(school)
    conn.execute("DELETE FROM plan_row")
    conn.commit()
    conn.close()
    assert main(["backup", "list", str(school)]) == EXIT_OK
    assert "1. " in capsys.readouterr().out
    assert main(["backup", "restore", str(school)]) == EXIT_OK
    assert "Đã khôi phục" in capsys.readouterr().out
    conn = sqlite3.connect(school)
    assert conn.execute("SELECT COUNT(*) FROM plan_row").fetchone()[0] == 4
    conn.close()
    assert main(["backup", "restore", str(school), "9"]) == EXIT_REFUSED


def test_history_and_extract_from_the_command_line(tmp_path, capsys):
    district = new_district(tmp_path)
    school = tmp_path / "truong.db"
    first = exported_school(tmp_path, school_file=school, hours=0)
    second = exported_school(tmp_path, school_file=school, hours=2)
    assert main(["district", "import", str(district), str(first), str(second)]) == 0
    capsys.readouterr()
    assert main(["district", "history", str(district), "79760101"]) == 0
    lines = [text for text in capsys.readouterr().out.splitlines() if "79760101" in text]
    assert len(lines) == 2 and lines[0].startswith("* ")       # both kept, the newest in use
    assert main(["district", "extract", str(district), "79760101", "-o", str(tmp_path / "ra.db")]) == 0
    assert main(["check", str(tmp_path / "ra.db")]) == 0
    assert "15 dòng" in capsys.readouterr().out
