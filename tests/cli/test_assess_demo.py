"""The demo school's year: its 2025-2026 self-assessment feeds its 2026-2027 plan (what a visitor is shown first)."""
from __future__ import annotations

import json
from datetime import date

from kehoach_desktop.cli import main
from kehoach_desktop.domain.assessment_plan import proposed_problems
from kehoach_desktop.domain.fields import plan_fields, value_of
from kehoach_desktop.store.evidence_items import criteria_citing
from kehoach_desktop.usecases.assessment_context import assessment_context
from kehoach_desktop.usecases.school_file import SchoolFile


def test_the_demo_report_is_whole_and_its_register_clean_but_for_one_expired_paper(demo_file):
    with SchoolFile.open(demo_file, read_only=True) as file:
        ctx = assessment_context(file)
    a = ctx.assessment
    assert (a.school_year, a.framework_id, len(ctx.items)) == ("2025-2026", "tt57-pt", 151)
    assert a.approved_on is not None and a.approved_on < date(2026, 6, 15)
    assert a.council.decision_date.year == 2026 and a.council.decision_date.month == 1
    assert {m.role for m in a.council.members} == {"Chủ tịch", "Phó Chủ tịch", "Thư ký", "Ủy viên"}
    assigned = sorted({c for m in a.council.members for c in m.criteria})
    assert assigned == [c.code for c in ctx.framework.criteria()]          # every criterion has its writer
    assert [(w.kind, w.code) for w in ctx.warnings(date(2026, 12, 1))] == [("expired", "MC.4.2.05")]
    shared = {code for code, criteria in criteria_citing(ctx.places).items() if len(criteria) > 1}
    assert len(shared) >= 3
    for code, result in a.criteria.items():
        for level, finding in result.levels:
            assert 2 <= finding.text.count(". ") + 1 <= 4 and "(MC." in finding.text, (code, level)
    assert all("Nguyên nhân:" in a.standard(no).weaknesses for no in (1, 2, 3, 4))


def test_the_2026_plan_s_priority_problems_are_the_assessment_s_and_its_rows_name_them(demo_file):
    from kehoach_desktop.store import plans
    with SchoolFile.open(demo_file, read_only=True) as file:
        ctx = assessment_context(file)
        plan = file.read(plans.find_plan, "2026-2027")
    proposals = proposed_problems(ctx.assessment, ctx.framework)
    assert plan.priority_problems
    for problem in plan.priority_problems:
        # each was picked from a weakness the council wrote (the principal split Tiêu chuẩn 4's in two)
        source = next(p for p in proposals if p.standard == problem.standard and p.cause
                      and problem.weakness in p.weakness and problem.cause.rstrip(".") in p.cause)
        assert set(source.criteria.split(", ")) & set(problem.criteria.split(", "))
        assert {c.split(".")[0] for c in problem.criteria.split(", ")} == {problem.standard.split()[-1]}
    field = plan_fields()["problem"]
    numbers = {str(n) for n in range(1, len(plan.priority_problems) + 1)}
    assert all(value_of(row, field) in numbers for row in plan.rows)
    addressed = {row.criterion_code for row in plan.rows if row.criterion_code}
    short_of_2 = {c for c, r in ctx.assessment.criteria.items() if r.reached < 2}
    assert short_of_2 <= addressed                      # every criterion short of Mức 2 has a row of the plan


def test_the_demo_level_json_is_what_the_office_will_see(demo_file, capsys):
    assert main(["assess", "level", str(demo_file), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["name"] == "Mức 1"
