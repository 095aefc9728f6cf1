"""`kehoach office …` on the command line: init asks what it needs, and `kehoach district …` is the same
commands under their old name."""
from __future__ import annotations

import json
import sys

from kehoach_desktop.cli import EXIT_OK, EXIT_REFUSED, main
from tests.store.exchange_helpers import exported_school


def test_office_init_asks_for_the_kind_the_commune_and_the_signer_in_a_terminal(tmp_path, capsys, monkeypatch):
    answers = iter(["xa", "phường Bàn Cờ", "thành phố Hồ Chí Minh", "Lê Văn Tám"])
    asked: list[str] = []
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    monkeypatch.setattr("builtins.input", lambda prompt: asked.append(prompt) or next(answers))
    office = tmp_path / "ban-co.db"
    assert main(["office", "init", str(office)]) == EXIT_OK
    assert [p.split(" (")[0] for p in asked] == ["Loại cơ quan", "Xã/phường/đặc khu", "Tỉnh/thành phố",
                                                 "Họ tên người ký báo cáo"]
    out = capsys.readouterr().out
    assert "Đầu văn bản: UBND PHƯỜNG BÀN CỜ / PHÒNG VĂN HÓA - XÃ HỘI" in out and "Lê Văn Tám" in out
    assert main(["office", "show", str(office), "--json"]) == EXIT_OK
    [shown] = json.loads(capsys.readouterr().out)
    assert (shown["kind"], shown["commune"], shown["province"]) == ("commune", "phường Bàn Cờ", "thành phố Hồ Chí Minh")


def test_office_init_without_a_kind_outside_a_terminal_says_what_to_give(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False)
    assert main(["office", "init", str(tmp_path / "a.db")]) == EXIT_REFUSED
    assert "--kind xa" in capsys.readouterr().err and not (tmp_path / "a.db").exists()
    assert main(["office", "init", str(tmp_path / "b.db"), "--kind", "phong-gddt"]) == EXIT_REFUSED
    assert "không còn Phòng GD&ĐT (trước 01/7/2025)" in capsys.readouterr().err
    assert main(["office", "init", str(tmp_path / "c.db"), "--kind", "xa", "--commune", "Vĩnh Hải"]) == EXIT_REFUSED
    assert "«xã Vĩnh Hải»" in capsys.readouterr().err


def test_the_district_commands_still_work_as_before(tmp_path, capsys):
    district = tmp_path / "q3.db"
    assert main(["district", "init", str(district), "--name", "Phòng GD&ĐT Quận 3"]) == EXIT_OK
    assert "Phòng GD&ĐT (trước 01/7/2025)" in capsys.readouterr().out
    export = exported_school(tmp_path / "a")
    assert main(["district", "import", str(district), str(export)]) == EXIT_OK
    assert "1 nhận, 0 không đổi, 0 bị từ chối" in capsys.readouterr().out
    assert main(["district", "list", str(district), "--year", "2025-2026", "--json"]) == EXIT_OK
    listed = json.loads(capsys.readouterr().out)
    assert listed["district"] == "Phòng GD&ĐT Quận 3" and listed["schools"][0]["rows"] == 15
    assert main(["district", "history", str(district)]) == EXIT_OK
    assert "79760101" in capsys.readouterr().out
    # The same file through the new name, and the office's details changed through it.
    assert main(["office", "set", str(district), "--signer", "Nguyễn Văn An", "--recipient", "UBND Quận 3 (b/c)",
                 "--recipient", "Lưu: VT"]) == EXIT_OK
    assert "Nguyễn Văn An" in capsys.readouterr().out
    assert main(["office", "list", str(district), "--year", "2025-2026"]) == EXIT_OK
    assert "Phòng GD&ĐT Quận 3: 1 trường · năm học 2025-2026" in capsys.readouterr().out
