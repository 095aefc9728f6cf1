"""Where a plan stands: row status and percent, late and due-soon rows, roll-ups, chỉ tiêu met.

Everything here is computed "as of" a month, not only today, so that the
monitoring team can look back at the end of term I in May, and a test can pin
the calendar. A row is late once the month after its end month has begun and
it is not done; it is due soon while its end month is this month or the next.
"""
from __future__ import annotations

import calendar
import math
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Iterable, Mapping, Sequence

from kehoach_desktop.domain.catalog import Framework
from kehoach_desktop.domain.errors import InputError
# format_number is imported from here by the dashboard, the chart and the command line.
from kehoach_desktop.domain.number_text import format_number, format_quantity  # noqa: F401
from kehoach_desktop.domain.plan import COMPARISONS, PERIODS, STATUSES, PlanRow, ProgressUpdate, Target
from kehoach_desktop.domain.row_order import standard_of
from kehoach_desktop.domain.values import Month, nfc

# The 2026 form's column 10 "Mức độ thực hiện" has three values; a paused row or
# one never started is, for the monitoring team, not completed.
IMPLEMENTATION_LEVELS = {
    "done": "Hoàn thành",
    "in_progress": "Đang thực hiện",
    "not_started": "Chưa hoàn thành",
    "paused": "Chưa hoàn thành",
}
NO_STANDARD = 0   # rows of a 2026 plan may name no criterion


def as_month(when: date | Month | str) -> Month:
    """"2025-06", a date or a Month → the Month it falls in."""
    if isinstance(when, Month):
        return when
    if isinstance(when, date):
        return Month.of(when)
    text = nfc(str(when)).strip()
    match = re.fullmatch(r"(\d{4})-(\d{1,2})(?:-\d{1,2})?|(\d{1,2})/(\d{4})", text)
    if match:
        year, month = (match.group(1), match.group(2)) if match.group(1) else (match.group(4), match.group(3))
        if 1 <= int(month) <= 12:
            return Month(int(year), int(month))
    raise InputError("Không đọc được tháng «{text}». Ví dụ: 2025-06 hoặc 6/2025", field="as_of",
                     text=text)


def default_as_of(school_year: str, today: date) -> Month:
    """This month, kept within the plan's school year (September to August) so an old plan shows its end."""
    first = int(school_year[:4])
    return min(max(Month.of(today), Month(first, 9)), Month(first + 1, 8))


def month_end(month: Month) -> date:
    return date(month.year, month.month, calendar.monthrange(month.year, month.month)[1])


# -- one row --------------------------------------------------------------------------------

LATE, DUE_SOON = "late", "due_soon"


def deadline_state(row: PlanRow, as_of: date | Month) -> str | None:
    """LATE once the month after the row's end month has begun and it is not done; DUE_SOON while it
    is not done and ends this month or the next; else None. The one rule the dashboard, the progress
    report, the monitoring table and the office share."""
    end = row.timeframe.end
    if end is None or row.status == "done":
        return None
    month = as_month(as_of)
    if end < month:
        return LATE
    return DUE_SOON if end <= month.plus(1) else None


def is_late(row: PlanRow, as_of: date | Month) -> bool:
    return deadline_state(row, as_of) == LATE


def is_due_soon(row: PlanRow, as_of: date | Month) -> bool:
    """A row already late is not "due soon"."""
    return deadline_state(row, as_of) == DUE_SOON


def implementation_level(status: str) -> str:
    """The 2026 form's "Mức độ thực hiện" for a row status."""
    return IMPLEMENTATION_LEVELS.get(status, IMPLEMENTATION_LEVELS["not_started"])


def status_for_percent(percent: int) -> str:
    return "done" if percent >= 100 else "in_progress" if percent > 0 else "not_started"


