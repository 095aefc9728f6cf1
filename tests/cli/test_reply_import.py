"""The office answers: a principal brings its reply file back on a USB stick and imports it.

The reply (domain.office_reply) says «Đã duyệt» or «Trả lại» with reasons, comments on rows and the
inspection records; it is hostile input like every file from outside: checked whole before a byte of
the school file changes, refused in Vietnamese with exit 2.
"""
from __future__ import annotations

import hashlib
import json

import pytest

from kehoach_desktop.cli import main
from kehoach_desktop.store import plans
from kehoach_desktop.store.database import open_school_file
from kehoach_desktop.store.inspections import list_inspections
from kehoach_desktop.store.replies import latest_reply, row_comments


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def plan_rows(path, year="2026-2027"):
    db = open_school_file(path, read_only=True)
    try:
        return plans.find_plan(db, year)
    finally:
        db.close()


@pytest.fixture
def reply(demo_file, tmp_path):
    plan = plan_rows(demo_file)
    data = {
        "format": "kehoach-phan-hoi", "version": 1, "school_code": "THCS-AP-017", "school_year": "2026-2027",
        "office": {"governing_body": "UBND XÃ HÒA BÌNH", "name": "Phòng Văn hóa - Xã hội", "signer": "Trần Văn Bảo"},
        "plan_code": "KH-AQAM-RFTJ-Y8Z8-AR2F", "decision": "returned", "decided_on": "2026-11-20",
        "reasons": "Bổ sung chỉ số đánh giá cho nội dung 2 và 3.",
        "comments": [{"row_id": plan.rows[1].id, "comment": "Chỉ số «100%» chưa đo được: ghi rõ cách đo."},
                     {"row_id": plan.rows[2].id, "comment": "Thêm minh chứng dự kiến."}],
        "inspections": [{"started_at": "2026-11-18T08:00", "ended_at": "2026-11-18T10:30",
                         "authority": "UBND XÃ HÒA BÌNH", "office": "Phòng Văn hóa - Xã hội",
                         "number": "03/BB-VHXH", "conclusion": "Kế hoạch cần bổ sung.",
                         "team": [{"name": "Ông Trần Văn Bảo", "position": "Trưởng phòng", "team_role": "Tổ trưởng"}],
                         "findings": [{"row_id": plan.rows[1].id, "status": "in_progress", "comment": "Đang làm"}]}],
    }
    path = tmp_path / "phan-hoi.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path, data


def test_a_returned_plan_comes_back_with_reasons_comments_and_the_record(demo_file, reply, capsys):
    path, data = reply
    before = sha(demo_file)
    code, out, _ = run(capsys, "reply", "import", demo_file, path, "--dry-run")
    assert code == 0 and "chưa ghi gì" in out and sha(demo_file) == before
    code, out, _ = run(capsys, "reply", "import", demo_file, path)
    assert code == 0 and "Trả lại" in out and "2 ý kiến theo dòng, 1 biên bản" in out
    plan = plan_rows(demo_file)
    db = open_school_file(demo_file, read_only=True)
    try:
        stored = latest_reply(db, plan.id)
        assert (stored.decision, stored.office, stored.decided_on) == ("returned", "Phòng Văn hóa - Xã hội", "2026-11-20")
        assert row_comments(db, plan.id)[plan.rows[1].id] == ["Chỉ số «100%» chưa đo được: ghi rõ cách đo."]
        assert [r.number for r in list_inspections(db, plan.id)][-1] == "03/BB-VHXH"
    finally:
        db.close()
    code, out, _ = run(capsys, "reply", "show", demo_file, "--year", "2026-2027")
    assert "Trả lại ngày 20/11/2026" in out and "Lý do: Bổ sung chỉ số" in out and "Dòng 2" in out


def test_the_same_reply_twice_or_another_schools_is_refused_and_nothing_changes(demo_file, reply, tmp_path, capsys):
    path, data = reply
    assert run(capsys, "reply", "import", demo_file, path)[0] == 0
    before = sha(demo_file)
    code, _, err = run(capsys, "reply", "import", demo_file, path)
    assert code == 2 and "đã được nhập" in err and sha(demo_file) == before
    other = tmp_path / "khac.json"
    other.write_text(json.dumps({**data, "school_code": "THCS-KHAC-1"}, ensure_ascii=False), encoding="utf-8")
    code, _, err = run(capsys, "reply", "import", demo_file, other)
    assert code == 2 and "THCS-KHAC-1" in err and sha(demo_file) == before


HOSTILE = {
    "not JSON": b"\x00\x01PK not json",
    "a list": b"[1, 2, 3]",
    "another format": json.dumps({"format": "x", "version": 1}).encode(),
    "deep nesting": b'{"format": "kehoach-phan-hoi", "version": 1, "comments": ' + b"[" * 5000 + b"]" * 5000 + b"}",
    "3 MB": b'{"format": "kehoach-phan-hoi", "reasons": "' + b"a" * (3 * 1024 * 1024) + b'"}',
    "a 5,000-digit row id": b'{"format": "kehoach-phan-hoi", "version": 1, "comments": [{"row_id": ' + b"9" * 5000 + b"}]}",
}


