"""In the window: «Nhập kế hoạch từ Word…» shows what was understood and saves only on OK."""
from __future__ import annotations

import pytest

from kehoach_desktop.ui.dialogs.import_docx import ImportDocxDialog, import_word_plan
from tests.fixtures.docx.build_fixtures import build_all
from tests.ui.window_helpers import digest, on_disk, settings, warnings, window  # noqa: F401 (fixtures)


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    return build_all(tmp_path_factory.mktemp("docx"))


def test_the_preview_lists_every_row_highlights_warned_ones_and_saves_on_ok(qtbot, window, files, demo_file,
                                                                            tmp_path):
    seen = {}

    def look_and_accept(dialog: ImportDocxDialog) -> int:
        seen["rows"] = dialog.table.rowCount()
        seen["warnings"] = dialog.warnings.count()
        seen["fire"] = dialog.table.item(1, 0).toolTip()          # row 2 has a bad timeframe and budget
        seen["ok"] = dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
        dialog.grab().save(str(tmp_path / "import-dialog.png"))
        dialog.accept()
        return 1

    plan_id = import_word_plan(window, files["quan3-template-2018.docx"], ask=look_and_accept)
    assert seen["rows"] == 6 and seen["warnings"] >= 5 and seen["ok"]
    assert "Thời gian thực hiện không hợp lệ" in seen["fire"]
    saved = on_disk(demo_file, plan_id)
    assert saved.school_year == "2022-2023" and [r.criterion_code for r in saved.rows][:3] == ["1.4", "1.10", "3.1"]
    window.undo.undo()                                           # one step takes the whole import back
    assert "2022-2023" not in {p.school_year for p in window.document.list_plans()}


def test_a_year_already_planned_must_be_changed_before_ok(qtbot, window, files, demo_file):
    # the window is open on the demo school, which has 2024-2025

    def try_then_change(dialog: ImportDocxDialog) -> int:
        dialog.year.setText("2024-2025")
        assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
        assert "đã có kế hoạch năm học 2024-2025" in dialog.problem.text()
        dialog.year.setText("2027 - 2028")
        dialog.accept()
        return 1

    plan_id = import_word_plan(window, files["dong-minh-2018.docx"], ask=try_then_change)
    assert on_disk(demo_file, plan_id).school_year == "2027-2028"


def test_a_file_that_is_not_a_plan_gives_a_message_and_changes_nothing(qtbot, window, files, warnings, demo_file):
    before = digest(demo_file)
    assert import_word_plan(window, files["no-plan-table.docx"], ask=lambda d: pytest.fail("no dialog")) is None
    assert warnings and "Không tìm thấy bảng kế hoạch" in warnings[-1]
    assert digest(demo_file) == before


def test_cancel_saves_nothing(qtbot, window, files, demo_file):
    before = digest(demo_file)
    assert import_word_plan(window, files["bieu2-2026.docx"], ask=lambda d: 0) is None
    assert digest(demo_file) == before
