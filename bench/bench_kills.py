"""200 SIGKILLs during `kehoach office import` (#17 item 3): every file printed ✓ is in the office file
afterwards, and no office file is left that will not open.

Each round copies an empty office file into place, starts `kehoach office import OFFICE.db` with
``--files`` signed school exports in a child process and SIGKILLs it at a random moment between its
start and the end of a whole import (measured first). Then the office file is opened as the next
command opens it (store.district.open_district, which rolls a hot journal back after copying it;
every tenth round the next command itself, `kehoach office list`, in a child process), and each school
the child printed ✓ for is looked for. Figures: ✓ but missing, unopenable, and how many rounds died
mid-import (some ✓, not all) and left a hot journal, so the figures are seen to test something.

`run_kills(kills, files, seed)` returns the figures; bench/bench_faults.py calls it.
"""
from __future__ import annotations

import argparse
import os
import random
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


@dataclass
class KillFigures:
    kills: int = 0
    ticked_missing: int = 0       # files printed ✓ that the office file did not hold afterwards
    unopenable: int = 0           # office files the next command could not open
    mid_import: int = 0           # rounds killed after some ✓ and before the last
    hot_journals: int = 0         # rounds that left a journal to roll back
    ticks: int = 0                # ✓ lines printed in all, each checked
    finished: int = 0             # rounds whose import ended before the kill (not counted as kills)
    seconds: float = 0.0

    def lines(self) -> list[str]:
        return [f"{self.kills} kills during `kehoach office import`: {self.ticked_missing} files printed ✓ and "
                f"missing, {self.unopenable} office files left unopenable",
                f"  ({self.ticks} ✓ checked; {self.mid_import} killed mid-import, {self.hot_journals} left a hot "
                f"journal rolled back by the next open; {self.finished} rounds ended before their kill; "
                f"{self.seconds:.0f} s)"]


def run_kills(kills: int = 200, files: int = 300, seed: int = 17, work: Path | None = None) -> KillFigures:
    own = work is None
    work = Path(tempfile.mkdtemp(prefix="bench-kills-")) if work is None else work
    data, temp = work / "data", work / "tam"
    temp.mkdir(parents=True, exist_ok=True)
    os.environ["KEHOACH_DATA_DIR"] = str(data)        # this process's backups and the child's alike
    from kehoach_desktop.domain.errors import InputError
    from kehoach_desktop.store.district import open_district
    from tests.store.exchange_helpers import new_district
    from tests.store.killed_imports import codes_held, import_and_kill, school_exports, ticked_codes
    from tests.store.killed_runs import child_env, run
    env = child_env(data, temp)
    exports = school_exports(work / "truong", files)
    empty = new_district(work)
    office = work / "xa.db"
    journal = Path(str(office) + "-journal")
    rng = random.Random(seed)
    figures = KillFigures()
    start = time.perf_counter()
    try:
        shutil.copyfile(empty, office)
        whole = time.perf_counter()
        done = run(["office", "import", str(office), *map(str, exports)], env)
        whole = time.perf_counter() - whole
        assert done.returncode == 0, done.stderr
        round_ = 0
        while figures.kills < kills:        # a round whose import ended before its kill is not counted
            round_ += 1
            journal.unlink(missing_ok=True)
            shutil.copyfile(empty, office)
            lines, code = import_and_kill(office, exports, env, delay=rng.uniform(0.05, whole))
            ticked = ticked_codes(lines)
            if code is not None:
                figures.finished += 1
                continue
            figures.kills += 1
            figures.ticks += len(ticked)
            figures.mid_import += 0 < len(ticked) < len(exports)
            figures.hot_journals += journal.exists() and journal.stat().st_size > 0
            try:
                if round_ % 10 == 0:
                    after = run(["office", "list", str(office), "--json"], env)
                    if after.returncode != 0:
                        raise InputError("office list: {error}", error=after.stderr.strip())
                else:
                    open_district(office).close()
            except InputError:
                figures.unopenable += 1
                continue
            figures.ticked_missing += len(set(ticked) - codes_held(office))
    finally:
        figures.seconds = time.perf_counter() - start
        if own:
            shutil.rmtree(work, ignore_errors=True)
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--files", type=int, default=300)
    parser.add_argument("--seed", type=int, default=17)
    args = parser.parse_args(argv)
    figures = run_kills(args.kills, args.files, args.seed)
    for line in figures.lines():
        print(line)
    return 0 if figures.ticked_missing == 0 and figures.unopenable == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
