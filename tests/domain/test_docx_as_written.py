"""What a Word plan wrote that the fields do not say is kept and printed as written (#15 item 2):
the "Số", its lists' marks, căn cứ told from the rest, "Tổ chức thực hiện" parts, heading rows."""
from __future__ import annotations

from dataclasses import replace

import pytest

from kehoach_desktop.catalogs import framework
from kehoach_desktop.domain.docx_organization import read_organization
from kehoach_desktop.domain.docx_text import Line, read_letterhead
from kehoach_desktop.domain.import_report import DocxImport
from kehoach_desktop.domain.list_items import basis_lines
from kehoach_desktop.domain.organization_text import organization_blocks
from kehoach_desktop.domain.plan import FORM_TT18, Plan, PlanRow, School, Target
from kehoach_desktop.domain.plan_sections import (
    document_number, form_headings, read_target_line, section_headings, target_lines,
)
from kehoach_desktop.domain.plan_table_text import HEADING, ROW, STANDARD, table_lines
from kehoach_desktop.domain.row_edit import edit_field


def imported() -> DocxImport:
    return DocxImport(Plan("2024-2025", "tt18"), School("", ""), FORM_TT18)


@pytest.mark.parametrize("line, number", [
    ("Số: 68/KH-THCS", "68/KH-THCS"),
    ("Số:      /KH-THCS", "/KH-THCS"),                      # written in by hand after signing: the suffix stays
    ("Số: 68/KH-THCS\t\tĐông Hải, ngày 06 tháng 9 năm 2024", "68/KH-THCS"),    # two columns typed with tabs
    ("Số:", ""),
])
def test_the_number_is_kept_whole(line, number):
    result = imported()
    read_letterhead([Line("TRƯỜNG THCS ĐÔNG HẢI"), Line(line), Line("KẾ HOẠCH"), Line("Cải tiến")], result)
    assert result.plan.number == number
    if "\t" in line:
        assert (result.plan.place, str(result.plan.issued_on)) == ("Đông Hải", "2024-09-06")


def test_a_number_to_be_written_in_by_hand_keeps_its_room_and_suffix():
    assert document_number("68/KH-THCS") == "68/KH-THCS"
    assert document_number("/KH-THCS").strip("\u00a0") == "/KH-THCS" and document_number("/KH-THCS")[0] == "\u00a0"
    assert document_number("").endswith("/KH-")


def test_only_real_can_cu_lines_are_italic_and_end_in_a_semicolon():
    lines = basis_lines(["1. Văn bản của cấp trên", "Thông tư số 18/2018/TT-BGDĐT ngày 22/8/2018.",
                         "- Công văn số 5932/BGDĐT-QLCL", "2. Tình hình nhà trường:", "+ Điểm mạnh: đủ giáo viên.",
                         "Căn cứ tình hình thực tế, trường xây dựng kế hoạch như sau"])
    assert [(line.text, line.italic) for line in lines] == [
        ("1. Văn bản của cấp trên", False),                            # no "- 1.", upright, its own ending
        ("- Thông tư số 18/2018/TT-BGDĐT ngày 22/8/2018;", True),
        ("- Công văn số 5932/BGDĐT-QLCL.", True),                       # the last of its run
        ("2. Tình hình nhà trường:", False),
        ("+ Điểm mạnh: đủ giáo viên.", False),
        ("- Căn cứ tình hình thực tế, trường xây dựng kế hoạch như sau.", True)]


def test_monitoring_duties_are_not_made_into_members():
    org = read_organization([Line(t) for t in ("3. Tổ giám sát", "- Kiểm tra tiến độ hằng tháng.",
                                                "- Báo cáo Hiệu trưởng.")], imported())
    assert org.monitoring_team == [] and org.monitoring_duties == ["Kiểm tra tiến độ hằng tháng.", "Báo cáo Hiệu trưởng."]


