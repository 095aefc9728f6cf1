"""What principals type → values: every string the seed plans carry must parse, bad input is
refused with a Vietnamese message that names the field."""
from __future__ import annotations

import re
import unicodedata
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.parse import (
    format_amount,
    format_vn_date,
    parse_budget,
    parse_criterion_ref,
    parse_date,
    parse_level,
    parse_level_pair,
    parse_school_year,
    parse_standard_heading,
    parse_timeframe,
)
from kehoach_desktop.domain.values import Budget, Month, Timeframe

VIETNAMESE = re.compile(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹáàãéèíìóòõúùý]", re.I)


def refused(call, *args, field: str, names: str, **kwargs) -> InputError:
    """Run a parser that must refuse; check the field and that the message is Vietnamese and
    names what was wrong."""
    with pytest.raises(InputError) as info:
        call(*args, **kwargs)
    error = info.value
    assert error.field == field
    assert VIETNAMESE.search(error.message), error.message
    assert names in error.message.lower(), error.message
    assert str(error) == error.message
    return error


# ---------------------------------------------------------------------------------------------
# Budgets
# ---------------------------------------------------------------------------------------------

MILLION = 1_000_000

BUDGETS = [
    # the seed plans (Đồng Minh, the Quận 3 inspection record)
    ("2 triệu", 2 * MILLION),
    ("500 triệu", 500 * MILLION),
    ("100 triệu", 100 * MILLION),
    ("5 triệu đồng", 5 * MILLION),
    ("Miễn phí", 0),
    ("Không", 0),
    ("Không có", 0),
    ("Kinh phí ngân sách cấp trên và nguồn tài trợ", None),
    ("Nguồn kinh phí xã, huyện", None),
    ("Nguồn kinh phí từ ngân sách xã huyện", None),
    ("Kinh phí từ HP", None),
    ("Hỗ trợ phối hợp từ cha mẹ học sinh", None),
    # how else amounts are written
    ("1,5 triệu", 1_500_000),
    ("1.5 triệu", 1_500_000),
    ("2.000.000 đ", 2 * MILLION),
    ("2.000.000đ", 2 * MILLION),
    ("2,000,000 VNĐ", 2 * MILLION),
    ("2000000", 2 * MILLION),
    ("2.000.000", 2 * MILLION),
    ("1 tỷ", 1_000_000_000),
    ("1,2 tỷ", 1_200_000_000),
    ("1 tỉ", 1_000_000_000),
    ("500 nghìn", 500_000),
    ("500 ngàn", 500_000),
    ("500k", 500_000),
    ("500K", 500_000),
    ("2tr", 2 * MILLION),
    ("2 tr", 2 * MILLION),
    ("2tr5", 2_500_000),
    ("5 trđ", 5 * MILLION),
    ("2 trieu", 2 * MILLION),
    ("1 tỷ 200 triệu", 1_200_000_000),
    ("2 triệu 500 nghìn đồng", 2_500_000),
    ("2 triệu rưỡi", 2_500_000),
    ("1.500 triệu", 1_500_000_000),
    ("1.234,5 triệu", 1_234_500_000),
    ("0", 0),
    ("0 đồng", 0),
    ("Không.", 0),
    ("  Miễn   phí ", 0),
    ("Khoảng 5 triệu", 5 * MILLION),
    ("Kinh phí: 3 triệu", 3 * MILLION),
    ("- 3 triệu", 3 * MILLION),
    ("5 triệu.", 5 * MILLION),
    # a complete amount followed by a note: the amount stands
    ("5 triệu (nguồn HP)", 5 * MILLION),
    ("2.000.000 (xã hội hóa)", 2 * MILLION),
    ("5.000.000, nguồn HP", 5 * MILLION),
    # a rate, a range or several amounts: the total is not stated
    ("5 triệu/năm", None),
    ("500.000đ/HS", None),
    ("2 triệu x 3 lớp", None),
    ("2 - 3 triệu", None),
    ("2 triệu - 3 triệu", None),
    ("3 triệu (HP) và 2 triệu (xã)", None),
    # numbers that are not amounts: free text
    ("Kinh phí từ HP năm 2023", None),
    ("2 nguồn: ngân sách và xã hội hóa", None),
    ("100% ngân sách nhà nước", None),
    ("Theo dự toán được duyệt", None),
]


