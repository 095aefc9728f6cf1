"""Where the program keeps its own files: user catalogs, backups, settings.

``KEHOACH_DATA_DIR`` overrides the platform's user data folder, so tests and a
portable install on a USB stick never touch the real profile.
"""
from __future__ import annotations

import os
from pathlib import Path


def user_data_dir() -> Path:
    override = os.environ.get("KEHOACH_DATA_DIR")
    if override:
        path = Path(override)
    else:
        from platformdirs import user_data_dir as platform_dir
        path = Path(platform_dir("kehoach", appauthor=False))
    return path


def user_catalog_dir() -> Path:
    return user_data_dir() / "criteria"


def program_temp_dir() -> Path:
    """The one folder for the program's temporary copies (never the system temp folder).

    Kept in the user data folder so a copy that a killed run leaves is found and
    removed at the next start (store/leftovers.py) instead of piling up unseen.
    """
    return user_data_dir() / "tam"


def backups_dir() -> Path:
    return user_data_dir() / "sao-luu"


SCHOOL_FOLDER = "Kế hoạch CLGD"


def _program_folder() -> Path | None:
    """The folder of the frozen program (None when running from source)."""
    import sys
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return None


def default_school_dir() -> Path:
    """Where the file dialogs start for school files: a folder in the user's Documents.

    Never inside the program folder: an installer update or uninstall replaces that
    folder, and a school's year of work must not go with it. ``KEHOACH_DOCUMENTS_DIR``
    overrides Documents (tests, a portable copy on a USB stick). Not created here: the
    dialog that saves the first file creates it.
    """
    override = os.environ.get("KEHOACH_DOCUMENTS_DIR")
    if override:
        documents = Path(override)
    else:
        from platformdirs import user_documents_dir
        documents = Path(user_documents_dir())
        if not documents.is_dir():
            documents = Path.home()
    folder = documents / SCHOOL_FOLDER
    program = _program_folder()
    if program is not None and folder.resolve().is_relative_to(program):
        folder = Path.home() / SCHOOL_FOLDER
    return folder
