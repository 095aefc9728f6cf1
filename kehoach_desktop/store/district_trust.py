"""Whether an incoming school file may speak for its school, and what it replaces (#17 items 1 and 4).

Decided before anything is written, reading the office file only, so a refusal or a hold changes nothing:

- **One school, however its code is typed**: the school is found by its code key (domain.school_code);
  a code that only looks like a known one (a Cyrillic letter, «O» for «0») is held for confirmation.
- **Signed**: a signed export must verify against the key it carries (an edited file with a recomputed
  hash fails here); the first signed file of a school pins its key (trust on first use); a file signed by
  another key is held until the officer confirms the change (a reinstalled PC), and an unsigned file for a
  school whose key is pinned is refused. A commune's bundle is signed by the commune office instead
  (store.office_bundle), whose key is pinned the same way; its members carry the school's key unchecked.
- **Newest wins by the school's own counter**: files are ordered by the export counter the school file
  keeps (store.exchange), the export time only breaking ties; a file stamped more than a day ahead of
  this PC's clock is held, so a wrong clock never blocks the school's later genuine files.
- **Renames** are held unless the officer named that code (``--accept-rename CODE``).

Held files are not imported; the officer confirms per code (``Confirmations``) and imports them again.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.school_code import code_key, look_alike
from kehoach_desktop.domain.signing import export_message, fingerprint, verify
from kehoach_desktop.domain.values import nfc
from kehoach_desktop.store.incoming import Incoming, parse_time, refusal
from kehoach_desktop.store.school_schema import PUBLIC_KEY_META, SEQUENCE_META, SIGNATURE_KEY

if TYPE_CHECKING:
    import sqlite3

    from sqlite_utils import Database

ADDED, REPLACED, UNCHANGED, HELD = "added", "replaced", "unchanged", "held"
# What a held file waits for; the officer confirms it per school code.
RENAME, KEY_CHANGE, FUTURE, LOOK_ALIKE = "rename", "key", "future", "look_alike"
FUTURE_HOLD = timedelta(days=1)


@dataclass(frozen=True)
class Confirmations:
    """What the officer has confirmed, per school code as the file gives it (or its code key)."""

    rename: frozenset[str] = frozenset()
    key_change: frozenset[str] = frozenset()
    future: frozenset[str] = frozenset()
    look_alike: frozenset[str] = frozenset()

    @classmethod
    def of(cls, **codes) -> Confirmations:
        return cls(**{kind: frozenset(code_key(c) for c in values or ()) for kind, values in codes.items()})

    def allows(self, kind: str, code: str) -> bool:
        return code_key(code) in getattr(self, {RENAME: "rename", KEY_CHANGE: "key_change", FUTURE: "future",
                                                 LOOK_ALIKE: "look_alike"}[kind])


NOTHING_CONFIRMED = Confirmations()


@dataclass
class Decision:
    outcome: str                  # ADDED, REPLACED, UNCHANGED or HELD
    code: str                     # the school's code as the office keeps it (the first one seen)
    kept_time: str = ""           # UNCHANGED by a newer one held: when that one was exported
    hold: str = ""                # HELD: RENAME, KEY_CHANGE, FUTURE or LOOK_ALIKE
    reason: InputError | None = None      # HELD: why, and how to confirm (the window translates it)
    public_key: str = ""          # the key to pin when written ('' for an unsigned file or a bundle's member)


def _local(moment: datetime) -> str:
    return moment.astimezone().strftime("%H:%M ngày %d/%m/%Y")


def sequence_of(incoming: Incoming) -> int:
    """The school's export counter, or for a file exported before there was one its time in microseconds."""
    text = incoming.meta.get(SEQUENCE_META, "")
    if text.isdigit() and len(text) <= 20:
        return int(text)
    return int(incoming.exported_at.timestamp() * 1_000_000)


def pinned_key(db: Database, key: str) -> str:
    row = db.execute("SELECT public_key FROM school_key WHERE code_key = ? ORDER BY id DESC LIMIT 1", [key]).fetchone()
    return row[0] if row else ""


@dataclass(frozen=True)
class PinnedKey:
    fingerprint: str      # what the officer reads to the school (domain.signing.fingerprint)
    since: str            # when the office first saw it (UTC, ISO)
    confirmed: bool       # a change the officer confirmed (False for the first key, taken on first use)


def school_keys(db: Database, code: str) -> list[PinnedKey]:
    """The keys the office has held for a school, the current one first."""
    rows = db.execute("SELECT public_key, since, confirmed FROM school_key WHERE code_key = ? ORDER BY id DESC",
                      [code_key(code)]).fetchall()
    return [PinnedKey(fingerprint(r[0]), r[1], bool(r[2])) for r in rows]


def office_fingerprint(db: Database) -> str:
    """The office's own key, as a school compares it when a reply arrives."""
    row = db.execute("SELECT public_key FROM office_key WHERE id = 1").fetchone()
    return fingerprint(row[0]) if row else ""


