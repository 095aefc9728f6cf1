"""A commune office's consolidated file for the Sở: one zip bundle of its schools' exports.

Since 01/7/2025 a commune's Phòng Văn hóa - Xã hội receives its schools' files and the Sở GD&ĐT
consolidates the province. The commune sends the Sở one file: ``<xa>-<yyyymmdd>.kehoach-tonghop.zip``
holding, per school of its office file, a school export re-made from the office's copy of the
school's current import (the tables the office keeps), stamped with the school's own export meta
(code, name, export time, program and schema versions) and a content hash recomputed over what it
holds, plus ``manifest.json``: the format, the commune office's identity, the export time and each
member's entry name, code, name, export time and SHA-256. The Sở reads each member through exactly
the checks of a school's own export (store.incoming), and the export time decides which copy of a
school wins, whichever way it arrived. Writing it: store.office_bundle_export.

The bundle is as hostile as any file from a stick: its size, its number of entries, each entry's
declared and actual size (read into memory with a cap, never extracted, so a name like
``../../x`` is only refused, never a path) and the manifest are checked before anything is
imported; a bundle that fails them is refused whole and changes nothing. A member that fails its
own checks is refused alone.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
import struct
import zipfile
import zlib
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Iterator

from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.printable import printable_line
from kehoach_desktop.domain.values import nfc
from kehoach_desktop.store.incoming import MAX_FILE_BYTES, parse_time

FORMAT = "kehoach-tonghop"
VERSION = 1
SUFFIX = ".kehoach-tonghop.zip"
MANIFEST = "manifest.json"
MAX_MEMBERS = 3_000
MAX_BUNDLE_BYTES = 3_000_000_000           # the file on the stick
MAX_TOTAL_BYTES = 3_000_000_000            # every member uncompressed: 3,000 schools of 1 MB each
MAX_MANIFEST_BYTES = 2_000_000
MAX_TEXT = 300                             # one name or line of the manifest
# Member names are only labels: plain ASCII, no folder, no leading dot; anything else refuses the bundle.
MEMBER_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,79}(\.[A-Za-z0-9_-]{1,20}){0,2}\.db")
OFFICE_KEYS = ("kind", "name", "governing_body", "commune", "province")


@dataclass(frozen=True)
class Member:
    entry: str            # its name in the zip: a label, never a path
    code: str
    name: str
    exported_at: str
    sha256: str
    size: int             # declared uncompressed size (checked against what is read)


@dataclass
class Bundle:
    path: Path
    office: dict[str, str]
    exported_at: str
    members: list[Member]
    public_key: str = ""          # the sending office's key, which signed the manifest (domain.signing)

    @property
    def through(self) -> str:
        """What the Sở groups these schools under: the commune, else the office's name."""
        return self.office.get("commune") or self.office.get("name", "")

    def member_label(self, member: Member) -> str:
        """The name a member's report and import log show (no folder separator: a label only)."""
        return f"{self.path.name} › {member.entry}"


def is_bundle(path: str | os.PathLike) -> bool:
    """By its name (``….zip``), as the officer chose it: a zip named ``.db`` is refused as a school file
    that is not one, and a ``.zip`` that is no bundle is refused as a bundle."""
    return Path(path).name.lower().endswith(".zip")


def _refuse(path: Path, reason: str, **values: Any) -> InputError:
    """``reason`` is a template (its own message id) filled with ``values``."""
    return InputError("Tệp tổng hợp «{file}» bị từ chối: {reason} Tệp cơ quan không thay đổi.", field="file",
                      file=path.name, reason=InputError(reason, field="file", **values))


ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, NotImplementedError, RuntimeError,
              zlib.error, KeyError)


