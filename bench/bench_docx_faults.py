"""Word import under damage and attack: 3,000 randomly damaged real .docx files, then the hostile set.

    .venv/bin/python bench/bench_docx_faults.py [COUNT]

Prints how many damaged copies were read, refused (exit 2) and crashed (must be 0), then for
each hostile file the exit code, the wall time and the peak memory of its own process.
"""
from __future__ import annotations

import contextlib
import io
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kehoach_desktop.cli import main  # noqa: E402
from kehoach_desktop.domain.docx_archive import MAX_ROWS  # noqa: E402
from tests.domain.test_docx_hostile import CHILD  # noqa: E402
from tests.fixtures.docx import hostile  # noqa: E402


def quiet(argv: list[str]) -> int:
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()) as err:
        code = main(argv)
    return 1 if "Lỗi chương trình" in err.getvalue() else code


def damaged(folder: Path, source: Path, count: int) -> None:
    rng = random.Random(3000)
    data = source.read_bytes()
    codes: dict[int, int] = {}
    started = time.perf_counter()
    for _ in range(count):
        docx = folder / "hong.docx"
        docx.write_bytes(hostile.mutated(data, rng))
        code = quiet(["word", "import", str(docx), str(folder / "school.db"), "--dry-run"])
        codes[code] = codes.get(code, 0) + 1
    print(f"{count} damaged copies in {time.perf_counter() - started:.1f} s: read {codes.get(0, 0)}, "
          f"refused {codes.get(2, 0)}, crashed {sum(v for k, v in codes.items() if k not in (0, 2))}")


def hostile_set(folder: Path, source: Path) -> None:
    files = [hostile.nested_text_boxes(folder / "boxes.docx"),
             hostile.empty_paragraphs(folder / "empty.docx"),
             hostile.empty_paragraphs(folder / "empty-stored.docx", stored=True),
             hostile.zip_bomb(folder / "bomb.docx"),
             hostile.huge_table(folder / "rows-50000.docx", source),
             hostile.huge_table(folder / "rows-50000-stored.docx", source, stored=True),
             hostile.huge_table(folder / f"rows-{MAX_ROWS - 100}-stored.docx", source, rows=MAX_ROWS - 100,
                                stored=True),
             *hostile.damaged_copies(folder / "damaged", source).values()]
    worst_time = worst_peak = 0.0
    for docx in files:
        started = time.perf_counter()
        done = subprocess.run([sys.executable, "-c", CHILD, "word", "import", str(docx), str(folder / "school.db"),
                               "--dry-run"], capture_output=True, text=True, encoding="utf-8", timeout=120)
        seconds = time.perf_counter() - started
        peak = int(done.stdout.rsplit("PEAK", 1)[1]) / 1024
        worst_time, worst_peak = max(worst_time, seconds), max(worst_peak, peak)
        print(f"  {docx.name:28} exit {done.returncode}  {seconds:5.2f} s  {peak:6.0f} MiB")
    print(f"worst over the hostile set: {worst_time:.2f} s, {worst_peak:.0f} MiB")


def run(count: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        quiet(["demo", str(folder / "demo.db")])
        quiet(["word", "export", "-o", str(folder / "plan.docx"), str(folder / "demo.db")])
        damaged(folder, folder / "plan.docx", count)
        hostile_set(folder, folder / "plan.docx")


if __name__ == "__main__":
    run(int(sys.argv[1]) if len(sys.argv) > 1 else 3000)
