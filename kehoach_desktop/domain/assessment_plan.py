"""From the self-assessment to the plan, and from this year's assessment to next year's.

Biểu 2 section IV lists the priority problems the plan improves, chosen from the self-assessment
("Không xây dựng kế hoạch cải tiến đối với toàn bộ tiêu chí mà tập trung vào các vấn đề ưu tiên").
``proposed_problems`` offers, standard by standard, the key weaknesses the council wrote and every
criterion that misses a level the school aims at; the principal ticks the ones the plan takes. A plan
row then cites its problem by number (the registry's ``problem`` field).

``assessment_for_next_year`` starts next year's report from this one: the texts and findings stay
to be reviewed (the judgements are cleared: a new year is judged anew), the council is kept with a
new decision to be entered, and Phần I's «Kết quả rà soát việc thực hiện kế hoạch cải tiến năm học
trước» is drafted from the plan's rows and how far each got.
"""
from __future__ import annotations

import copy

from kehoach_desktop.domain.assessment_texts import carried_texts
from kehoach_desktop.domain.next_year import next_school_year, shift_year_text
from kehoach_desktop.domain.plan import Plan, PriorityProblem
from kehoach_desktop.domain.self_assessment import CriterionAssessment, LevelFinding, SelfAssessment
from kehoach_desktop.domain.status_text import row_implementation
from kehoach_desktop.domain.council import Council


def _first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


def proposed_problems(assessment: SelfAssessment, framework) -> list[PriorityProblem]:
    """Candidates for section IV, in the circular's order: weaknesses first, then unmet levels."""
    found: list[PriorityProblem] = []
    for standard in framework.standards:
        review = assessment.standard(standard.no)
        label = f"Tiêu chuẩn {standard.no}"
        short = [c for c in standard.criteria if assessment.criterion(c.code).reached < framework.level_max]
        if review.weaknesses.strip():
            weakness, _, cause = review.weaknesses.partition("Nguyên nhân:")
            found.append(PriorityProblem(standard=label, criteria=", ".join(c.code for c in short),
                                         current_state="", weakness=weakness.strip(), cause=cause.strip()))
        for criterion in short:
            result = assessment.criterion(criterion.code)
            missed = result.reached + 1
            finding = result.finding(missed)
            state = (f"Đạt Mức {result.reached}" if result.reached else "Chưa đạt Mức 1")
            found.append(PriorityProblem(
                standard=label, criteria=criterion.code,
                current_state=state + (f": {_first_line(finding.text)}" if finding.text else ""),
                weakness=f"Chưa đáp ứng yêu cầu Mức {missed} của tiêu chí {criterion.code} ({criterion.title}).",
                cause=""))
    return found


def plan_review_text(plan: Plan | None) -> str:
    """«Kết quả rà soát …» drafted from last year's plan: each row, and how far it got."""
    if plan is None or not plan.rows:
        return ""
    lines = [f"Kế hoạch cải tiến chất lượng năm học {plan.school_year} có {len(plan.rows)} nội dung:"]
    for number, row in enumerate(plan.rows, 1):
        what = row.content or row.expected_result or row.tasks
        where = f"tiêu chí {row.criterion_code}: " if row.criterion_code else ""
        lines.append(f"{number}. {where}{_first_line(what)} — {row_implementation(row)}.")
    return "\n".join(lines)


def assessment_for_next_year(assessment: SelfAssessment, plan: Plan | None = None) -> SelfAssessment:
    """Next year's assessment, unsaved, starting from this one (texts kept, judgements to be made again)."""
    fresh = copy.deepcopy(assessment)
    fresh.id = None
    fresh.school_year = next_school_year(assessment.school_year)
    fresh.approved_on = None
    fresh.council = Council(members=list(assessment.council.members))
    fresh.criteria = {code: CriterionAssessment(code, tuple((n, LevelFinding(f.text, None)) for n, f in a.levels))
                      for code, a in assessment.criteria.items()}
    # What this year's assessment did and concluded starts again (its pre-printed words where the form has
    # them); the school's context and recommendations are kept to review, with the school year moved on.
    old_year = assessment.school_year
    fresh.texts = {k: shift_year_text(v, old_year, fresh.school_year) for k, v in carried_texts(assessment.texts).items()}
    review = plan_review_text(plan)
    if review:
        fresh.texts["previous_plan"] = review
    # The data table moves one year on: the oldest column drops, the newest is to be filled.
    fresh.data = {key: (values[1], values[2], "") for key, values in assessment.data.items()}
    return fresh
