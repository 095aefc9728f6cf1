"""Export the school file for the managing office, e.g. onto a USB stick.

store.exchange does the work (a snapshot under a temporary name, flushed, renamed,
read back and checked); of the school file only its export counter moves on.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

from kehoach_desktop.usecases.changes import NOTHING, Changes


@dataclass
class OfficeExport:
    result: object        # store.exchange.ExportResult: path, size, school name and code
    changes: Changes = NOTHING


def export_for_office(school_file: str | os.PathLike, folder: str | os.PathLike) -> OfficeExport:
    from kehoach_desktop.store.exchange import export_for_district
    return OfficeExport(export_for_district(school_file, folder))
