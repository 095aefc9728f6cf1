"""What the machine refuses, as a message: a file another program holds, a full disk, a read-only stick.

These are not bugs, so they never reach the crash handler or exit 1. The command line and the
window ask ``refusal_for(exc)`` about any unexpected exception and, when it is one of these, show
the Vietnamese message (exit 2) instead; nothing was written, as every write is one transaction.
"""
from __future__ import annotations

import errno
import sqlite3

from kehoach_desktop.domain.errors import InputError


def _busy() -> InputError:
    return InputError("Tệp đang được một chương trình khác ghi (có thể là một cửa sổ Kế hoạch khác). Hãy đợi "
                      "giây lát hoặc đóng chương trình đó rồi thử lại; chưa có gì bị thay đổi.", field="file")


def _full() -> InputError:
    return InputError("Ổ đĩa đã đầy nên không ghi được; chưa có gì bị thay đổi. Hãy giải phóng chỗ trống rồi "
                      "thử lại.", field="file")


def _read_only() -> InputError:
    return InputError("Tệp hoặc ổ đĩa chỉ cho phép đọc (ví dụ thẻ nhớ bị khóa). Hãy chép tệp vào máy rồi mở "
                      "lại; chưa có gì bị thay đổi.", field="file")


def _pulled() -> InputError:
    return InputError("Lỗi đọc ghi ổ đĩa (có thể thẻ nhớ vừa bị rút ra). Hãy cắm lại rồi mở lại tệp; phần đã "
                      "lưu trước đó không bị ảnh hưởng.", field="file")


def _no_permission() -> InputError:
    return InputError("Không có quyền ghi vào vị trí này. Hãy chọn thư mục khác (ví dụ thư mục Tài liệu); "
                      "chưa có gì bị thay đổi.", field="file")


def _damaged() -> InputError:
    return InputError("Tệp dữ liệu bị hỏng hoặc bị sửa ngoài chương trình (thiếu bảng hoặc cột mà chương trình cần). "
                      "Hãy khôi phục từ bản sao lưu; chưa có gì bị thay đổi.", field="file")


# SQLite's words for each (its messages are English and stable across versions) and the OS's errnos.
_SQLITE = (("database is locked", _busy), ("database or disk is full", _full),
           ("attempt to write a readonly database", _read_only), ("disk i/o error", _pulled),
           # a table or column of the file's schema dropped by hand: found when a query needs it, so opening a
           # file never pays for comparing every table with every schema version
           ("no such table", _damaged), ("no such column", _damaged))
_OS = {errno.ENOSPC: _full, errno.EDQUOT: _full, errno.EROFS: _read_only, errno.EACCES: _no_permission,
       errno.EIO: _pulled}


def refusal_for(exc: BaseException) -> InputError | None:
    """The Vietnamese refusal for an exception the machine caused, or None for a real bug."""
    for link in _chain(exc):
        if isinstance(link, sqlite3.OperationalError):
            text = str(link).casefold()
            for words, refusal in _SQLITE:
                if words in text:
                    return refusal()
        if isinstance(link, OSError) and link.errno in _OS:
            return _OS[link.errno]()
    return None


def _chain(exc: BaseException | None):
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        yield exc
        exc = exc.__cause__ or exc.__context__
