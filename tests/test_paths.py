"""Where school files go by default: the user's Documents, never the program's own folder."""
from __future__ import annotations

import sys
from pathlib import Path

from kehoach_desktop import paths


def test_school_files_default_to_a_folder_in_documents(monkeypatch, tmp_path):
    monkeypatch.delenv("KEHOACH_DOCUMENTS_DIR", raising=False)
    documents = tmp_path / "Documents"
    documents.mkdir()
    monkeypatch.setattr("platformdirs.user_documents_dir", lambda: str(documents))
    assert paths.default_school_dir() == documents / "Kế hoạch CLGD"


def test_without_a_documents_folder_the_home_folder_is_used(monkeypatch, tmp_path):
    monkeypatch.delenv("KEHOACH_DOCUMENTS_DIR", raising=False)
    monkeypatch.setattr("platformdirs.user_documents_dir", lambda: str(tmp_path / "missing"))
    monkeypatch.setattr(Path, "home", classmethod(lambda cls: tmp_path))
    assert paths.default_school_dir() == tmp_path / "Kế hoạch CLGD"


def test_a_frozen_program_never_keeps_school_files_in_its_own_folder(monkeypatch, tmp_path):
    program = tmp_path / "KeHoachCLGD"
    program.mkdir()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(program / "KeHoachCLGD.exe"))
    monkeypatch.setenv("KEHOACH_DOCUMENTS_DIR", str(program / "Documents"))   # a portable mix-up
    monkeypatch.setattr(Path, "home", classmethod(lambda cls: tmp_path / "user"))
    assert paths.default_school_dir() == tmp_path / "user" / "Kế hoạch CLGD"
