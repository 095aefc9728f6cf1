"""A power cut or a killed program during `kehoach office import`: the next command puts the office
file back to its last commit (a copy of the file and its journal kept first), and every file the
officer saw ✓ is in it."""
from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from kehoach_desktop.cli import EXIT_OK, main
from kehoach_desktop.store import district
from kehoach_desktop.store.backups import BEFORE_RESTORE, backup_folder, list_backups
from kehoach_desktop.store.district import ADDED, import_files, open_district
from tests.store.exchange_helpers import new_district
from tests.store.killed_imports import codes_held, import_and_kill, school_exports, ticked_codes
from tests.store.killed_runs import child_env, run


@pytest.fixture(scope="module")
def exports(tmp_path_factory) -> list[Path]:
    """Enough files for an import to outlast its first group commit (GROUP_COMMIT_SECONDS)."""
    return school_exports(tmp_path_factory.mktemp("truong"), 200)


def cut_during_the_third_file(office: Path, files: list[Path], monkeypatch) -> tuple[Path, list[str]]:
    """Import ``files`` committing after each; while the third is being written, copy the office file
    and its journal as a power cut would leave them. Returns the copy and the codes reported before."""
    cut = office.with_name("mat-dien.db")
    reported: list[str] = []
    writes = {"n": 0}
    copy_rows = district._copy_rows

    def copying(conn, table, *args):
        copy_rows(conn, table, *args)
        if table == "plan_row":
            writes["n"] += 1
            if writes["n"] == 3:
                assert district.Path(str(office) + "-journal").exists()     # mid-transaction
                shutil.copyfile(office, cut)
                shutil.copyfile(str(office) + "-journal", str(cut) + "-journal")
    monkeypatch.setattr(district, "_copy_rows", copying)
    db = open_district(office)
    db.execute("PRAGMA cache_size = 5")     # pages spill to the file before the commit: a real rollback
    try:
        import_files(db, files, durable_every=0, on_progress=lambda n, r: reported.append(r.school_code))
    finally:
        db.close()
    monkeypatch.undo()
    return cut, reported


def test_a_power_cut_mid_import_is_rolled_back_by_the_next_command_with_a_copy_kept(tmp_path, exports,
                                                                                    monkeypatch, capsys):
    office = new_district(tmp_path)
    cut, reported = cut_during_the_third_file(office, exports[:5], monkeypatch)
    assert len(reported) == 5
    # Read-only, the file with its hot journal looked damaged to every command before.
    conn = sqlite3.connect(f"{cut.resolve().as_uri()}?mode=ro", uri=True)
    with pytest.raises(sqlite3.OperationalError):
        conn.execute("SELECT COUNT(*) FROM district_school").fetchone()
    conn.close()
    journal_bytes = Path(str(cut) + "-journal").read_bytes()
    assert main(["office", "list", str(cut), "--json"]) == EXIT_OK
    capsys.readouterr()
    assert not Path(str(cut) + "-journal").exists()
    assert codes_held(cut) == set(reported[:2])         # the last commit: the two files before the cut
    assert sqlite3.connect(cut).execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    # The copy: the file and its journal side by side, as they were, kept as a protected backup.
    kept = list_backups(cut)
    assert [b.reason for b in kept] == [BEFORE_RESTORE]
    assert Path(str(kept[0].path) + "-journal").read_bytes() == journal_bytes
    assert backup_folder(cut) == kept[0].path.parent
    # Every command works again, the import too.
    assert main(["office", "import", str(cut), *map(str, exports[:5])]) == EXIT_OK
    assert codes_held(cut) == set(reported)


def test_a_power_cut_on_a_read_only_stick_is_refused_with_what_to_do(tmp_path, exports, monkeypatch, capsys):
    from kehoach_desktop.store import district_recovery
    office = new_district(tmp_path)
    cut, _ = cut_during_the_third_file(office, exports[:4], monkeypatch)
    before = (cut.read_bytes(), Path(str(cut) + "-journal").read_bytes())
    monkeypatch.setattr(district_recovery.os, "access", lambda path, mode: False)   # a write-protected stick
    assert main(["office", "list", str(cut)]) != EXIT_OK
    assert "chép cả hai tệp vào máy" in capsys.readouterr().err
    assert (cut.read_bytes(), Path(str(cut) + "-journal").read_bytes()) == before


def test_every_file_printed_imported_is_in_the_office_file_after_a_kill(tmp_path, exports, monkeypatch):
    data = tmp_path / "data"
    monkeypatch.setenv("KEHOACH_DATA_DIR", str(data))       # the child's backups are read here too
    (tmp_path / "tam").mkdir()
    env = child_env(data, tmp_path / "tam")
    office = new_district(tmp_path)
    lines, code = import_and_kill(office, exports, env, after_ticks=1)
    assert code is None, "killed before the end"
    ticked = ticked_codes(lines)
    assert ticked and len(ticked) < len(exports)
    journal_left = Path(str(office) + "-journal").exists()
    after = run(["office", "list", str(office), "--json"], env)
    assert after.returncode == 0, after.stderr
    assert set(ticked) <= codes_held(office)
    if journal_left:            # rolled back by the next command, the pair copied first
        assert any(Path(str(b.path) + "-journal").exists() for b in list_backups(office) if b.reason == BEFORE_RESTORE)
    rest = run(["office", "import", str(office), *map(str, exports)], env)
    assert rest.returncode == 0, rest.stderr
    assert codes_held(office) == {f"7976{i:04d}" for i in range(len(exports))}


def test_a_report_reaches_the_officer_only_after_its_commit(tmp_path, exports):
    office = new_district(tmp_path)
    db = open_district(office)
    seen: list[tuple[str, bool]] = []
    try:
        def heard(number, report):
            probe = sqlite3.connect(office)       # another connection sees only what is committed
            held = probe.execute("SELECT 1 FROM district_school WHERE code = ?", [report.school_code]).fetchone()
            probe.close()
            seen.append((report.outcome, held is not None))
        import_files(db, exports[:6], on_progress=heard, durable_every=10)
    finally:
        db.close()
    assert seen == [(ADDED, True)] * 6


def test_the_copy_kept_at_a_power_cut_can_be_restored_and_gives_the_last_commit(tmp_path, exports, monkeypatch,
                                                                                 capsys):
    """The pair kept before the roll-back (the file and its journal) is a backup like any other: restoring it
    rolls its journal back in a private copy first, so the office file comes back at its last commit."""
    from kehoach_desktop.store.backups import restore_backup
    office = new_district(tmp_path)
    cut, reported = cut_during_the_third_file(office, exports[:5], monkeypatch)
    assert main(["office", "list", str(cut), "--json"]) == EXIT_OK       # recovers, keeping the pair
    capsys.readouterr()
    assert main(["office", "import", str(cut), *map(str, exports[:5])]) == EXIT_OK
    capsys.readouterr()
    assert codes_held(cut) == set(reported)
    [pair] = [b for b in list_backups(cut) if Path(str(b.path) + "-journal").exists()]
    kept = (pair.path.read_bytes(), Path(str(pair.path) + "-journal").read_bytes())
    restore_backup(cut, list_backups(cut).index(pair) + 1)
    assert codes_held(cut) == set(reported[:2])                          # the commit before the cut
    assert sqlite3.connect(cut).execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert (pair.path.read_bytes(), Path(str(pair.path) + "-journal").read_bytes()) == kept   # the pair untouched
