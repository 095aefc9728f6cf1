"""The text form of `kehoach progress` and `kehoach target list`, as a principal reads it aloud."""
from __future__ import annotations

from kehoach_desktop.commands.text import shown
from kehoach_desktop.domain.parse import format_amount
from kehoach_desktop.domain.plan import STATUSES
from kehoach_desktop.domain.progress import DeadlineRow, ProgressReport, Summary, format_number, target_text


def _counts(summary: Summary) -> str:
    return ", ".join(f"{summary.by_status[key]} {label.lower()}" for key, label in STATUSES.items())


def _budget(summary: Summary) -> str:
    if not summary.budget_planned and not summary.budget_spent:
        return "không dự kiến"
    share = (f" ({format_number(round(summary.budget_spent * 100 / summary.budget_planned, 1))}%)"
             if summary.budget_planned else "")
    return f"đã chi {format_amount(summary.budget_spent)} / dự kiến {format_amount(summary.budget_planned)} đ{share}"


def _deadline_lines(title: str, rows: list[DeadlineRow]) -> list[str]:
    lines = [f"{title} ({len(rows)}):" + ("" if rows else " không có")]
    for d in rows:
        lines.append(f"  Dòng {d.number} [mã {d.row_id}] {d.label} — hạn tháng {d.end}, "
                     f"{STATUSES.get(d.status, d.status).lower()} {d.percent}%")
    return lines


def print_report(report: ProgressReport, school: str, plan) -> None:
    o = report.overall
    lines = [
        f"{school} — Kế hoạch năm học {plan.school_year} ({plan.framework_id}), tính đến tháng {report.as_of}",
        f"Tiến độ chung: {format_number(o.percent)}% — {o.rows} dòng: {_counts(o)}",
        f"Kinh phí: {_budget(o)}",
        "",
        "Theo tiêu chuẩn:",
    ]
    for s in report.standards:
        lines.append(f"  {s.label()}: {s.title}" if s.no else f"  {s.title}")
        lines.append(f"      {format_number(s.summary.percent)}% — {s.summary.rows} dòng: {_counts(s.summary)}; "
                     f"kinh phí {_budget(s.summary)}")
    lines += [""] + _deadline_lines("Trễ hạn", report.late) + _deadline_lines("Sắp đến hạn", report.due_soon)
    print("\n".join(shown(line) for line in lines))
    if report.targets:
        print()
        print_targets(report.targets)


def print_targets(results) -> None:
    print(f"Chỉ tiêu ({len(results)}):" + ("" if results else " chưa nhập"))
    for target, periods in results:
        parts = []
        for r in periods:
            verdict = "chưa có số liệu" if r.met is None else ("đạt" if r.met else "chưa đạt")
            figure = f"{format_number(r.actual)} — " if r.actual is not None else ""
            parts.append(f"{r.period}: {figure}{verdict}")
        print(shown(f"  {target.name} ({target_text(target)}): " + "; ".join(parts)))
