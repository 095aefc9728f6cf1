"""The fault tests, bigger: 200 kills of a writing process, 10,000 mutated school exports and 5,000
forged-content exports (bench_forged_content.py: invalid values, re-hashed and signed with the school's key).

Prints, for the kills: acknowledged edits, lost edits, files failing integrity_check;
for the mutated files: refused, accepted as unchanged, crashes (anything but a refusal),
files that changed what the district holds, and district byte changes. All but the
first two counts of each must be 0; for the forged-content files: accepted with invalid values, controls
refused and commands broken afterwards must be 0. ``--quick`` runs a tenth of it.
"""
from __future__ import annotations

import argparse
import hashlib
import os
import random
import shutil
import sys
import tempfile
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kehoach_desktop.domain.errors import InputError  # noqa: E402
from kehoach_desktop.store.database import integrity, open_school_file  # noqa: E402
from kehoach_desktop.store.district import REFUSED, UNCHANGED, import_file, open_district  # noqa: E402
from bench.bench_forged_content import report as forged_report  # noqa: E402
from tests.store.exchange_helpers import exported_school, new_district  # noqa: E402
from tests.store.kill_writer import missing_edits, run_and_kill  # noqa: E402
from tests.store.school_factory import make_school  # noqa: E402


def kills(work: Path, count: int, seed: int) -> dict:
    path = make_school(work / "kill.db", rows=5)
    rng = random.Random(seed)
    result = {"kills": count, "acknowledged": 0, "lost": 0, "corrupt": 0, "hot_journals": 0}
    for attempt in range(count):
        acknowledged = run_and_kill(path, seed=attempt, delay=rng.uniform(0.003, 0.08))
        result["acknowledged"] += len(acknowledged)
        journal = path.with_name(path.name + "-journal")
        result["hot_journals"] += journal.exists() and journal.stat().st_size > 0
        db = open_school_file(path)
        try:
            result["corrupt"] += integrity(db) != "ok"
            result["lost"] += len(missing_edits(db, acknowledged))
        finally:
            db.close()
    return result


