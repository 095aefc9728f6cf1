"""A principal's year of self-assessment, told through the domain and the school file."""
from __future__ import annotations

from datetime import date

import pytest

from kehoach_desktop.catalogs import framework as load_framework
from kehoach_desktop.domain.assessment_plan import assessment_for_next_year, proposed_problems
from kehoach_desktop.domain.citations import cited_codes
from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.evidence_register import (
    DUPLICATE, EXPIRED, UNCITED, UNKNOWN, EvidenceItem, next_code, register_warnings,
)
from kehoach_desktop.domain.plan import Plan, PlanRow
from kehoach_desktop.domain.self_assessment import SelfAssessment, StandardReview, set_finding, verdict
from kehoach_desktop.store.database import open_school_file
from kehoach_desktop.store.evidence_items import add_item, carry_register, cited_places, list_items
from kehoach_desktop.store.self_assessment import load_assessment, save_assessment, save_finding

FRAMEWORK = load_framework("tt57-pt")
TEMPLATE = FRAMEWORK.evidence_template


def _all_at(level: int) -> SelfAssessment:
    a = SelfAssessment("2025-2026", "tt57-pt")
    for c in FRAMEWORK.criteria():
        for n in range(1, level + 1):
            set_finding(a, c.code, n, f"Hiện trạng mức {n}.", True)
    return a


def test_one_evidence_item_is_cited_in_two_criteria_under_one_code():
    a = SelfAssessment("2025-2026", "tt57-pt")
    set_finding(a, "1.1", 1, "Nhà trường đã ban hành kế hoạch năm học theo quy định (MC.1.1.01).", True)
    set_finding(a, "1.2", 1, "Kế hoạch phân công nhiệm vụ rõ ràng (MC.1.1.01, MC.1.2.01).", True)
    items = [EvidenceItem("MC.1.1.01", "Kế hoạch năm học 2025-2026"), EvidenceItem("MC.1.2.01", "Quyết định phân công")]
    places = {place: cited_codes([text], TEMPLATE) for place, text in a.all_texts()}
    assert places == {"Tiêu chí 1.1": ["MC.1.1.01"], "Tiêu chí 1.2": ["MC.1.1.01", "MC.1.2.01"]}
    assert register_warnings(items, places, date(2026, 5, 1)) == []


def test_a_citation_of_an_unknown_code_is_flagged_and_so_are_uncited_expired_and_twin_items():
    items = [EvidenceItem("MC.1.1.01", "Kế hoạch năm học"),
             EvidenceItem("MC.2.1.01", "Giấy chứng nhận PCCC", expires=date(2026, 1, 31)),
             EvidenceItem("MC.2.1.02", "Kế hoạch  năm học")]
    warnings = register_warnings(items, {"Tiêu chí 1.1": ["MC.1.1.01", "MC.1.1.07"], "Tiêu chí 2.1": ["MC.2.1.01"]},
                                 date(2026, 5, 1))
    kinds = {(w.kind, w.code) for w in warnings}
    assert (UNKNOWN, "MC.1.1.07") in kinds
    assert (EXPIRED, "MC.2.1.01") in kinds
    assert (UNCITED, "MC.2.1.02") in kinds
    assert (DUPLICATE, "MC.2.1.02") in kinds
    assert any("không có trong danh mục" in w.text for w in warnings)


def test_citations_are_read_by_the_catalogs_template_not_glued_to_other_words():
    text = "Theo quy định (MC.1.1.01, MC.1.1.02). Không phải XMC.1.1.03 hay MC.1.1.123."
    assert cited_codes([text], TEMPLATE) == ["MC.1.1.01", "MC.1.1.02"]


def test_numbers_continue_across_years_and_never_reuse_a_freed_number():
    assert next_code("1.1", ["MC.1.1.01", "MC.1.1.02", "MC.1.2.05"]) == "MC.1.1.03"
    assert next_code("3.4", []) == "MC.3.4.01"


def test_mức_2_only_after_mức_1_and_a_lost_mức_1_takes_mức_2_with_it():
    a = SelfAssessment("2025-2026", "tt57-pt")
    with pytest.raises(InputError, match="chưa đạt Mức 1"):
        set_finding(a, "1.1", 2, "", True, FRAMEWORK)
    set_finding(a, "1.1", 1, "", True, FRAMEWORK)
    set_finding(a, "1.1", 2, "", True, FRAMEWORK)
    assert a.criterion("1.1").reached == 2
    set_finding(a, "1.1", 1, met=False)
    assert a.criterion("1.1").reached == 0 and a.criterion("1.1").finding(2).met is None


def test_the_schools_level_from_its_findings():
    assert verdict(_all_at(2), FRAMEWORK).level == 2
    one_mandatory_short = _all_at(2)
    mandatory = FRAMEWORK.mandatory_criteria()[0].code
    set_finding(one_mandatory_short, mandatory, 2, met=False)
    v = verdict(one_mandatory_short, FRAMEWORK)
    assert v.level == 1 and mandatory in " ".join(v.why)