@pytest.mark.parametrize("content", HOSTILE.values(), ids=HOSTILE.keys())
def test_a_hostile_reply_is_refused_in_vietnamese_with_exit_2_and_the_school_file_unchanged(demo_file, tmp_path,
                                                                                           capsys, content):
    path = tmp_path / "phan-hoi.json"
    path.write_bytes(content)
    before = sha(demo_file)
    code, out, err = run(capsys, "reply", "import", demo_file, path)
    assert code == 2 and "bị từ chối" in err and "Traceback" not in err + out
    assert sha(demo_file) == before


@pytest.mark.parametrize("change, words", [
    ({"decision": "maybe"}, "approved"),
    ({"decision": "returned", "reasons": ""}, "lý do"),
    ({"comments": [{"row_id": 999999, "comment": "?"}]}, "không thuộc kế hoạch"),
    ({"school_year": "2031-2032"}, "không có kế hoạch năm học 2031-2032"),
    ({"decided_on": "20/11/2026"}, "YYYY-MM-DD"),
])
def test_a_reply_that_does_not_fit_this_plan_is_refused_by_name(demo_file, reply, tmp_path, capsys, change, words):
    path, data = reply
    bad = tmp_path / "sai.json"
    bad.write_text(json.dumps({**data, **change}, ensure_ascii=False), encoding="utf-8")
    before = sha(demo_file)
    code, _, err = run(capsys, "reply", "import", demo_file, bad)
    assert code == 2 and words in err and sha(demo_file) == before


def test_the_office_writes_its_reply_and_the_school_reads_it_back(demo_file, tmp_path, capsys):
    """Round trip on the stick: the school exports, the commune office imports, answers, the school imports."""
    office = tmp_path / "phong-vhxh.db"
    assert run(capsys, "office", "init", office, "--kind", "xa", "--commune", "xã Hòa Bình",
               "--province", "tỉnh An Giang", "--signer", "Trần Văn Bảo")[0] == 0
    stick = tmp_path / "USB"
    stick.mkdir()
    assert run(capsys, "export", demo_file, stick)[0] == 0
    assert run(capsys, "office", "import", office, *stick.iterdir())[0] == 0
    answer = tmp_path / "phan-hoi.json"
    code, out, err = run(capsys, "office", "reply", office, "--school", "THCS-AP-017", "--year", "2026-2027",
                         "--decision", "returned", "--reasons", "Bổ sung chỉ số.", "--comment", "2:Ghi rõ cách đo.",
                         "-o", answer)
    assert code == 0, err
    assert "Trả lại, 1 ý kiến" in out
    code, out, err = run(capsys, "reply", "import", demo_file, answer)
    assert code == 0, err
    plan = plan_rows(demo_file)
    db = open_school_file(demo_file, read_only=True)
    try:
        assert row_comments(db, plan.id) == {plan.rows[1].id: ["Ghi rõ cách đo."]}
        assert latest_reply(db, plan.id).office.startswith("Phòng Văn hóa - Xã hội")
    finally:
        db.close()
    code, _, err = run(capsys, "office", "reply", office, "--school", "THCS-AP-017", "--year", "2026-2027",
                       "--decision", "approved", "--comment", "99:Không có dòng này", "-o", tmp_path / "x.json")
    assert code == 2 and "không có dòng 99" in err


def test_an_approval_after_a_return_shows_only_its_own_comments(demo_file, tmp_path, capsys):
    office = tmp_path / "phong-vhxh.db"
    assert run(capsys, "office", "init", office, "--kind", "xa", "--commune", "xã Hòa Bình",
               "--province", "tỉnh An Giang")[0] == 0
    stick = tmp_path / "USB"
    stick.mkdir()
    assert run(capsys, "export", demo_file, stick)[0] == 0
    assert run(capsys, "office", "import", office, *stick.iterdir())[0] == 0
    for number, (decision, extra) in enumerate((("returned", ["--reasons", "Bổ sung.", "--comment", "2:Sửa dòng 2."]),
                                                ("approved", []))):
        answer = tmp_path / f"{number}.json"
        assert run(capsys, "office", "reply", office, "--school", "THCS-AP-017", "--year", "2026-2027",
                   "--decision", decision, *extra, "-o", answer)[0] == 0
        assert run(capsys, "reply", "import", demo_file, answer)[0] == 0
    code, out, _ = run(capsys, "reply", "show", demo_file, "--year", "2026-2027")
    assert code == 0 and "Đã duyệt" in out and "Sửa dòng 2" not in out