@pytest.mark.parametrize("typed, amount", BUDGETS)
def test_budget_amount_and_text_as_typed(typed, amount):
    budget = parse_budget(typed)
    assert budget == Budget(amount, " ".join(typed.split()))


@pytest.mark.parametrize("empty", ["", "   ", "\n\t", None])
def test_empty_budget_is_unknown_and_blank(empty):
    assert parse_budget(empty) == Budget(None, "")


BAD_BUDGETS = [
    "5 triệuu",  # misspelt unit
    "5 triêu",  # right letters, wrong marks
    "5 trệu",
    "2..000 đ",  # malformed digits
    "2.00.000 đ",
    "1.234.5 triệu",
    "-3 triệu",  # negative
    "−3 triệu",
    "abc triệu",  # a word where the number goes
    "Hai triệu",
    "500",  # no unit on a small number: nghìn? triệu?
    "2 triệu 5",  # ambiguous tail
    "1,5 đ",  # fractions of a đồng
    "2. triệu",
    "Kinh phí: 5 triệuu",
    "99999999 tỷ",  # absurd
]


@pytest.mark.parametrize("typed", BAD_BUDGETS)
def test_bad_budget_refused_with_example(typed):
    error = refused(parse_budget, typed, field="budget", names="kinh phí")
    assert error.message.startswith(f"Dự kiến kinh phí không hợp lệ: «{typed}»")
    assert "Ví dụ hợp lệ: 5 triệu, 2.000.000 đ, Miễn phí." in error.message


def test_budget_nfd_parses_the_same_and_keeps_nfc():
    typed = "2 trie\u0323\u0302u đo\u0302\u0300ng"
    assert not unicodedata.is_normalized("NFC", typed)
    budget = parse_budget(typed)
    assert budget == Budget(2 * MILLION, "2 triệu đồng")
    assert unicodedata.is_normalized("NFC", budget.text)
    assert parse_budget("Mie\u0302\u0303n phi\u0301") == Budget(0, "Miễn phí")


@pytest.mark.parametrize("amount, shown", [(2_000_000, "2.000.000"), (0, "0"), (999, "999"),
                                           (1_000, "1.000"), (1_234_567_890, "1.234.567.890")])
def test_format_amount(amount, shown):
    assert format_amount(amount) == shown


def test_format_amount_of_unknown_is_blank():
    assert format_amount(None) == ""


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1000, max_value=10**13))
def test_formatted_amount_reads_back(amount):
    assert parse_budget(format_amount(amount) + " đ").amount == amount
    assert parse_budget(f"{amount:,}").amount == amount


# ---------------------------------------------------------------------------------------------
# Timeframes
# ---------------------------------------------------------------------------------------------

