"""The school in 2026: its governing body proposed from its type, TT57 for new plans, old plans kept."""
from __future__ import annotations

from datetime import date

import pytest

from kehoach_desktop.domain.administration import (
    former_names_in, governing_body_of, outdated_bodies, proposed_bodies,
)
from kehoach_desktop.domain.catalog import frameworks_for_level, get_framework
from kehoach_desktop.domain.plan import Plan, School
from kehoach_desktop.domain.plan_start import new_plan


@pytest.mark.parametrize("level", ["mam_non", "tieu_hoc", "thcs", "nhieu_cap"])
def test_a_commune_school_is_proposed_its_communes_ubnd_and_phong_van_hoa_xa_hoi(level):
    bodies = proposed_bodies(level, "xã Vĩnh Hải", "thành phố Hải Phòng")
    assert bodies.governing_body == "UBND XÃ VĨNH HẢI"
    assert bodies.governing_body_sentence == "UBND xã Vĩnh Hải"
    assert bodies.receiving_office == "Phòng Văn hóa - Xã hội xã Vĩnh Hải"
    assert bodies.place == "Vĩnh Hải"


def test_a_ward_typed_with_a_capital_keeps_its_kind_and_a_bare_name_is_a_xa():
    assert proposed_bodies("mam_non", "Phường Kiến Tường", "Tây Ninh").governing_body == "UBND PHƯỜNG KIẾN TƯỜNG"
    assert proposed_bodies("thcs", "Ninh Giang", "").governing_body == "UBND XÃ NINH GIANG"


@pytest.mark.parametrize("level, with_thpt", [("thpt", False), ("nhieu_cap", True)])
def test_an_upper_secondary_school_is_under_the_so_with_its_unverified_flag_visible(level, with_thpt):
    bodies = proposed_bodies(level, "xã Vĩnh Hải", "thành phố Hải Phòng", with_thpt=with_thpt)
    assert bodies.governing_body == "SỞ GD&ĐT HẢI PHÒNG"
    assert bodies.receiving_office == "Sở GD&ĐT Hải Phòng"
    assert "suy ra" in bodies.unverified


def test_a_new_plan_for_2026_2027_proposes_tt57_and_for_2024_2025_the_2018_circular():
    assert frameworks_for_level("thcs", school_year="2026-2027")[0].id == "tt57-pt"
    assert frameworks_for_level("thcs", school_year="2024-2025")[0].id == "tt18"
    assert frameworks_for_level("tieu_hoc", school_year="2025-2026")[0].id == "tt17"
    assert frameworks_for_level("mam_non", school_year="2027-2028")[0].id == "tt57-mn"


SCHOOL = School(name="Trường THCS Vĩnh Hải", code="31000001", level="thcs", governing_body="UBND XÃ VĨNH HẢI",
                place="Vĩnh Hải", principal="Phạm Thị Hương", address="thôn Đông, xã Vĩnh Hải",
                commune="xã Vĩnh Hải", province="thành phố Hải Phòng", governing_body_sentence="UBND xã Vĩnh Hải",
                receiving_office="Phòng Văn hóa - Xã hội xã Vĩnh Hải")


def test_a_new_tt57_plan_starts_with_the_forms_fixed_text_and_is_sent_to_the_receiving_office():
    plan = new_plan(SCHOOL, "2026-2027", get_framework("tt57-pt"))
    assert plan.governing_body == "UBND XÃ VĨNH HẢI" and plan.place == "Vĩnh Hải"
    assert "1. Tên cơ sở giáo dục: Trường THCS Vĩnh Hải." in plan.general_info
    assert plan.bases[0] == "Căn cứ Báo cáo tự đánh giá năm học 2025-2026"
    assert "b) Không xây dựng kế hoạch cải tiến đối với toàn bộ tiêu chí mà tập trung vào các vấn đề ưu tiên;" \
        in plan.purposes
    assert plan.reporting[0] == "a) Thực hiện rà soát, đánh giá tối thiểu 02 lần trong năm học;"
    assert [m.when for m in plan.monitoring] == ["Cuối học kỳ I", "Cuối năm học"]
    assert plan.recipients[0] == "Phòng Văn hóa - Xã hội xã Vĩnh Hải (b/c)"
    assert plan.signer_name == "Phạm Thị Hương"


