"""The school's level from its criteria (khoản 3 Điều 5 of Thông tư 57), on hand-made cases: the rule is
read from resources/accreditation/school-level-rules.json, the mandatory criteria from the catalog."""
from __future__ import annotations

import pytest

from kehoach_desktop.catalogs import installed_catalogs
from kehoach_desktop.domain.level_rule import Verdict, multi_level_school, rule_for, school_level, what_if


@pytest.fixture(scope="module")
def tt57():
    framework = installed_catalogs()["tt57-pt"]
    codes = [c.code for c in framework.criteria()]
    mandatory = [c.code for c in framework.mandatory_criteria()]
    return rule_for("tt57-pt"), codes, mandatory


def levels(codes, mandatory, *, must: int, others: list[int]) -> dict[str, int]:
    rest = [c for c in codes if c not in mandatory]
    return {**{c: must for c in mandatory}, **dict(zip(rest, others))}


def test_the_catalog_and_the_rule_agree_on_8_mandatory_and_7_other_criteria(tt57):
    rule, codes, mandatory = tt57
    assert len(codes) == 15 and len(mandatory) == 8
    assert [s.level for s in rule.steps] == [1, 2] and rule.sequential and rule.unverified
    assert rule_for("tt18") is None


def test_all_mandatory_at_muc_2_and_5_of_7_at_muc_2_is_muc_2(tt57):
    rule, codes, mandatory = tt57
    verdict = school_level(rule, codes, mandatory, levels(codes, mandatory, must=2, others=[2, 2, 2, 2, 2, 1, 1]))
    assert verdict.level == 2 and verdict.why[0].startswith("Đạt Mức 2")


def test_one_mandatory_criterion_at_muc_1_keeps_the_school_at_muc_1_and_says_which(tt57):
    rule, codes, mandatory = tt57
    reached = levels(codes, mandatory, must=2, others=[2] * 7)
    reached["3.2"] = 1
    verdict = school_level(rule, codes, mandatory, reached)
    assert verdict.level == 1 and verdict.why == ("Chưa đạt Mức 2: tiêu chí bắt buộc chưa đạt Mức 2: 3.2.",)


def test_four_of_seven_others_is_not_muc_1(tt57):
    rule, codes, mandatory = tt57
    verdict = school_level(rule, codes, mandatory, levels(codes, mandatory, must=1, others=[1, 1, 1, 1, 0, 0, 0]))
    assert verdict == Verdict(0, ("Chưa đạt Mức 1: mới có 04/07 tiêu chí còn lại đạt Mức 1 (cần ít nhất 05).",))


def test_muc_2_also_needs_the_remaining_others_at_least_at_muc_1(tt57):
    rule, codes, mandatory = tt57
    verdict = school_level(rule, codes, mandatory, levels(codes, mandatory, must=2, others=[2, 2, 2, 2, 2, 2, 0]))
    assert verdict.level == 1 and "chưa đạt tối thiểu Mức 1" in verdict.why[0]


def test_what_if_one_criterion_reaches_muc_2(tt57):
    rule, codes, mandatory = tt57
    reached = levels(codes, mandatory, must=2, others=[2, 2, 2, 2, 1, 1, 1])
    assert school_level(rule, codes, mandatory, reached).level == 1
    other = [c for c in codes if c not in mandatory and reached[c] == 1][0]
    assert what_if(rule, codes, mandatory, reached, {other: 2}).level == 2


def test_a_multi_level_school_takes_the_lowest_of_its_levels():
    assert multi_level_school([Verdict(2, ()), Verdict(1, ())]) == 1
    assert multi_level_school([Verdict(2, ()), Verdict(0, ())]) == 0
