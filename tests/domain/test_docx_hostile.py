"""A Word file built to hang or exhaust the importer is refused in Vietnamese, quickly and in little memory.

Each story runs ``kehoach word import FILE.docx school.db --dry-run`` in a child process and reads
its exit code, its message and its peak memory. The bounds are generous (20 s, 600 MiB) so a
slow machine does not fail them; bench/bench_docx_faults.py prints the real figures.
"""
from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

import pytest

from kehoach_desktop.cli import main
from kehoach_desktop.domain.docx_archive import MAX_ROWS
from tests.fixtures.docx import hostile

SECONDS = 20
MEMORY_KIB = 600 * 1024


@pytest.fixture(scope="module")
def real_plan(tmp_path_factory) -> Path:
    """A plan exported by the program itself from the demo school."""
    folder = tmp_path_factory.mktemp("real")
    assert main(["demo", str(folder / "demo.db")]) == 0
    assert main(["word", "export", "-o", str(folder / "plan.docx"), str(folder / "demo.db")]) == 0
    return folder / "plan.docx"


# The child reports its own peak (VmHWM, reset by exec): ru_maxrss of a forked child also counts
# the pages it shared with this test process before exec.
CHILD = """
import sys
from kehoach_desktop.cli import main
code = main(sys.argv[1:])
peak = [line.split()[1] for line in open("/proc/self/status") if line.startswith("VmHWM")]
print("PEAK", peak[0] if peak else __import__("resource").getrusage(0).ru_maxrss)
sys.exit(code)
"""


def import_in_child(docx: Path, tmp_path: Path) -> tuple[int, str, int]:
    """(exit code, stderr, peak memory in KiB) of a dry-run import in its own process."""
    done = subprocess.run([sys.executable, "-c", CHILD, "word", "import", str(docx), str(tmp_path / "school.db"),
                           "--dry-run"], capture_output=True, text=True, encoding="utf-8", timeout=SECONDS)
    peak = int(done.stdout.rsplit("PEAK", 1)[1])
    return done.returncode, done.stderr, peak


def assert_refused_quickly(docx: Path, tmp_path: Path, *words: str) -> None:
    code, stderr, peak = import_in_child(docx, tmp_path)
    assert code == 2, stderr
    assert "Lỗi:" in stderr and "Traceback" not in stderr and docx.name in stderr
    for word in words:
        assert word in stderr
    assert peak < MEMORY_KIB


def test_text_boxes_nested_in_text_boxes_are_refused_at_once(tmp_path):
    docx = hostile.nested_text_boxes(tmp_path / "khung-long-nhau.docx")
    assert_refused_quickly(docx, tmp_path, "lồng nhau quá sâu")


def test_two_hundred_thousand_empty_paragraphs_are_refused_deflated_or_stored(tmp_path):
    assert_refused_quickly(hostile.empty_paragraphs(tmp_path / "rong.docx"), tmp_path, "nén")
    assert_refused_quickly(hostile.empty_paragraphs(tmp_path / "rong-khong-nen.docx", stored=True), tmp_path,
                           "đoạn văn")


def test_a_zip_bomb_declaring_one_kilobyte_is_refused_without_inflating_it(tmp_path):
    assert_refused_quickly(hostile.zip_bomb(tmp_path / "bom.docx"), tmp_path, "hỏng")


def test_fifty_thousand_table_rows_are_refused_deflated_or_stored(real_plan, tmp_path):
    assert_refused_quickly(hostile.huge_table(tmp_path / "lon.docx", real_plan), tmp_path, "nén")
    over = hostile.huge_table(tmp_path / "lon-khong-nen.docx", real_plan, rows=MAX_ROWS + 100, stored=True)
    assert_refused_quickly(over, tmp_path, "dòng bảng")


def test_a_table_just_under_the_row_limit_is_read_within_bounds(real_plan, tmp_path):
    docx = hostile.huge_table(tmp_path / "gan-gioi-han.docx", real_plan, rows=MAX_ROWS - 200, stored=True)
    code, stderr, peak = import_in_child(docx, tmp_path)
    assert code == 0, stderr
    assert peak < MEMORY_KIB


@pytest.mark.parametrize("name, words", [
    ("cut-in-half.docx", "hỏng"), ("flipped.docx", "hỏng"), ("no-document.docx", "không phải văn bản Word"),
    ("not-a-zip.docx", "hỏng"), ("empty.docx", "không phải tệp Word"), ("a-folder.docx", "thư mục"),
])
def test_a_damaged_copy_of_a_real_plan_is_refused_in_vietnamese(real_plan, tmp_path, capsys, name, words):
    docx = hostile.damaged_copies(tmp_path / "hong", real_plan)[name]
    assert main(["word", "import", str(docx), str(tmp_path / "school.db"), "--dry-run"]) == 2
    message = capsys.readouterr().err
    assert words in message and name in message
    assert not (tmp_path / "school.db").exists()


def test_two_hundred_random_damages_of_a_real_plan_never_crash(real_plan, tmp_path, capsys):
    rng = random.Random(20261201)
    data = real_plan.read_bytes()
    codes = []
    for number in range(200):
        docx = tmp_path / f"hong-{number}.docx"
        docx.write_bytes(hostile.mutated(data, rng))
        codes.append(main(["word", "import", str(docx), str(tmp_path / "school.db"), "--dry-run"]))
        assert "Lỗi chương trình" not in capsys.readouterr().err, docx
    assert set(codes) <= {0, 2} and codes.count(2) > 100
