"""The code on the paper follows the plan's words, not the database's bookkeeping or the year's progress."""
from __future__ import annotations

import unicodedata
from dataclasses import replace

import pytest

from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.fingerprint import (
    PrintStamp, canonical_json, canonical_plan, content_stamp, parse_code, plan_fingerprint, short_code,
)
from kehoach_desktop.domain.plan import Plan, PlanRow, School
from kehoach_desktop.domain.serialize import plan_from_dict
from kehoach_desktop.domain.values import Budget


def a_plan() -> Plan:
    rows = [PlanRow(criterion_code="3.4", current_level=2, target_level=3, tasks="Mua sắm thiết bị dạy học",
                    lead="Hiệu trưởng", budget=Budget(100_000_000, "100 triệu"), id=7, position=0),
            PlanRow(criterion_code="1.10", target_level=2, tasks="Diễn tập phòng cháy chữa cháy", id=9, position=1)]
    return Plan("2024-2025", "tt18", number="45/KH-THCSHB", purposes=["Nâng cao chất lượng"], rows=rows, id=1)


def test_ids_positions_and_progress_do_not_change_the_code():
    plan = a_plan()
    before = plan_fingerprint(plan)
    plan.id, plan.status = 99, "issued"
    plan.rows[0] = replace(plan.rows[0], id=123, position=5, status="done", percent=100, spent=90_000_000)
    assert plan_fingerprint(plan) == before
    assert "percent" not in canonical_json(canonical_plan(plan))


def test_every_printed_word_and_the_row_order_change_the_code():
    plan = a_plan()
    before = plan_fingerprint(plan)
    edited = a_plan()
    edited.rows[1].tasks += "."
    assert plan_fingerprint(edited) != before
    swapped = a_plan()
    swapped.rows.reverse()
    assert plan_fingerprint(swapped) != before
    renumbered = a_plan()
    renumbered.number = "46/KH-THCSHB"
    assert plan_fingerprint(renumbered) != before


def test_the_same_words_typed_decomposed_give_the_same_code():
    plan, decomposed = a_plan(), a_plan()
    decomposed.rows[0].tasks = unicodedata.normalize("NFD", decomposed.rows[0].tasks)
    assert decomposed.rows[0].tasks != plan.rows[0].tasks
    assert plan_fingerprint(decomposed) == plan_fingerprint(plan)


def test_a_plan_rebuilt_from_its_canonical_form_has_the_same_code():
    plan = a_plan()
    rebuilt = plan_from_dict(canonical_plan(plan))
    assert rebuilt.rows[0].budget == Budget(100_000_000, "100 triệu")
    assert plan_fingerprint(rebuilt) == plan_fingerprint(plan)


def test_the_short_code_is_kh_and_ten_uppercase_hex_digits_and_reads_back_forgivingly():
    fingerprint = plan_fingerprint(a_plan())
    code = short_code(fingerprint)
    assert code == "KH-" + fingerprint[:10].upper() and len(code) == 13
    for typed in (code, code.lower(), f" {code[:7]} {code[7:]} ", fingerprint[:10], fingerprint):
        assert fingerprint.startswith(parse_code(typed))
    for junk in ("", "hello", "KH-12345", "KH-ZZZZZZZZZZ"):
        with pytest.raises(InputError, match="không phải mã xác thực"):
            parse_code(junk)


def test_the_stamp_says_revision_or_draft_and_its_qr_text_is_short():
    school = School("Trường THCS Hòa Bình", "THCS-AP-017")
    fingerprint = plan_fingerprint(a_plan())
    issued = PrintStamp(fingerprint, 2, school.code, "2024-2025", draft=False)
    assert issued.label == f"Bản ban hành lần 2 · Mã xác thực: {short_code(fingerprint)}"
    assert issued.qr_text == f"KEHOACH|THCS-AP-017|2024-2025|r2|{short_code(fingerprint)}"
    draft = content_stamp(a_plan(), school)
    assert draft.label.startswith("Bản dự thảo – chưa ban hành") and short_code(fingerprint) in draft.label
    assert draft.qr_text.endswith("|draft|" + short_code(fingerprint))