def _held(held_file: Incoming, held_school: str, held_kind: str, reason: str, **values) -> Decision:
    """``reason`` is a template (its own message id) filled with ``values`` (the names above stay clear of
    the templates' placeholders)."""
    why = InputError("Tệp «{file}» chưa được nhập, chờ xác nhận: {reason}", field="file", file=held_file.path.name,
                     reason=InputError(reason, field="file", **values))
    return Decision(HELD, held_school, hold=held_kind, reason=why)


def decide(db: Database, incoming: Incoming, confirmed: Confirmations = NOTHING_CONFIRMED, *,
           in_bundle: bool = False, now: datetime | None = None) -> Decision:
    """What importing ``incoming`` would do; raises InputError for a refusal."""
    path, key = incoming.path, code_key(incoming.code)
    public, signed = _signature(incoming, in_bundle)
    current = db.execute(
        "SELECT s.code, s.name, l.exported_at, l.sequence, l.through, s.current_import FROM district_school s "
        "JOIN import_log l ON l.id = s.current_import WHERE s.code_key = ? ORDER BY s.code = ? DESC LIMIT 1",
        [key, incoming.code]).fetchone()
    if current is None:
        return _new_school(db, incoming, confirmed, public, now)
    code, known_name, known_time, known_sequence, known_through, current_import = current
    seen = db.execute("SELECT id FROM import_log WHERE school_code = ? AND content_hash = ? AND exported_at = ? "
                      "ORDER BY id DESC LIMIT 1",
                      [code, incoming.content_hash, incoming.meta["export.exported_at"]]).fetchone()
    if seen and seen[0] == current_import:
        return Decision(UNCHANGED, code)
    # Seen before but not current (the officer went back to an earlier import): judged like a new file, so
    # bringing the newer one in again makes it current again, and an older one stays refused.
    pinned = pinned_key(db, key)
    if pinned and not public and not in_bundle:
        raise refusal(path, "tệp không có chữ ký, nhưng {name} đã gửi tệp có ký bằng khóa {fingerprint}. Tệp có thể "
                            "không phải của trường; hãy xin trường xuất lại tệp.",
                      name=known_name, fingerprint=fingerprint(pinned))
    if pinned and public and public != pinned and not confirmed.allows(KEY_CHANGE, incoming.code):
        return _held(incoming, code, KEY_CHANGE, "khóa ký tệp của {name} đã đổi (trước: {before}, nay: {after}), ví dụ khi máy "
                                       "của trường được cài lại. Hãy gọi điện cho trường đọc mã khóa (kehoach school "
                                       "show), rồi xác nhận (lệnh: --accept-key {code}).",
                     name=known_name, before=fingerprint(pinned), after=fingerprint(public), code=code)
    future = _future(incoming, confirmed, now)
    if future:
        return future
    if nfc(known_name).strip().casefold() != nfc(incoming.name).strip().casefold() \
            and not confirmed.allows(RENAME, incoming.code):
        return _held(incoming, code, RENAME, "mã trường {code} đang là của «{known_name}», nhưng tệp ghi tên «{incoming}». Nếu "
                                   "trường đã đổi tên, hãy xác nhận (lệnh: --accept-rename {code}); nếu không, tệp có "
                                   "thể bị nhầm mã.", code=code, known_name=known_name, incoming=incoming.name)
    mine = (sequence_of(incoming), incoming.exported_at)
    held = (known_sequence if known_sequence is not None else int(parse_time(known_time).timestamp() * 1_000_000),
            parse_time(known_time))
    # The same export arriving by the other route (directly, and through its commune) is not an old one.
    if mine < held and in_bundle or mine == held and (in_bundle or known_through):
        return Decision(UNCHANGED, code, kept_time=_local(held[1]))
    if mine <= held:
        raise refusal(path, "đây là bản xuất lúc {exported_at}, cũ hơn (hoặc trùng) bản đã nhập của {known_name} "
                            "(xuất lúc {known_time}). Dữ liệu hiện có được giữ nguyên.",
                      exported_at=_local(incoming.exported_at), known_name=known_name, known_time=_local(held[1]))
    return Decision(REPLACED, code, public_key=public if signed else "")


def _new_school(db: Database, incoming: Incoming, confirmed: Confirmations, public: str,
                now: datetime | None) -> Decision:
    future = _future(incoming, confirmed, now)
    if future:
        return future
    alike = look_alike(incoming.code)
    for code, name in db.execute("SELECT code, name FROM district_school WHERE look_alike = ?", [alike]).fetchall():
        if not confirmed.allows(LOOK_ALIKE, incoming.code):
            return _held(incoming, incoming.code, LOOK_ALIKE, "mã trường «{code}» ({name}) trông giống mã «{known}» của {known_name} "
                                                    "đã có nhưng không trùng (có thể một chữ cái khác bảng mã hoặc chữ O "
                                                    "thay số 0). Nếu đúng là trường khác, hãy xác nhận (lệnh: "
                                                    "--accept-code {code}).",
                         code=incoming.code, name=incoming.name, known=code, known_name=name)
    return Decision(ADDED, incoming.code, public_key=public)


