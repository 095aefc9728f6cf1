"""The office signs its replies; the school keeps the office's key from the first one and will not take
an edited reply, an unsigned one, or one signed by another key unless the principal confirms it."""
from __future__ import annotations

import hashlib
import json

import pytest

from kehoach_desktop.cli import main

SCHOOL = "THCS-AP-017"


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def office_with_school(capsys, tmp_path, demo_file, name="phong-vhxh.db"):
    office = tmp_path / name
    assert run(capsys, "office", "init", office, "--kind", "xa", "--commune", "xã Hòa Bình",
               "--province", "tỉnh An Giang", "--signer", "Trần Văn Bảo")[0] == 0
    stick = tmp_path / f"USB-{name}"
    stick.mkdir()
    assert run(capsys, "export", demo_file, stick)[0] == 0
    assert run(capsys, "office", "import", office, *stick.iterdir())[0] == 0
    return office


def reply_from(capsys, office, out, decision="approved"):
    code, _, err = run(capsys, "office", "reply", office, "--school", SCHOOL, "--year", "2026-2027",
                       "--decision", decision, "--reasons", "Bổ sung chỉ số.", "-o", out)
    assert code == 0, err
    return out


@pytest.fixture
def office(capsys, tmp_path, demo_file):
    return office_with_school(capsys, tmp_path, demo_file)


def test_a_signed_reply_is_taken_and_its_office_key_kept(office, demo_file, tmp_path, capsys):
    answer = reply_from(capsys, office, tmp_path / "phan-hoi.json")
    assert "signature" in json.loads(answer.read_text(encoding="utf-8"))
    code, out, err = run(capsys, "reply", "import", demo_file, answer)
    assert code == 0, err
    assert "Có chữ ký của cơ quan (mã khóa" in out


def test_a_reply_edited_after_signing_is_refused_and_the_school_file_unchanged(office, demo_file, tmp_path, capsys):
    answer = reply_from(capsys, office, tmp_path / "phan-hoi.json", decision="returned")
    data = json.loads(answer.read_text(encoding="utf-8"))
    data["decision"], data["reasons"] = "approved", ""          # someone on the way turns «Trả lại» into «Đã duyệt»
    answer.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    before = sha(demo_file)
    code, _, err = run(capsys, "reply", "import", demo_file, answer)
    assert code == 2 and "chữ ký của tệp không khớp" in err and "Traceback" not in err
    assert sha(demo_file) == before


def test_after_a_signed_reply_an_unsigned_one_or_another_offices_is_refused_until_confirmed(
        office, demo_file, tmp_path, capsys):
    assert run(capsys, "reply", "import", demo_file, reply_from(capsys, office, tmp_path / "1.json"))[0] == 0
    unsigned = tmp_path / "2.json"
    data = json.loads(reply_from(capsys, office, tmp_path / "2s.json", decision="returned").read_text(encoding="utf-8"))
    del data["signature"]
    unsigned.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    before = sha(demo_file)
    code, _, err = run(capsys, "reply", "import", demo_file, unsigned)
    assert code == 2 and "không có chữ ký" in err
    assert sha(demo_file) == before
    # Another office file (another key) answers for the same school: held until the principal confirms.
    stranger = office_with_school(capsys, tmp_path, demo_file, name="khac.db")
    theirs = reply_from(capsys, stranger, tmp_path / "3.json", decision="returned")
    code, _, err = run(capsys, "reply", "import", demo_file, theirs)
    assert code == 2 and "Khóa ký của cơ quan quản lý đã đổi" in err and "--accept-key" in err
    code, out, err = run(capsys, "reply", "import", demo_file, theirs, "--accept-key")
    assert code == 0, err
