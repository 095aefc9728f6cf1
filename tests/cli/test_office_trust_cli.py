"""At the command line: a file held for confirmation is said so (exit 2, the office file unchanged), and
the officer confirms it by naming the school's code."""
from __future__ import annotations

import hashlib

from kehoach_desktop.cli import main
from tests.store.exchange_helpers import exported_school


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_reinstalled_schools_new_key_is_held_until_the_officer_names_its_code(tmp_path, capsys):
    office = tmp_path / "xa.db"
    assert run(capsys, "office", "init", office, "--kind", "xa", "--commune", "xã Vĩnh Hải",
               "--province", "thành phố Hải Phòng")[0] == 0
    assert run(capsys, "office", "import", office, exported_school(tmp_path / "a"))[0] == 0
    again = exported_school(tmp_path / "b", hours=2)          # the school's file made again: a new key
    before = hashlib.sha256(office.read_bytes()).hexdigest()
    code, out, err = run(capsys, "office", "import", office, again)
    assert code == 2 and "Traceback" not in err
    assert out.startswith("? ") and "chờ xác nhận" in out and "--accept-key 79760101" in out
    assert "1 tệp chờ xác nhận" in err
    assert hashlib.sha256(office.read_bytes()).hexdigest() == before
    code, out, err = run(capsys, "office", "import", office, again, "--accept-key", "79760101")
    assert code == 0, err
    assert out.startswith("✓ ")
