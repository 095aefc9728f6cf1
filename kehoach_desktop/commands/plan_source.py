"""What printing and the Word/Excel exports start from: one plan of a school file, read-only."""
from __future__ import annotations

from pathlib import Path


def open_plan(args):
    """(db, plan, school, framework) for ``args.file`` and ``args.year`` (no year: the newest plan).

    The caller closes ``db``; on a refusal it is closed here and the Vietnamese message passes up.
    """
    from kehoach_desktop.catalogs import framework
    from kehoach_desktop.domain.errors import InputError
    from kehoach_desktop.domain.parse import parse_school_year
    from kehoach_desktop.store import plans
    from kehoach_desktop.store.database import open_school_file
    db = open_school_file(Path(args.file), read_only=True)
    try:
        plan = plans.find_plan(db, parse_school_year(args.year) if args.year else None)
        school = plans.get_school(db)
        if school is None:
            raise InputError("Tệp chưa có thông tin trường; hãy nhập thông tin trường trước.", field="school")
        return db, plan, school, framework(plan.framework_id)
    except BaseException:
        db.close()
        raise
