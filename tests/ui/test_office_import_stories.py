"""The officer at the office window: imports many files while the window keeps answering, stops an
import half-way, confirms a held file, takes a school out of the list and puts a school back on its
previous import, and undoes both. Everything is clicked; the dialogs are answered as they come up."""
from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QMessageBox

from kehoach_desktop.store.district import ADDED, HELD, REPLACED
from kehoach_desktop.ui.district.held_files import HeldFilesDialog
from kehoach_desktop.ui.district.import_report import ImportReportDialog
from kehoach_desktop.ui.district.import_worker import ImportProgress
from kehoach_desktop.ui.district.window import DistrictWindow
from tests.store.exchange_helpers import exported_school, new_district
from tests.store.killed_imports import codes_held, school_exports


@pytest.fixture(scope="module")
def exports(tmp_path_factory) -> list[Path]:
    return school_exports(tmp_path_factory.mktemp("truong"), 50)


class Officer:
    """Answers each dialog as it comes up (on a timer, so it works inside their own event loops) and
    notes every turn of the window's event loop meanwhile."""

    def __init__(self, *, stop_after: int | None = None, confirm: bool = True, answer=QMessageBox.Yes) -> None:
        self.stop_after, self.confirm, self.answer = stop_after, confirm, answer
        self.turns: list[float] = []
        self.reports: list[str] = []
        self.held: list[str] = []
        self.asked: list[str] = []
        self.progress_seen = False
        self.timer = QTimer()
        self.timer.timeout.connect(self.look)
        self.timer.start(10)

    def look(self) -> None:
        self.turns.append(time.perf_counter())
        for widget in QApplication.topLevelWidgets():
            if not widget.isVisible():
                continue
            if isinstance(widget, ImportProgress):
                self.progress_seen = True
                if (self.stop_after is not None and widget.bar.value() >= self.stop_after
                        and widget.stop_button.isEnabled()):
                    widget.stop_button.click()
            elif isinstance(widget, HeldFilesDialog):
                self.held = [box.toolTip() for box in widget.boxes]
                if self.confirm:
                    for box in widget.boxes:
                        box.click()
                    widget.import_button.click()
                else:
                    widget.later_button.click()
            elif isinstance(widget, ImportReportDialog):
                self.reports.append(widget.summary.text())
                widget.findChild(QDialogButtonBox).button(QDialogButtonBox.Close).click()
            elif isinstance(widget, QMessageBox):
                self.asked.append(widget.text())
                widget.button(self.answer).click()

    def longest_pause(self, since: float) -> float:
        turns = [t for t in self.turns if t >= since]
        return max(b - a for a, b in zip(turns, turns[1:]))


def open_window(qtbot, office: Path) -> DistrictWindow:
    window = DistrictWindow(office)
    qtbot.addWidget(window)
    window.show()
    return window


def choose(monkeypatch, files: list[Path]) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(f) for f in files], ""))


def test_fifty_files_import_while_the_window_keeps_answering(qtbot, tmp_path, exports, monkeypatch):
    window = open_window(qtbot, new_district(tmp_path))
    choose(monkeypatch, exports)
    officer = Officer()
    start = time.perf_counter()
    window.import_action.trigger()
    took = time.perf_counter() - start
    assert officer.progress_seen
    assert officer.reports and officer.reports[0].startswith("50 tệp: 50 thêm mới")
    assert window.model.rowCount() == 50
    during = [t for t in officer.turns if t <= start + took]
    assert len(during) >= 5, (len(during), took)            # the event loop kept turning during the import
    assert officer.longest_pause(start) < 0.5
    print(f"import of 50 files {took:.2f} s; {len(during)} turns of the event loop, longest pause "
          f"{officer.longest_pause(start) * 1000:.0f} ms")
    window.close()


def test_stop_ends_the_import_after_the_current_file_and_keeps_what_came_in(qtbot, tmp_path, exports, monkeypatch):
    office = new_district(tmp_path)
    window = open_window(qtbot, office)
    choose(monkeypatch, exports)
    officer = Officer(stop_after=0)         # «Dừng» as soon as the import shows
    window.import_action.trigger()
    [summary] = officer.reports
    assert "Đã dừng theo yêu cầu" in summary
    taken = window.model.rowCount()
    assert taken < 50
    assert f"{taken} tệp: {taken} thêm mới" in summary and f"{50 - taken} tệp chưa nhập" in summary
    assert len(codes_held(office)) == taken                  # every file reported is in the file, no other
    window.close()
    assert not Path(str(office) + "-journal").exists()


