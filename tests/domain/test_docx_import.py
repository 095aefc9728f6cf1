"""A principal opens last year's Word plan: what the program understands, and what it warns about."""
from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import date

import pytest

from kehoach_desktop.catalogs import installed_catalogs
from kehoach_desktop.domain.docx_import import import_plan_docx
from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.values import Month
from tests.fixtures.docx.build_fixtures import build_all


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    return build_all(tmp_path_factory.mktemp("docx"))


@pytest.fixture(scope="module")
def catalogs():
    return installed_catalogs()


def _warnings(result) -> str:
    return "\n".join(str(w) for w in result.warnings)


def test_the_dong_minh_layout_gives_one_row_per_criterion_with_levels_months_and_money(files, catalogs):
    result = import_plan_docx(files["dong-minh-2018.docx"], catalogs)
    plan = result.plan
    assert (plan.school_year, plan.framework_id, plan.number) == ("2023-2024", "tt18", "68/KH-THCS")
    assert (plan.place, plan.issued_on) == ("Đông Hải", date(2023, 9, 6))
    assert plan.title == "Cải tiến chất lượng giáo dục"
    assert (result.school.name, result.school.governing_body) == ("Trường THCS Đông Hải", "UBND HUYỆN VĨNH BẢO")
    assert [r.criterion_code for r in plan.rows] == ["1.9", "2.2", "2.4", "3.4", "5.6"]
    # "MỨC 1, 2, 3" sets Mức 3 where the result cell says nothing else; 5.6 states its current level.
    assert [(r.current_level, r.target_level) for r in plan.rows] == [(None, 3)] * 4 + [(2, 3)]
    first = plan.rows[0]
    assert first.timeframe.start == Month(2023, 9) and first.timeframe.end == Month(2024, 5)
    assert (first.budget.amount, first.budget.text, first.support) == (0, "Không", "Không")
    assert plan.rows[1].budget.amount is None and plan.rows[1].budget.text == ""
    assert plan.rows[3].budget.amount == 100_000_000


def test_a_row_broken_across_a_page_is_joined_back_and_said_so(files, catalogs):
    result = import_plan_docx(files["dong-minh-2018.docx"], catalogs)
    row = result.plan.rows[2]
    assert row.tasks == "Duy trì sinh hoạt nề nếp và nội quy đầu giờ, xây dựng đội sao đỏ."
    assert (row.timeframe.start, row.timeframe.end) == (Month(2023, 9), Month(2024, 5))
    assert row.budget.amount == 2_000_000
    text = _warnings(result)
    assert "phần tiếp theo của hàng trên" in text and "«MỨC 1, 2, 3»: hiểu là" in text
    assert len(result.warnings) == 3      # framework guess, MỨC 1, 2, 3, the joined row: nothing else


def test_the_words_around_the_table_sections_organisation_recipients_and_signer(files, catalogs):
    plan = import_plan_docx(files["dong-minh-2018.docx"], catalogs).plan
    assert plan.purposes[0].startswith("Xây dựng kế hoạch") and len(plan.purposes) == 2
    assert plan.bases == ["Báo cáo tự đánh giá của trường 2021-2022.",
                          "Báo cáo kết quả thực hiện cải tiến chất lượng của nhà trường năm học 2022 - 2023."]
    org = plan.organization
    assert org.council_chair == "Hiệu trưởng - Chủ tịch Hội đồng tự đánh giá"
    assert [(g.name, g.standards) for g in org.working_groups] == [("Nhóm công tác 1", [1, 2]), ("Nhóm công tác 2", [3])]
    assert [(m.name, m.role, m.supervises) for m in org.monitoring_team] == [
        ("Bà Nguyễn Thu Hằng", "PHT", "Giám sát nhóm công tác 2"),
        ("Bà Trần Thị Lý", "Tổ trưởng tổ KHXH", "Giám sát nhóm công tác 1")]
    assert org.monitoring_duties == ["Tham gia giám sát kế hoạch theo đúng tiến độ."]
    assert org.staff_duties == ["Thực hiện các nhiệm vụ được phân công."]
    assert plan.recipients == ["- Phòng GDĐT VB (BC);", "- Hội đồng tự đánh giá của trường (TH);", "- Lưu VT."]
    assert (plan.signer_title, plan.signer_name) == ("HIỆU TRƯỞNG", "Phạm Văn Hùng")


