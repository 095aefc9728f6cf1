"""Putting a finished file in place on a disk that may fill up or vanish (a USB stick).

The bytes go to a hidden temporary name in the target folder
(``.~kehoach-<pid>-<random>.tmp``, announced in the program temp folder so a
killed run's file is removed at the next start: store/leftovers.py), are flushed to
the device, and only then renamed to the real name; the folder itself is
flushed so the rename survives a pulled stick. Whatever fails, the temporary
file is removed when the device still lets us, and a half-written file never
carries the real name. The small ``_write``/``_fsync``/``_replace`` hooks are
where the fault tests inject a full or vanished disk.
"""
from __future__ import annotations

import errno
import os
from pathlib import Path

from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.store import leftovers

CHUNK = 1 << 20
TEMP_PREFIX = leftovers.TEMP_PREFIX
TEMP_SUFFIX = leftovers.TEMP_SUFFIX

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


def disk_error(exc: OSError, folder: Path, needed: int, what: str | InputError) -> InputError:
    """What went wrong with the disk, saying nothing was left behind; ``what`` names the job."""
    if exc.errno in FULL_ERRNOS:
        return InputError("{what} không thành công: ổ đĩa «{folder}» đã đầy (cần khoảng {megabytes:.1f} MB còn "
                          "trống). Hãy xoá bớt tệp trên ổ hoặc chọn nơi lưu khác rồi làm lại. Không có tệp dở dang "
                          "nào được giữ lại.", field="file", what=what, folder=folder,
                          megabytes=max(needed / 1_000_000, 0.1))
    if exc.errno in READ_ONLY_ERRNOS:
        return InputError("{what} không thành công: không được phép ghi vào «{folder}» (ổ chỉ đọc hoặc bị khoá "
                          "ghi). Không có tệp dở dang nào được giữ lại.", field="file", what=what, folder=folder)
    return InputError("{what} không thành công: không ghi được vào «{folder}»: ổ USB có thể đã bị rút ra hoặc bị "
                      "lỗi ({error}). Hãy cắm lại ổ và làm lại. Không có tệp dở dang nào được giữ lại.",
                      field="file", what=what, folder=folder, error=exc.strerror or exc)


def temp_path(folder: Path) -> Path:
    """``.~kehoach-<pid>-<random>.tmp``: ours by name, and the pid tells a later start whether it is left over."""
    return folder / leftovers.beside_name()


def copy_into_place(source: Path, target: Path) -> None:
    """Copy ``source`` to ``target`` so that ``target`` is either absent/old or complete; OSError passes up."""
    with source.open("rb") as reader:
        _put_in_place(iter(lambda: reader.read(CHUNK), b""), target)


def _put_in_place(chunks, target: Path) -> None:
    temp = temp_path(target.parent)
    with leftovers.announced(temp):
        try:
            with temp.open("xb") as writer:
                for chunk in chunks:
                    _write(writer, chunk)
                writer.flush()
                _fsync(writer.fileno())
            _replace(temp, target)
            sync_folder(target.parent)
        except BaseException:
            discard(temp)
            raise


def write_rendered(render, target: str | os.PathLike, what: str | InputError, suffix: str | None = None) -> Path:
    """Build a document into memory with ``render(stream)``, then put it in place whole.

    Printing, Word and Excel exports all go through here: a failed build or a
    full or pulled disk never leaves half a file under the real name.
    """
    import io
    target = Path(target)
    if suffix and target.suffix.lower() != suffix:
        raise InputError("Tệp ra «{file}» phải có đuôi {suffix}.", field="output",
                         file=target.name, suffix=suffix)
    if not target.parent.is_dir():
        raise InputError("Thư mục «{parent}» không tồn tại.", field="output",
                         parent=target.parent)
    buffer = io.BytesIO()
    render(buffer)
    data = buffer.getvalue()
    try:
        _put_in_place((data[i:i + CHUNK] for i in range(0, len(data), CHUNK)), target)
    except OSError as exc:
        raise disk_error(exc, target.parent, len(data), what) from exc
    return target


def discard(path: Path) -> None:
    """Remove a leftover if the device still lets us; a vanished stick has nothing to remove."""
    try:
        _remove(path)
    except OSError:
        pass
