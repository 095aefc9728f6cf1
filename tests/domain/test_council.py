"""A principal forms the self-assessment council: a council of 4 is refused, of 7 accepted; an even number,
two chairs or no secretary are refused, each saying why in Vietnamese."""
from __future__ import annotations

import pytest

from kehoach_desktop.domain.council import Council, CouncilMember, council_problems, council_rule


def council(*roles: str) -> Council:
    return Council("12/QĐ-THCS", None, [CouncilMember(f"Người {i + 1}", role=role) for i, role in enumerate(roles)])


@pytest.fixture(scope="module")
def rule():
    return council_rule("tt57-pt")


def test_a_council_of_seven_with_one_chair_and_one_secretary_is_accepted(rule):
    assert council_problems(council("Chủ tịch", "Phó Chủ tịch", "Thư ký", *["Ủy viên"] * 4), rule) == []


def test_a_council_of_four_is_refused(rule):
    [problem] = council_problems(council("Chủ tịch", "Thư ký", "Ủy viên", "Ủy viên"), rule)
    assert "có 4 thành viên; cần ít nhất 05" in problem.message and "Điều 9" in problem.message


def test_an_even_council_is_refused(rule):
    [problem] = council_problems(council("Chủ tịch", "Thư ký", *["Ủy viên"] * 4), rule)
    assert "số lẻ" in problem.message


def test_two_chairs_and_no_secretary_are_both_said(rule):
    messages = [p.message for p in council_problems(council("Chủ tịch", "Chủ tịch", *["Ủy viên"] * 3), rule)]
    assert messages == ["Hội đồng cần đúng một Chủ tịch (đang có 2).", "Hội đồng cần đúng một Thư ký (đang có 0)."]


def test_the_one_chair_rule_is_flagged_as_inferred(rule):
    assert rule.exactly_one == ("Chủ tịch", "Thư ký") and rule.exactly_one_basis.startswith("inferred")