def test_a_section_the_fields_would_word_otherwise_prints_as_written_until_the_fields_are_edited():
    written = ("Các bộ phận thực hiện theo phân công.", "1. Hiệu trưởng - Chủ tịch Hội đồng tự đánh giá",
               "- Xây dựng kế hoạch.", "2. Kế toán – Văn thư", "- Lập dự trù kinh phí.",
               "3. Cán bộ, giáo viên, nhân viên", "Thực hiện nhiệm vụ được giao.")
    org = read_organization([Line(t) for t in written], imported())
    blocks = organization_blocks(org, FORM_TT18)
    assert [(b.heading, [x.printed for x in b.lines]) for b in blocks] == [
        ("", ["Các bộ phận thực hiện theo phân công."]),               # nothing invented, nothing merged
        ("1. Hiệu trưởng - Chủ tịch Hội đồng tự đánh giá", ["- Xây dựng kế hoạch."]),
        ("2. Kế toán – Văn thư", ["- Lập dự trù kinh phí."]),
        ("3. Cán bộ, giáo viên, nhân viên", ["Thực hiện nhiệm vụ được giao."])]
    org.chair_duties.append("Báo cáo Phòng GDĐT.")                   # edited in the window
    edited = [(b.heading, [x.printed for x in b.lines]) for b in organization_blocks(org, FORM_TT18)]
    assert edited[1] == ("1. Hiệu trưởng - Chủ tịch Hội đồng tự đánh giá",
                         ["- Xây dựng kế hoạch.", "- Báo cáo Phòng GDĐT."])
    assert edited[2] == ("2. Kế toán – Văn thư", ["- Lập dự trù kinh phí."])   # no field of its own: as written
    assert edited[3] == ("3. Cán bộ, giáo viên, nhân viên", ["- Thực hiện nhiệm vụ được giao."])


def test_a_section_the_fields_print_word_for_word_keeps_no_copy():
    written = ("1. Hiệu trưởng - Chủ tịch Hội đồng tự đánh giá", "- Xây dựng kế hoạch.",
               "2. Các thành viên của Hội đồng tự đánh giá", "- Nhóm công tác 1: Phụ trách tiêu chuẩn 1.",
               "3. Tổ Giám sát kế hoạch cải tiến chất lượng", "- Tổ giám sát có trách nhiệm:", "+ Báo cáo định kỳ.",
               "4. Cán bộ, giáo viên, nhân viên của trường", "- Thực hiện nhiệm vụ.")
    org = read_organization([Line(t) for t in written], imported())
    assert org.parts == [] and org.read_as == ""


def rows_2018() -> Plan:
    return Plan("2024-2025", "tt18", rows=[
        PlanRow("1.9", None, 3, "Đạt mức 3", "Việc 1", rows_above="MỨC 1, 2, 3\nTiêu chuẩn 1: Tổ chức"),
        PlanRow("2.2", None, 3, "Đủ giáo viên", "Việc 2", criterion_wording="Tiêu chí 2.2 Đối với GV",
                rows_above="Tiêu chuẩn 2: Cán bộ\nMức 3"),
        PlanRow("2.3", 1, 2, "Có văn thư", "Việc 3", rows_above="Mức 2"),
        PlanRow("3.1", 2, 3, "Sân chơi", "Việc 4")])


def test_heading_rows_print_where_the_document_had_them_and_levels_no_row_says_go_in_a_note():
    lines = table_lines(rows_2018(), framework("tt18"))
    assert [(x.kind, x.number, x.text or x.cells[0]) for x in lines] == [
        (HEADING, "", "MỨC 1, 2, 3"),
        (STANDARD, "1", "Tiêu chuẩn 1: Tổ chức và quản lý nhà trường"),      # the catalog's title
        (ROW, "", "Tiêu chí 1.9. Thực hiện quy chế dân chủ cơ sở"),
        (STANDARD, "2", "Tiêu chuẩn 2: Cán bộ quản lý, giáo viên, nhân viên và học sinh"),
        (HEADING, "", "Mức 3"),
        (ROW, "", "Tiêu chí 2.2 Đối với GV"),                            # the document's wording
        (HEADING, "", "Mức 2"),
        (ROW, "", "Tiêu chí 2.3. Đối với nhân viên\n(Mức 1 → Mức 2)"),   # the current level no row says
        (STANDARD, "3", "Tiêu chuẩn 3: Cơ sở vật chất và thiết bị dạy học"),
        (ROW, "", "Tiêu chí 3.1. Khuôn viên, khu sân chơi, bãi tập\n(Mức 2 → Mức 3)")]