def check_update(update: ProgressUpdate) -> ProgressUpdate:
    """Refuse an update that contradicts itself; fill its status from the percent when not given.

    Done and 100 % go together both ways: a report of 100 % completes the row and a
    row reported done is at 100 %.
    """
    if not isinstance(update.on_date, date):
        raise InputError("Chưa nhập ngày cập nhật.", field="on_date")
    if isinstance(update.percent, bool) or not isinstance(update.percent, int) or not 0 <= update.percent <= 100:
        raise InputError("Phần trăm hoàn thành phải là số nguyên từ 0 đến 100 (đang là {percent}).",
                         field="percent", percent=update.percent)
    if update.status is not None and update.status not in STATUSES:
        raise InputError("Trạng thái «{status}» không hợp lệ.", field="status",
                         status=update.status)
    if update.status == "done" and update.percent != 100:
        raise InputError("Dòng hoàn thành phải đạt 100% (đang nhập {percent}%).", field="percent",
                         percent=update.percent)
    if update.percent == 100 and update.status not in (None, "done"):
        raise InputError("100% nghĩa là đã hoàn thành, không thể là «{status}».",
                         field="status", status=STATUSES[update.status])
    if update.spent is not None and update.spent < 0:
        raise InputError("Kinh phí đã chi không thể âm.", field="spent")
    if update.status is None:
        update.status = status_for_percent(update.percent)
    update.note, update.reporter = nfc(update.note).strip(), nfc(update.reporter).strip()
    return update


def manual_state(status: str, percent: int | None, current_percent: int = 0) -> tuple[str, int]:
    """Status and percent a principal sets by hand, kept consistent (done ⇔ 100)."""
    if status not in STATUSES:
        raise InputError("Trạng thái «{status}» không hợp lệ.", field="status", status=status)
    if status == "done":
        if percent not in (None, 100):
            raise InputError("Dòng hoàn thành phải đạt 100% (đang nhập {percent}%).", field="percent",
                             percent=percent)
        return status, 100
    if status == "not_started":
        return status, 0 if percent is None else _below_100(percent, status)
    return status, _below_100(current_percent if percent is None else percent, status)


def _below_100(percent: int, status: str) -> int:
    if not 0 <= percent < 100:
        raise InputError("«{status}» cần phần trăm từ 0 đến 99 (đang là {percent}%).", field="percent",
                         status=STATUSES[status], percent=percent)
    return percent


def latest(updates: Iterable[ProgressUpdate], until: date | None = None) -> ProgressUpdate | None:
    """The update that speaks for the row: the latest by date (then by entry), up to ``until``."""
    chosen = None
    for update in updates:
        if until is not None and update.on_date > until:
            continue
        if chosen is None or (update.on_date, update.id or 0) >= (chosen.on_date, chosen.id or 0):
            chosen = update
    return chosen


def follow_updates(row: PlanRow, updates: Iterable[ProgressUpdate], until: date | None = None) -> PlanRow:
    """``row`` with status, percent and spent taken from its updates, unless set by hand.

    A status set by hand keeps both status and percent; the amount spent always
    follows the latest update that reports one, since money is not a judgement.
    """
    updates = [u for u in updates if until is None or u.on_date <= until]
    last = latest(updates)
    spent_reports = [u for u in updates if u.spent is not None]
    last_spent = latest(spent_reports)
    if last_spent is not None:
        row.spent = last_spent.spent
    elif until is not None:
        row.spent = None
    if row.status_manual:
        return row
    if last is None:
        row.status, row.percent = "not_started", 0
    else:
        row.status = last.status or status_for_percent(last.percent)
        row.percent = 100 if row.status == "done" else min(last.percent, 99)
    return row


# -- minh chứng codes ------------------------------------------------------------------------

def split_evidence_codes(text: str | Iterable[str]) -> list[str]:
    """"[H3-3.4-02], [H3-3.4-03]" or "(MC.1.1.01; MC.1.1.02)" → the codes, in order."""
    parts = [text] if isinstance(text, str) else list(text)
    codes = []
    for part in parts:
        for piece in re.split(r"[,;\s]+", nfc(part).strip().strip("()")):
            piece = piece.strip().strip("()")
            if piece:
                codes.append(piece)
    return codes


