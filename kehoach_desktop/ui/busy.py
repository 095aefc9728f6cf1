"""A long job (a 2,000-row plan to PDF) off the window's thread, with a busy bar if it takes a while.

The window stays painted and the progress dialog (modal to the window) keeps the
principal from editing the plan while it is being read; short jobs never flash a dialog.
"""
from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QApplication, QProgressDialog

_tr = QCoreApplication.translate   # lupdate: -tr-function-alias translate+=_tr

SHOW_AFTER = 0.4   # seconds; quicker jobs show only the wait cursor


def run_busy(parent, text: str, job, *, show_after: float = SHOW_AFTER):
    """``job()`` in a worker thread; its result, or its exception raised here."""
    outcome: dict = {}

    def work() -> None:
        try:
            outcome["value"] = job()
        except BaseException as exc:   # handed back to the window's thread, raised there
            outcome["error"] = exc

    worker = threading.Thread(target=work, name="kehoach-busy", daemon=True)
    QApplication.setOverrideCursor(Qt.WaitCursor)
    try:
        worker.start()
        worker.join(show_after)
        if worker.is_alive():
            dialog = QProgressDialog(text, "", 0, 0, parent)
            dialog.setWindowTitle(_tr("Busy", "Xin chờ"))
            dialog.setCancelButton(None)      # a half-built PDF is of no use: nothing to cancel into
            dialog.setWindowModality(Qt.WindowModal)
            dialog.setMinimumDuration(0)
            dialog.show()
            while worker.is_alive():
                QApplication.processEvents(QEventLoop.AllEvents, 50)
                worker.join(0.03)
            dialog.close()
            dialog.deleteLater()
    finally:
        QApplication.restoreOverrideCursor()
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("value")
