"""`kehoach office remove|revert|undo|history`: the officer takes a school out of the list, goes back to
its previous import, and changes their mind; nothing imported is ever deleted."""
from __future__ import annotations

import sqlite3

from kehoach_desktop.cli import EXIT_OK, EXIT_REFUSED, main
from tests.store.exchange_helpers import exported_school, new_district

CODE = "79760101"


def listed(office, capsys) -> str:
    assert main(["office", "list", str(office), "--year", "2025-2026"]) == EXIT_OK
    return capsys.readouterr().out


def current_export(office) -> str:
    conn = sqlite3.connect(office)
    try:
        return conn.execute("SELECT l.exported_at FROM district_school s JOIN import_log l ON l.id = s.current_import "
                            "WHERE s.code = ?", [CODE]).fetchone()[0]
    finally:
        conn.close()


def imports(office) -> int:
    conn = sqlite3.connect(office)
    try:
        return conn.execute("SELECT COUNT(*) FROM import_log").fetchone()[0]
    finally:
        conn.close()


def test_remove_takes_the_school_out_undo_brings_it_back(tmp_path, capsys):
    office = new_district(tmp_path)
    other = exported_school(tmp_path / "b", code="79760102", name="Trường THCS Lê Lợi")
    assert main(["office", "import", str(office), str(exported_school(tmp_path / "a")), str(other)]) == EXIT_OK
    capsys.readouterr()
    assert main(["office", "remove", str(office), CODE]) == EXIT_OK
    assert "Đã gỡ Trường THCS Hòa Bình (mã 79760101) khỏi danh sách" in capsys.readouterr().out
    out = listed(office, capsys)
    assert "Hòa Bình" not in out and "Lê Lợi" in out
    assert imports(office) == 2                       # its import stays as history
    assert main(["office", "history", str(office), CODE]) == EXIT_OK
    out = capsys.readouterr().out
    assert "Trường THCS Hòa Bình" in out and "gỡ khỏi danh sách" in out and "\n* " not in "\n" + out
    assert main(["office", "remove", str(office), CODE]) == EXIT_REFUSED       # not in the list any more
    assert "không có trường mã 79760101" in capsys.readouterr().err
    assert main(["office", "undo", str(office)]) == EXIT_OK
    assert "trở lại danh sách" in capsys.readouterr().out
    assert "Hòa Bình" in listed(office, capsys)
    assert main(["office", "undo", str(office)]) == EXIT_REFUSED              # nothing left to undo
    capsys.readouterr()


def test_revert_makes_the_previous_import_current_and_undo_goes_forward_again(tmp_path, capsys):
    office = new_district(tmp_path)
    first, second = exported_school(tmp_path / "a", hours=0), exported_school(tmp_path / "a", hours=5)
    assert main(["office", "revert", str(office), CODE]) == EXIT_REFUSED     # no such school yet
    assert main(["office", "import", str(office), str(first)]) == EXIT_OK
    assert main(["office", "revert", str(office), CODE]) == EXIT_REFUSED     # only one import
    assert "không có bản nhập trước" in capsys.readouterr().err
    assert main(["office", "import", str(office), str(second)]) == EXIT_OK
    newest = current_export(office)
    capsys.readouterr()
    assert main(["office", "revert", str(office), CODE]) == EXIT_OK
    assert "đang dùng lại bản xuất lúc" in capsys.readouterr().out
    assert current_export(office) < newest and imports(office) == 2
    assert main(["office", "history", str(office), CODE]) == EXIT_OK
    assert "trở lại bản nhập trước" in capsys.readouterr().out
    assert main(["office", "undo", str(office), CODE]) == EXIT_OK
    assert current_export(office) == newest


def test_a_removed_school_imported_again_comes_back_through_the_same_checks(tmp_path, capsys):
    office = new_district(tmp_path)
    first, second = exported_school(tmp_path / "a", hours=0), exported_school(tmp_path / "a", hours=5)
    assert main(["office", "import", str(office), str(second)]) == EXIT_OK
    assert main(["office", "remove", str(office), CODE]) == EXIT_OK
    capsys.readouterr()
    # An older file is still older than what the office held: refused, the school stays out.
    assert main(["office", "import", str(office), str(first)]) == EXIT_REFUSED
    assert "cũ hơn" in capsys.readouterr().out
    assert "Hòa Bình" not in listed(office, capsys)
    # A newer one brings it back, and the removal is over (nothing for undo to put back).
    third = exported_school(tmp_path / "a", hours=9)
    assert main(["office", "import", str(office), str(third)]) == EXIT_OK
    assert "Trường được đưa trở lại danh sách." in capsys.readouterr().out
    assert "Hòa Bình" in listed(office, capsys)
    assert main(["office", "undo", str(office)]) == EXIT_REFUSED


def test_undo_never_rewinds_a_school_imported_since(tmp_path, capsys):
    office = new_district(tmp_path)
    for hours in (0, 5):
        assert main(["office", "import", str(office), str(exported_school(tmp_path / "a", hours=hours))]) == EXIT_OK
    assert main(["office", "revert", str(office), CODE]) == EXIT_OK
    assert main(["office", "import", str(office), str(exported_school(tmp_path / "a", hours=9))]) == EXIT_OK
    newest = current_export(office)
    capsys.readouterr()
    assert main(["office", "undo", str(office)]) == EXIT_REFUSED
    assert "không hoàn tác được" in capsys.readouterr().err
    assert current_export(office) == newest


def test_after_a_revert_the_newer_file_imported_again_is_current_again(tmp_path, capsys):
    office = new_district(tmp_path)
    first, second = exported_school(tmp_path / "a", hours=0), exported_school(tmp_path / "a", hours=5)
    assert main(["office", "import", str(office), str(first), str(second)]) == EXIT_OK
    newest = current_export(office)
    assert main(["office", "revert", str(office), CODE]) == EXIT_OK
    assert current_export(office) < newest
    capsys.readouterr()
    assert main(["office", "import", str(office), str(second)]) == EXIT_OK
    assert "Đã cập nhật dữ liệu mới" in capsys.readouterr().out
    assert current_export(office) == newest
    assert main(["office", "import", str(office), str(first)]) == EXIT_REFUSED      # the older one stays older
