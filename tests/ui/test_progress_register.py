"""Progress updates cite the year's evidence register: a principal sees each code's name as it is typed."""
from __future__ import annotations

from kehoach_desktop.catalogs import framework
from kehoach_desktop.domain.plan import PlanRow
from kehoach_desktop.ui.progress_dialog import ProgressDialog


def test_a_code_of_the_register_shows_its_name_and_an_unknown_one_is_pointed_out(qtbot):
    row = PlanRow(criterion_code="3.3", content="Xây dựng phòng học bộ môn", status="in_progress", percent=40)
    dialog = ProgressDialog(row, framework("tt57-pt"), register={"MC.3.3.01": "Biên bản nghiệm thu phòng bộ môn"},
                            school_year="2026-2027")
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.evidence, "MC.3.3.01, MC.3.3.09")
    hint = dialog.evidence_hint.text()
    assert "MC.3.3.01: Biên bản nghiệm thu phòng bộ môn" in hint
    assert "MC.3.3.09 chưa có trong danh mục minh chứng năm học 2026-2027" in hint
    dialog.percent.setValue(60)
    dialog.accept()                       # an unknown code is pointed out, never refused
    assert dialog.progress_update().evidence == ["MC.3.3.01", "MC.3.3.09"]
