"""The code on the paper follows the words the plan prints, not the database's bookkeeping or the year's progress."""
from __future__ import annotations

import dataclasses
import unicodedata
from dataclasses import replace

import pytest

from kehoach_desktop.domain.canonical import content_stamp, fingerprint_for, printed_content
from kehoach_desktop.domain.catalog import get_framework
from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.fields import TEXT, Field, OnForm, plan_fields, using_fields
from kehoach_desktop.domain.fingerprint import (
    CODE_BITS, PrintStamp, canonical_json, canonical_plan, legacy_code, parse_code, plan_fingerprint, qr_code_text,
    short_code,
)
from kehoach_desktop.domain.plan import FORM_TT18, Plan, PlanRow, School, Target
from kehoach_desktop.domain.serialize import plan_from_dict
from kehoach_desktop.domain.values import Budget

SCHOOL = School("Trường THCS Hòa Bình", "THCS-AP-017", governing_body="UBND XÃ HÒA BÌNH")
TT18 = get_framework("tt18")


def a_plan() -> Plan:
    rows = [PlanRow(criterion_code="3.4", current_level=2, target_level=3, tasks="Mua sắm thiết bị dạy học",
                    lead="Hiệu trưởng", budget=Budget(100_000_000, "100 triệu"), id=7, position=0),
            PlanRow(criterion_code="1.10", target_level=2, tasks="Diễn tập phòng cháy chữa cháy", id=9, position=1)]
    return Plan("2024-2025", "tt18", number="45/KH-THCSHB", purposes=["Nâng cao chất lượng"], rows=rows, id=1,
                governing_body="UBND HUYỆN AN PHÚ", targets=[Target("Học sinh lên lớp", 98, "%")])


def code(plan: Plan, school: School = SCHOOL, fw=TT18) -> str:
    return fingerprint_for(2, plan, school, fw)


def test_a_fixed_plan_has_a_fixed_code():
    # golden: the canonical form (version 2) and its code must never drift; if this fails, a
    # change altered what every issued paper's code means — make a version 3 instead
    assert short_code(code(a_plan())) == "KH-79HW-ATW0-PZ3Q-GM20"


def test_ids_positions_progress_and_the_draft_state_do_not_change_the_code():
    plan = a_plan()
    before = code(plan)
    plan.id, plan.status = 99, "issued"
    plan.rows[0] = replace(plan.rows[0], id=123, position=5, status="done", percent=100, spent=90_000_000)
    plan.targets[0].actuals["Cả năm"] = 99.1
    assert code(plan) == before
    assert "percent" not in canonical_json(printed_content(plan, SCHOOL, TT18))


@pytest.mark.parametrize("edit", [
    lambda p, s, f: setattr(p.rows[1], "tasks", p.rows[1].tasks + "."),
    lambda p, s, f: p.rows.reverse(),
    lambda p, s, f: setattr(p, "number", "46/KH-THCSHB"),
    lambda p, s, f: setattr(p, "title", "Nâng cao chất lượng giáo dục"),
    lambda p, s, f: setattr(p, "governing_body", "UBND XÃ HÒA BÌNH"),
    lambda p, s, f: p.recipients.append("Phòng GD&ĐT (b/c)"),
    lambda p, s, f: setattr(p.rows[0], "budget", Budget(950_000_000, "950 triệu")),
    lambda p, s, f: setattr(p.targets[0], "value", 99),
    lambda p, s, f: setattr(p.rows[0], "target_level", 4),
    lambda p, s, f: setattr(p.rows[0], "rows_above", "MỨC 3"),
], ids=["row text", "row order", "number", "title", "letterhead", "recipients", "budget", "chỉ tiêu",
        "target level (printed in its note)", "a MỨC line above a row"])
def test_every_printed_word_changes_the_code(edit):
    plan = a_plan()
    before = code(plan)
    edit(plan, SCHOOL, TT18)
    assert code(plan) != before


def test_the_schools_name_on_the_letterhead_and_a_catalogs_title_change_the_code():
    plan = a_plan()
    before = code(plan)
    assert code(plan, replace(SCHOOL, name="Trường THCS Hòa Bình A")) != before
    standards = list(TT18.standards)
    criteria = [replace(c, title=c.title + " (sửa)") if c.code == "3.4" else c for c in standards[2].criteria]
    standards[2] = replace(standards[2], criteria=tuple(criteria))
    assert code(plan, fw=replace(TT18, standards=tuple(standards))) != before


def test_an_empty_field_added_to_the_registry_changes_no_code_until_a_row_fills_it():
    plan = a_plan()
    before = code(plan)
    risks = Field("risks", TEXT, "Rủi ro", {FORM_TT18: OnForm(9, "Rủi ro", table=9, printed=12)})
    with using_fields(plan_fields().with_field(risks)):
        assert code(plan) == before
        plan.rows[0] = replace(plan.rows[0], extra={"risks": "Thiếu kinh phí"})
        assert code(plan) != before