def test_a_weakness_becomes_a_proposed_problem_and_then_a_plan_row():
    a = _all_at(1)
    a.standards[3] = StandardReview(3, weaknesses="Phòng học bộ môn còn thiếu. Nguyên nhân: kinh phí hạn chế.")
    problems = proposed_problems(a, FRAMEWORK)
    first = problems[[p.standard for p in problems].index("Tiêu chuẩn 3")]
    assert first.weakness == "Phòng học bộ môn còn thiếu." and first.cause == "kinh phí hạn chế."
    plan = Plan("2026-2027", "tt57-pt", priority_problems=[first])
    plan.rows.append(PlanRow(content=first.weakness, extra={"problem": "1"}))
    assert dict(plan.rows[0].extra)["problem"] == "1"


def test_next_years_assessment_starts_from_this_one(tmp_path):
    a = _all_at(1)
    a.texts["context"] = "Xã miền núi."
    last_plan = Plan("2025-2026", "tt57-pt", rows=[PlanRow(criterion_code="3.3", content="Xây phòng học bộ môn",
                                                          status="done", percent=100)])
    fresh = assessment_for_next_year(a, last_plan)
    assert fresh.school_year == "2026-2027" and fresh.texts["context"] == "Xã miền núi."
    assert fresh.criterion("1.1").finding(1).text == "Hiện trạng mức 1." and fresh.criterion("1.1").reached == 0
    assert "Xây phòng học bộ môn" in fresh.texts["previous_plan"]


def test_a_principal_types_a_finding_closes_the_file_and_finds_it_again(tmp_path):
    path = tmp_path / "truong.db"
    db = open_school_file(path, create=True)
    save_assessment(db, SelfAssessment("2025-2026", "tt57-pt"))
    save_finding(db, "2025-2026", "1.1", 1, "Có kế hoạch năm học (MC.1.1.01).", True, FRAMEWORK)
    add_item(db, "2025-2026", EvidenceItem("", "Kế hoạch năm học"), FRAMEWORK, criterion="1.1")
    db.close()
    db = open_school_file(path)
    again = load_assessment(db, "2025-2026")
    assert again.criterion("1.1").finding(1).text == "Có kế hoạch năm học (MC.1.1.01)."
    assert again.criterion("1.1").reached == 1
    assert [i.code for i in list_items(db, "2025-2026")] == ["MC.1.1.01"]
    assert cited_places(db, "2025-2026", FRAMEWORK) == {"Tiêu chí 1.1": ["MC.1.1.01"]}
    assert carry_register(db, "2025-2026", "2026-2027") == 1
    added = add_item(db, "2026-2027", EvidenceItem("", "Biên bản họp"), FRAMEWORK, criterion="1.1")
    assert added.code == "MC.1.1.02"


def test_a_full_year_reads_back_whole_with_its_level(tmp_path):
    from kehoach_desktop.usecases.assessment_context import assessment_context
    from kehoach_desktop.usecases.school_file import SchoolFile
    from tests.assessment.factory import make_assessment
    path = make_assessment(tmp_path / "t.db")
    with SchoolFile.open(path) as file:
        ctx = assessment_context(file)
    assert len(ctx.items) == 150 and len(ctx.assessment.council.members) == 7
    assert ctx.verdict.level == 2        # 3.3 and 3.5 short of Mức 2: both among the 7 others
    assert not [w for w in ctx.warnings(date(2026, 5, 1)) if w.kind == UNKNOWN]


def test_a_file_from_before_the_self_assessment_upgrades_and_takes_one(tmp_path):
    import shutil
    from tests.conftest import FIXTURES
    path = tmp_path / "cu.db"
    shutil.copy(FIXTURES / "schema-v3.db", path)
    db = open_school_file(path)
    assert load_assessment(db, "2025-2026") is None
    save_assessment(db, SelfAssessment("2025-2026", "tt57-pt", texts={"context": "Xã đồng bằng."}))
    db.close()
    db = open_school_file(path)
    assert load_assessment(db, "2025-2026").texts == {"context": "Xã đồng bằng."}
    plan_rows = db.execute("SELECT problem FROM plan_row").fetchall()
    assert plan_rows and all(r[0] == "" for r in plan_rows)


def test_mức_1_met_with_mức_2_not_yet_judged_is_still_waiting():
    from kehoach_desktop.domain.self_assessment import unjudged
    a = _all_at(2)
    set_finding(a, "1.1", 2, met=None)
    assert unjudged(a, FRAMEWORK) == ["1.1"]
    a.criteria["1.2"] = a.criteria["1.2"].__class__("1.2", a.criteria["1.2"].levels[:1])   # no Mức 2 row at all
    assert unjudged(a, FRAMEWORK) == ["1.1", "1.2"]


