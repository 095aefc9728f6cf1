"""Text being typed in the row form is not thrown away when another writer changes the file."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit

from kehoach_desktop.cli import main as cli_main
from tests.ui.window_helpers import (  # noqa: F401  (fixtures)
    TT57_PLAN, on_disk, settings, type_text, warnings, window,
)


def test_a_principal_typing_in_the_form_keeps_her_text_while_the_command_line_writes(qtbot, window, demo_file,
                                                                                  capsys):
    window.session.load(TT57_PLAN)
    row = window.session.model.rows[0]
    window.row_ops.select_row(row.id)
    box = window.form.widgets["tasks"]
    assert isinstance(box, QPlainTextEdit)
    box.setFocus()
    qtbot.waitUntil(box.hasFocus, timeout=2000)
    box.moveCursor(box.textCursor().MoveOperation.End)
    type_text(box, " — thêm một buổi tập huấn")          # typed, not yet left the field
    typed = box.toPlainText()
    assert cli_main(["progress", "update", str(demo_file), str(row.id), "--percent", "40",
                     "--date", "10/01/2027"]) == 0
    assert window.watch.check() is False                  # the file changed, but she is typing
    assert box.toPlainText() == typed
    qtbot.keyClick(box, Qt.Key_Tab)                       # she leaves the field: it is saved
    saved = next(r for r in on_disk(demo_file, TT57_PLAN).rows if r.id == row.id)
    assert saved.tasks == typed and saved.percent == 40   # her text and the update, both kept
    window.table.setFocus()                               # back in the table: the window follows the file
    qtbot.waitUntil(window.table.hasFocus, timeout=2000)
    window.watch.version = -1                             # (her own write moved the version too)
    assert window.watch.check() is True
