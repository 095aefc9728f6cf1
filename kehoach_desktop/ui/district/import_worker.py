"""Importing school files off the window's thread, with a progress bar and «Dừng».

The import runs in a QThread on a sqlite3 connection of its own to the office file (a connection is
never shared across threads); the window's thread only hears of each file once the commit that holds
it is done (store.district.import_files), so the bar and the report never show a file the office
file does not hold. «Dừng» lets the file in hand finish: what was imported is committed and reported,
nothing is left half written, the rest is listed as not imported.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEventLoop, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QDialog, QLabel, QProgressBar, QPushButton, QHBoxLayout, QVBoxLayout, QWidget

from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.store.district import ImportReport, import_files, open_district
from kehoach_desktop.store.district_trust import NOTHING_CONFIRMED, Confirmations
from kehoach_desktop.store.failures import refusal_for


class ImportWorker(QObject):
    """Lives in its own thread; speaks to the window only through its signals (queued across threads)."""

    committed = Signal(int, object)        # the file's number (1-based), its ImportReport
    done = Signal()

    def __init__(self, path: Path, files: list[Path], confirmed: Confirmations) -> None:
        super().__init__()
        self.path, self.files, self.confirmed = path, files, confirmed
        self.reports: list[tuple[int, ImportReport]] = []
        self.error: BaseException | None = None
        self.stopping = threading.Event()

    @Slot()
    def run(self) -> None:
        try:
            db = open_district(self.path)       # this thread's own connection
            try:
                import_files(db, self.files, confirmed=self.confirmed, on_progress=self._heard,
                             stop=self.stopping.is_set)
            finally:
                db.close()
        except BaseException as exc:            # handed to the window's thread, which shows or re-raises it
            self.error = exc
        self.done.emit()

    def _heard(self, number: int, report: ImportReport) -> None:
        self.reports.append((number, report))
        self.committed.emit(number, report)


class ImportProgress(QDialog):
    """The bar, the file just committed, and «Dừng» (stop after the current file)."""

    def __init__(self, total: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nhập tệp trường"))
        self.setWindowModality(Qt.WindowModal)
        self.label = QLabel(self.tr("Đang nhập tệp các trường…"), wordWrap=True)
        self.label.setMinimumWidth(420)
        self.total = total
        self.bar = QProgressBar()
        self.bar.setRange(0, total)
        self.bar.setValue(0)
        self.stop_button = QPushButton(self.tr("Dừng"))
        self.stop_button.setToolTip(self.tr("Dừng sau tệp đang nhập; các tệp đã nhập được giữ"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.stop_button)
        layout.addLayout(row)

    @Slot(int, object)
    def heard(self, number: int, report: ImportReport) -> None:
        """A file committed (a queued call from the worker's thread, run on the window's)."""
        self.bar.setValue(number)
        self.label.setText(self.tr("Đã nhập {0}/{1}: {2}").format(number, self.total, report.file.name))

    def reject(self) -> None:            # Esc or the title bar's ×: the same as «Dừng», never a half import
        self.stop_button.click()


@dataclass
class ImportRun:
    heard: list[tuple[int, ImportReport]]      # each committed file's number (1-based) and report
    stopped: bool                              # the officer pressed «Dừng»
    error: InputError | None = None            # the office file could not be written (what came before stays)


def run_import(parent: QWidget, path: Path, files: list[Path],
               confirmed: Confirmations = NOTHING_CONFIRMED) -> ImportRun:
    """Import ``files`` in a worker thread while the window's event loop keeps running. A failure that is
    not the machine's refusal (a bug) is raised again here, on the window's thread."""
    worker = ImportWorker(path, files, confirmed)
    thread = QThread()
    worker.moveToThread(thread)
    progress = ImportProgress(len(files), parent)
    loop = QEventLoop()

    def stop() -> None:
        worker.stopping.set()
        progress.stop_button.setEnabled(False)
        progress.label.setText(progress.tr("Đang dừng sau tệp đang nhập…"))

    worker.committed.connect(progress.heard)
    worker.done.connect(loop.quit)
    progress.stop_button.clicked.connect(stop)
    thread.started.connect(worker.run)
    progress.show()
    thread.start()
    try:
        loop.exec()
    finally:
        thread.quit()
        thread.wait()
        progress.hide()
        progress.deleteLater()
    run = ImportRun(worker.reports, worker.stopping.is_set())
    error = worker.error
    if error is not None:
        refused = error if isinstance(error, InputError) else refusal_for(error)
        if refused is None:
            raise error
        run.error = refused
    return run
