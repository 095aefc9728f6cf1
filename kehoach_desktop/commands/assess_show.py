"""`kehoach assess show`: the year's report as a principal checks it before the council signs.

The council (and what keeps it from signing), each criterion's result per level with the codes its
statements cite, the standards' reviews in short, the school's level with why, what is not judged
yet and the register's warnings; `--json` gives the same as data.
"""
from __future__ import annotations

import argparse

from kehoach_desktop.commands.assess import level_name, opened_context, vn_date
from kehoach_desktop.commands.text import shown, shown_json


def finding_word(finding) -> str:
    if finding.met is True:
        return "Đạt"
    if finding.met is False:
        return "Không đạt"
    return "Chưa đánh giá" if finding.text.strip() else "Chưa viết"


def criterion_result(result, level_max: int) -> str:
    if not result.judged_to(level_max):
        return "chưa đánh giá xong" + (f" (đến nay đạt Mức {result.reached})" if result.reached else "")
    return f"đạt Mức {result.reached}" if result.reached else "không đạt Mức 1"


def _report(ctx, today) -> dict:
    """Everything `show` prints, as data (the JSON is this dict)."""
    from kehoach_desktop.domain.citations import cited_codes
    from kehoach_desktop.domain.council import council_problems, council_rule
    from kehoach_desktop.domain.self_assessment import summary_counts, unjudged
    a, fw = ctx.assessment, ctx.framework
    rule = council_rule(fw.id)
    listed = {i.code for i in ctx.items}
    criteria = []
    for c in fw.criteria():
        result = a.criterion(c.code)
        levels = []
        for number in fw.levels():
            finding = result.finding(number)
            codes = cited_codes([finding.text], fw.evidence_template)
            levels.append({"level": number, "met": finding.met, "judgement": finding_word(finding),
                           "text": finding.text, "cited": codes, "not_listed": [x for x in codes if x not in listed]})
        criteria.append({"code": c.code, "title": c.title, "standard": c.standard_no, "mandatory": c.mandatory,
                         "reached": result.reached, "judged": result.judged_to(fw.level_max),
                         "result": criterion_result(result, fw.level_max),
                         "levels": levels})
    verdict = ctx.verdict
    counts = summary_counts(a, [c.code for c in fw.criteria()], fw.level_max)
    return {
        "school": ctx.school.name, "school_year": a.school_year, "framework": fw.id,
        "framework_name": fw.display_name(),
        "approved_on": a.approved_on.isoformat() if a.approved_on else None,
        "council": {
            "decision_number": a.council.decision_number,
            "decision_date": a.council.decision_date.isoformat() if a.council.decision_date else None,
            "members": [{"name": m.name, "position": m.position, "role": m.role, "group": m.group,
                         "criteria": list(m.criteria), "task": m.task} for m in a.council.members],
            "problems": [p.message for p in council_problems(a.council, rule)] if rule else [],
        },
        "criteria": criteria,
        "standards": [{"no": s.no, "title": s.title, "strengths": a.standard(s.no).strengths,
                       "weaknesses": a.standard(s.no).weaknesses, "direction": a.standard(s.no).direction}
                      for s in fw.standards],
        "level": None if verdict is None else {"level": verdict.level, "name": level_name(verdict.level),
                                               "why": list(verdict.why)},
        "summary": {str(k): v for k, v in counts.items()},
        "unjudged": unjudged(a, fw),
        "warnings": [{"kind": w.kind, "code": w.code, "text": w.text} for w in ctx.warnings(today)],
        "evidence_items": len(ctx.items),
    }


def _short(text: str, width: int = 110) -> str:
    line = " ".join(text.split())
    return line if len(line) <= width else line[:width - 1].rstrip() + "…"


def _approval_line(a, rule) -> str:
    """The report is approved before the rule's day (15/6, điểm d khoản 3 Điều 9, one source)."""
    due = rule.due_date(a.school_year) if rule is not None else None
    if a.approved_on is None:
        return "Chưa ghi ngày Hội đồng thông qua báo cáo" + (f" (hạn: trước {vn_date(due)})." if due else ".")
    said = f"Hội đồng thông qua báo cáo ngày {vn_date(a.approved_on)}"
    if due is None:
        return said + "."
    return said + (f" — sau hạn {vn_date(due)} (điểm d khoản 3 Điều 9)." if a.approved_on >= due
                   else f" (hạn: trước {vn_date(due)}).")


