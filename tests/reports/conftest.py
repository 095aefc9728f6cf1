"""Report fixtures: the demo school's plans and a place to print."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def demo_db(demo_master):
    """The demo school opened read-only (printing never writes the school file)."""
    from kehoach_desktop.store.database import open_school_file
    db = open_school_file(demo_master, read_only=True)
    yield db
    db.close()


@pytest.fixture(scope="session")
def demo_school(demo_db):
    from kehoach_desktop.store import plans
    return plans.get_school(demo_db)


def demo_plan(db, year: str):
    from kehoach_desktop.store import plans
    return plans.find_plan(db, year)