def mutate(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    kind = rng.randrange(6)
    if kind == 0:                                   # bit flips anywhere
        for _ in range(rng.randint(1, 8)):
            i = rng.randrange(len(out))
            out[i] ^= 1 << rng.randrange(8)
    elif kind == 1:                                 # a random byte run overwritten
        i = rng.randrange(len(out))
        n = rng.randint(1, 64)
        out[i:i + n] = rng.randbytes(min(n, len(out) - i))
    elif kind == 2:                                 # truncated
        del out[rng.randrange(len(out)):]
    elif kind == 3:                                 # a page swapped with another
        page = 4096
        a, b = rng.randrange(len(out) // page), rng.randrange(len(out) // page)
        out[a * page:(a + 1) * page], out[b * page:(b + 1) * page] = \
            out[b * page:(b + 1) * page], out[a * page:(a + 1) * page]
    elif kind == 4:                                 # a byte in the 100-byte header
        out[rng.randrange(100)] = rng.randrange(256)
    else:                                           # garbage appended
        out += rng.randbytes(rng.randint(1, 9000))
    return bytes(out)


def mutations(work: Path, count: int, seed: int) -> dict:
    original = exported_school(work / "school")
    district = new_district(work)
    db = open_district(district)
    import_file(db, original)
    before = hashlib.sha256(district.read_bytes()).hexdigest()
    rows_before = db.execute("SELECT COUNT(*) FROM import_log").fetchone()[0]
    data = original.read_bytes()
    rng = random.Random(seed)
    result = {"files": count, "refused": 0, "unchanged": 0, "crashes": 0, "accepted_changes": 0}
    target = work / "mutated.db"
    for _ in range(count):
        target.write_bytes(mutate(data, rng))
        try:
            report = import_file(db, target)
        except Exception:   # anything but a refusal is a crash
            result["crashes"] += 1
            traceback.print_exc(limit=3)
            continue
        if report.outcome == REFUSED:
            result["refused"] += 1
        elif report.outcome == UNCHANGED:
            result["unchanged"] += 1
        else:
            result["accepted_changes"] += 1
    rows_after = db.execute("SELECT COUNT(*) FROM import_log").fetchone()[0]
    db.close()
    result["district_changes"] = int(hashlib.sha256(district.read_bytes()).hexdigest() != before
                                     or rows_after != rows_before)
    return result


# -- two writers on one file (issue 13): windows editing fields of the same rows, the command line
# recording progress; every acknowledged change must still be in the file at the end.
def two_writers(work: Path, rounds: int, seed: int) -> dict:
    from datetime import date, timedelta

    from kehoach_desktop.domain.plan import ProgressUpdate
    from kehoach_desktop.store import plans, progress

    path = make_school(work / "writers.db", rows=6)
    window_a, window_b, cli = open_school_file(path), open_school_file(path), open_school_file(path)
    rng = random.Random(seed)
    expected: dict[tuple[int, str], object] = {}
    result = {"rounds": rounds, "acknowledged": 0, "conflicts": 0, "lost": 0}
    try:
        plan_id = plans.list_plans(window_a)[0].id
        row_ids = [r.id for r in plans.list_rows(window_a, plan_id)]
        for n in range(rounds):
            row_id = rng.choice(row_ids)
            seen_a, seen_b = plans.get_row(window_a, row_id), plans.get_row(window_b, row_id)   # both read first
            percent = rng.randrange(0, 101)
            progress.add_update(cli, row_id, ProgressUpdate(on_date=date(2025, 9, 1) + timedelta(days=n),
                                                            percent=percent, note=f"lần {n}"))
            expected[(row_id, "percent")] = percent
            for db, seen, name in ((window_a, seen_a, "tasks"), (window_b, seen_b, "notes")):
                value = f"{name} {n}"
                try:
                    plans.update_row_fields(db, row_id, {name: (getattr(seen, name), value)})
                except InputError:
                    result["conflicts"] += 1
                    continue
                expected[(row_id, name)] = value
            result["acknowledged"] += 3
        for (row_id, name), value in expected.items():
            result["lost"] += getattr(plans.get_row(cli, row_id), name) != value
    finally:
        for db in (window_a, window_b, cli):
            db.close()
    return result


def report_two_writers(work: Path, rounds: int, seed: int) -> int:
    start = time.perf_counter()
    w = two_writers(work, rounds, seed)
    print(f"two writers: {w['rounds']} rounds, {w['acknowledged']} acknowledged changes, "
          f"conflicts {w['conflicts']} ({time.perf_counter() - start:.1f} s)")
    print(f"lost acknowledged changes: {w['lost']}")
    return w["lost"] + w["conflicts"]


# --- leftovers: exports and restores killed part-way, then one normal start (issue 13) ---
def killed_copies(work: Path, count: int, seed: int) -> dict:
    """``count`` SIGKILLs during `kehoach export` and `kehoach backup restore`, then one normal start."""
    from kehoach_desktop.store.backups import DAILY, make_backup
    from tests.store.killed_runs import child_env, leftovers, power_back_later, run, size_of, timed
    from tests.store.killed_runs import run_and_kill as kill_cli
    base = work / "leftovers"
    data, systemp, usb, folder = base / "userdata", base / "systemp", base / "usb", base / "truong"
    for path in (data, systemp, usb, folder):
        path.mkdir(parents=True)
    env = child_env(data, systemp)
    saved = os.environ.get("KEHOACH_DATA_DIR")
    os.environ["KEHOACH_DATA_DIR"] = str(data)
    try:
        school = make_school(folder / "truong.db", rows=60)
        make_backup(school, DAILY)
    finally:
        os.environ["KEHOACH_DATA_DIR"] = saved or ""
    jobs = [["export", str(school), str(usb)], ["backup", "restore", str(school), "1"]]
    whole = [timed(job, env) for job in jobs]
    rng = random.Random(seed)
    killed = 0
    for attempt in range(count):
        killed += kill_cli(jobs[attempt % 2], env, rng.uniform(0.05, whole[attempt % 2] * 1.1)) is None
    power_back_later(data)
    run(["plan", "show", str(school)], env)      # the next start, which also opens the school file
    left = leftovers(data, systemp, usb, folder)
    return {"kills": killed, "runs": count, "files": len(left), "bytes": size_of(left)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="20 kills and 1,000 files")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--only-forged", action="store_true", help="only the forged-content files")
    args = parser.parse_args()
    n_kills, n_files = (20, 1000) if args.quick else (200, 10_000)
    n_forged = 500 if args.quick else 5_000
    work = Path(tempfile.mkdtemp(prefix="kehoach-bench-faults-"))
    os.environ["KEHOACH_DATA_DIR"] = str(work / "userdata")
    try:
        if args.only_forged:
            bad = forged_report(work, n_forged, args.seed)
            print("RESULT: " + ("all zero" if bad == 0 else f"{bad} FAILURES"))
            return 0 if bad == 0 else 1
        start = time.perf_counter()
        k = kills(work, n_kills, args.seed)
        print(f"kills: {k['kills']} SIGKILLs ({k['hot_journals']} left a hot journal), "
              f"{k['acknowledged']} acknowledged edits, lost {k['lost']}, corrupt files {k['corrupt']} "
              f"({time.perf_counter() - start:.1f} s)")
        start = time.perf_counter()
        m = mutations(work, n_files, args.seed)
        print(f"mutated files: {m['files']}, refused {m['refused']}, harmless no-op {m['unchanged']}, "
              f"crashes {m['crashes']}, accepted changes {m['accepted_changes']}, "
              f"district changes {m['district_changes']} ({time.perf_counter() - start:.1f} s)")
        start = time.perf_counter()
        c = killed_copies(work, n_kills, args.seed)
        print(f"killed exports/restores: {c['kills']} of {c['runs']} cut short "
              f"({time.perf_counter() - start:.1f} s)")
        print(f"leftover temp data after next start: {c['files']} files, {c['bytes']} bytes")
        bad = k["lost"] + k["corrupt"] + m["crashes"] + m["accepted_changes"] + m["district_changes"] + c["files"]
        bad += report_two_writers(work, 20 if args.quick else 200, args.seed)
        bad += forged_report(work, n_forged, args.seed)
        # Kills during an office import (issue 17): every ✓ printed must be in the office file after the kill.
        from bench_kills import run_kills
        office = run_kills(kills=20 if args.quick else 200, files=60 if args.quick else 300, seed=args.seed,
                           work=work / "office-kills")
        print("\n".join(office.lines()))
        bad += office.ticked_missing + office.unopenable
        print("RESULT: " + ("all zero" if bad == 0 else f"{bad} FAILURES"))
        return 0 if bad == 0 else 1
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