def test_a_template_with_reordered_columns_split_table_and_merged_criterion(files, catalogs):
    result = import_plan_docx(files["quan3-template-2018.docx"], catalogs)
    plan = result.plan
    assert (plan.school_year, plan.framework_id, plan.number) == ("2022-2023", "tt17", "15/KH-TH")
    assert result.school.name == "Trường Tiểu học Trần Văn Đang" and result.school.level == "tieu_hoc"
    assert [r.criterion_code for r in plan.rows] == ["1.4", "1.10", "3.1", "3.1", "2.3", ""]
    assert [r.target_level for r in plan.rows] == [2, 2, 3, 3, 2, 2]            # "MỨC 2" fills 1.10
    assert plan.rows[0].tasks == "Duy trì cơ cấu tổ chức.\nNâng cao hiệu quả tổ chuyên môn."
    assert plan.rows[0].budget.text == "Kinh phí ngân sách cấp trên và nguồn tài trợ"    # by header, not position
    assert plan.rows[0].timeframe.start == Month(2022, 9)
    # "Tiêu chí \n3.1" merged down over two tasks: same criterion and result, two rows.
    assert [r.tasks for r in plan.rows[2:4]] == ["Trồng thêm cây xanh.", "Lát lại sân chơi."]
    assert plan.rows[3].current_level == 2 and plan.rows[3].budget.amount == 50_000_000
    assert plan.rows[4].timeframe.text == "Học kỳ II" and plan.rows[4].timeframe.start == Month(2023, 1)
    assert (plan.signer_title, plan.signer_name) == ("KT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG", "Lê Thị Mai")


def test_what_cannot_be_read_is_kept_as_typed_with_a_warning(files, catalogs):
    result = import_plan_docx(files["quan3-template-2018.docx"], catalogs)
    fire, stray = result.plan.rows[1], result.plan.rows[5]
    assert fire.timeframe.text == "Tháng 5/2023 - tháng 9/2022" and fire.timeframe.start is None
    assert fire.budget.text == "abc triệu" and fire.budget.amount is None
    assert stray.criterion_code == "" and stray.notes == "Tiêu chí 7.1"
    text = _warnings(result)
    assert "Dòng 2 (bảng 2, hàng 6): Thời gian thực hiện không hợp lệ: tháng kết thúc 9/2022" in text
    assert "«abc triệu»" in text and "giữ nguyên chữ, chưa có số tiền" in text
    assert "Dòng 6 (bảng 3, hàng 2): tiêu chí 7.1 không có trong khung" in text
    assert "tiêu chí 2.3 nằm dưới dòng «Tiêu chuẩn 3»" in text
    assert "bảng không có dòng tiêu đề, nối tiếp bảng phía trên" in text


def test_the_2026_form_pasted_as_nfd_comes_in_as_nfc(files, catalogs):
    result = import_plan_docx(files["bieu2-2026.docx"], catalogs)
    plan = result.plan
    assert (plan.school_year, plan.framework_id) == ("2026-2027", "tt57-pt")
    assert result.school.name == "Trường THCS Hòa An"
    assert unicodedata.is_normalized("NFC", result.school.name + plan.rows[0].content + plan.signer_name)
    first, second = plan.rows
    assert (first.content, first.criterion_code) == ("Bảo đảm đủ giáo viên theo môn học", "2.2")
    assert (first.indicators, first.expected_evidence) == ("100% môn học đủ giáo viên.", "Hợp đồng lao động (MC.2.2.01).")
    assert (first.status, first.percent) == ("in_progress", 40)
    assert first.budget.text == "Ngân sách nhà nước 45 triệu"
    assert first.notes == "Phối hợp: Công đoàn"                        # an extra column is kept, not lost
    assert (second.timeframe.start, second.timeframe.end) == (Month(2026, 9), Month(2027, 5))
    assert second.status == "not_started" and "Mức độ thực hiện: Sắp làm" in second.notes
    assert plan.general_info == "Trường có 12 lớp với 420 học sinh."
    assert [(p.standard, p.criteria, p.weakness) for p in plan.priority_problems] == [
        ("Tiêu chuẩn 2", "2.2", "Thiếu giáo viên Tin học.")]
    assert [(m.when, m.assessor) for m in plan.monitoring] == [("Cuối học kỳ I", "Hiệu trưởng")]
    assert plan.reporting == ["Rà soát kế hoạch 02 lần trong năm học."]
    text = _warnings(result)
    assert "cột lạ trong bảng" in text and "không hiểu mức độ thực hiện «Sắp làm»" in text


