"""Unexpected errors: written to a log file in the user data folder, shown as one polite sentence.

A principal must never see a traceback. Bad input is an InputError and is shown
as its Vietnamese message; anything else is a bug: its details go to loi.log so
a maintainer can read them, and the window keeps running.
"""
from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.store.failures import refusal_for
from kehoach_desktop.ui.errors import error_text
from kehoach_desktop.usecases import log_bug

_tr = QCoreApplication.translate   # lupdate: -tr-function-alias translate+=_tr


log_path = log_bug.log_path   # where a bug's details go (usecases/log_bug.py, shared with the command line)


def excepthook(exc_type, exc, tb) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    if isinstance(exc, InputError):
        text = error_text(exc)
    elif (refusal := refusal_for(exc)) is not None:   # a locked file, a full disk: not a bug
        text = error_text(refusal)
    else:
        path = log_bug.log_bug(exc_type, exc, tb)
        text = _tr("Crash", "Chương trình gặp lỗi không mong đợi. Dữ liệu đã lưu trong tệp không bị ảnh hưởng.")
        if path is not None:
            text += "\n" + _tr("Crash", "Chi tiết đã được ghi vào {0}.").format(str(path))
    if QApplication.instance() is not None:
        box = QMessageBox(QMessageBox.Warning, _tr("Crash", "Kế hoạch"), text, QMessageBox.NoButton,
                          QApplication.activeWindow())
        box.addButton(_tr("Crash", "Đóng"), QMessageBox.AcceptRole)
        box.exec()
    else:
        print(text, file=sys.stderr)


def install() -> None:
    sys.excepthook = excepthook