def print_report(ctx, report: dict) -> None:
    a = ctx.assessment
    print(shown(f"{report['school']} — Báo cáo tự đánh giá năm học {a.school_year}"))
    print(shown(f"Khung: {report['framework_name']}; {report['evidence_items']} minh chứng trong danh mục"))
    from kehoach_desktop.domain.council import council_rule
    print(shown(_approval_line(a, council_rule(ctx.framework.id))))
    council = report["council"]
    decision = " ".join(x for x in (f"số {council['decision_number']}" if council["decision_number"] else "",
                                    f"ngày {vn_date(a.council.decision_date)}" if a.council.decision_date else "") if x)
    print("\n" + shown(f"Hội đồng tự đánh giá ({len(council['members'])} thành viên"
                       + (f"; Quyết định {decision})" if decision else "; chưa ghi quyết định thành lập)")))
    for n, m in enumerate(council["members"], 1):
        extra = "; ".join(x for x in (m["group"], "tiêu chí " + ", ".join(m["criteria"]) if m["criteria"] else "") if x)
        print(shown(f"  {n}. {m['name']} — {m['position'] or '…'} — {m['role']}" + (f" ({extra})" if extra else "")))
    for problem in council["problems"]:
        print(shown(f"  Lưu ý: {problem}"))
    by_standard: dict[int, list[dict]] = {}
    for c in report["criteria"]:
        by_standard.setdefault(c["standard"], []).append(c)
    for standard in report["standards"]:
        print("\n" + shown(f"Tiêu chuẩn {standard['no']}: {standard['title']}"))
        for c in by_standard.get(standard["no"], []):
            mark = " [bắt buộc]" if c["mandatory"] else ""
            print(shown(f"  Tiêu chí {c['code']}{mark}: {c['result']}"))
            for finding in c["levels"]:
                cited = ", ".join(finding["cited"]) or "không trích dẫn minh chứng"
                print(shown(f"    Mức {finding['level']}: {finding['judgement']} — {cited}"))
                if finding["not_listed"]:
                    print(shown(f"      chưa có trong danh mục: {', '.join(finding['not_listed'])}"))
        for key, label in (("strengths", "Điểm mạnh"), ("weaknesses", "Hạn chế"), ("direction", "Định hướng")):
            print(shown(f"  {label}: {_short(standard[key]) if standard[key].strip() else '(chưa viết)'}"))
    summary = report["summary"]
    print("\n" + shown("Tổng hợp: " + "; ".join(f"{level_name(int(k))}: {v}" for k, v in summary.items())))
    if report["level"] is not None:
        print_level(a.school_year, report["level"]["level"], report["level"]["why"], report["unjudged"])
    if report["unjudged"]:
        print(shown(f"Chưa đánh giá xong ({len(report['unjudged'])}): {', '.join(report['unjudged'])}"))
    warnings = report["warnings"]
    print(shown(f"Cảnh báo danh mục minh chứng ({len(warnings)}):" if warnings else "Danh mục minh chứng: không có cảnh báo."))
    for w in warnings:
        print(shown(f"  - {w['text']}"))


def print_level(year: str, level: int, why, unjudged=()) -> None:
    provisional = f" (tạm tính: còn {len(unjudged)} tiêu chí chưa đánh giá xong)" if unjudged else ""
    print(shown(f"Mức đạt của nhà trường năm học {year}: {level_name(level)}{provisional}"))
    for reason in why:
        print(shown(f"  {reason}"))


def run_show(args: argparse.Namespace) -> int:
    from datetime import date
    file, ctx = opened_context(args.file, args.year)
    file.close()
    report = _report(ctx, date.today())
    if args.json:
        print(shown_json(report))
    else:
        print_report(ctx, report)
    return 0
