"""The Qt binding the program runs on must not leak or steal references.

PySide6 6.12.0 on CPython 3.11 dropped one reference to None on every void
call; a principal's long session would end in "Fatal Python error:
none_dealloc". pyproject.toml pins below 6.12; this test keeps the pin honest.
"""
from __future__ import annotations

import sys

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel


def test_a_thousand_qt_calls_leave_the_reference_count_of_none_alone(qtbot, tmp_path):
    label = QLabel()
    qtbot.addWidget(label)
    settings = QSettings(str(tmp_path / "x.ini"), QSettings.Format.IniFormat)
    before = sys.getrefcount(None)
    for _ in range(1000):
        label.setText("Tiêu chí 3.4")
        settings.value("khong-co")
    assert sys.getrefcount(None) - before > -100
