"""Putting a finished file in place on a disk that may fill up or vanish (a USB stick).

The bytes go to a hidden temporary name in the target folder, are flushed to
the device, and only then renamed to the real name; the folder itself is
flushed so the rename survives a pulled stick. Whatever fails, the temporary
file is removed when the device still lets us, and a half-written file never
carries the real name. The small ``_write``/``_fsync``/``_replace`` hooks are
where the fault tests inject a full or vanished disk.
"""
from __future__ import annotations

import errno
import os
import secrets
from pathlib import Path

from kehoach_desktop.domain.errors import InputError

CHUNK = 1 << 20
TEMP_PREFIX = ".~kehoach-"
TEMP_SUFFIX = ".tmp"

FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}
GONE_ERRNOS = {errno.EIO, errno.ENODEV, errno.ENXIO, errno.ENOENT, errno.ESTALE if hasattr(errno, "ESTALE") else errno.EIO}
READ_ONLY_ERRNOS = {errno.EROFS, errno.EACCES, errno.EPERM}


def _write(handle, chunk: bytes) -> None:
    handle.write(chunk)


def _fsync(fd: int) -> None:
    os.fsync(fd)


def _replace(source: Path, target: Path) -> None:
    os.replace(source, target)


def _remove(path: Path) -> None:
    path.unlink()


def sync_folder(folder: Path) -> None:
    """Flush a rename to the device; folders cannot be opened for this on Windows, so skip there."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        _fsync(fd)
    finally:
        os.close(fd)


def disk_error(exc: OSError, folder: Path, needed: int, what: str) -> InputError:
    """A Vietnamese sentence for what went wrong with the disk, saying nothing was left behind."""
    place = f"«{folder}»"
    if exc.errno in FULL_ERRNOS:
        megabytes = max(needed / 1_000_000, 0.1)
        reason = (f"ổ đĩa {place} đã đầy (cần khoảng {megabytes:.1f} MB còn trống). "
                  "Hãy xoá bớt tệp trên ổ hoặc chọn nơi lưu khác rồi làm lại.")
    elif exc.errno in READ_ONLY_ERRNOS:
        reason = f"không được phép ghi vào {place} (ổ chỉ đọc hoặc bị khoá ghi)."
    else:
        reason = (f"không ghi được vào {place}: ổ USB có thể đã bị rút ra hoặc bị lỗi "
                  f"({exc.strerror or exc}). Hãy cắm lại ổ và làm lại.")
    return InputError(f"{what} không thành công: {reason} Không có tệp dở dang nào được giữ lại.",
                      field="file")


def temp_path(folder: Path) -> Path:
    return folder / f"{TEMP_PREFIX}{secrets.token_hex(6)}{TEMP_SUFFIX}"


def copy_into_place(source: Path, target: Path) -> None:
    """Copy ``source`` to ``target`` so that ``target`` is either absent/old or complete; OSError passes up."""
    temp = temp_path(target.parent)
    try:
        with source.open("rb") as reader, temp.open("xb") as writer:
            while chunk := reader.read(CHUNK):
                _write(writer, chunk)
            writer.flush()
            _fsync(writer.fileno())
        _replace(temp, target)
        sync_folder(target.parent)
    except BaseException:
        discard(temp)
        raise


def discard(path: Path) -> None:
    """Remove a leftover if the device still lets us; a vanished stick has nothing to remove."""
    try:
        _remove(path)
    except OSError:
        pass