def test_a_header_on_two_lines_with_time_split_into_start_and_end(files, catalogs):
    result = import_plan_docx(files["split-header-2018.docx"], catalogs)
    plan = result.plan
    assert (plan.school_year, result.school.name) == ("2024-2025", "Trường THCS Bến Đình")
    assert [(r.criterion_code, r.target_level, r.lead) for r in plan.rows] == [
        ("1.2", 3, "Hiệu trưởng"), ("4.1", None, "GVCN")]          # the sub-header line is not a row
    first, second = plan.rows
    assert (first.timeframe.text, first.timeframe.start, first.timeframe.end) == (
        "9/2024 - 12/2024", Month(2024, 9), Month(2024, 12))
    assert second.timeframe.end == Month(2025, 5) and second.budget.amount == 3_000_000
    text = _warnings(result)
    assert "Dòng 2 (bảng 1, hàng 4): Mức 5 nằm ngoài phạm vi Mức 1–4" in text
    assert "không thấy «Nơi nhận»" in text


def test_a_letterhead_drawn_in_text_boxes_is_read_once(files, catalogs):
    result = import_plan_docx(files["text-box-letterhead-2018.docx"], catalogs)
    plan, school = result.plan, result.school
    assert (school.name, school.governing_body) == ("Trường Tiểu học An Thắng", "PHÒNG GD&ĐT HUYỆN AN LÃO")
    assert (plan.number, plan.place, plan.issued_on) == ("07/KH-TH", "An Thắng", date(2024, 9, 12))
    row = plan.rows[0]
    assert (row.criterion_code, row.target_level) == ("1.1", 2)
    assert (row.timeframe.start, row.timeframe.end) == (Month(2024, 9), Month(2024, 12))   # year from 2024-2025


def test_levels_written_between_tables_and_criteria_numbered_within_their_standard(files, catalogs):
    result = import_plan_docx(files["levels-between-tables-2018.docx"], catalogs)
    assert result.plan.framework_id == "tt19"                                  # a mầm non school
    assert [(r.criterion_code, r.target_level) for r in result.plan.rows] == [("1.4", 2), ("3.2", 3), ("", 3)]
    text = _warnings(result)
    assert "dưới «Tiêu chuẩn 1»: hiểu là tiêu chí 1.4" in text and "hiểu là tiêu chí 3.2" in text
    assert "không đọc được tiêu chí «Tiêu chí 9: Không có»" in text         # 3.9 does not exist: not guessed


def test_a_plan_laid_out_inside_a_frame_table_is_found(files, catalogs):
    result = import_plan_docx(files["framed-page-2018.docx"], catalogs)
    plan = result.plan
    assert (result.school.name, plan.number, plan.issued_on) == ("Trường THCS Cát Bi", "21/KH-THCS", date(2024, 10, 1))
    assert [(r.criterion_code, r.target_level, r.budget.amount) for r in plan.rows] == [("2.1", 3, 4_000_000)]
    assert (plan.recipients, plan.signer_name) == (["- Lưu: VT."], "Vũ Thị Hạnh")
    assert len(result.warnings) == 1                                           # only the framework guess


def test_the_year_and_framework_can_be_chosen_and_a_mismatched_framework_is_refused(files, catalogs):
    result = import_plan_docx(files["dong-minh-2018.docx"], catalogs, school_year="2025-2026", framework_id="tt18")
    assert result.plan.school_year == "2025-2026"
    assert "văn bản ghi năm học 2023-2024" in _warnings(result)
    assert "chọn khung" not in _warnings(result)
    with pytest.raises(InputError, match="không hợp với khung"):
        import_plan_docx(files["dong-minh-2018.docx"], catalogs, framework_id="tt57-pt")


@pytest.mark.parametrize("name, message", [
    ("renamed-text.docx", "không phải tệp Word .docx"),
    ("no-plan-table.docx", "Không tìm thấy bảng kế hoạch"),
    ("old-word.docx", "Word đời cũ (.doc)"),
    ("password.docx", "có đặt mật khẩu"),
])
def test_a_file_that_is_not_a_plan_is_refused_in_vietnamese_and_left_untouched(files, catalogs, name, message):
    path = files[name]
    before = (hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns)
    with pytest.raises(InputError, match=re.escape(message)):
        import_plan_docx(path, catalogs)
    assert (hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns) == before


def test_a_missing_file_is_refused(tmp_path, catalogs):
    with pytest.raises(InputError, match="không tồn tại"):
        import_plan_docx(tmp_path / "khong-co.docx", catalogs)