def test_a_new_plan_for_a_year_before_the_reform_is_sent_to_the_phong_gd_dt_of_its_time():
    plan = new_plan(SCHOOL, "2024-2025", get_framework("tt18"))
    assert plan.recipients[0] == "Phòng GD&ĐT (b/c)"
    assert plan.bases[0].startswith("Căn cứ Thông tư số 18/2018/TT-BGDĐT ngày 22/08/2018")
    assert plan.purposes and plan.organization.chair_duties


def test_a_plan_keeps_its_own_governing_body_after_the_school_is_edited():
    old = Plan(school_year="2023-2024", framework_id="tt18", governing_body="UBND HUYỆN VĨNH BẢO")
    assert governing_body_of(old, SCHOOL) == "UBND HUYỆN VĨNH BẢO"
    assert governing_body_of(Plan(school_year="2023-2024", framework_id="tt18"), SCHOOL) == "UBND XÃ VĨNH HẢI"


def test_a_post_reform_document_naming_a_district_is_warned_with_the_replacement_not_refused():
    warnings = outdated_bodies(date(2026, 9, 5), "UBND HUYỆN VĨNH BẢO", "Vĩnh Bảo",
                               ["Phòng GDĐT Vĩnh Bảo (b/c)", "Lưu: VT"], SCHOOL)
    assert [w.field for w in warnings] == ["governing_body", "recipients"]
    assert "UBND XÃ VĨNH HẢI" in warnings[0].message
    assert "Phòng Văn hóa - Xã hội xã Vĩnh Hải" in warnings[1].message


def test_a_document_dated_before_the_reform_keeps_its_district_without_a_warning():
    assert outdated_bodies(date(2023, 9, 6), "UBND HUYỆN VĨNH BẢO", "Đồng Minh", ["Phòng GDĐT (b/c)"], SCHOOL) == []


def test_former_names_are_found_in_capitals_and_a_xa_is_not_a_thi_xa():
    assert former_names_in("UBND THỊ XÃ KIẾN TƯỜNG") == ["THỊ XÃ"]
    assert former_names_in("UBND XÃ VĨNH HẢI") == []
    assert former_names_in("- Phòng Giáo dục và Đào tạo Vĩnh Bảo (b/c);") == ["Phòng Giáo dục và Đào tạo"]


def test_a_report_dated_before_the_reform_keeps_the_district_and_one_after_takes_the_commune():
    from kehoach_desktop.domain.administration import governing_body_on
    plan = Plan(school_year="2024-2025", framework_id="tt18", governing_body="UBND HUYỆN VĨNH BẢO")
    assert governing_body_on(date(2025, 4, 30), plan, SCHOOL) == "UBND HUYỆN VĨNH BẢO"
    assert governing_body_on(date(2025, 7, 31), plan, SCHOOL) == "UBND XÃ VĨNH HẢI"
    new = Plan(school_year="2026-2027", framework_id="tt57-pt", governing_body="UBND XÃ VĨNH HẢI")
    assert governing_body_on(date(2026, 11, 30), new, SCHOOL) == "UBND XÃ VĨNH HẢI"


@pytest.mark.parametrize("typed, proposed", [
    ("P. Bến Thành", "UBND PHƯỜNG BẾN THÀNH"), ("x. Vĩnh Hải", "UBND XÃ VĨNH HẢI"),
    ("xã", ""), ("thị trấn An Phú", ""), ("huyện An Phú", ""),
])
def test_a_commune_typed_short_or_wrong_proposes_sense_or_nothing(typed, proposed):
    assert proposed_bodies("thcs", typed, "tỉnh An Giang").governing_body == proposed
