"""A document made in memory and then put in place whole, or handed back as bytes.

The print, Word and Excel use cases read the file first (in the caller's thread: the
window's SQLite connection belongs to it) and return a ``Rendered`` whose ``render``
touches no store, so the window can run it in a worker thread with a progress bar.
"""
from __future__ import annotations

import io
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.usecases.changes import NOTHING, Changes

Progress = Callable[[object], None]   # reports.build_progress: called with each step; raising stops the build


@dataclass
class Rendered:
    """What a document use case did: which document, of which plan, and where it went."""
    kind: str                                  # "plan", "inspection", "progress", "word", "excel"
    suffix: str                                # ".pdf", ".docx", ".xlsx"
    render: Callable[[object, Progress | None], None] = field(repr=False)
    details: dict = field(default_factory=dict)   # what the caller may say: the stamp, the record, the month…
    path: Path | None = None
    changes: Changes = NOTHING

    def write(self, output: str | os.PathLike, *, progress: Progress | None = None,
              what: str | InputError | None = None, check_suffix: bool = True) -> Path:
        """Build into memory, then put the file in place whole (store.atomic_file): never half a file.

        ``what`` names the job in a disk-full or pulled-stick message.
        """
        from kehoach_desktop.store.atomic_file import write_rendered
        output = Path(output)
        self.path = write_rendered(lambda out: self.render(out, progress), output,
                                   what or InputError("Ghi tệp «{file}»", field="file", file=output.name),
                                   self.suffix if check_suffix else None)
        return self.path

    def to_bytes(self, *, progress: Progress | None = None) -> bytes:
        buffer = io.BytesIO()
        self.render(buffer, progress)
        return buffer.getvalue()
