"""User stories: the same school file open in two windows, or in a window while the command line
records progress. No acknowledged change is lost, and a second window is told the file is open."""
from __future__ import annotations

import subprocess
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from kehoach_desktop.cli import main as cli_main
from kehoach_desktop.store.file_lock import lock_path
from kehoach_desktop.ui.main_window import MainWindow
from tests.ui.window_helpers import (  # noqa: F401  (fixtures)
    on_disk, settings, type_in_cell, warnings, window,
)


def _second_window(qtbot, settings, path, answer: str | None = None) -> MainWindow:
    """Open ``path`` in another window; ``answer`` clicks that button of the «already open» question."""
    win = MainWindow(settings)
    qtbot.addWidget(win)
    asked: list[str] = []

    def click() -> None:
        box = next((w for w in QApplication.topLevelWidgets()
                    if isinstance(w, QMessageBox) and w.objectName() == "secondWindowQuestion" and w.isVisible()), None)
        if box is None:
            QTimer.singleShot(20, click)
            return
        asked.append(box.text())
        box.findChild(QPushButton, answer).click()

    if answer:
        QTimer.singleShot(0, click)
    win.resize(1366, 768)
    win.open_document(path)
    win.show()
    qtbot.waitExposed(win)
    win.asked = asked
    return win


def _writable_second_window(qtbot, settings, path) -> MainWindow:
    """A second writer that was not told (the first window's lock went missing, e.g. on a shared folder)."""
    lock_path(path).unlink()
    win = _second_window(qtbot, settings, path)
    win.watch.timer.stop()           # it has not looked at the file since it opened
    return win


def _row(win: MainWindow, position: int = 2):
    return win.session.model.rows[position]


def test_two_windows_editing_different_fields_of_one_row_keep_both(qtbot, window, settings, demo_file):
    other = _writable_second_window(qtbot, settings, demo_file)
    row = _row(window)
    type_in_cell(qtbot, window, row.id, "tasks", "Tập huấn giáo viên cốt cán")
    type_in_cell(qtbot, other, row.id, "indicators", "Làm trong học kỳ I")
    saved = next(r for r in on_disk(demo_file, window.session.plan.id).rows if r.id == row.id)
    assert (saved.tasks, saved.indicators) == ("Tập huấn giáo viên cốt cán", "Làm trong học kỳ I")
    assert _row(other).tasks == "Tập huấn giáo viên cốt cán"      # the writer's row is refreshed from the file


def test_the_same_field_edited_in_two_windows_keeps_the_first_and_says_so(qtbot, window, settings, demo_file,
                                                                          warnings):
    other = _writable_second_window(qtbot, settings, demo_file)
    row = _row(window)
    type_in_cell(qtbot, window, row.id, "tasks", "Bản của cửa sổ thứ nhất")
    type_in_cell(qtbot, other, row.id, "tasks", "Bản của cửa sổ thứ hai")
    saved = next(r for r in on_disk(demo_file, window.session.plan.id).rows if r.id == row.id)
    assert saved.tasks == "Bản của cửa sổ thứ nhất"
    assert any("vừa được sửa ở nơi khác thành «Bản của cửa sổ thứ nhất»" in w
               and "giá trị bạn nhập: «Bản của cửa sổ thứ hai»" in w for w in warnings)
    assert _row(other).tasks == "Bản của cửa sổ thứ nhất"          # the table now shows the file
    assert not other.undo.canUndo()                                # nothing to undo: nothing was written


def test_a_progress_update_from_the_command_line_survives_the_windows_next_edit(qtbot, window, demo_file, capsys):
    row = _row(window)
    assert cli_main(["progress", "update", str(demo_file), str(row.id), "--percent", "70",
                     "--date", "15/01/2027", "--note", "Đã tập huấn"]) == 0
    type_in_cell(qtbot, window, row.id, "indicators", "Sửa sau khi cập nhật tiến độ")   # before any refresh
    saved = next(r for r in on_disk(demo_file, window.session.plan.id).rows if r.id == row.id)
    assert (saved.percent, saved.indicators) == (70, "Sửa sau khi cập nhật tiến độ")
    assert _row(window).percent == 70


def test_the_window_shows_a_progress_update_made_while_it_is_open(qtbot, window, demo_file, capsys):
    row = _row(window, 4)
    before = window.session.model.rows[4].percent
    assert cli_main(["progress", "update", str(demo_file), str(row.id), "--percent", "90",
                     "--date", "20/01/2027"]) == 0
    assert before != 90
    with qtbot.waitSignal(window.watch.refreshed, timeout=5000):
        pass                                                       # the next poll of the file
    assert _row(window, 4).percent == 90


def test_a_second_window_on_the_same_file_may_cancel_and_keeps_what_it_had(qtbot, window, settings, demo_file):
    other = _second_window(qtbot, settings, demo_file, answer="cancelButton")
    assert other.asked and "đang được mở trong một cửa sổ Kế hoạch khác" in other.asked[0]
    assert other.document is None                                   # still on the welcome page
    assert window.document is not None and not window.document.read_only


def test_a_second_window_opens_read_only_and_follows_the_first(qtbot, window, settings, demo_file):
    other = _second_window(qtbot, settings, demo_file, answer="readOnlyButton")
    assert other.document.read_only and "chỉ xem" in other.windowTitle()
    model = other.session.model
    row = _row(other)
    assert not model.setData(model.index(model.visual_of(row.id), model.column_of("tasks")), "Không ghi được")
    type_in_cell(qtbot, window, row.id, "tasks", "Sửa ở cửa sổ thứ nhất")
    with qtbot.waitSignal(other.watch.refreshed, timeout=5000):
        pass
    assert _row(other).tasks == "Sửa ở cửa sổ thứ nhất"


def test_a_lock_left_by_a_crashed_window_does_not_block(qtbot, settings, demo_file, warnings):
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    lock_path(demo_file).write_text(f'{{"pid": {dead.pid}, "host": "{__import__("socket").gethostname()}", '
                                    '"token": "crashed"}', encoding="utf-8")
    win = _second_window(qtbot, settings, demo_file)               # no question asked
    assert win.document is not None and not win.document.read_only
    win.close()
    assert not lock_path(demo_file).exists()                       # closing hands the file back


def test_a_second_window_can_bring_the_first_one_forward_instead(qtbot, window, settings, demo_file):
    other = _second_window(qtbot, settings, demo_file, answer="switchButton")
    assert other.document is None                                   # nothing opened twice
    qtbot.waitUntil(lambda: window.beacon.calls == 1, timeout=3000)   # the first window was called forward