@contextmanager
def open_bundle(path: str | os.PathLike) -> Iterator[tuple[Bundle, zipfile.ZipFile]]:
    """``with open_bundle(path) as (bundle, archive)``: the checked manifest and the open zip; a bundle
    that fails a check is refused here, before anything is read from its members."""
    path = Path(path)
    try:
        if not path.is_file():
            raise _refuse(path, "không tìm thấy tệp (hoặc đây là thư mục).")
        if path.stat().st_size > MAX_BUNDLE_BYTES:
            raise _refuse(path, "tệp quá lớn (tối đa {limit_mb} MB).", limit_mb=MAX_BUNDLE_BYTES // 1_000_000)
        with path.open("rb") as handle:
            _check_directory(path, handle)
        archive = zipfile.ZipFile(path)
    except InputError:
        raise
    except ZIP_ERRORS as exc:
        raise _refuse(path, "đây không phải tệp tổng hợp (tệp zip) hoặc tệp bị hỏng ({error}).", error=exc) from exc
    except OSError as exc:
        raise _refuse(path, "không đọc được tệp ({error}).", error=exc.strerror or exc) from exc
    try:
        try:
            bundle = _checked(path, archive)
        except InputError:
            raise
        except ZIP_ERRORS as exc:
            raise _refuse(path, "đây không phải tệp tổng hợp (tệp zip) hoặc tệp bị hỏng ({error}).",
                          error=exc) from exc
        except OSError as exc:
            raise _refuse(path, "không đọc được tệp ({error}).", error=exc.strerror or exc) from exc
        yield bundle, archive
    finally:
        archive.close()


def _check_directory(path: Path, handle: IO[bytes]) -> None:
    """The zip's end record, before zipfile reads its directory into memory: a bounded number of entries
    and a directory of a bounded size (a forged directory of millions of entries is refused unread)."""
    size = handle.seek(0, os.SEEK_END)
    tail_size = min(size, 22 + 65_535)
    handle.seek(size - tail_size)
    tail = handle.read(tail_size)
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or len(tail) - at < 22:
        raise zipfile.BadZipFile("no end of central directory")
    _sig, _disk, _start, _here, entries, directory, _offset, _comment = struct.unpack("<4s4H2LH", tail[at:at + 22])
    if entries > MAX_MEMBERS + 1 or directory > (MAX_MEMBERS + 1) * 512:
        raise _refuse(path, "tệp có quá nhiều mục (tối đa {limit} trường) hoặc danh mục zip quá lớn.",
                      limit=MAX_MEMBERS)


def _checked(path: Path, archive: zipfile.ZipFile) -> Bundle:
    entries = archive.infolist()
    if len(entries) > MAX_MEMBERS + 1:
        raise _refuse(path, "tệp có {count} mục, quá số trường một tệp tổng hợp mang được ({limit}).",
                      count=len(entries) - 1, limit=MAX_MEMBERS)
    names = [e.filename for e in entries]
    if len(set(names)) != len(names):
        raise _refuse(path, "tệp có hai mục trùng tên.")
    for info in entries:
        if info.filename != MANIFEST and not MEMBER_NAME.fullmatch(info.filename):
            raise _refuse(path, "tệp có mục «{entry}» không phải tệp của một trường (tên lạ).",
                          entry=printable_line(info.filename)[:80])
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED) or info.flag_bits & 0x1:
            raise _refuse(path, "mục «{entry}» được nén hoặc mã hóa theo cách chương trình không đọc.",
                          entry=info.filename)
        if info.file_size > (MAX_MANIFEST_BYTES if info.filename == MANIFEST else MAX_FILE_BYTES):
            raise _refuse(path, "mục «{entry}» quá lớn so với tệp của một trường.", entry=info.filename)
    if sum(e.file_size for e in entries) > MAX_TOTAL_BYTES:
        raise _refuse(path, "tổng dung lượng các mục quá lớn (tối đa {limit_mb} MB).",
                      limit_mb=MAX_TOTAL_BYTES // 1_000_000)
    if MANIFEST not in names:
        raise _refuse(path, "tệp không có mục «{entry}»; đây không phải tệp tổng hợp của chương trình Kế hoạch.",
                      entry=MANIFEST)
    bundle = _manifest(path, _bounded(archive, archive.getinfo(MANIFEST)))
    listed = [m.entry for m in bundle.members]
    found = sorted(n for n in names if n != MANIFEST)
    if sorted(listed) != found:
        raise _refuse(path, "danh sách trường trong tệp không khớp với các mục của tệp (thiếu hoặc thừa {count} mục).",
                      count=len(set(listed) ^ set(found)) or abs(len(listed) - len(found)))
    sizes = {e.filename: e.file_size for e in entries}
    for member in bundle.members:
        if member.size != sizes[member.entry]:
            raise _refuse(path, "mục «{entry}» có kích thước khác với danh sách trong tệp.", entry=member.entry)
    return bundle


def _bounded(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """The entry's bytes, never more than it declares (a zip bomb stops there); CRC checked by zipfile."""
    with archive.open(info) as handle:
        data = handle.read(info.file_size + 1)
    if len(data) != info.file_size:
        raise zipfile.BadZipFile(f"{info.filename}: size differs from its header")
    return data


def read_member(archive: zipfile.ZipFile, bundle: Bundle, member: Member) -> bytes:
    """One member's bytes, checked against the manifest's SHA-256; a refusal of this member alone."""
    from kehoach_desktop.store.incoming import refusal
    label = Path(bundle.member_label(member))
    try:
        data = _bounded(archive, archive.getinfo(member.entry))
    except ZIP_ERRORS as exc:
        raise refusal(label, "mục này trong tệp tổng hợp bị hỏng ({error}).", error=exc) from exc
    except OSError as exc:
        raise refusal(label, "không đọc được tệp ({error}).", error=exc.strerror or exc) from exc
    if hashlib.sha256(data).hexdigest() != member.sha256:
        raise refusal(label, "nội dung khác với danh sách của tệp tổng hợp (mã kiểm tra không khớp); tệp có thể "
                             "đã bị sửa hoặc hỏng sau khi xuất.")
    return data


def _canonical(manifest: dict) -> bytes:
    """The bytes the bundle's signature covers: the manifest but its signature, in one fixed spelling. The
    manifest lists every member's SHA-256, so the signature covers every byte of the bundle."""
    body = {k: v for k, v in manifest.items() if k != "signature"}
    return json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def sign_manifest(manifest: dict, private_key: str) -> dict:
    from kehoach_desktop.domain.signing import document_message, public_of, sign
    if not private_key:
        return manifest
    value = sign(private_key, document_message("bundle", _canonical(manifest)))
    return {**manifest, "signature": {"public_key": public_of(private_key), "value": value}}


def _signed_by(path: Path, manifest: dict) -> str:
    """The key that signed the manifest; a bundle unsigned, or whose signature fails, is refused whole."""
    from kehoach_desktop.domain.signing import document_message, is_public_key, verify
    signature = manifest.get("signature")
    if not isinstance(signature, dict) or not is_public_key(signature.get("public_key")) \
            or not isinstance(signature.get("value"), str):
        raise _refuse(path, "tệp tổng hợp không có chữ ký của cơ quan gửi.")
    if not verify(signature["public_key"], document_message("bundle", _canonical(manifest)), signature["value"]):
        raise _refuse(path, "chữ ký của tệp tổng hợp không khớp với nội dung: tệp đã bị sửa sau khi cơ quan gửi ký.")
    return signature["public_key"]


def _manifest(path: Path, data: bytes) -> Bundle:
    try:
        manifest = json.loads(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise _refuse(path, "danh sách «{entry}» không phải văn bản UTF-8.", entry=MANIFEST) from exc
    except ValueError as exc:
        raise _refuse(path, "danh sách «{entry}» không phải JSON hợp lệ.", entry=MANIFEST) from exc
    except RecursionError as exc:
        raise _refuse(path, "danh sách «{entry}» lồng nhau quá sâu.", entry=MANIFEST) from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise _refuse(path, "đây không phải tệp tổng hợp của chương trình Kế hoạch (thiếu «format»: «{format}»).",
                      format=FORMAT)
    if manifest.get("version") != VERSION:
        raise _refuse(path, "tệp tổng hợp phiên bản {version}; chương trình này đọc phiên bản {known}. Hãy cập nhật "
                            "chương trình.", version=printable_line(manifest.get("version"))[:20], known=VERSION)
    office = manifest.get("office")
    if not isinstance(office, dict):
        raise _refuse(path, "danh sách không ghi cơ quan gửi («office»).")
    office = {key: _text(path, office.get(key, ""), f"office.{key}") for key in OFFICE_KEYS}
    if not office["name"]:
        raise _refuse(path, "danh sách không ghi tên cơ quan gửi («office.name»).")
    exported_at = _moment(path, manifest.get("exported_at"), "exported_at")
    listed = manifest.get("members")
    if not isinstance(listed, list) or not 1 <= len(listed) <= MAX_MEMBERS:
        raise _refuse(path, "danh sách trường («members») phải có từ 1 đến {limit} trường.", limit=MAX_MEMBERS)
    members = []
    for item in listed:
        if not isinstance(item, dict):
            raise _refuse(path, "mỗi trường trong danh sách cần «file», «code», «name», «exported_at», «sha256», «size».")
        sha = item.get("sha256")
        size = item.get("size")
        if not isinstance(sha, str) or not re.fullmatch(r"[0-9a-f]{64}", sha) \
                or not isinstance(size, int) or isinstance(size, bool) or not 0 <= size <= MAX_FILE_BYTES:
            raise _refuse(path, "mỗi trường trong danh sách cần «file», «code», «name», «exported_at», «sha256», «size».")
        members.append(Member(_text(path, item.get("file"), "file"), _text(path, item.get("code"), "code"),
                              _text(path, item.get("name"), "name"), _moment(path, item.get("exported_at"), "exported_at"),
                              sha, size))
    codes = [m.code for m in members]
    if len(set(codes)) != len(codes) or not all(codes):
        raise _refuse(path, "danh sách có mã trường trống hoặc trùng nhau.")
    return Bundle(path, office, exported_at, members, _signed_by(path, manifest))


def _text(path: Path, value: object, key: str) -> str:
    if not isinstance(value, str) or len(value) > MAX_TEXT:
        raise _refuse(path, "mục «{key}» của danh sách phải là chữ, tối đa {limit} ký tự.", key=key, limit=MAX_TEXT)
    return printable_line(nfc(value)).strip()


def _moment(path: Path, value: object, key: str) -> str:
    try:
        if not isinstance(value, str) or len(value) > 40:
            raise ValueError(key)
        parse_time(value)
    except ValueError as exc:
        raise _refuse(path, "mục «{key}» của danh sách không phải thời điểm hợp lệ.", key=key) from exc
    return value


def bundle_members(path: Path) -> Iterator[tuple[Bundle, Member, bytes | InputError]]:
    """Each member of a checked bundle with its bytes, or the refusal of that member alone. The bundle's
    own refusal (InputError) is raised before the first member."""
    with open_bundle(path) as (bundle, archive):
        for member in bundle.members:
            try:
                yield bundle, member, read_member(archive, bundle, member)
            except InputError as exc:
                yield bundle, member, exc
