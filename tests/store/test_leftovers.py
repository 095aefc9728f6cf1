"""After a power cut: what killed exports and restores left is gone after the next start; backups keep the originals."""
from __future__ import annotations

import os
import random
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from kehoach_desktop.store import backups, leftovers
from kehoach_desktop.store.database import open_school_file
from tests.store.killed_runs import child_env, leftovers as found_leftovers, power_back_later, run, run_and_kill, \
    timed
from tests.store.school_factory import make_school

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL")


@pytest.fixture
def office(tmp_path):
    """A school file, a USB stick folder, and the child processes' own user data and system temp folders."""
    for folder in ("truong", "usb", "userdata", "systemp"):
        (tmp_path / folder).mkdir()
    school = make_school(tmp_path / "truong" / "truong.db", rows=60)
    env = child_env(tmp_path / "userdata", tmp_path / "systemp")
    return school, tmp_path / "usb", tmp_path / "userdata", tmp_path / "systemp", env


def dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_twenty_exports_killed_at_random_moments_leave_nothing_after_the_next_start(office):
    school, usb, data, systemp, env = office
    export = ["export", str(school), str(usb)]
    whole = timed(export, env)
    finished = {p for p in usb.iterdir()}
    rng = random.Random(13)
    killed = 0
    for _ in range(20):
        killed += run_and_kill(export, env, rng.uniform(0.05, whole * 1.1)) is None
    assert killed >= 10                     # most runs really were cut short

    power_back_later(data)
    assert run(["backup", "list", str(school)], env).returncode == 0     # the next start

    assert found_leftovers(data, systemp, usb, school.parent) == []
    assert all(not p.name.startswith(".") for p in usb.iterdir())       # only finished exports on the stick
    assert finished <= set(usb.iterdir())


def test_killed_restores_leave_no_temporary_file_after_the_next_open(office, monkeypatch):
    school, usb, data, systemp, env = office
    monkeypatch.setenv("KEHOACH_DATA_DIR", str(data))        # this process and the children share the backups
    backups.make_backup(school, backups.DAILY)
    for _ in range(3):
        assert run(["backup", "restore", str(school)], env).returncode == 0
    restore = ["backup", "restore", str(school), "2"]
    whole = timed(restore, env)
    rng = random.Random(5)
    for _ in range(10):
        run_and_kill(restore, env, rng.uniform(0.05, whole * 1.1))
    # a cut in the middle of the copy beside the school file, as the power cut left 18 of them
    (school.parent / f"{leftovers.TEMP_PREFIX}{dead_pid()}-0a1b2c.tmp").write_bytes(b"half a school")

    power_back_later(data)
    assert run(["backup", "list", str(school)], env).returncode == 0     # the next start
    open_school_file(school).close()                                      # the next open

    assert found_leftovers(data, systemp, school.parent) == []


def test_only_our_files_of_dead_processes_are_removed(tmp_path):
    ours_dead = tmp_path / f"{leftovers.TEMP_PREFIX}{dead_pid()}-abc123.tmp"
    its_journal = ours_dead.with_name(ours_dead.name + "-journal")
    ours_alive = tmp_path / f"{leftovers.TEMP_PREFIX}{os.getpid()}-def456.tmp"
    not_ours = [tmp_path / "notes.tmp", tmp_path / ".~kehoach-ghi-chu.txt", tmp_path / ".~other-1-ab.tmp"]
    for path in (ours_dead, its_journal, ours_alive, *not_ours):
        path.write_bytes(b"x")
    school = make_school(tmp_path / "truong.db", rows=2)

    open_school_file(school).close()

    assert not ours_dead.exists() and not its_journal.exists()
    assert ours_alive.exists() and all(p.exists() for p in not_ours)


def test_a_running_export_keeps_its_folder_and_a_dead_ones_waits_a_few_minutes(tmp_path):
    mine = leftovers.private_folder("xuat")
    dead = leftovers.program_temp_dir() / f"xuat-{dead_pid()}-00ff"
    dead.mkdir()
    (dead / "snapshot.db").write_bytes(b"a whole school")

    leftovers.clean_at_start()
    assert mine.is_dir() and dead.is_dir()        # too new: the pid may not be ours to judge yet

    power_back_later(leftovers.program_temp_dir())
    leftovers.clean_at_start()
    assert mine.is_dir() and not dead.exists()


def fake_history(folder: Path, now: datetime) -> dict[str, list[Path]]:
    """A year of copies: a daily one each day, an upgrade in month 1, then 250 restores this afternoon."""
    folder.mkdir(parents=True)
    made: dict[str, list[Path]] = {reason: [] for reason in backups.REASONS}

    def add(when: datetime, reason: str) -> None:
        path = folder / f"{when.strftime(backups.STAMP)}_{reason}.db"
        path.write_bytes(b"")
        made[reason].append(path)

    start = now - timedelta(days=365)
    add(start, backups.BEFORE_UPGRADE)
    for day in range(365):
        add(start + timedelta(days=day, hours=8), backups.DAILY)
    add(now - timedelta(days=40), backups.BEFORE_UPGRADE)
    for n in range(250):
        add(now - timedelta(minutes=250 - n), backups.BEFORE_RESTORE)
    return made


def test_250_restores_keep_every_copy_taken_before_a_restore_or_an_upgrade(tmp_path):
    now = datetime(2026, 3, 14, 17, 0)
    made = fake_history(tmp_path / "sao-luu", now)

    backups.prune(tmp_path / "sao-luu", now)

    kept = {b.path for b in backups.list_backups_in(tmp_path / "sao-luu")}
    assert set(made[backups.BEFORE_RESTORE]) <= kept                    # the first restore's "before" too
    assert made[backups.BEFORE_UPGRADE][1] in kept                       # 40 days ago
    assert made[backups.BEFORE_UPGRADE][0] in kept                       # a year ago, but one of the last 20
    dailies = [p for p in made[backups.DAILY] if p in kept]
    assert 12 <= len(dailies) <= 13                                      # the newest of each month


def test_restores_in_a_row_keep_the_file_as_it_was_before_the_first(demo_file):
    original = demo_file.read_bytes()
    backups.make_backup(demo_file, backups.DAILY)
    first = backups.restore_backup(demo_file, 1)
    for _ in range(backups.KEEP_LAST + backups.KEEP_PROTECTED + 5):
        backups.restore_backup(demo_file, 1)

    listed = backups.list_backups(demo_file)
    assert first.path in {b.path for b in listed}
    assert sum(b.reason == backups.BEFORE_RESTORE for b in listed) == backups.KEEP_LAST + backups.KEEP_PROTECTED + 6
    assert first.reason == backups.BEFORE_RESTORE and first.path.stat().st_size >= len(original) // 2
