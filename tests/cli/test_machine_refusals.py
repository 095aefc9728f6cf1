"""What the machine refuses is a message and exit 2, never the crash sentence and exit 1."""
from __future__ import annotations

import errno
import sqlite3

from kehoach_desktop.cli import main
from kehoach_desktop.store.failures import refusal_for


def test_a_progress_update_while_another_program_holds_the_file_waits_then_says_so(demo_file, capsys,
                                                                                 monkeypatch):
    monkeypatch.setattr("kehoach_desktop.store.database.BUSY_WAIT_SECONDS", 0.2)
    holder = sqlite3.connect(str(demo_file))
    holder.execute("BEGIN EXCLUSIVE")           # another writer in the middle of its transaction
    try:
        code = main(["progress", "update", str(demo_file), "1", "--date", "15/01/2025", "--percent", "60"])
    finally:
        holder.rollback()
        holder.close()
    err = capsys.readouterr().err
    assert code == 2
    assert "đang được một chương trình khác ghi" in err and "không mong đợi" not in err


def test_a_full_disk_a_locked_stick_and_a_pulled_stick_are_refusals_not_bugs():
    assert "Ổ đĩa đã đầy" in refusal_for(OSError(errno.ENOSPC, "No space left on device")).message
    assert "chỉ cho phép đọc" in refusal_for(OSError(errno.EROFS, "Read-only file system")).message
    wrapped = RuntimeError("while saving")
    wrapped.__cause__ = sqlite3.OperationalError("disk I/O error")
    assert "thẻ nhớ vừa bị rút" in refusal_for(wrapped).message
    assert refusal_for(KeyError("a bug")) is None


def test_a_file_from_an_older_program_prints_and_verifies_read_only_and_is_never_written(tmp_path, capsys):
    import hashlib
    import shutil
    from pathlib import Path
    old = tmp_path / "truong-cu.db"
    shutil.copyfile(Path(__file__).parents[1] / "store" / "fixtures" / "schema-v1.db", old)
    before = hashlib.sha256(old.read_bytes()).hexdigest()
    assert main(["print", "plan", str(old), "-o", str(tmp_path / "ke-hoach.pdf")]) == 0
    code = capsys.readouterr().out.split("Mã nội dung: ")[1].split()[0]
    assert main(["verify", str(old), code]) == 0
    assert hashlib.sha256(old.read_bytes()).hexdigest() == before
    assert not list(tmp_path.glob("*-journal")) and (tmp_path / "ke-hoach.pdf").stat().st_size > 5000
