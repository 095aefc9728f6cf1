"""What printing and the Word/Excel exports start from: one plan of a school file, read-only."""
from __future__ import annotations


def open_plan(args):
    """(file, context) for ``args.file`` and ``args.year`` (no year: the newest plan).

    The caller closes ``file``; on a refusal it is closed here and the Vietnamese message passes up.
    """
    from kehoach_desktop.usecases.school_file import SchoolFile, plan_context
    file = SchoolFile.open(args.file, read_only=True)
    try:
        return file, plan_context(file, school_year=args.year)
    except BaseException:
        file.close()
        raise


def made_from_plan(args, make):
    """(context, what ``make(file, context)`` returns) for the plan named by ``args``; the file is
    closed before the caller builds anything from it."""
    file, context = open_plan(args)
    try:
        return context, make(file, context)
    finally:
        file.close()