def check_evidence_codes(codes: Iterable[str], framework: Framework,
                         used: Mapping[str, str] | None = None) -> list[str]:
    """The codes in the framework's form and new to the plan; ``used`` maps a code to where it is."""
    used = used or {}
    checked: list[str] = []
    for code in codes:
        code = framework.validate_evidence_code(code)
        if code in checked:
            raise InputError("Mã minh chứng {code} được nhập hai lần trong cùng một lần cập nhật.",
                             field="evidence", code=code)
        if code in used:
            raise InputError("Mã minh chứng {code} đã được dùng trong kế hoạch này ({used_by}); mỗi mã chỉ dùng một lần.", field="evidence",
                             code=code, used_by=used[code])
        checked.append(code)
    return checked


# -- roll-ups ----------------------------------------------------------------------------------

@dataclass
class Summary:
    """Rows by status, mean percent and budget for a group of rows (a standard, or the plan)."""

    rows: int = 0
    by_status: dict[str, int] = field(default_factory=lambda: dict.fromkeys(STATUSES, 0))
    percent_total: int = 0
    budget_planned: int = 0
    budget_spent: int = 0
    late: int = 0
    due_soon: int = 0

    @property
    def percent(self) -> float:
        """The mean percent complete, one decimal."""
        return round(self.percent_total / self.rows, 1) if self.rows else 0.0

    def add(self, status: str, percent: int, planned: int, spent: int, late: bool, due_soon: bool) -> None:
        self.rows += 1
        self.by_status[status if status in self.by_status else "not_started"] += 1
        self.percent_total += percent
        self.budget_planned += planned
        self.budget_spent += spent
        self.late += late
        self.due_soon += due_soon

    def to_dict(self) -> dict:
        return {"rows": self.rows, "percent": self.percent, "by_status": dict(self.by_status),
                "budget_planned": self.budget_planned, "budget_spent": self.budget_spent,
                "late": self.late, "due_soon": self.due_soon}


@dataclass
class StandardProgress:
    no: int                       # NO_STANDARD for rows without a criterion
    title: str
    summary: Summary = field(default_factory=Summary)

    def label(self) -> str:
        return f"Tiêu chuẩn {self.no}" if self.no != NO_STANDARD else "Không gắn tiêu chí"


@dataclass(frozen=True)
class DeadlineRow:
    """A late or due-soon row as the dashboard lists it."""

    row_id: int | None            # None in a preview of rows not saved yet
    number: int                   # 1-based, as the printed plan numbers rows
    label: str
    end: Month
    status: str
    percent: int


@dataclass(frozen=True)
class TargetResult:
    target: Target
    period: str
    actual: float | None
    met: bool | None              # None: no figure reported for the period yet


@dataclass
class ProgressReport:
    as_of: Month
    overall: Summary
    standards: list[StandardProgress]
    late: list[DeadlineRow]
    due_soon: list[DeadlineRow]
    targets: list[tuple[Target, list[TargetResult]]]


def row_label(row: PlanRow, limit: int | None = 90) -> str:
    """A name for a row: its 2026 title, else its criterion and first task line.

    Lists on screen (the dashboard's late rows, an undo step) cut it to ``limit`` characters with
    "…"; paper passes ``limit=None``, since a printed report never cuts a word.
    """
    text = row.content or (row.tasks or row.expected_result).strip().split("\n")[0]
    text = text.lstrip("-–• ").strip()
    if limit is not None and len(text) > limit:
        text = text[:limit - 1].rstrip() + "…"
    if row.criterion_code and not row.content:
        return f"Tiêu chí {row.criterion_code}: {text}" if text else f"Tiêu chí {row.criterion_code}"
    return text