def test_the_same_words_typed_decomposed_give_the_same_code():
    plan, decomposed = a_plan(), a_plan()
    decomposed.rows[0].tasks = unicodedata.normalize("NFD", decomposed.rows[0].tasks)
    assert decomposed.rows[0].tasks != plan.rows[0].tasks
    assert code(decomposed) == code(plan)


def test_version_1_is_frozen_a_new_plan_field_does_not_reach_it():
    plan = a_plan()
    before = plan_fingerprint(plan)
    plan.governing_body = "UBND XÃ KHÁC"          # a field Plan gained after version 1
    assert plan_fingerprint(plan) == before
    assert plan_from_dict(canonical_plan(plan)).rows[0].budget == Budget(100_000_000, "100 triệu")
    assert {f.name for f in dataclasses.fields(Plan)} - set(canonical_plan(plan)) >= {"governing_body", "id"}


def test_the_printed_code_is_80_bits_in_four_groups_and_reads_back_forgivingly():
    fingerprint = code(a_plan())
    printed = short_code(fingerprint)
    assert len(printed) == len("KH-XXXX-XXXX-XXXX-XXXX") and CODE_BITS >= 80
    typed_back = (printed, printed.lower(), printed.replace("-", " "), printed.replace("0", "O").replace("1", "I"),
                  legacy_code(fingerprint), fingerprint, qr_code_text(fingerprint))
    for typed in typed_back:
        assert fingerprint.startswith(parse_code(typed)), typed
    assert parse_code(qr_code_text(fingerprint)) == fingerprint
    for junk in ("", "hello", "KH-12345", "KH-ZZZZZZZZZZ", "KH-UUUU-UUUU-UUUU-UUUU"):
        with pytest.raises(InputError, match="không phải mã xác thực"):
            parse_code(junk)


def test_no_twin_code_is_found_among_many_near_identical_plans():
    """A forger needs two plans (one to show, one to file) with one code. With the old 40-bit code a
    birthday search over invisible trailing spaces found a pair in 7 s on one core (2^20 hashes).
    The code has 80 bits now: the same search needs about 2^40 hashes, a million times more (about
    80 days on one core per pair), and the QR code carries the whole SHA-256, which `verify` checks.
    Trailing spaces no longer count at all (the canonical form trims what paper cannot show).
    Here 2^16 visibly different variants of one plan give 2^16 different codes."""
    seen = set()
    plan = a_plan()
    for n in range(2 ** 16):
        plan.rows[1].tasks = f"Diễn tập phòng cháy chữa cháy lần {n}"
        seen.add(short_code(fingerprint_for(2, plan, SCHOOL, None)))
    assert len(seen) == 2 ** 16
    plan.rows[1].tasks = "Diễn tập phòng cháy chữa cháy"
    padded = a_plan()
    padded.rows[1].tasks = "Diễn tập phòng cháy chữa cháy   "
    assert code(padded) == code(a_plan())


def test_the_stamp_says_revision_or_draft_and_its_qr_carries_the_whole_fingerprint():
    fingerprint = code(a_plan())
    issued = PrintStamp(fingerprint, 2, SCHOOL.code, "2024-2025", draft=False)
    assert issued.label == f"Bản ban hành lần 2 · Mã xác thực: {short_code(fingerprint)}"
    assert issued.qr_text == qr_code_text(fingerprint) and len(issued.qr_text) == 55
    draft = content_stamp(a_plan(), SCHOOL, TT18)
    assert draft.label.startswith("Bản dự thảo – chưa ban hành") and short_code(fingerprint) in draft.label


def test_every_plan_field_is_either_printed_in_the_header_or_said_not_to_be():
    from kehoach_desktop.domain.canonical import HEADER_V2, NOT_IN_HEADER
    undecided = {f.name for f in dataclasses.fields(Plan)} - set(HEADER_V2) - set(NOT_IN_HEADER)
    assert undecided == set(), "add each to HEADER_V2 (it prints) or NOT_IN_HEADER (it does not)"


def test_a_basis_line_ending_differently_but_printed_the_same_gives_the_same_code():
    plan, other = a_plan(), a_plan()
    plan.bases = ["Căn cứ Thông tư số 18/2018/TT-BGDĐT;", "Căn cứ tình hình thực tế."]
    other.bases = ["Căn cứ Thông tư số 18/2018/TT-BGDĐT", "Căn cứ tình hình thực tế;"]
    assert code(plan) == code(other)
    other.bases[1] = "Căn cứ tình hình thực tế của trường."
    assert code(plan) != code(other)
