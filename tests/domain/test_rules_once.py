"""The rules every view of a plan shares, asked directly: which standard a row is in, when it is
late, and how it stood at the end of a month."""
from __future__ import annotations

from datetime import date

import pytest

from kehoach_desktop.catalogs import framework
from kehoach_desktop.domain.parse_refs import criterion_code
from kehoach_desktop.domain.plan import PlanRow, ProgressUpdate
from kehoach_desktop.domain.progress import NO_STANDARD, build_report, is_late
from kehoach_desktop.domain.replay import rows_as_of
from kehoach_desktop.domain.row_order import criterion_of, standard_of
from kehoach_desktop.domain.values import Month, Timeframe

TT18 = framework("tt18")


@pytest.mark.parametrize("written", ["TC 2.1", "Tiêu chí 2.1", "2.1", "tc2.1", "TIÊU CHÍ 2.1", " 2.01 "])
def test_every_way_a_principal_writes_criterion_2_1_names_it(written):
    assert criterion_code(written) == "2.1"
    assert criterion_of(written, TT18) is TT18.criterion("2.1")
    assert standard_of(written, TT18) == TT18.criterion("2.1").standard_no == 2


@pytest.mark.parametrize("written", ["9.9", "2.9", "", "Sửa mái tôn", None])
def test_a_code_the_framework_does_not_have_is_attached_to_no_standard(written):
    assert standard_of(written, TT18) is None
    rows = [PlanRow(id=1, criterion_code=written or "", tasks="Sửa mái tôn nhà xe")]
    [group] = build_report(rows, TT18, Month(2025, 12)).standards
    assert group.no == NO_STANDARD and group.label() == "Không gắn tiêu chí"


def test_a_row_is_late_once_the_month_after_its_end_has_begun_and_it_is_not_done():
    row = PlanRow(id=1, criterion_code="1.1", timeframe=Timeframe(Month(2025, 9), Month(2025, 11)),
                  status="in_progress", percent=40)
    assert not is_late(row, Month(2025, 11)) and is_late(row, Month(2025, 12)) and is_late(row, date(2025, 12, 1))
    row.status, row.percent = "done", 100
    assert not is_late(row, Month(2026, 5))
    report = build_report([row], TT18, Month(2025, 12))
    assert report.overall.late == 0 and not report.late


def test_looking_back_replays_only_rows_updated_since_and_leaves_the_others_as_stored():
    until = date(2025, 12, 31)
    imported = PlanRow(id=1, criterion_code="1.1", status="in_progress", percent=30)   # state from the docx
    later = PlanRow(id=2, criterion_code="1.2", status="done", percent=100)
    updates = {2: [ProgressUpdate(date(2025, 11, 10), 60, row_id=2), ProgressUpdate(date(2026, 1, 20), 100, row_id=2)]}
    shown = rows_as_of([imported, later], updates, until)
    assert (shown[0].status, shown[0].percent) == ("in_progress", 30) and shown[0] is imported
    assert (shown[1].status, shown[1].percent) == ("in_progress", 60)
    assert (later.status, later.percent) == ("done", 100)     # the caller's row is left alone
    # A caller that read only the history up to the day says which rows changed after it.
    partial = {2: [u for u in updates[2] if u.on_date <= until]}
    assert [(r.status, r.percent) for r in rows_as_of([imported, later], partial, until, {2})] == \
        [(r.status, r.percent) for r in shown]


def test_a_row_written_tc_2_1_is_valid_and_typing_it_keeps_the_catalogs_code():
    from kehoach_desktop.domain.row_edit import edit_field
    from kehoach_desktop.domain.validation import row_problems
    row = PlanRow(id=1, criterion_code="TC 2.1", target_level=3, tasks="Họp cha mẹ học sinh")
    assert not [p for p in row_problems(row, TT18) if p.field == "criterion_code"]
    assert [p.field for p in row_problems(PlanRow(criterion_code="9.9", target_level=3, tasks="x"), TT18)] == \
        ["criterion_code"]
    assert edit_field(row, "criterion_code", "Tiêu chí 3.1", TT18).criterion_code == "3.1"
