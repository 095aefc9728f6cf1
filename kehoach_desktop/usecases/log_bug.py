"""A bug (anything but refused input) written to loi.log in the user data folder.

The principal sees one polite sentence; a maintainer reads the traceback here. Used by
the window's crash handler (ui/crash.py) and meant for the command line's.
"""
from __future__ import annotations

import traceback
from datetime import datetime
from pathlib import Path


def log_path() -> Path:
    from kehoach_desktop.paths import user_data_dir
    return user_data_dir() / "loi.log"


def log_bug(exc_type, exc, tb) -> Path | None:
    """Append the traceback, with the time; the log's path, or None when it cannot be written."""
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as handle:
            handle.write(f"--- {datetime.now().isoformat(timespec='seconds')}\n")
            handle.write("".join(traceback.format_exception(exc_type, exc, tb)))
        return path
    except OSError:
        return None