def _future(incoming: Incoming, confirmed: Confirmations, now: datetime | None) -> Decision | None:
    moment = now or datetime.now(timezone.utc)
    if incoming.exported_at > moment + FUTURE_HOLD and not confirmed.allows(FUTURE, incoming.code):
        return _held(incoming, incoming.code, FUTURE, "tệp ghi thời điểm xuất {moment}, sau hôm nay hơn một ngày: đồng hồ máy của "
                                            "trường có thể bị sai. Tệp chưa được nhập và không chặn các tệp sau của "
                                            "trường. Nếu chắc chắn tệp đúng, hãy xác nhận (lệnh: --accept-future {code}).",
                     moment=_local(incoming.exported_at), code=incoming.code)
    return None


def _signature(incoming: Incoming, in_bundle: bool) -> tuple[str, bool]:
    """(the key the file names, whether its own signature was checked). A bundle's member is re-made by the
    commune office, so its school signature cannot hold; the bundle's own signature stands for it."""
    public = incoming.meta.get(PUBLIC_KEY_META, "")
    signature = incoming.meta.get(SIGNATURE_KEY, "")
    if in_bundle:
        return public, False
    if not public and not signature:
        return "", False
    message = export_message(incoming.code, incoming.meta["export.exported_at"], incoming.content_hash,
                             incoming.meta.get(SEQUENCE_META, ""))
    if not verify(public, message, signature):
        raise refusal(incoming.path, "chữ ký của tệp không khớp với nội dung: tệp đã bị sửa sau khi trường xuất, "
                                     "hoặc không phải do chương trình của trường ký. Hãy xin trường xuất lại tệp.")
    return public, True


def pin(conn: sqlite3.Connection, decision: Decision, confirmed: Confirmations) -> None:
    """After the file is written: keep the school's key (the first one, or a confirmed change)."""
    if not decision.public_key:
        return
    key = code_key(decision.code)
    row = conn.execute("SELECT public_key FROM school_key WHERE code_key = ? ORDER BY id DESC LIMIT 1", [key]).fetchone()
    if row and row[0] == decision.public_key:
        return
    conn.execute("INSERT INTO school_key (code_key, public_key, since, confirmed) VALUES (?, ?, ?, ?)",
                 [key, decision.public_key, datetime.now(timezone.utc).isoformat(timespec="seconds"),
                  int(row is not None and confirmed.allows(KEY_CHANGE, decision.code))])


class SenderKeyChanged(Exception):
    """A bundle whose sending office signs with another key than before: held whole, like a school's file,
    until the officer confirms that office (``Confirmations.of(key_change=[sender])``)."""

    def __init__(self, sender: str, reason: InputError) -> None:
        super().__init__(reason.message)
        self.sender, self.reason = sender, reason


def trusted_members(db: Database, path: Path, confirmed: Confirmations = NOTHING_CONFIRMED) -> Iterator:
    """store.office_bundle.bundle_members, from a sender the office trusts: the commune office's key is
    pinned at its first bundle (trust on first use) and a bundle signed by another key for the same
    office is refused whole, naming both keys, until the officer confirms (--accept-key "office name")."""
    from kehoach_desktop.store.office_bundle import bundle_members
    members = bundle_members(path)
    first = next(members)            # the bundle's own refusal is raised here, before any member
    bundle = first[0]
    sender = bundle.office.get("name", "")
    row = db.execute("SELECT public_key FROM sender_key WHERE sender = ? ORDER BY id DESC LIMIT 1",
                     [sender]).fetchone()
    if row is not None and row[0] != bundle.public_key and not confirmed.allows(KEY_CHANGE, sender):
        raise SenderKeyChanged(sender, refusal(
            path, "khóa ký của {sender} đã đổi (trước: {before}, nay: {after}). Hãy gọi điện cho cơ quan đó đọc mã "
                  "khóa, rồi xác nhận (lệnh: --accept-key \"{sender}\").", sender=sender,
            before=fingerprint(row[0]), after=fingerprint(bundle.public_key)))
    before = db.conn.total_changes
    yield first
    yield from members
    # Pinned with the members it brought, in their transaction; a bundle that changed nothing writes nothing.
    if (row is None or row[0] != bundle.public_key) and db.conn.total_changes > before:
        db.conn.execute("INSERT INTO sender_key (sender, public_key, since, confirmed) VALUES (?, ?, ?, ?)",
                        [sender, bundle.public_key, datetime.now(timezone.utc).isoformat(timespec="seconds"),
                         int(row is not None)])