def test_a_held_key_change_is_confirmed_in_the_window_and_imported(qtbot, tmp_path, monkeypatch):
    office = new_district(tmp_path)
    window = open_window(qtbot, office)
    first = exported_school(tmp_path / "a")
    again = exported_school(tmp_path / "b", hours=1)       # the school's PC reinstalled: a new key
    officer = Officer()
    assert [r.outcome for r in window.import_paths([first], show_report=False)] == [ADDED]
    held = window.import_paths([again], show_report=False)
    assert [(r.outcome, r.hold) for r in held] == [(HELD, "key")]
    choose(monkeypatch, [again])
    window.import_action.trigger()
    assert officer.held == [f"Nhập tệp {again.name} dù có điều trên"]
    assert "1 cập nhật" in officer.reports[-1] and "chờ xác nhận" not in officer.reports[-1]
    conn = sqlite3.connect(office)
    assert conn.execute("SELECT COUNT(*) FROM import_log").fetchone()[0] == 2
    conn.close()
    window.close()


def test_a_held_file_left_for_later_is_reported_apart_from_refused_ones(qtbot, tmp_path, monkeypatch):
    office = new_district(tmp_path)
    window = open_window(qtbot, office)
    window.import_paths([exported_school(tmp_path / "a")], show_report=False)
    junk = tmp_path / "hong.db"
    junk.write_bytes(b"not a database" * 100)
    choose(monkeypatch, [exported_school(tmp_path / "b", hours=1), junk])
    officer = Officer(confirm=False)
    window.import_action.trigger()
    assert len(officer.held) == 1
    assert "1 bị từ chối" in officer.reports[-1] and "1 tệp chờ xác nhận, chưa được nhập" in officer.reports[-1]
    window.close()


def current_import(office: Path, code: str = "79760101"):
    conn = sqlite3.connect(office)
    try:
        row = conn.execute("SELECT current_import FROM district_school WHERE code = ?", [code]).fetchone()
        return row[0] if row else None
    finally:
        conn.close()


def test_remove_then_undo_in_the_window(qtbot, tmp_path):
    office = new_district(tmp_path)
    window = open_window(qtbot, office)
    window.import_paths([exported_school(tmp_path / "a"),
                         exported_school(tmp_path / "b", code="79760102", name="Trường THCS Lê Lợi")],
                        show_report=False)
    assert window.model.rowCount() == 2
    officer = Officer()
    window.table.selectRow(0)
    name = window.selected_school().name
    window.history.remove_action.trigger()
    assert name in officer.asked[-1] and "Gỡ" in officer.asked[-1]
    assert window.model.rowCount() == 1 and window.model.schools[0].name != name
    window.history.undo_action.trigger()
    assert "Hoàn tác" in officer.asked[-1]
    assert window.model.rowCount() == 2
    window.close()


def test_a_question_answered_no_changes_nothing(qtbot, tmp_path):
    office = new_district(tmp_path)
    window = open_window(qtbot, office)
    window.import_paths([exported_school(tmp_path / "a")], show_report=False)
    officer = Officer(answer=QMessageBox.No)
    window.table.selectRow(0)
    window.history.remove_action.trigger()
    assert officer.asked and window.model.rowCount() == 1
    window.close()


def test_revert_to_the_previous_import_then_undo_in_the_window(qtbot, tmp_path):
    office = new_district(tmp_path)
    window = open_window(qtbot, office)
    window.import_paths([exported_school(tmp_path / "a", hours=0)], show_report=False)
    first = current_import(office)
    assert [r.outcome for r in window.import_paths([exported_school(tmp_path / "a", hours=5)],
                                                   show_report=False)] == [REPLACED]
    second = current_import(office)
    officer = Officer()
    window.table.selectRow(0)
    window.history.revert_action.trigger()
    assert "Dùng lại bản trước" in officer.asked[-1]
    assert current_import(office) == first
    window.history.undo_action.trigger()
    assert current_import(office) == second
    window.close()
