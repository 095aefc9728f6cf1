"""The school's level from the levels its criteria reached (khoản 3 Điều 5), with why, and what-ifs.

The rule is data (``resources/accreditation/school-level-rules.json``, with its basis and what is
not verified): per level, the level every mandatory criterion must reach, how many of the other
criteria must reach which level, and the least the rest may be. Levels are judged in order and a
higher one only once the lower is met (Mức 2 only after Mức 1). Which criteria are mandatory is the
catalog's (``Criterion.mandatory``). A multi-level school takes the lowest of its levels.

A criterion's result is the highest level it reached: 0 when it does not reach Mức 1 (or was not
assessed yet).
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

RULES_FILE = "school-level-rules.json"


@dataclass(frozen=True)
class LevelStep:
    level: int
    mandatory_at_least: int        # every mandatory criterion reaches this level
    others_needed: int             # this many of the other criteria …
    others_at_least: int           # … reach this level
    rest_at_least: int | None      # and the remaining others reach at least this (None: no floor)
    text: str                      # the circular's words, as the sources give them


@dataclass(frozen=True)
class LevelRule:
    id: str
    frameworks: tuple[str, ...]
    basis: str
    unverified: str
    steps: tuple[LevelStep, ...]   # lowest level first
    sequential: bool


@dataclass(frozen=True)
class Verdict:
    level: int                     # 0: the school does not reach the first level
    why: tuple[str, ...]           # Vietnamese: what holds it at this level (or what it met)


@lru_cache(maxsize=1)
def _rules() -> dict[str, LevelRule]:
    from kehoach_desktop.resources_path import resource_dir
    data = json.loads((resource_dir("accreditation") / RULES_FILE).read_text(encoding="utf-8"))
    found = {}
    for rule_id, item in data["rules"].items():
        steps = tuple(sorted((LevelStep(s["level"], s["mandatory_at_least"], s["others_needed"], s["others_at_least"],
                                        s.get("rest_at_least"), s.get("text", "")) for s in item["levels"]),
                             key=lambda s: s.level))
        found[rule_id] = LevelRule(rule_id, tuple(item["frameworks"]), item.get("basis", ""),
                                   item.get("unverified", ""), steps, bool(item.get("sequential", True)))
    return found


def rule_for(framework_id: str) -> LevelRule | None:
    """The level rule of a framework (None for the 2018 circulars, whose rule the program does not hold)."""
    return next((rule for rule in _rules().values() if framework_id in rule.frameworks), None)


def _codes(codes: Iterable[str]) -> str:
    return ", ".join(sorted(codes, key=lambda c: tuple(int(p) if p.isdigit() else 0 for p in c.split("."))))


def _unmet(step: LevelStep, mandatory: list[str], others: list[str], reached: Mapping[str, int]) -> list[str]:
    """Why ``step`` is not met ([] when it is), in the words an officer would say."""
    why = []
    short = [c for c in mandatory if reached.get(c, 0) < step.mandatory_at_least]
    if short:
        why.append(f"tiêu chí bắt buộc chưa đạt Mức {step.mandatory_at_least}: {_codes(short)}")
    good = [c for c in others if reached.get(c, 0) >= step.others_at_least]
    if len(good) < step.others_needed:
        why.append(f"mới có {len(good):02d}/{len(others):02d} tiêu chí còn lại đạt Mức {step.others_at_least} "
                   f"(cần ít nhất {step.others_needed:02d})")
    if step.rest_at_least is not None:
        below = [c for c in others if reached.get(c, 0) < step.rest_at_least]
        if below:
            why.append(f"tiêu chí chưa đạt tối thiểu Mức {step.rest_at_least}: {_codes(below)}")
    return why


def school_level(rule: LevelRule, criteria: Iterable[str], mandatory: Iterable[str],
                 reached: Mapping[str, int | None]) -> Verdict:
    """The level of a school whose criteria (codes) reached ``reached`` (code → level, None or 0: not Mức 1)."""
    codes = list(criteria)
    must = [c for c in codes if c in set(mandatory)]
    others = [c for c in codes if c not in set(must)]
    levels = {c: int(reached.get(c) or 0) for c in codes}
    level = 0
    why: tuple[str, ...] = ()
    for step in rule.steps:
        unmet = _unmet(step, must, others, levels)
        if unmet:
            why = tuple(f"Chưa đạt Mức {step.level}: {reason}." for reason in unmet)
            if rule.sequential:
                break
            continue
        level, why = step.level, (f"Đạt Mức {step.level}: {step.text}.",)
    return Verdict(level, why)


def what_if(rule: LevelRule, criteria: Iterable[str], mandatory: Iterable[str], reached: Mapping[str, int | None],
            changes: Mapping[str, int]) -> Verdict:
    """The level if ``changes`` were reached too («nếu tiêu chí 3.3 đạt Mức 2 …»)."""
    return school_level(rule, criteria, mandatory, {**reached, **changes})


def multi_level_school(verdicts: Iterable[Verdict]) -> int:
    """A school of several levels (tiểu học and THCS …) takes the lowest level of them."""
    levels = [v.level for v in verdicts]
    return min(levels) if levels else 0
