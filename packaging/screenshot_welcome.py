"""Render the first-run welcome page at 1366×768 for the README: docs/screenshot-welcome.png.

  QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/screenshot_welcome.py [OUT.png]

The page alone (the main window shows it in its centre when no file is open), with an
ordinary Documents folder so the picture shows what a principal sees.
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshot-welcome.png"
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["KEHOACH_DATA_DIR"] = tempfile.mkdtemp(prefix="kehoach-shot-")
    os.environ["KEHOACH_DOCUMENTS_DIR"] = "/home/hieutruong/Documents"
    from PySide6.QtWidgets import QApplication

    from kehoach_desktop.ui.welcome import WelcomePage
    app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841 (Qt needs one)
    page = WelcomePage()
    page.resize(1366, 768)
    page.show()
    QApplication.processEvents()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not page.grab().save(str(out)):
        print(f"could not write {out}", file=sys.stderr)
        return 1
    print(out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
