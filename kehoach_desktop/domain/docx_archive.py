"""The XML of an untrusted .docx, read under hard limits checked before the expensive work.

A .docx that came on a USB stick may be damaged, or built to hurt: a zip entry declaring
1 KB that inflates to gigabytes, a million empty paragraphs, text boxes nested in text
boxes. Every limit is checked as early as it can be: the file size and the zip directory
(sizes, compression ratio) before anything is inflated; the inflated bytes while they are
read, in small chunks, because the declared sizes can lie; elements, paragraphs, tables,
rows and nesting while the XML is parsed, event by event, before any of it is interpreted;
and a time budget in every loop. Whatever goes wrong comes out as a Vietnamese
``InputError``, never a traceback. A real plan is far inside every limit: a 60-row plan
is ~0.5 MB of XML, ~20,000 elements, ~1,500 paragraphs, ~200 table rows.
"""
from __future__ import annotations

import io
import struct
import time
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from lxml import etree

from kehoach_desktop.domain.errors import InputError

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
DOCUMENT = "word/document.xml"

MAX_FILE = 128 * 1024 * 1024        # the .docx on disk, pictures included
MAX_DIRECTORY = 1024 * 1024         # the zip's central directory: a .docx has tens of entries, not thousands
MAX_TOTAL = 512 * 1024 * 1024       # all parts together, as declared
MAX_PART = 24 * 1024 * 1024         # word/document.xml inflated
MAX_RATIO = 100                     # Word's XML deflates 5-20 times; a bomb, thousands of times
MAX_ELEMENTS = 1_000_000            # bounds the tree in memory (~100 bytes an element)
MAX_PARAGRAPHS = 100_000
MAX_TABLES = 2_000
MAX_ROWS = 5_000                    # all tables together; a real plan has 30-300 rows
MAX_DEPTH = 120                     # a picture in a text box in a nested table is ~40 deep
MAX_BOXES = 3                       # text boxes inside text boxes
SECONDS = 10.0
CHUNK = 256 * 1024

_COUNTED = {f"{W}p": "paragraphs", f"{W}tbl": "tables", f"{W}tr": "rows"}
_LIMITS = {"paragraphs": MAX_PARAGRAPHS, "tables": MAX_TABLES, "rows": MAX_ROWS, "elements": MAX_ELEMENTS}


def _refuse(path: Path, reason: str, **values: Any) -> InputError:
    """``reason`` is a template (its own message id) filled with ``values``."""
    return InputError("Không đọc được tệp «{file}»: {reason}", field="file",
                      file=path.name, reason=InputError(reason, field="file", **values))


def _too_many(path: Path, what: str) -> InputError:
    words = {"paragraphs": InputError("đoạn văn", field="file"), "tables": InputError("bảng", field="file"),
             "rows": InputError("dòng bảng", field="file"), "elements": InputError("thành phần", field="file")}
    return _refuse(path, "văn bản có hơn {limit} {what}; một bản kế hoạch không lớn đến vậy.",
                   limit=f"{_LIMITS[what]:,}".replace(",", "."), what=words[what])


def _bomb(path: Path) -> InputError:
    return _refuse(path, "tệp nén có kích thước bất thường (quá lớn hoặc nén quá mức); "
                         "có thể tệp bị hỏng hoặc không phải văn bản Word thật.")


@dataclass
class Budget:
    """The time one import may take; ``check`` is called in every loop over the file's content."""
    path: Path
    seconds: float = SECONDS
    deadline: float = field(init=False)

    def __post_init__(self) -> None:
        self.deadline = time.monotonic() + self.seconds

    def check(self) -> None:
        if time.monotonic() > self.deadline:
            raise _refuse(self.path, "đọc văn bản quá {seconds} giây; tệp quá lớn hoặc bị hỏng.",
                          seconds=int(self.seconds))