def test_another_criterion_drops_the_documents_wording():
    row = PlanRow("2.2", None, 3, tasks="Việc", criterion_wording="Tiêu chí 2.2 Đối với GV")
    assert edit_field(row, "criterion_code", "2.3", framework("tt18")).criterion_wording == ""
    assert edit_field(row, "tasks", "Việc khác", framework("tt18")).criterion_wording == "Tiêu chí 2.2 Đối với GV"
    stale = replace(row, criterion_code="2.4")          # changed by any other way: the catalog's label prints
    assert table_lines(Plan("2024-2025", "tt18", rows=[stale]), framework("tt18"))[1].cells[0].startswith(
        "Tiêu chí 2.4. Đối với học sinh")


def test_the_documents_own_section_headings_are_kept_only_where_they_differ():
    plan = Plan("2024-2025", "tt18", section_headings={"organization": "VI. TỔ CHỨC THỰC HIỆN"})
    assert section_headings(plan, FORM_TT18) == {
        "purposes": "I. MỤC ĐÍCH, YÊU CẦU", "bases": "II. CĂN CỨ XÂY DỰNG KẾ HOẠCH",
        "table": "III. NỘI DUNG KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC", "organization": "VI. TỔ CHỨC THỰC HIỆN"}
    plan.targets = [Target("Tỉ lệ học sinh bỏ học", 1, "%", "<=")]
    assert form_headings(plan, FORM_TT18)["targets"] == "IV. CHỈ TIÊU"


def test_chi_tieu_print_as_lines_the_importer_reads_back():
    plan = Plan("2024-2025", "tt18", targets=[Target("Tỉ lệ học sinh bỏ học", 0.5, "%", "<="),
                                               Target("Số học sinh giỏi cấp huyện", 20, "học sinh", ">=")])
    lines = target_lines(plan)
    assert lines == ["- Tỉ lệ học sinh bỏ học: ≤ 0,5%;", "- Số học sinh giỏi cấp huyện: ≥ 20 học sinh."]
    assert [(t.name, t.value, t.unit, t.comparison) for t in map(read_target_line, lines)] == [
        ("Tỉ lệ học sinh bỏ học", 0.5, "%", "<="), ("Số học sinh giỏi cấp huyện", 20, "học sinh", ">=")]
    assert read_target_line("Học sinh được tốt nghiệp THCS đạt: 99,96%.") is None   # at least, or exactly?


@pytest.mark.parametrize("change", [
    lambda p: setattr(p.rows[2], "rows_above", "Mức 3"),
    lambda p: setattr(p.rows[1], "criterion_wording", "Tiêu chí 2.2 Đối với giáo viên"),
    lambda p: p.section_headings.update(organization="V. TỔ CHỨC THỰC HIỆN"),
    lambda p: setattr(p, "closing", "Trên đây là kế hoạch của trường./."),
    lambda p: setattr(p, "items_as_written", True),
], ids=["mức-row", "criterion-wording", "section-heading", "closing", "unmarked-items"])
def test_the_documents_own_words_are_covered_by_the_printed_code(change):
    from kehoach_desktop.domain.canonical import fingerprint_for
    plan = rows_2018()
    before = fingerprint_for(2, plan, None, framework("tt18"))
    change(plan)
    assert fingerprint_for(2, plan, None, framework("tt18")) != before
