"""A long PDF build tells its caller how far it has got, and stops when asked, leaving no file.

The window shows the steps on a determinate bar with «Hủy» (ui/busy.py); here the reports
layer alone: rows measured, then pages laid out, each step further than the last, and a
cancel that raises BuildCancelled before a byte reaches the target.
"""
from __future__ import annotations

import copy
import threading

import pytest
from pypdf import PdfReader

from kehoach_desktop.catalogs import framework
from kehoach_desktop.domain.values import Month
from kehoach_desktop.reports.build_progress import PAGES, ROWS, BuildCancelled, Step, stop_when
from kehoach_desktop.reports.inspection import print_inspection
from kehoach_desktop.reports.plan import print_plan
from kehoach_desktop.reports.progress import print_progress
from kehoach_desktop.store.atomic_file import TEMP_PREFIX, write_rendered
from tests.reports.conftest import demo_plan


def longer(plan, rows: int):
    """``plan`` with ``rows`` rows, copies of its own, in criterion order (as bench/plan_2000.py makes)."""
    big = copy.deepcopy(plan)
    big.rows = []
    for i in range(rows):
        row = copy.deepcopy(plan.rows[i % len(plan.rows)])
        row.tasks = f"{row.tasks} (lần {i + 1})"
        big.rows.append(row)
    big.rows.sort(key=lambda r: tuple(int(x) for x in r.criterion_code.split(".")))
    return big


def check_steps(steps: list[Step], pages: int) -> None:
    assert steps, "the build reported nothing"
    fractions = [s.fraction for s in steps]
    assert fractions == sorted(fractions) and 0 <= fractions[0] and fractions[-1] == 1.0
    page_steps = [s for s in steps if s.stage == PAGES]
    numbers = [s.count for s in page_steps]
    assert numbers == sorted(numbers) and numbers[-1] == pages
    assert set(range(1, pages + 1)) <= set(numbers)             # every page finished was told
    assert all(s.total >= s.count for s in page_steps)
    assert steps.index(page_steps[0]) > 0 and all(s.stage == ROWS for s in steps[:steps.index(page_steps[0])])


@pytest.mark.parametrize("year", ["2024-2025", "2026-2027"])   # the TT18 and the TT57 form
def test_the_demo_plan_reports_its_rows_then_every_page_in_order(demo_db, demo_school, tmp_path, year):
    plan = demo_plan(demo_db, year)
    steps: list[Step] = []
    out = tmp_path / "ke-hoach.pdf"
    print_plan(plan, demo_school, framework(plan.framework_id), out, None, steps.append)
    pages = len(PdfReader(str(out)).pages)
    check_steps(steps, pages)
    measured = [s for s in steps if s.stage == ROWS and s.total]
    assert measured[-1].count == measured[-1].total >= len(plan.rows)   # every table row, "Tiêu chuẩn" rows too
    assert abs(steps[-1].total - pages) <= 2                           # the estimate of the length is close


def test_a_build_without_progress_is_the_same_document(demo_db, demo_school, tmp_path):
    plan = demo_plan(demo_db, "2024-2025")
    fw = framework(plan.framework_id)
    quiet, told = tmp_path / "quiet.pdf", tmp_path / "told.pdf"
    print_plan(plan, demo_school, fw, quiet)
    print_plan(plan, demo_school, fw, told, None, lambda step: None)
    assert [p.extract_text() for p in PdfReader(str(quiet)).pages] == \
        [p.extract_text() for p in PdfReader(str(told)).pages]


def test_the_inspection_record_and_the_progress_report_report_their_pages(demo_db, demo_school, tmp_path):
    from kehoach_desktop.store.progress import plan_updates
    plan = demo_plan(demo_db, "2024-2025")
    fw = framework(plan.framework_id)
    for name, render in (
            ("bien-ban.pdf", lambda out, p: print_inspection(plan, demo_school, fw, None, out, progress=p)),
            ("bao-cao.pdf", lambda out, p: print_progress(plan, demo_school, fw, plan_updates(demo_db, plan.id),
                                                          Month(2025, 3), out, progress=p))):
        steps: list[Step] = []
        render(tmp_path / name, steps.append)
        check_steps(steps, len(PdfReader(str(tmp_path / name)).pages))


def cancel_at(cancel: threading.Event, when):
    """(steps seen, a progress callable) that sets ``cancel`` at the first step for which ``when(step)`` holds."""
    seen: list[Step] = []

    def watch(step: Step) -> None:
        seen.append(step)
        if when(step):
            cancel.set()
    return seen, watch


@pytest.mark.parametrize("stage, when", [
    ("pages", lambda s: s.stage == PAGES and s.count >= 5),
    ("rows", lambda s: s.stage == ROWS and s.count >= 50),
])
def test_a_cancelled_build_stops_at_once_and_leaves_the_old_file_as_it_was(demo_db, demo_school, tmp_path,
                                                                            stage, when):
    plan = longer(demo_plan(demo_db, "2024-2025"), 300)
    fw = framework(plan.framework_id)
    target = tmp_path / "ke-hoach.pdf"
    target.write_bytes(b"%PDF- the copy printed last week")
    cancel = threading.Event()
    seen, watch = cancel_at(cancel, when)
    with pytest.raises(BuildCancelled):
        write_rendered(lambda out: print_plan(plan, demo_school, fw, out, None, stop_when(cancel, watch)),
                       target, "In kế hoạch")
    assert target.read_bytes() == b"%PDF- the copy printed last week"
    assert [p.name for p in tmp_path.iterdir()] == ["ke-hoach.pdf"]       # no temporary file left beside it
    stopped = seen.index(next(s for s in seen if when(s)))
    assert len(seen) == stopped + 1                 # not one more step after the one that asked to stop
    assert seen[-1].stage == stage


def test_a_cancelled_build_into_a_path_writes_no_file(demo_db, demo_school, tmp_path):
    plan = demo_plan(demo_db, "2026-2027")
    cancel = threading.Event()
    seen, watch = cancel_at(cancel, lambda s: s.stage == PAGES and s.count >= 2)
    with pytest.raises(BuildCancelled):
        print_plan(plan, demo_school, framework(plan.framework_id), tmp_path / "ke-hoach.pdf", None,
                   stop_when(cancel, watch))
    assert list(tmp_path.iterdir()) == []


def test_the_command_line_prints_as_before(demo_master, tmp_path):
    from kehoach_desktop.cli import main as cli
    out = tmp_path / "ke-hoach.pdf"
    assert cli(["print", "plan", str(demo_master), "--year", "2024-2025", "-o", str(out)]) == 0
    assert len(PdfReader(str(out)).pages) > 2
    assert [p.name for p in tmp_path.iterdir()] == ["ke-hoach.pdf"]