def _directory_size(handle, size: int) -> int:
    """The central directory's size from the end record, read before zipfile parses the directory."""
    tail_size = min(size, 65536 + 22)
    handle.seek(size - tail_size)
    tail = handle.read(tail_size)
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or at + 22 > len(tail):
        raise zipfile.BadZipFile("no end of central directory")
    entries, directory = struct.unpack("<HI", tail[at + 10:at + 16])
    handle.seek(0)
    return MAX_DIRECTORY + 1 if entries == 0xFFFF or directory == 0xFFFFFFFF else directory


def _inflate(archive: zipfile.ZipFile, info: zipfile.ZipInfo, path: Path, budget: Budget) -> bytes:
    """The part's bytes, read in chunks and stopped as soon as it outgrows what it declared."""
    out = bytearray()
    with archive.open(info) as stream:
        while chunk := stream.read(CHUNK):
            out += chunk
            if len(out) > min(info.file_size, MAX_PART):
                raise _bomb(path)
            budget.check()
    return bytes(out)


def read_part(path: Path, budget: Budget, name: str = DOCUMENT) -> bytes:
    """The bytes of one part of the zip, every size checked before and while inflating."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE:
            raise _bomb(path)
        with path.open("rb") as handle:
            if _directory_size(handle, size) > MAX_DIRECTORY:
                raise _bomb(path)
            with zipfile.ZipFile(handle) as archive:
                infos = archive.infolist()
                if sum(i.file_size for i in infos) > MAX_TOTAL:
                    raise _bomb(path)
                try:
                    info = archive.getinfo(name)
                except KeyError:
                    raise _refuse(path, "tệp nén này không phải văn bản Word .docx.") from None
                if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                    raise _refuse(path, "tệp .docx bị hỏng ({exc}).", exc="compression")
                if info.file_size > MAX_PART or info.file_size > MAX_RATIO * info.compress_size + 65536:
                    raise _bomb(path)
                return _inflate(archive, info, path, budget)
    except InputError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, RuntimeError, NotImplementedError, EOFError, zlib.error,
            struct.error, ValueError) as exc:
        raise _refuse(path, "tệp .docx bị hỏng ({exc}).", exc=exc) from None
    except OSError as exc:
        raise _refuse(path, "không mở được ({error}).", error=exc.strerror or exc) from None


def parse_document(raw: bytes, path: Path, budget: Budget):
    """The root element, parsed event by event and abandoned as soon as a limit is passed."""
    counts = dict.fromkeys(_LIMITS, 0)
    depth = boxes = 0
    box = f"{W}txbxContent"
    events = etree.iterparse(io.BytesIO(raw), events=("start", "end"), resolve_entities=False, no_network=True,
                             load_dtd=False, huge_tree=False, remove_comments=True, remove_pis=True)
    try:
        for event, element in events:
            if event == "end":
                depth -= 1
                boxes -= element.tag == box
                continue
            depth += 1
            counts["elements"] += 1
            kind = _COUNTED.get(element.tag)
            if kind is not None:
                counts[kind] += 1
                if counts[kind] > _LIMITS[kind]:
                    raise _too_many(path, kind)
            boxes += element.tag == box
            if depth > MAX_DEPTH or boxes > MAX_BOXES:
                raise _refuse(path, "văn bản lồng nhau quá sâu (khung chữ trong khung chữ, bảng trong bảng…).")
            if counts["elements"] % 4096 == 0:
                if counts["elements"] > MAX_ELEMENTS:
                    raise _too_many(path, "elements")
                budget.check()
        root = events.root
    except etree.XMLSyntaxError as exc:
        raise _refuse(path, "nội dung văn bản bị hỏng ({msg}).", msg=exc.msg) from None
    except (UnicodeDecodeError, ValueError) as exc:
        if isinstance(exc, InputError):
            raise
        raise _refuse(path, "nội dung văn bản bị hỏng ({msg}).", msg=exc) from None
    if root is None or root.getroottree().docinfo.doctype:
        raise _refuse(path, "nội dung văn bản bị hỏng ({msg}).", msg="DOCTYPE")
    return root