M = Month
TIMEFRAMES = [
    # the seed plans
    ("Tháng 9/2023 đến tháng 5/2024", M(2023, 9), M(2024, 5)),
    ("Tháng 07/2023 - tháng 01/2024", M(2023, 7), M(2024, 1)),
    ("Tháng 10/2023- tháng 05/2024", M(2023, 10), M(2024, 5)),
    ("Tháng 7/2023 - 5/2024", M(2023, 7), M(2024, 5)),
    ("Tháng 9/2023 - 5/2024", M(2023, 9), M(2024, 5)),
    ("Từ 05/9/2022 đến 31/5/2026", M(2022, 9), M(2026, 5)),
    ("Từ tháng 12 năm 2022 đến tháng 8 năm 2026", M(2022, 12), M(2026, 8)),
    ("Tháng 12 năm 2022 đến tháng 8 năm 2026", M(2022, 12), M(2026, 8)),
    ("Từ tháng 9 năm 2022 đến tháng 8 năm 2025", M(2022, 9), M(2025, 8)),
    ("Tháng 9/2023 đến tháng\n5/2024", M(2023, 9), M(2024, 5)),
    ("Tháng 9/2023 đến tháng\t\t\n\n\t\t\t\t\t5/2024", M(2023, 9), M(2024, 5)),
    # other ways of writing them
    ("09/2023 - 05/2024", M(2023, 9), M(2024, 5)),
    ("Tháng 9/2023", M(2023, 9), M(2023, 9)),
    ("Từ tháng 9/2023", M(2023, 9), M(2023, 9)),
    ("Năm học 2023-2024", M(2023, 9), M(2024, 5)),
    ("Năm học 2023 - 2024", M(2023, 9), M(2024, 5)),
    ("2022-2026", M(2022, 9), M(2026, 5)),
    ("Tháng 9 - tháng 12/2023", M(2023, 9), M(2023, 12)),
    ("Tháng 9 - tháng 5/2024", M(2023, 9), M(2024, 5)),
    ("Tháng 9-12/2023", M(2023, 9), M(2023, 12)),
    ("Tháng 9/2023 - tháng 12", M(2023, 9), M(2023, 12)),
    ("Tháng 9/2023 - tháng 3", M(2023, 9), M(2024, 3)),
    ("T9/2023 - T5/2024", M(2023, 9), M(2024, 5)),
    ("Tháng 9/2023 đến hết tháng 5/2024", M(2023, 9), M(2024, 5)),
    ("tháng 9 năm 2023 – tháng 5 năm 2024", M(2023, 9), M(2024, 5)),
    ("Từ ngày 05 tháng 9 năm 2023 đến ngày 31 tháng 5 năm 2024", M(2023, 9), M(2024, 5)),
    ("<b>Tháng 9/2023 - 5/2024</b>", M(2023, 9), M(2024, 5)),
    ("Năm 2024", M(2024, 1), M(2024, 12)),
    ("Học kỳ I năm học 2023-2024", M(2023, 9), M(2024, 1)),
    ("HK2 2023-2024", M(2024, 1), M(2024, 5)),
]


@pytest.mark.parametrize("typed, start, end", TIMEFRAMES)
def test_timeframe_months_and_text(typed, start, end):
    assert parse_timeframe(typed) == Timeframe(start, end, " ".join(typed.split()))


@pytest.mark.parametrize("typed, start, end", [
    ("Cả năm học", M(2023, 9), M(2024, 5)),
    ("Thường xuyên", M(2023, 9), M(2024, 5)),
    ("Tháng 9 - tháng 3", M(2023, 9), M(2024, 3)),
    ("Tháng 2", M(2024, 2), M(2024, 2)),
    ("Học kỳ II", M(2024, 1), M(2024, 5)),
    ("Tháng 10/2023 - 12/2023", M(2023, 10), M(2023, 12)),  # explicit years win
])
def test_timeframe_within_a_school_year(typed, start, end):
    assert parse_timeframe(typed, school_year="2023-2024") == Timeframe(start, end, typed)


@pytest.mark.parametrize("empty", ["", " \n ", None])
def test_empty_timeframe(empty):
    assert parse_timeframe(empty) == Timeframe(None, None, "")


def test_end_before_start_names_both_months():
    error = refused(parse_timeframe, "Tháng 9/2023 đến tháng 5/2023", field="timeframe",
                    names="thời gian thực hiện")
    assert error.message == ("Thời gian thực hiện không hợp lệ: tháng kết thúc 5/2023 trước "
                             "tháng bắt đầu 9/2023")