def build_report(rows: list[PlanRow], framework: Framework | None, as_of: date | Month,
                 targets: Sequence[Target] = ()) -> ProgressReport:
    """Roll a plan's rows up per standard and overall as of a month; rows must be in plan order.

    Without its framework (an office lacking a school's catalog) no row is attached to a standard.
    """
    month = as_month(as_of)
    standard_by_code: dict[str, int] = {}     # a 2,000-row plan repeats a few dozen codes
    by_standard: dict[int, StandardProgress] = {}
    overall = Summary()
    late: list[DeadlineRow] = []
    due: list[DeadlineRow] = []
    for number, row in enumerate(rows, 1):
        no = standard_by_code.get(row.criterion_code)
        if no is None:
            found = standard_of(row.criterion_code, framework)
            no = standard_by_code[row.criterion_code] = NO_STANDARD if found is None else found
        group = by_standard.get(no)
        if group is None:
            standard = framework.standard(no) if framework is not None else None
            title = standard.title if standard else "Nội dung không gắn tiêu chí"
            group = by_standard[no] = StandardProgress(no, title)
        state = deadline_state(row, month)
        is_row_late, is_row_soon = state == LATE, state == DUE_SOON
        planned, spent = row.budget.amount or 0, row.spent or 0
        group.summary.add(row.status, row.percent, planned, spent, is_row_late, is_row_soon)
        overall.add(row.status, row.percent, planned, spent, is_row_late, is_row_soon)
        if (is_row_late or is_row_soon) and row.end is not None:   # a deadline needs an end month
            item = DeadlineRow(row.id, number, row_label(row), row.end, row.status, row.percent)
            (late if is_row_late else due).append(item)
    late.sort(key=lambda d: (d.end, d.number))
    due.sort(key=lambda d: (d.end, d.number))
    standards = [by_standard[no] for no in sorted(by_standard, key=lambda n: (n == NO_STANDARD, n))]
    return ProgressReport(month, overall, standards, late, due, [(t, target_results(t)) for t in targets])


# -- chỉ tiêu ------------------------------------------------------------------------------------

def comparison_key(text: str) -> str:
    """"≥", ">=", "≤", "<=", "=" → a key of COMPARISONS."""
    aliases = {"≥": ">=", "=>": ">=", "≤": "<=", "=<": "<=", "==": "="}
    key = aliases.get(text.strip(), text.strip())
    if key not in COMPARISONS:
        raise InputError("So sánh «{text}» không hợp lệ: dùng ≥, ≤ hoặc =.", field="comparison",
                         text=text)
    return key


def is_met(comparison: str, target: float, actual: float) -> bool:
    if comparison == ">=":
        return actual >= target or math.isclose(actual, target, abs_tol=1e-9)
    if comparison == "<=":
        return actual <= target or math.isclose(actual, target, abs_tol=1e-9)
    return math.isclose(actual, target, abs_tol=1e-9)


def target_results(target: Target, periods: Iterable[str] | None = None) -> list[TargetResult]:
    """Met / not met per period: the standard periods first, then any others reported."""
    wanted = list(periods) if periods is not None else list(PERIODS) + [
        p for p in target.actuals if p not in PERIODS]
    results = []
    for period in wanted:
        actual = target.actuals.get(period)
        met = None if actual is None else is_met(target.comparison, target.value, actual)
        results.append(TargetResult(target, period, actual, met))
    return results


def target_text(target: Target) -> str:
    """"≥ 95%", "≥ 20 học sinh": the chỉ tiêu as the plan states it (numbers as domain.number_text writes them)."""
    return f"{COMPARISONS.get(target.comparison, target.comparison)} {format_quantity(target.value, target.unit)}"


def report_to_dict(report: ProgressReport) -> dict:
    """The figures `kehoach progress --json` prints and the dashboard shows."""
    def deadline(d: DeadlineRow) -> dict:
        return {"row_id": d.row_id, "number": d.number, "label": d.label, "end": d.end.iso(),
                "status": d.status, "percent": d.percent}
    return {
        "as_of": report.as_of.iso(),
        "overall": report.overall.to_dict(),
        "standards": [{"standard": s.no, "title": s.title, **s.summary.to_dict()} for s in report.standards],
        "late": [deadline(d) for d in report.late],
        "due_soon": [deadline(d) for d in report.due_soon],
        "targets": [
            {"name": t.name, "unit": t.unit, "comparison": t.comparison, "value": t.value,
             "results": [{"period": r.period, "actual": r.actual, "met": r.met} for r in results]}
            for t, results in report.targets
        ],
    }
