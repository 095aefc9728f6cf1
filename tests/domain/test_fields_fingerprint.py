"""The codes printed on the issued demo plans stand, whatever the registry of row fields becomes."""
from __future__ import annotations

from dataclasses import replace

from kehoach_desktop.domain.fields import TEXT, Field, OnForm, plan_fields, using_fields, with_value
from kehoach_desktop.domain.fingerprint import canonical_plan, plan_fingerprint, legacy_code
from kehoach_desktop.domain.plan import FORM_TT57
from kehoach_desktop.domain.serialize import plan_from_dict
from kehoach_desktop.store.demo import demo_data

# The fingerprints of the two demo plans computed before the field registry existed: these are the
# codes printed on the footer of issued plans (KH-E2554938C4, KH-48033EB850). They must never change.
ISSUED = {
    "2024-2025": "e2554938c46af2f646fa2b10480e7532396013408979d72c9118bc7d1319816e",
    # rewritten for #14 (its commune as governing body and receiving office, the form's own section III and VIII)
    "2026-2027": "a17b33b7ff79253ad46d531232bd5547e57328d2be834c4629a9422f6e4f5e55",
}


def demo_plans():
    return [plan_from_dict(p) for p in demo_data()["plans"]]


def test_the_demo_plans_keep_the_codes_printed_on_them():
    assert {p.school_year: plan_fingerprint(p) for p in demo_plans()} == ISSUED
    assert legacy_code(ISSUED["2024-2025"]) == "KH-E2554938C4"     # version 1, as printed before 12/2026


def test_a_field_added_later_leaves_every_issued_code_alone_until_a_row_fills_it():
    risks = Field("risks", TEXT, "Rủi ro", {FORM_TT57: OnForm(11, "Rủi ro", table=8, printed=20)})
    with using_fields(plan_fields().with_field(risks)):
        plans = demo_plans()
        assert {p.school_year: plan_fingerprint(p) for p in plans} == ISSUED
        bieu2 = plans[1]
        bieu2.rows[0] = with_value(bieu2.rows[0], risks, "Thiếu kinh phí")
        assert plan_fingerprint(bieu2) != ISSUED["2026-2027"]
        assert canonical_plan(bieu2)["rows"][0]["extra"] == {"risks": "Thiếu kinh phí"}


def test_only_fields_flagged_for_the_fingerprint_are_in_the_canonical_row():
    plan = demo_plans()[0]
    row = canonical_plan(plan)["rows"][0]
    flagged = {f.name for f in plan_fields().fingerprint_fields()}
    # a field added after the first issued plans joins a row's canonical form only once filled
    assert set(row) == {f.name for f in plan_fields().fingerprint_fields() if f.fingerprint_empty}
    assert set(canonical_plan(replace(plan, rows=[replace(plan.rows[0], rows_above="MỨC 3")]))["rows"][0]) == \
        set(row) | {"rows_above"}
    assert not {"status", "percent", "spent", "status_manual"} & flagged
    progressed = replace(plan.rows[0], status="paused", percent=40, spent=1_000)
    plan.rows[0] = progressed
    assert plan_fingerprint(plan) == ISSUED["2024-2025"]
