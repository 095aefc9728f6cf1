"""The school type proposed from the school's name (domain/school_level.py)."""
from __future__ import annotations

import pytest

from kehoach_desktop.domain.plan import SCHOOL_LEVELS
from kehoach_desktop.domain.school_level import level_from_name


@pytest.mark.parametrize("name, level", [
    ("Trường THCS Hiệp Lực", "thcs"),
    ("Trường Trung học cơ sở Lê Lợi", "thcs"),
    ("TRƯỜNG THCS HÒA BÌNH", "thcs"),
    ("Trường PTDTBT THCS Nậm Cuổi", "thcs"),
    ("Trường TH Kim Đồng", "tieu_hoc"),
    ("Trường Tiểu học Nguyễn Du", "tieu_hoc"),
    ("Trường THPT Chuyên Lê Quý Đôn", "thpt"),
    ("trường trung học phổ thông Phan Đình Phùng", "thpt"),
    ("Trường MN Hoa Sen", "mam_non"),
    ("Trường Mầm non Sao Mai", "mam_non"),
    ("Trường Mẫu giáo Sơn Ca", "mam_non"),
    ("Trường TH&THCS Tà Xùa", "nhieu_cap"),
    ("Trường Tiểu học và THCS Phú Lâm", "nhieu_cap"),
    ("Trường THCS-THPT Nguyễn Khuyến", "nhieu_cap"),
    ("Trường Phổ thông liên cấp Olympia", "nhieu_cap"),
    ("Trung tâm GDNN-GDTX huyện An Phú", "gdtx"),
    ("Trung tâm Giáo dục thường xuyên tỉnh", "gdtx"),
])
def test_the_name_says_the_type(name, level):
    assert level_from_name(name) == level
    assert level in SCHOOL_LEVELS


@pytest.mark.parametrize("name", ["", "Trường", "Trường Thành Công", "Trường THC", "Trường Tiểu La"])
def test_a_name_without_a_type_proposes_nothing(name):
    assert level_from_name(name) is None


def test_words_inside_other_words_do_not_count():
    assert level_from_name("Trường Thanh Hà") is None          # "TH" only as a word of its own
    assert level_from_name("Trường THCS Mạnh Nhất") == "thcs"  # "MN" is not hidden in "MANH"
