"""How far a long PDF build has got, and how its caller stops it (no Qt, no ReportLab here).

A 2,000-row plan takes seconds in two stages: its table rows are measured
(reports.tables, before layout), then ReportLab lays out and draws ~550 pages.
``progress`` is any callable taking a ``Step``. It is called in the thread doing
the build, often (every row, every page), so it must be cheap. To stop the build
it raises, ``BuildCancelled`` or an exception of the caller's own; that exception
leaves print_plan (and the other print_* functions) before the document is
finished. Written through store.atomic_file.write_rendered, which renders into
memory first, a stopped build leaves no file and any old file as it was.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Callable, Iterator

ROWS, PAGES = "rows", "pages"
ROWS_SHARE = 0.45   # of a 2,000-row plan's build time, measuring its rows (bench/bench_print.py)


class BuildCancelled(Exception):
    """The caller asked a build to stop; nothing was written to the target."""


@dataclass(frozen=True)
class Step:
    stage: str         # ROWS: measuring table rows; PAGES: laying out and drawing pages
    count: int         # rows measured so far, or pages finished so far
    total: int         # rows to measure, or an estimate of the pages (never below ``count``)
    fraction: float    # 0..1 of the whole build, for a bar; never goes back


Progress = Callable[[Step], None]


def stop_when(cancel: threading.Event, progress: Progress | None = None) -> Progress:
    """A ``progress`` that raises BuildCancelled once ``cancel`` is set, else passes the step on."""
    def report(step: Step) -> None:
        if cancel.is_set():
            raise BuildCancelled()
        if progress is not None:
            progress(step)
    return report


class Ticker:
    """Turns rows measured and ReportLab's progress events into ``Step``s for one build."""

    def __init__(self, progress: Progress | None = None) -> None:
        self.progress = progress
        self.rows_share = 0.0          # becomes ROWS_SHARE once a table's rows are measured
        self.expected_pages = 0        # set by reports.document.build from the story's page breaks
        self._flowables = 0
        self._page = 0
        self._step = Step(ROWS, 0, 0, 0.0)

    @classmethod
    def of(cls, progress: Progress | Ticker | None) -> Ticker:
        return progress if isinstance(progress, Ticker) else cls(progress)

    def _send(self, step: Step) -> None:
        self._step = step
        if self.progress is not None:
            self.progress(step)

    def beat(self) -> None:
        """Still working, nothing new to show: the caller gets its chance to stop the build."""
        if self.progress is not None:
            self.progress(self._step)

    def rows(self, done: int, total: int) -> None:
        if self.progress is None:
            return
        self.rows_share = ROWS_SHARE
        self._send(Step(ROWS, done, total, max(self._step.fraction, ROWS_SHARE * done / max(total, 1))))

    def measuring(self, rows: list) -> list:
        """``rows`` as a list that reports each row as reports.tables takes it to be measured."""
        return rows if self.progress is None else _Reporting(rows, self)

    def beating(self, items: list) -> list:
        """``items`` as a list that gives a beat each time it is gone through: the table header, which
        reports.tables reads once per page table it builds (~550 for a 2,000-row plan, after the rows)."""
        return items if self.progress is None else _Beating(items, self)

    def reportlab(self, kind: str, value: int) -> None:
        """For BaseDocTemplate.setProgressCallBack: SIZE_EST, PROGRESS (flowables done), PAGE (finished)."""
        if self.progress is None:
            return
        if kind == "SIZE_EST":
            self._flowables = value
            return
        if kind == "PAGE":
            self._page = value
        elif kind != "PROGRESS":
            return
        if kind == "PROGRESS":
            done = min(value, self._flowables) / max(self._flowables, 1)
        else:
            done = 0.0
        fraction = max(self._step.fraction, self.rows_share + (1 - self.rows_share) * done)
        self._send(Step(PAGES, self._page, max(self.expected_pages, self._page), min(fraction, 1.0)))


class _Reporting(list):
    """A list of table rows that tells the ticker how many have been taken, as they are taken."""

    def __init__(self, rows: list, ticker: Ticker) -> None:
        super().__init__(rows)
        self.ticker = ticker

    def __iter__(self) -> Iterator:
        total = len(self)
        for done, row in enumerate(super().__iter__()):
            self.ticker.rows(done, total)
            yield row
        self.ticker.rows(total, total)


class _Beating(list):
    """A list that gives the ticker a beat each time it is gone through."""

    def __init__(self, items: list, ticker: Ticker) -> None:
        super().__init__(items)
        self.ticker = ticker

    def __iter__(self) -> Iterator:
        self.ticker.beat()
        return super().__iter__()
