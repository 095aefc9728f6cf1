"""Noticing that another writer (a second window, `kehoach progress update`) changed the open file.

SQLite's ``PRAGMA data_version`` on the window's own connection changes only when another
connection committed, so polling it costs one statement. When it changed the session reloads the
plan (rows changed in place, no model reset) and the selection is put back. While a cell editor
is open the reload waits for the next tick, so nothing being typed is touched.
"""
from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView

from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.ui.session import PlanSession

POLL_MS = 1500


class FileWatch(QObject):
    refreshed = Signal(float)      # seconds the reload took

    def __init__(self, session: PlanSession, table: QAbstractItemView, parent=None,
                 typing: Callable[[], bool] = lambda: False) -> None:
        super().__init__(parent)
        self.session, self.table = session, table
        self.typing = typing           # True while the principal is in the row form's fields
        self.version = self._version()
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def _version(self) -> int | None:
        try:
            return self.session.doc.data_version()
        except InputError:   # the file vanished: the next write says so
            return None

    def check(self) -> bool:
        """Reload when the file changed underneath; True when it did."""
        doc = self.session.doc
        if doc.lock is not None:
            doc.lock.beat()
        version = self._version()
        if version is None or version == self.version:
            return False
        if self.table.state() == QAbstractItemView.State.EditingState or self.typing():
            return False             # the editor's or the form's text first; the next tick reloads
        self.version = version
        start = time.perf_counter()
        current = self.table.currentIndex()
        row = self.session.model.row_at(current.row()) if current.isValid() else None
        self.session.refresh()
        if row is not None:
            visual = self.session.model.visual_of(row.id)
            if visual >= 0 and self.table.currentIndex().row() != visual:
                self.table.setCurrentIndex(self.session.model.index(visual, max(0, current.column())))
        self.refreshed.emit(time.perf_counter() - start)
        return True

    def stop(self) -> None:
        self.timer.stop()