@pytest.mark.parametrize("typed, detail", [
    ("Tháng 13/2023", "tháng 13"),
    ("Tháng 9/2023 - tháng 13/2023", "tháng 13"),
    ("Tháng 0/2024", "tháng 0"),
    ("Tháng 9/1999 - 5/2000", "1999"),
    ("Tháng 9/2023 - 5/2124", "2124"),
    ("Tháng 9/20233", "20233"),
    ("31/02/2024 - 5/2024", "31/2/2024"),
    ("abc", "«abc»"),
    ("Tháng 9/2023 đến tháng", "ví dụ: tháng 9/2023 đến tháng 5/2024"),
    ("Tháng 9/23 - 5/24", "«tháng 9/23 - 5/24»"),
    ("Từ 05/9 đến 31/5/2026", "không đọc được"),
    ("Tháng 9", "thiếu năm"),
    ("Tháng 9/2023, 12/2023, 3/2024", "không đọc được"),
    ("Cả năm học", "năm học"),
    ("Thường xuyên", "năm học"),
    ("Năm học 2023-2023", "2023-2023"),
    ("Sau khi có kinh phí", "không đọc được"),
])
def test_bad_timeframe(typed, detail):
    error = refused(parse_timeframe, typed, field="timeframe", names="thời gian thực hiện")
    assert detail in error.message.lower()


def test_unreadable_timeframe_message():
    error = refused(parse_timeframe, "sớm nhất có thể", field="timeframe", names="thời gian thực hiện")
    assert error.message == ("Không đọc được thời gian thực hiện «sớm nhất có thể». "
                             "Ví dụ: Tháng 9/2023 đến tháng 5/2024")


def test_timeframe_nfd_parses_the_same_and_keeps_nfc():
    typed = "Tha\u0301ng 9/2023 \u0111e\u0302\u0301n tha\u0301ng 5/2024"
    result = parse_timeframe(typed)
    assert result == Timeframe(M(2023, 9), M(2024, 5), "Tháng 9/2023 đến tháng 5/2024")
    assert unicodedata.is_normalized("NFC", result.text)


# ---------------------------------------------------------------------------------------------
# School years
# ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("typed", ["2023-2024", "2023 - 2024", "Năm học 2023 – 2024", "2023-24",
                                   "**Năm học 2023 - 2024**", "năm học 2023/2024", "NH 2023-2024"])
def test_school_year(typed):
    assert parse_school_year(typed) == "2023-2024"


@pytest.mark.parametrize("typed", ["2023-2023", "2023-2025", "2024-2023", "1999-2000", "20… – 20…",
                                   "2023", "", "abc"])
def test_bad_school_year(typed):
    refused(parse_school_year, typed, field="school_year", names="năm học")


# ---------------------------------------------------------------------------------------------
# Standards and criteria
# ---------------------------------------------------------------------------------------------

CRITERIA = [
    # every "Tiêu chí …" cell in the seed plans
    ("Tiêu chí 1.9. Thực hiện quy chế dân chủ cơ sở", "1.9"),
    ("Tiêu chí 2.2 Đối với giáo viên", "2.2"),
    ("Tiêu chí 2.3 Đối với nhân viên", "2.3"),
    ("Tiêu chí 2.4. Đối với học sinh", "2.4"),
    ("Tiêu chí 3.1. Khuôn viên, sân chơi, bãi tập", "3.1"),
    ("Tiêu chí 3.4: Khu vệ sinh, hệ thống cấp thoát nước", "3.4"),
    ("Tiêu chí 5.4. Các hoạt động trải nghiệm và hướng nghiệp", "5.4"),
    ("Tiêu chí 5.5: Hình thành, phát triển các kỹ năng sống cho học sinh", "5.5"),
    ("Tiêu chí 5.6: Kết quả giáo dục", "5.6"),
    ("Tiêu chí 1.4", "1.4"),
    ("Tiêu chí \n\n3.1\n", "3.1"),
    ("Tiêu chí 3.4", "3.4"),
    ("Tiêu chí 4.1", "4.1"),
    # other spellings
    ("Tiêu chí 2. 3:", "2.3"),
    ("Tiêu chí \n3.1", "3.1"),
    ("Tiêu chí 3.4: Khu vệ sinh", "3.4"),
    ("TC 1.10", "1.10"),
    ("TC1.2", "1.2"),
    ("tiêu chí số 1.5", "1.5"),
    ("TIÊU CHÍ 01.09", "1.9"),
    ("<b>Tiêu chí 1.1</b>", "1.1"),
    ("1.4", "1.4"),
    ("Tie\u0302u chi\u0301 1.4", "1.4"),
]


