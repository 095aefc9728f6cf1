"""The district's inspection record prints with a place to sign for the principal and every team member."""
from __future__ import annotations

import pytest

from kehoach_desktop.catalogs import framework
from kehoach_desktop.domain.inspection import FINDINGS
from kehoach_desktop.domain.inspection_paper import signature_name
from kehoach_desktop.reports.inspection import print_inspection
from kehoach_desktop.store import inspections
from tests.reports.conftest import demo_plan
from tests.reports.pdftext import all_fonts, embedded_fonts, missing_words, page_sizes, pages_text, text


@pytest.fixture(scope="module")
def printed(demo_db, demo_school, tmp_path_factory):
    plan = demo_plan(demo_db, "2024-2025")
    [record] = inspections.list_inspections(demo_db, plan.id)
    out = tmp_path_factory.mktemp("pdf") / "bien-ban.pdf"
    print_inspection(plan, demo_school, framework(plan.framework_id), record, out)
    return plan, record, out


def test_the_record_states_time_place_and_who_attended_in_which_role(printed):
    _, record, out = printed
    flat = " ".join(text(out).split())
    assert "BIÊN BẢN" in flat and "KIỂM TRA KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC" in flat
    assert "Vào lúc 08 giờ 00 phút, ngày 16 tháng 4 năm 2025, tại Trường THCS Hòa Bình" in flat
    for member in record.team:
        assert member.line() in flat
    for member in record.school_side:
        assert f"{member.name}, chức vụ: {member.role}" in flat
    assert "kết thúc vào lúc 11 giờ 00 phút, ngày 16 tháng 4 năm 2025./." in flat


def test_a_record_has_the_motto_block_but_no_date_line_in_its_header(printed):
    _, record, out = printed
    first = pages_text(out)[0]
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in first and "Độc lập - Tự do - Hạnh phúc" in first
    assert f"Số: {record.number}" in first and "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO" in first
    assert first.index("Vào lúc") > first.index("BIÊN BẢN")     # the only date is in the body


def test_every_team_member_and_the_principal_sign_with_their_names_printed_under(printed):
    _, record, out = printed
    last = pages_text(out)[-1]
    names = [signature_name(m.name) for m in record.team] + ["Nguyễn Văn Minh"]
    assert len(names) == 5
    for name in names:
        assert name in last
    assert "HIỆU TRƯỞNG" in last and "TỔ TRƯỞNG ĐOÀN KIỂM TRA" in last and "THƯ KÝ" in last
    assert "Ông " not in last.split("ĐẠI DIỆN NHÀ TRƯỜNG")[-1]       # names under signatures carry no "Ông"


def test_the_plan_table_carries_the_finding_and_comment_of_every_row(printed):
    plan, record, out = printed
    printed_text = text(out)
    expected = " ".join(f"{FINDINGS[f.status]} {f.comment}" for f in record.findings)
    assert missing_words(expected + " " + " ".join(r.tasks for r in plan.rows), printed_text) == []
    flat = " ".join(printed_text.split())
    for comment in record.comments:
        assert comment.text in flat
    assert all(r in flat for r in record.recommendations) and record.conclusion in flat


def test_the_table_is_on_landscape_pages_and_fonts_are_embedded(printed):
    _, _, out = printed
    pages, sizes = pages_text(out), page_sizes(out)
    table_pages = [i for i, p in enumerate(pages) if "Kết quả kiểm tra" in " ".join(p.split())]
    assert table_pages and all(sizes[i] == (842, 595) for i in table_pages)
    assert sizes[0] == sizes[-1] == (595, 842)
    assert all_fonts(out) == embedded_fonts(out)


def test_without_a_stored_inspection_a_blank_record_prints_to_fill_by_hand(demo_db, demo_school, tmp_path):
    plan = demo_plan(demo_db, "2026-2027")
    out = tmp_path / "mau.pdf"
    print_inspection(plan, demo_school, framework(plan.framework_id), None, out)
    flat = " ".join(text(out).split())
    assert "Vào lúc …… giờ …… phút, ngày …… tháng …… năm ……" in flat
    assert "a) Đoàn kiểm tra:" in flat and "b) Phía nhà trường:" in flat
    assert "TỔ TRƯỞNG ĐOÀN KIỂM TRA" in flat and demo_school.principal in flat
    # A 2026-form plan is inspected in Biểu 2's words: its content, objectives and indicators.
    assert missing_words(" ".join(r.content + " " + r.indicators for r in plan.rows), text(out)) == []
