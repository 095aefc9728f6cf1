"""The school's self-assessment of one school year (Biểu 1, Báo cáo tự đánh giá) as data.

Per criterion and level, the current state written with its evidence citations and the council's
judgement Đạt/Không đạt (None: not judged yet); per standard the strengths, the key weaknesses with
their causes and the direction of improvement; the council; the report's other texts (Phần I and
III, ``assessment_texts``). A criterion's result is the highest level it reached in order: Mức 2
counts only once Mức 1 is met (Biểu 1 as both sources read it), so ``set_judgement`` refuses a Mức 2
Đạt over a Mức 1 that is not.

The school's level comes from ``level_rule`` over ``reached_levels``; nothing here knows the rule.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date

from kehoach_desktop.domain.council import Council
from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.level_rule import Verdict, rule_for, school_level
from kehoach_desktop.domain.values import nfc

#: one statement's bound: a criterion's text is a few paragraphs, never a book
MAX_STATEMENT_CHARS = 20_000


@dataclass(frozen=True)
class LevelFinding:
    """One level of one criterion: what the school has, with citations, and whether it meets the level."""

    text: str = ""
    met: bool | None = None          # None: the council has not judged it yet


@dataclass(frozen=True)
class CriterionAssessment:
    code: str
    levels: tuple[tuple[int, LevelFinding], ...] = ()     # (level, finding), lowest first

    def finding(self, level: int) -> LevelFinding:
        return dict(self.levels).get(level, LevelFinding())

    def with_finding(self, level: int, finding: LevelFinding) -> "CriterionAssessment":
        found = dict(self.levels)
        found[level] = finding
        return replace(self, levels=tuple(sorted(found.items())))

    @property
    def reached(self) -> int:
        """The highest level met in order from Mức 1 (0: Mức 1 not met, or not judged yet)."""
        level = 0
        for number, finding in self.levels:
            if number != level + 1 or finding.met is not True:
                break
            level = number
        return level

    def judged_to(self, level_max: int) -> bool:
        """Every level the council has to judge is judged: Mức 1, and each next one up to ``level_max`` while
        the last is met (Mức 1 Đạt with nothing yet for Mức 2 is still waiting for Mức 2)."""
        for level in range(1, level_max + 1):
            met = self.finding(level).met
            if met is not True:
                return met is False
        return True

    @property
    def judged(self) -> bool:
        """Judged as far as its levels are written (the printed closing line's «chưa được đánh giá»);
        what is still to judge under a framework is ``judged_to(framework.level_max)``."""
        return self.judged_to(max((n for n, _ in self.levels), default=1))

    def texts(self) -> list[str]:
        return [f.text for _, f in self.levels]


@dataclass(frozen=True)
class StandardReview:
    """«Đánh giá chung về Tiêu chuẩn N»."""

    no: int
    strengths: str = ""              # 1. Điểm mạnh nổi bật
    weaknesses: str = ""             # 2. Điểm hạn chế trọng tâm và nguyên nhân cốt lõi
    direction: str = ""              # 3. Định hướng cải tiến chất lượng

    def texts(self) -> list[str]:
        return [self.strengths, self.weaknesses, self.direction]


@dataclass
class SelfAssessment:
    school_year: str                                       # "2025-2026"
    framework_id: str                                      # "tt57-pt"
    council: Council = field(default_factory=Council)
    criteria: dict[str, CriterionAssessment] = field(default_factory=dict)
    standards: dict[int, StandardReview] = field(default_factory=dict)
    texts: dict[str, str] = field(default_factory=dict)    # assessment_texts keys → text
    # The three-year data table: row key (assessment_texts.data_rows) → its values, oldest year first.
    data: dict[str, tuple[str, str, str]] = field(default_factory=dict)
    approved_on: date | None = None                        # the council approved the report (before 15/6)
    id: int | None = None

    def criterion(self, code: str) -> CriterionAssessment:
        return self.criteria.get(code) or CriterionAssessment(code)

    def standard(self, no: int) -> StandardReview:
        return self.standards.get(no) or StandardReview(no)

    def reached_levels(self) -> dict[str, int]:
        return {code: a.reached for code, a in self.criteria.items()}

    def all_texts(self) -> list[tuple[str, str]]:
        """(place, text) of every statement that may cite evidence, in the report's order."""
        found = [(f"Tiêu chí {code}", text) for code, a in self.criteria.items() for text in a.texts() if text]
        found += [(f"Tiêu chuẩn {no}", text) for no, s in sorted(self.standards.items()) for text in s.texts() if text]
        return found


def set_finding(assessment: SelfAssessment, code: str, level: int, text: str | None = None,
                met: bool | None | str = "keep", framework=None) -> CriterionAssessment:
    """Record one level's text and/or judgement; an InputError when it breaks the order of levels.

    ``met="keep"`` leaves the judgement; ``text=None`` leaves the text.
    """
    if framework is not None:
        if framework.criterion(code) is None:
            raise InputError("Tiêu chí {code} không có trong khung {short_circular}.", field="criterion", code=code,
                             short_circular=framework.short_circular())
        framework.validate_level(level)
    current = assessment.criterion(code)
    old = current.finding(level)
    new_text = old.text if text is None else nfc(text).strip()
    if len(new_text) > MAX_STATEMENT_CHARS:
        raise InputError("Nội dung Mức {level} của tiêu chí {code} dài quá {limit} ký tự.", field="text",
                         level=level, code=code, limit=MAX_STATEMENT_CHARS)
    new_met = old.met if met == "keep" else met
    if new_met is True and level > 1 and current.finding(level - 1).met is not True:
        raise InputError("Tiêu chí {code} chưa đạt Mức {below}: chỉ đánh giá Mức {level} khi đã đạt Mức {below}.",
                         field="met", code=code, level=level, below=level - 1)
    updated = current.with_finding(level, LevelFinding(new_text, new_met))   # type: ignore[arg-type]
    if new_met is not True:
        # A level no longer met takes the judgements above it with it (their texts stay).
        updated = CriterionAssessment(code, tuple(
            (n, f if n <= level else LevelFinding(f.text, None if f.met else f.met)) for n, f in updated.levels))
    assessment.criteria[code] = updated
    return updated


def verdict(assessment: SelfAssessment, framework) -> Verdict | None:
    """The school's level with why (None when the framework has no level rule: the 2018 circulars)."""
    rule = rule_for(framework.id)
    if rule is None:
        return None
    codes = [c.code for c in framework.criteria()]
    return school_level(rule, codes, [c.code for c in framework.mandatory_criteria()], assessment.reached_levels())


def unjudged(assessment: SelfAssessment, framework) -> list[str]:
    """The criteria still waiting for the council's judgement, in the circular's order."""
    return [c.code for c in framework.criteria() if not assessment.criterion(c.code).judged_to(framework.level_max)]


def summary_counts(assessment: SelfAssessment, codes: Iterable[str], level_max: int) -> dict[int, int]:
    """Phần III's summary table: how many criteria reached each result (0: Không đạt Mức 1)."""
    counts = {level: 0 for level in range(0, level_max + 1)}
    for code in codes:
        counts[min(assessment.criterion(code).reached, level_max)] += 1
    return counts
