"""A window with a school file open answers «come forward» from another window of this program.

The lock beside the file (store/file_lock.py) tells a second window that the file is open
elsewhere; this beacon lets it offer «Chuyển sang cửa sổ đó»: a local socket named after the file
which, when called, brings the first window to the front. Nothing leaves the computer: QLocalServer
is a named pipe on Windows and a socket in the user's temporary folder elsewhere.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget


def beacon_name(path: str | Path) -> str:
    """One name per school file (its full path), short enough for every platform's socket names."""
    return "kehoach-" + hashlib.sha1(str(Path(path).resolve()).encode("utf-8")).hexdigest()[:16]


class Beacon(QObject):
    """Listens for the file ``path`` while ``window`` has it open."""

    def __init__(self, window: QWidget, path: str | Path) -> None:
        super().__init__(window)
        self.window = window
        self.calls = 0
        self.server = QLocalServer(self)
        name = beacon_name(path)
        QLocalServer.removeServer(name)    # a socket file left by a window that crashed
        self.server.newConnection.connect(self._called)
        self.server.listen(name)

    def _called(self) -> None:
        while self.server.hasPendingConnections():
            self.server.nextPendingConnection().close()
        self.calls += 1
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()

    def close(self) -> None:
        self.server.close()


def call_forward(path: str | Path, wait_ms: int = 1000) -> bool:
    """Ask the window that has ``path`` open to come to the front; False when none answers."""
    socket = QLocalSocket()
    socket.connectToServer(beacon_name(path))
    answered = socket.waitForConnected(wait_ms)
    socket.disconnectFromServer()
    return answered