@pytest.mark.parametrize("typed, code", CRITERIA)
def test_criterion_ref(typed, code):
    assert parse_criterion_ref(typed) == code


def test_criterion_ref_checked_against_the_framework():
    known = ["1.1", "1.2", "1.10", "5.6"]
    assert parse_criterion_ref("TC 1.10", known) == "1.10"
    error = refused(parse_criterion_ref, "Tiêu chí 9.9", known, field="criterion", names="tiêu chí 9.9")
    assert "không có trong khung" in error.message
    assert "1.1 đến 5.6" in error.message
    refused(parse_criterion_ref, "Tiêu chí 1.3", iter(known), field="criterion", names="không có trong khung")
    refused(parse_criterion_ref, "Tiêu chí 1.1", [], field="criterion", names="không có trong khung")


@pytest.mark.parametrize("typed", ["", "Tiêu chí", "abc", "Tiêu chí 1.9.1", "Tiêu chuẩn 1: Tổ chức",
                                   "Tiêu chí một", "2023"])
def test_bad_criterion_ref(typed):
    refused(parse_criterion_ref, typed, field="criterion", names="tiêu chí")


@pytest.mark.parametrize("typed, number", [
    ("Tiêu chuẩn 1: Tổ chức và quản lý nhà trường", 1),
    ("<b>Tiêu chuẩn 2: Cán bộ quản lý, giáo viên, nhân viên</b>", 2),
    ("Tiêu chuẩn 3: Cơ sở vật chất và thiết bị dạy học", 3),
    ("Tiêu chuẩn 4: ", 4),
    ("<b>Tiêu chuẩn 5: Hoạt động và kết quả nuôi dưỡng, chăm sóc, giáo dục</b>", 5),
    ("TIÊU CHUẨN 2. Cán bộ", 2),
    ("Tiêu chuẩn 3 - Cơ sở vật chất", 3),
    ("Tiêu chuẩn II: Cán bộ", 2),
    ("Tie\u0302u chua\u0302\u0309n 1: Tổ chức", 1),
    ("Tiêu chuẩn, tiêu chí", None),
    ("Tiêu chí 1.4", None),
    ("Tiêu chuẩn 1, 2", None),
    ("Nhóm công tác 1: tiêu chuẩn 1, 2.", None),
    ("", None),
    (None, None),
])
def test_standard_heading(typed, number):
    assert parse_standard_heading(typed) == number


# ---------------------------------------------------------------------------------------------
# Levels
# ---------------------------------------------------------------------------------------------

LEVEL_PAIRS = [
    # the seed plans
    ("Đạt mức 3 so với hiện tại", (None, 3)),
    ("Đạt mức 3 so với mức 2 hiện tại", (2, 3)),
    ("Đạt mức 2", (None, 2)),
    ("MỨC 2", (None, 2)),
    # other spellings
    (3, (None, 3)),
    ("3", (None, 3)),
    ("Mức 3", (None, 3)),
    ("mức 3", (None, 3)),
    ("Mức độ 2", (None, 2)),
    ("III", (None, 3)),
    ("Mức IV", (None, 4)),
    ("Đạt mức 3 (hiện tại mức 2)", (2, 3)),
    ("Từ mức 2 lên mức 3", (2, 3)),
    ("Mức 2 → Mức 3", (2, 3)),
    ("Duy trì mức 3", (3, 3)),
    ("Giữ vững mức 2.", (2, 2)),
    ("Đạt mức 3 theo Thông tư 18", (None, 3)),
    ("<b>MỨC 2</b>", (None, 2)),
    ("Đa\u0323t mư\u0301c 3", (None, 3)),
]


@pytest.mark.parametrize("typed, pair", LEVEL_PAIRS)
def test_level_pair_and_level(typed, pair):
    assert parse_level_pair(typed) == pair
    assert parse_level(typed) == pair[1]


