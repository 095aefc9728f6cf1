"""The window starts even when an installed catalog is broken, and says so once.

The window runs in its own process (it installs a translator and a crash hook and quits its
application), with the message box answering at once and printing what it said.
"""
from __future__ import annotations

import os
import subprocess
import sys

from kehoach_desktop.paths import user_catalog_dir

START_WINDOW = """
import sys
from PySide6.QtWidgets import QMessageBox
from kehoach_desktop.ui.app import run_app
QMessageBox.exec = lambda box: print("MESSAGE:", box.text().replace(chr(10), " "), flush=True) or 0
sys.exit(run_app(sys.argv[1]))
"""


def test_the_window_starts_on_the_bundled_catalog_and_tells_about_the_broken_one(demo_file):
    folder = user_catalog_dir()
    folder.mkdir(parents=True)
    (folder / "tt18.json").write_text('{"id": "tt18", "x": ' + "[" * 50_000 + "]" * 50_000 + "}", encoding="utf-8")
    env = dict(os.environ, KEHOACH_STARTUP_PROBE="1", QT_QPA_PLATFORM="offscreen")   # quit once shown
    result = subprocess.run([sys.executable, "-c", START_WINDOW, str(demo_file)], env=env, timeout=60,
                            capture_output=True, text=True, encoding="utf-8")
    assert result.returncode == 0, result.stderr
    assert "shown" in result.stdout
    [message] = [line for line in result.stdout.splitlines() if line.startswith("MESSAGE:")]
    assert "Không dùng được danh mục đã cài «tt18.json»" in message and "lồng nhau" in message
    assert (folder / "loi" / "tt18.json").is_file()
