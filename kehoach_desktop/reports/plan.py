"""Print a plan on the form of the framework it was written under (2018: 9 columns; 2026: Biểu 2)."""
from __future__ import annotations

import os
from typing import IO

from kehoach_desktop.domain.catalog import Framework
from kehoach_desktop.domain.administration import school_of_plan
from kehoach_desktop.domain.canonical import content_stamp
from kehoach_desktop.domain.fingerprint import PrintStamp
from kehoach_desktop.domain.plan import FORM_TT57, Plan, School
from kehoach_desktop.domain.values import nfc
from kehoach_desktop.reports import plan_tt18, plan_tt57
from kehoach_desktop.reports.build_progress import Progress, Ticker
from kehoach_desktop.reports.document import build
from kehoach_desktop.reports.stamp import StampFooter


def plan_story(plan: Plan, school: School, fw: Framework, ticker: Ticker | None = None) -> list:
    form = plan_tt57 if fw.plan_form == FORM_TT57 else plan_tt18
    return form.story(plan, school, fw, ticker)


def print_plan(plan: Plan, school: School, fw: Framework, out: str | os.PathLike | IO[bytes],
               stamp: PrintStamp | None = None, progress: Progress | None = None) -> None:
    """``stamp``: the revision being printed (store.revisions.print_stamp); without it the plan's own
    content code, marked as a draft (only a frozen revision is called issued). ``progress``: see reports.build_progress;
    it hears of each table row measured and each page laid out, and an exception it raises stops the
    build before the PDF is finished."""
    school = school_of_plan(plan, school)     # the name and governing body of the plan's own date
    title = f"Kế hoạch {nfc(plan.title).lower()} năm học {plan.school_year} - {nfc(school.name)}"
    ticker = Ticker(progress)
    story = plan_story(plan, school, fw, ticker)   # first: its rows tell the caller the build is under way
    ticker.beat()
    footer = StampFooter(stamp or content_stamp(plan, school, fw))   # hashing 2,000 rows takes a moment
    ticker.beat()
    build(story, out, title=title, author=nfc(school.name), footer=footer, progress=ticker)
