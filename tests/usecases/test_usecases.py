"""The use cases on their own, as either the window or the command line drives them.

Each says what it did and what changed in the file: a print changes nothing, a progress
update changes one row, an import adds one plan (and the school when the file had none).
"""
from __future__ import annotations

import pytest

from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.plan import ProgressUpdate
from kehoach_desktop.store import plans
from kehoach_desktop.store.backups import BEFORE_IMPORT, list_backups
from kehoach_desktop.usecases import import_word, issue_plan, print_document, record_progress
from kehoach_desktop.usecases.changes import NOTHING, Changes
from kehoach_desktop.usecases.school_file import SchoolFile, plan_context
from tests.fixtures.docx.build_fixtures import build_all


@pytest.fixture
def docx(tmp_path):
    return build_all(tmp_path / "docx")["dong-minh-2018.docx"]


def test_printing_the_plan_gives_the_pdf_its_steps_and_changes_nothing(demo_file):
    steps = []
    with SchoolFile.open(demo_file, read_only=True) as file:
        document = print_document.plan_print(file, plan_context(file, school_year="2024-2025"))
    data = document.to_bytes(progress=steps.append)       # built after the file is closed
    assert data[:5] == b"%PDF-" and steps
    assert document.details["stamp"].label and document.changes is NOTHING and document.changes.nothing


def test_a_cancelled_print_leaves_no_file(demo_file, tmp_path):
    class Stop(Exception):
        pass

    def cancel(step):
        raise Stop
    with SchoolFile.open(demo_file, read_only=True) as file:
        document = print_document.progress_print(file, plan_context(file), "2027-01")
    with pytest.raises(Stop):
        document.write(tmp_path / "bao-cao.pdf", progress=cancel)
    assert list(tmp_path.iterdir()) == [demo_file]


def test_a_progress_update_changes_that_row_only(demo_file):
    with SchoolFile.open(demo_file) as file:
        row = file.read(plans.find_plan, "2024-2025").rows[0]
        update = record_progress.progress_update(70, on_date="15/01/2025", spent="2,5 triệu")
        done = record_progress.record_progress(file, row.id, update)
        assert done.changes == Changes(row_ids=frozenset({row.id}))
        assert done.row.percent == 70 and done.update_id is not None
        undone = record_progress.remove_progress(file, row.id, done.update_id)
    assert undone.row.percent == row.percent and undone.update_id is None


def test_spent_money_that_cannot_be_read_is_refused():
    with pytest.raises(InputError, match="Không đọc được số tiền"):
        record_progress.progress_update(50, spent="nhiều lắm")


def test_issuing_changes_the_plan_header(draft_demo_file):
    demo_file = draft_demo_file
    with SchoolFile.open(demo_file) as file:
        plan_id = file.read(plans.find_plan, "2024-2025").id
        issued = issue_plan.issue_plan(file, plan_id)
        assert issued.changes == Changes(plan_ids=frozenset({plan_id}))
        assert issue_plan.issue_state(file, plan_id).latest.code == issued.revision.code


def test_an_import_backs_up_first_then_adds_the_plan(demo_file, docx):
    seen = []
    done = import_word.import_word(docx, demo_file, school_year="2031-2032", preview=seen.append)
    assert seen == [done.imported] and done.saved and done.backup is not None
    assert [b.reason for b in list_backups(demo_file)] == [BEFORE_IMPORT]
    assert done.changes == Changes(plan_ids=frozenset({done.plan_id}), school=False)   # the school was there


def test_an_import_into_a_planned_year_is_refused_without_a_backup_and_a_dry_run_writes_nothing(demo_file, docx,
                                                                                                tmp_path):
    with SchoolFile.open(demo_file, read_only=True) as file:
        years = {p.school_year for p in file.read(plans.list_plans)}
    taken = sorted(years)[0]
    with pytest.raises(import_word.YearTaken, match="không ghi đè"):
        import_word.import_word(docx, demo_file, school_year=taken)
    assert list_backups(demo_file) == []
    new = tmp_path / "moi.db"
    dry = import_word.import_word(docx, new, dry_run=True)
    assert not dry.saved and dry.changes.nothing and not new.exists()
    done = import_word.import_word(docx, new)
    assert done.changes.school and done.backup is None            # a new file: its school comes from the .docx


@pytest.mark.parametrize("school_year", ["2024-2025", "2026-2027"])
def test_a_progress_update_after_issue_leaves_the_issued_print_word_for_word(demo_file, school_year):
    """The demo plans are issued; a row reaches 100 % in May: the signed plan reprints the same words,
    still «Bản ban hành lần 1» with the same code (its progress belongs to the progress report)."""
    import io

    from pypdf import PdfReader

    def printed() -> str:
        with SchoolFile.open(demo_file, read_only=True) as file:
            data = print_document.plan_print(file, plan_context(file, school_year=school_year)).to_bytes()
        return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)

    before = printed()
    assert "Bản ban hành lần 1" in before
    with SchoolFile.open(demo_file) as file:
        for row in file.read(plans.find_plan, school_year).rows[:3]:
            update = record_progress.progress_update(100, on_date="20/05/2027", status="done")
            record_progress.record_progress(file, row.id, update)
    assert printed() == before
