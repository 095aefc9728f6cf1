"""Shared fixtures: every test gets its own user data folder and, on request, a demo school file."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

FIXTURES = Path(__file__).parent / "store" / "fixtures"


@pytest.fixture(autouse=True)
def private_data_dir(tmp_path_factory, monkeypatch):
    """Never touch the real user profile: catalogs, backups and logs go to a temp folder."""
    monkeypatch.setenv("KEHOACH_DATA_DIR", str(tmp_path_factory.mktemp("userdata")))
    monkeypatch.setenv("KEHOACH_DOCUMENTS_DIR", str(tmp_path_factory.mktemp("documents")))


@pytest.fixture(scope="session")
def demo_master(tmp_path_factory) -> Path:
    from kehoach_desktop.store.demo import write_demo
    return write_demo(tmp_path_factory.mktemp("demo") / "truong-mau.db")


@pytest.fixture
def demo_file(demo_master, tmp_path) -> Path:
    """A fresh copy of the demo school for a test to change (its plans issued on their dates)."""
    copy = tmp_path / "truong.db"
    shutil.copyfile(demo_master, copy)
    return copy


@pytest.fixture
def draft_demo_file(demo_file) -> Path:
    """The demo school with its plans never issued: drafts, no revision."""
    import sqlite3
    with sqlite3.connect(demo_file) as db:
        db.execute("DELETE FROM plan_revision")
        db.execute("UPDATE plan SET status = 'draft'")
    return demo_file
