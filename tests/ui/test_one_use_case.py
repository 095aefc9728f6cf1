"""The command line and the window do the same thing the same way: both reach one use case.

A principal prints the 2024-2025 plan, exports it to Excel and imports a Word plan, once
with `kehoach …` and once from the window's menus. A spy stands in front of each use case
(usecases/) and lets the real one run: both paths must pass through it, for the same plan.
"""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from kehoach_desktop.cli import EXIT_OK, main
from kehoach_desktop.ui.dialogs.import_docx import ImportDocxDialog
from kehoach_desktop.ui.preview import PdfPreviewDialog
from kehoach_desktop.usecases import export_excel, import_word, print_document
from tests.fixtures.docx.build_fixtures import build_all
from tests.ui.window_helpers import TT18_PLAN, settings, warnings, window  # noqa: F401 (fixtures)


@pytest.fixture
def spy(monkeypatch):
    """``spy(module, name)``: calls to that use case are recorded with their arguments, then run."""
    calls: list[tuple[str, object]] = []

    def install(module, name: str) -> list:
        real = getattr(module, name)

        def recorded(*args, **kwargs):
            calls.append((name, args, kwargs))
            return real(*args, **kwargs)
        monkeypatch.setattr(module, name, recorded)
        return calls
    return install


@pytest.fixture
def answers(monkeypatch):
    picked: dict[str, str] = {}
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a, **k: (picked["save"], ""))
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getOpenFileName", lambda *a, **k: (picked["open"], ""))
    monkeypatch.setattr(PdfPreviewDialog, "exec", lambda dialog: QDialog.Rejected)
    return picked


def school_years(calls) -> list[str]:
    """The school year of the plan each call worked on (its PlanContext argument)."""
    return [next(a for a in args if hasattr(a, "plan")).plan.school_year for _, args, _ in calls]


def test_printing_the_plan_goes_through_one_use_case(window, demo_file, spy, answers, tmp_path):
    calls = spy(print_document, "plan_print")
    assert main(["print", "plan", str(demo_file), "--year", "2024-2025", "-o", str(tmp_path / "cli.pdf")]) == EXIT_OK
    window.session.load(TT18_PLAN)
    window.menu_actions.print_plan.trigger()
    assert school_years(calls) == ["2024-2025", "2024-2025"]
    assert (tmp_path / "cli.pdf").read_bytes()[:5] == b"%PDF-"
    assert window.printing.last_pdf.read_bytes()[:5] == b"%PDF-"


def test_the_excel_export_goes_through_one_use_case(window, demo_file, spy, answers, tmp_path):
    calls = spy(export_excel, "plan_to_excel")
    assert main(["excel", "export", str(demo_file), "--year", "2024-2025", "-o", str(tmp_path / "cli.xlsx")]) == EXIT_OK
    window.session.load(TT18_PLAN)
    answers["save"] = str(tmp_path / "window.xlsx")
    window.menu_actions.export_excel.trigger()
    assert school_years(calls) == ["2024-2025", "2024-2025"]
    assert (tmp_path / "cli.xlsx").stat().st_size > 0 and (tmp_path / "window.xlsx").stat().st_size > 0


def test_the_word_import_reads_through_one_use_case(window, spy, answers, monkeypatch, tmp_path):
    docx = build_all(tmp_path / "docx")["dong-minh-2018.docx"]
    calls = spy(import_word, "read_word_plan")
    assert main(["word", "import", str(docx), str(tmp_path / "moi.db"), "--dry-run"]) == EXIT_OK

    def change_year_and_import(dialog) -> int:
        dialog.year.setText("2031-2032")
        dialog.accept()
        return 1
    monkeypatch.setattr(ImportDocxDialog, "exec", change_year_and_import)
    answers["open"] = str(docx)
    window.menu_actions.import_word.trigger()
    assert [str(args[0]) for _, args, _ in calls] == [str(docx), str(docx)]
    assert not (tmp_path / "moi.db").exists()                        # the dry run wrote nothing
    assert window.session.plan.school_year == "2031-2032"           # the window saved what it read