def test_level_range_is_the_framework_s():
    assert parse_level("Mức 3", level_min=1, level_max=3) == 3
    error = refused(parse_level, "Mức 4", 1, 3, field="level", names="mức 4")
    assert error.message == "Mức 4 nằm ngoài phạm vi Mức 1–3"


@pytest.mark.parametrize("typed, message", [
    ("Mức 5", "Mức 5 nằm ngoài phạm vi Mức 1–4"),
    (5, "Mức 5 nằm ngoài phạm vi Mức 1–4"),
    (0, "Mức 0 nằm ngoài phạm vi Mức 1–4"),
    ("V", "Mức 5 nằm ngoài phạm vi Mức 1–4"),
    ("Đạt mức 3 so với mức 7 hiện tại", "Mức 7 nằm ngoài phạm vi Mức 1–4"),
])
def test_level_out_of_range(typed, message):
    error = refused(parse_level, typed, field="level", names="mức")
    assert error.message == message


@pytest.mark.parametrize("typed", ["", "abc", "Mức", "Mức3x", "<b>MỨC 1, 2, 3</b>", "Mức 2 hoặc 3",
                                   "Đạt mức 2 so với mức 3 hiện tại", True])
def test_bad_level(typed):
    refused(parse_level, typed, field="level", names="mức")
    refused(parse_level_pair, typed, field="level", names="mức")


# ---------------------------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("typed, day", [
    ("06/9/2023", date(2023, 9, 6)),
    ("6/9/2023", date(2023, 9, 6)),
    ("06/09/2023", date(2023, 9, 6)),
    ("6.9.2023", date(2023, 9, 6)),
    ("2023-09-06", date(2023, 9, 6)),
    ("ngày 06 tháng 9 năm 2023", date(2023, 9, 6)),
    ("Ngày 6 tháng 9 năm 2023", date(2023, 9, 6)),
    ("Đồng Minh, ngày 06 tháng 9 năm 2023", date(2023, 9, 6)),
    ("ngày 28 tháng 12 năm 2017", date(2017, 12, 28)),
    ("22/8/2018", date(2018, 8, 22)),
    ("12/11/2021", date(2021, 11, 12)),
    ("29/02/2024", date(2024, 2, 29)),
    ("nga\u0300y 06 tha\u0301ng 9 na\u0306m 2023", date(2023, 9, 6)),
    (date(2023, 9, 6), date(2023, 9, 6)),
])
def test_date(typed, day):
    assert parse_date(typed) == day


@pytest.mark.parametrize("typed", ["31/02/2024", "29/02/2023", "abc", "32/1/2024", "6/13/2023",
                                   "06/9", "06/9/23", "ngày .... tháng ... năm 20….", "1/1/1800"])
def test_bad_date(typed):
    error = refused(parse_date, typed, field="date", names="ngày")
    assert error.message.startswith(f"Ngày không hợp lệ: «{typed}»")


def test_empty_date():
    refused(parse_date, "", field="date", names="ngày")


@pytest.mark.parametrize("day, place, line", [
    (date(2023, 9, 6), "Đồng Minh", "Đồng Minh, ngày 06 tháng 9 năm 2023"),
    (date(2024, 1, 15), "Hà Nội", "Hà Nội, ngày 15 tháng 01 năm 2024"),
    (date(2024, 2, 5), "Hà Nội", "Hà Nội, ngày 05 tháng 02 năm 2024"),
    (date(2024, 3, 10), "Hà Nội", "Hà Nội, ngày 10 tháng 3 năm 2024"),
    (date(2024, 12, 25), " Quận  3 ", "Quận 3, ngày 25 tháng 12 năm 2024"),
    (date(2024, 10, 1), "", "ngày 01 tháng 10 năm 2024"),
])
def test_format_vn_date(day, place, line):
    assert format_vn_date(day, place) == line


def test_format_vn_date_reads_back():
    line = format_vn_date(date(2023, 9, 6), "Đồng Minh")
    assert parse_date(line) == date(2023, 9, 6)