def test_a_report_damaged_in_the_file_still_opens_with_what_can_be_read(tmp_path):
    path = tmp_path / "hong.db"
    db = open_school_file(path, create=True)
    save_assessment(db, SelfAssessment("2025-2026", "tt57-pt", texts={"context": "Xã đồng bằng."}))
    save_finding(db, "2025-2026", "1.1", 1, "Có kế hoạch.", True, FRAMEWORK)
    db.execute("UPDATE self_assessment SET texts = '{not json', data = '[1, 2]'")
    db.execute("INSERT INTO criterion_finding VALUES (1, '1.2', 'x', '', 7)")
    db.conn.commit()
    again = load_assessment(db, "2025-2026")
    assert again.texts == {} and again.data == {}
    assert again.criterion("1.1").reached == 1 and "1.2" not in again.criteria


def test_the_councils_decision_is_listed_once_in_phần_iv():
    from kehoach_desktop.domain.assessment_paper import decision_line
    from kehoach_desktop.domain.council import Council
    council = Council("08/QĐ-THCSHB", date(2026, 1, 8))
    line = decision_line(council, "Trường THCS Hòa Bình", "Kế hoạch tự đánh giá.")
    assert line == ("- Quyết định số 08/QĐ-THCSHB ngày 08/01/2026 của Hiệu trưởng Trường THCS Hòa Bình về việc "
                    "thành lập Hội đồng tự đánh giá.")
    assert decision_line(council, "Trường THCS Hòa Bình", "Quyết định số 08/QĐ-THCSHB ngày 08/01/2026 …") == ""
    assert decision_line(Council(), "Trường THCS Hòa Bình") == ""


def test_a_file_with_a_table_dropped_by_hand_is_refused_in_vietnamese(tmp_path, capsys):
    import sqlite3
    from kehoach_desktop.cli import main
    path = make_assessment_file(tmp_path)
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE criterion_finding")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    assert main(["assess", "show", str(path)]) == 2
    assert "thiếu bảng hoặc cột" in capsys.readouterr().err
    assert path.read_bytes() == before


def make_assessment_file(tmp_path):
    path = tmp_path / "thieu.db"
    db = open_school_file(path, create=True)
    save_assessment(db, SelfAssessment("2025-2026", "tt57-pt"))
    db.close()
    return path


def test_a_damaged_files_megabyte_statement_and_oversized_register_are_read_bounded(tmp_path):
    from kehoach_desktop.domain.evidence_register import MAX_ITEMS
    from kehoach_desktop.domain.self_assessment import MAX_STATEMENT_CHARS
    path = tmp_path / "to.db"
    db = open_school_file(path, create=True)
    save_assessment(db, SelfAssessment("2025-2026", "tt57-pt"))
    save_finding(db, "2025-2026", "1.1", 1, "ngắn", True, FRAMEWORK)
    db.execute("UPDATE criterion_finding SET text = ?, met = 5", ["x" * 5_000_000])
    db.conn.commit()
    finding = load_assessment(db, "2025-2026").criterion("1.1").finding(1)
    assert len(finding.text) == MAX_STATEMENT_CHARS + 1 and finding.met is None     # «5» is no judgement
    db.conn.executemany("INSERT INTO evidence_item (school_year, code, name) VALUES ('2025-2026', ?, 'x')",
                   [(f"MC.1.1.{n:02d}-{k}",) for n in range(1, 100) for k in range(16)])
    db.conn.commit()
    with pytest.raises(InputError, match=f"nhiều hơn mức chương trình cho phép \\({MAX_ITEMS}\\)"):
        list_items(db, "2025-2026")


def test_a_register_goes_forward_only_and_a_malformed_code_is_pointed_out(tmp_path):
    from kehoach_desktop.domain.evidence_register import MALFORMED
    db = open_school_file(tmp_path / "t.db", create=True)
    add_item(db, "2026-2027", EvidenceItem("", "Kế hoạch năm học 2026 - 2027"), FRAMEWORK, criterion="1.1")
    with pytest.raises(InputError, match="Chỉ chép danh mục minh chứng sang năm học sau"):
        carry_register(db, "2026-2027", "2025-2026")
    assert list_items(db, "2025-2026") == []
    warnings = register_warnings([EvidenceItem("MC.1.1.1", "Biên bản")], {}, date(2026, 5, 1), TEMPLATE)
    assert MALFORMED in {w.kind for w in warnings}


def test_next_years_report_starts_again_what_this_year_did_and_keeps_the_context():
    a = _all_at(1)
    a.texts.update({"context": "Năm học 2025 - 2026 xã có 3 thôn.", "overview": "Năm học 2025 - 2026 đạt Mức 1.",
                    "process_planning": "Lập kế hoạch ngày 08/01/2026.",
                    "appendix_documents": "Quyết định số 08/QĐ-THCS."})
    fresh = assessment_for_next_year(a)
    assert fresh.texts["context"] == "Năm học 2026 - 2027 xã có 3 thôn."
    assert "overview" not in fresh.texts and "process_planning" not in fresh.texts
    assert fresh.texts["appendix_documents"] == "Quyết định thành lập Hội đồng tự đánh giá; Kế hoạch tự đánh giá."
