"""The Qt window. Only this package imports PySide6.

PySide6 6.12.0 on CPython 3.11 drops one reference to ``None`` on every call of
a C++ method that returns void (QLabel.setText, QWidget.update, …). ``None``
starts with about 5,000 references, so a few minutes of work in the window
brought its count to zero and the interpreter aborted ("none_dealloc:
deallocating None"). CPython 3.12 made ``None`` immortal for exactly this
kind of bug; on older interpreters we give it the same immortality by hand
before any Qt call is made. Remove when the PySide6 pin excludes 6.12.0.
"""
import sys

if sys.implementation.name == "cpython" and sys.version_info < (3, 12):
    import ctypes

    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40
