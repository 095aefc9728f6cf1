"""A refusal speaks the interface's language: the English window explains a bad budget, or why the
district office refused a school's file, in English; the Vietnamese one exactly as before (the
domain raises one template; ui/errors.py translates it)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kehoach_desktop.ui.district.import_report import ImportReportDialog
from kehoach_desktop.ui.district.window import DistrictWindow
from kehoach_desktop.ui.language import install_language
from kehoach_desktop.ui.plan_table import ERROR_BRUSH
from tests.store.exchange_helpers import new_district
from tests.ui.window_helpers import (  # noqa: F401  (fixtures)
    TT18_PLAN, digest, settings, type_in_cell, warnings, window,
)


def _budget_cell(window, row_id):
    model = window.session.model
    return model.index(model.visual_of(row_id), model.column_of("budget"))


@pytest.mark.parametrize("language, reason", [
    ("en", "Invalid planned budget: «5 trieuu» (the money unit is unclear). Valid examples: 5 triệu"),
    ("vi", "Dự kiến kinh phí không hợp lệ: «5 trieuu» (không rõ đơn vị tiền). Ví dụ hợp lệ: 5 triệu"),
])
def test_a_principal_types_an_unreadable_budget_and_reads_why_in_the_window_language(
        qtbot, window, demo_file, language, reason):
    assert install_language(QApplication.instance(), language)
    window.session.load(TT18_PLAN)
    row = window.session.model.rows[0]
    before = digest(demo_file)

    type_in_cell(qtbot, window, row.id, "budget", "5 trieuu")

    cell = _budget_cell(window, row.id)
    assert cell.data(Qt.BackgroundRole) == ERROR_BRUSH
    assert reason in cell.data(Qt.ToolTipRole)
    assert reason in window.statusBar().currentMessage()
    assert digest(demo_file) == before                      # refused: nothing written

    type_in_cell(qtbot, window, row.id, "budget", "5 triệu")   # fixed as the reason says
    assert cell.data(Qt.BackgroundRole) is None
    assert digest(demo_file) != before


@pytest.mark.parametrize("language, reason", [
    ("en", "This is not a Kế hoạch data file (not an SQLite database)."),
    ("vi", "Đây không phải tệp dữ liệu Kế hoạch (không phải cơ sở dữ liệu SQLite)."),
])
def test_the_district_officer_reads_why_a_file_was_refused_in_the_window_language(qtbot, tmp_path, language,
                                                                                   reason):
    assert install_language(QApplication.instance(), language)
    junk = tmp_path / "hong.db"
    junk.write_bytes(b"not a database" * 100)
    window = DistrictWindow(new_district(tmp_path))
    qtbot.addWidget(window)
    reports = window.import_paths([junk], show_report=False)
    dialog = ImportReportDialog(reports, window)
    qtbot.addWidget(dialog)
    assert dialog.table.item(0, 2).text() == reason          # the reason alone: the file has its own column
    assert "hong.db" in dialog.table.item(0, 2).toolTip() and reason[1:] in dialog.table.item(0, 2).toolTip()
    window.close()
