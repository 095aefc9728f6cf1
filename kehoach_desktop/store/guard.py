"""Writing to a school file that may vanish: a USB stick pulled, a disk full.

On Linux an open SQLite connection keeps writing happily into a file that was
deleted or whose stick was pulled, and the edits would be lost without a word.
So before every edit the window checks that the path still names the file it
opened, and any SQLite failure while writing becomes a ``WriteFailed`` with a
Vietnamese message; the edit stays on screen and "Lưu bản sao" can keep it.
"""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Callable, TypeVar

from kehoach_desktop.domain.errors import InputError

T = TypeVar("T")


class WriteFailed(InputError):
    """An edit could not be written to the school file."""


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


class FileGuard:
    """Remembers which file a path named when it was opened."""

    def __init__(self, path: str | os.PathLike) -> None:
        self.path = Path(path)
        self._identity = _identity(self.path)

    def present(self) -> bool:
        return self._identity is not None and _identity(self.path) == self._identity

    def check(self) -> None:
        if not self.present():
            raise WriteFailed(
                "Không tìm thấy tệp «{file}» ở vị trí cũ (USB bị rút hoặc tệp bị xóa, đổi tên). Thay đổi vừa rồi "
                "vẫn còn trên màn hình; hãy dùng «Lưu bản sao…» để lưu sang nơi khác.", field="file",
                file=self.path.name)

    def write(self, fn: Callable[..., T], *args, **kwargs) -> T:
        """Run one store writer after checking the file is still ours; SQLite errors become WriteFailed."""
        self.check()
        try:
            return fn(*args, **kwargs)
        except sqlite3.Error as exc:
            raise WriteFailed("Không ghi được vào tệp «{file}» ({error}). Thay đổi vừa rồi vẫn còn trên màn hình; "
                              "hãy dùng «Lưu bản sao…» để lưu sang nơi khác.", field="file",
                              file=self.path.name, error=exc) from exc
        except OSError as exc:
            raise WriteFailed("Không ghi được vào tệp «{file}» ({error}). Thay đổi vừa rồi vẫn còn trên màn hình; "
                              "hãy dùng «Lưu bản sao…» để lưu sang nơi khác.", field="file",
                              file=self.path.name, error=exc.strerror or exc) from exc

    def read(self, fn: Callable[..., T], *args, **kwargs) -> T:
        """Run one store reader; a file that can no longer be read (stick pulled) becomes an InputError."""
        try:
            return fn(*args, **kwargs)
        except (sqlite3.Error, OSError) as exc:
            raise InputError("Không đọc được tệp «{file}» ({error}). Hãy cắm lại USB hoặc mở một bản sao.",
                             field="file", file=self.path.name, error=exc) from exc
