"""A long job (a 2,000-row plan to PDF) off the window's thread, with a progress dialog if it takes a while.

The window stays painted and the progress dialog (modal to the window) keeps the
principal from editing the plan while it is being read; short jobs never flash a dialog.
``run_busy`` shows a busy bar (Word and Excel exports); ``run_with_progress`` a bar that
fills as the job reports its steps, and a «Hủy» button that stops the job.
"""
from __future__ import annotations

import threading
import time
from typing import Callable

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

_tr = QCoreApplication.translate   # lupdate: -tr-function-alias translate+=_tr

SHOW_AFTER = 0.4   # seconds; quicker jobs show only the wait cursor
SCALE = 1000       # the bar's maximum: a job reports fractions of its work
REFRESH = 0.1      # seconds between two updates of the bar: the window's thread leaves the job the CPU


class Cancelled(Exception):
    """The principal pressed «Hủy»: the job stopped, and whatever it made is not to be used."""


class _JobDialog(QProgressDialog):
    """Up until its job has ended: Esc and the title bar's close button mean «Hủy» when there is one,
    and nothing when there is not (a hidden dialog would free the window while the job reads the file)."""

    job_ended = False
    cancellable = True

    def reject(self) -> None:
        if self.job_ended:
            super().reject()
        elif self.cancellable:
            self.canceled.emit()

    def closeEvent(self, event) -> None:
        if self.job_ended:
            super().closeEvent(event)
            return
        event.ignore()
        if self.cancellable:
            self.canceled.emit()


def _dialog(parent, text: str, maximum: int) -> QProgressDialog:
    dialog = _JobDialog(text, _tr("Busy", "Hủy"), 0, maximum, parent)
    dialog.setWindowTitle(_tr("Busy", "Xin chờ"))
    dialog.setWindowModality(Qt.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoReset(False)
    dialog.setAutoClose(False)
    return dialog


def _run(job, show_after: float, make_dialog: Callable[[], QProgressDialog],
         refresh: Callable[[QProgressDialog], None] | None = None):
    """``job()`` in a worker thread; a dialog from ``make_dialog`` once it has run ``show_after`` seconds,
    ``refresh(dialog)`` every few hundredths of a second; the job's result, or its exception raised here."""
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
            dialog = make_dialog()
            dialog.show()
            while worker.is_alive():
                if refresh is not None:
                    refresh(dialog)
                QApplication.processEvents(QEventLoop.AllEvents, 50)
                worker.join(0.03)
            dialog.job_ended = True
            dialog.close()
            dialog.deleteLater()
    finally:
        QApplication.restoreOverrideCursor()
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("value")


def run_busy(parent, text: str, job, *, show_after: float = SHOW_AFTER):
    """``job()`` in a worker thread, a busy bar without a way out; its result, or its exception raised here."""
    def busy_bar() -> QProgressDialog:
        dialog = _dialog(parent, text, 0)
        dialog.setCancelButton(None)      # a half-written export is of no use: nothing to cancel into
        dialog.cancellable = False
        return dialog
    return _run(job, show_after, busy_bar)


def run_with_progress(parent, text: str, job, describe, *, show_after: float = SHOW_AFTER):
    """``job(report)`` in a worker thread, with a bar that fills and a «Hủy» button once it takes a while.

    The job calls ``report(step)`` from its thread, cheaply and as often as it likes: the
    step is kept for the dialog, and once «Hủy» is pressed ``report`` raises Cancelled, which
    stops the job. ``describe(step)`` gives (fraction done 0..1, label) for the latest step;
    it is called here, in the window's thread. The job's result, its exception, or Cancelled
    when «Hủy» was pressed (even if the job finished meanwhile: its result is dropped).
    """
    cancel, finished = threading.Event(), threading.Event()
    latest: list = [None]

    def report(step) -> None:
        if cancel.is_set():
            raise Cancelled()
        latest[0] = step

    def make_dialog() -> QProgressDialog:
        dialog = _dialog(parent, text, SCALE)
        dialog.canceled.disconnect(dialog.cancel)   # stay up, modal, until the job has really stopped
        dialog.canceled.connect(lambda: stop(dialog))
        return dialog

    def stop(dialog: QProgressDialog) -> None:
        if finished.is_set():      # closing the dialog once the job is done says "canceled" too
            return
        cancel.set()
        dialog.setLabelText(_tr("Busy", "Đang hủy…"))
        button = dialog.findChild(QPushButton)
        if button is not None:
            button.setEnabled(False)

    shown: list = [None, 0.0]   # the step on show, and when it was put there

    def refresh(dialog: QProgressDialog) -> None:
        step, now = latest[0], time.monotonic()
        if cancel.is_set() or step is None or step is shown[0] or now - shown[1] < REFRESH:
            return
        shown[:] = step, now
        fraction, label = describe(step)
        dialog.setLabelText(label)
        dialog.setValue(min(int(fraction * SCALE), SCALE - 1))   # full only when the job has finished

    def whole():
        try:
            return job(report)
        finally:
            finished.set()

    try:
        value = _run(whole, show_after, make_dialog, refresh)
    except Exception:
        if cancel.is_set():
            raise Cancelled() from None
        raise
    if cancel.is_set():
        raise Cancelled()
    return value
