"""Read the office's reply file (phản hồi) into the school file: backed up first, all or nothing.

The window (ui) and `kehoach reply import` both call ``import_reply``; the file is read once,
bounded, parsed and checked before anything is written (domain.office_reply, store.replies).
"""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.office_reply import MAX_FILE_BYTES, OfficeReply, parse_reply
from kehoach_desktop.usecases.changes import NOTHING, Changes


@dataclass(frozen=True)
class ReplyImported:
    reply: OfficeReply
    plan_id: int | None = None          # None: a dry run
    backup: Path | None = None
    changes: Changes = NOTHING


def read_reply_file(path: str | os.PathLike) -> tuple[OfficeReply, str]:
    """The reply in the file at ``path`` and the file's SHA-256 (InputError when refused)."""
    path = Path(path)
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise InputError("Không đọc được tệp phản hồi «{name}» ({reason}); chưa có gì thay đổi.", field="file",
                         name=path.name, reason=exc.strerror or str(exc)) from None
    return parse_reply(raw, path.name), hashlib.sha256(raw).hexdigest()


def import_reply(reply_file: str | os.PathLike, into: str | os.PathLike, *, dry_run: bool = False,
                 file=None, accept_key: bool = False) -> ReplyImported:
    """Check the reply against the school file ``into`` (or the window's open ``file``), back the
    school file up, then store the reply; a dry run checks and writes nothing. ``accept_key``: the
    principal confirmed that the office's signing key changed."""
    from kehoach_desktop.store.replies import apply_reply, check_reply
    from kehoach_desktop.usecases.import_word import back_up_before_import
    from kehoach_desktop.usecases.school_file import SchoolFile
    reply, sha = read_reply_file(reply_file)
    own = file is None
    file = SchoolFile.open(into) if own else file
    try:
        plan_id = file.read(check_reply, reply, accept_key)
        if dry_run:
            return ReplyImported(reply)
        backup = back_up_before_import(into)
        file.write(apply_reply, reply, sha, accept_key)
    finally:
        if own:
            file.close()
    return ReplyImported(reply, plan_id, backup, Changes(plan_ids=frozenset({plan_id})))
