"""A principal prints the 2018-form plan to sign and file: every word, the state's blocks, fonts, pages."""
from __future__ import annotations

import re
import unicodedata

import pytest
from reportlab.lib.units import mm

from kehoach_desktop.catalogs import framework
from kehoach_desktop.domain.parse import format_vn_date
from kehoach_desktop.reports import plan_tt18
from kehoach_desktop.reports.document import LANDSCAPE, PAGES
from kehoach_desktop.reports.plan import print_plan
from kehoach_desktop.reports.plan_common import criterion_label
from tests.reports.conftest import demo_plan
from tests.reports.pdftext import all_fonts, embedded_fonts, missing_words, page_sizes, pages_text, text
from tests.reports.sample import SCHOOL, plan_tt18 as sample_plan, row

PORTRAIT_A4, LANDSCAPE_A4 = (595, 842), (842, 595)


@pytest.fixture(scope="module")
def printed(demo_db, demo_school, tmp_path_factory):
    plan = demo_plan(demo_db, "2024-2025")
    out = tmp_path_factory.mktemp("pdf") / "ke-hoach-2024-2025.pdf"
    print_plan(plan, demo_school, framework(plan.framework_id), out)
    return plan, out


def row_words(plan, fw) -> str:
    return " ".join(
        " ".join([criterion_label(r, fw), plan_tt18.expected_result(r), r.tasks, r.lead, r.timeframe.display(),
                  r.budget.display(), r.support, r.notes]) for r in plan.rows)


def test_every_word_of_every_row_is_printed_in_nfc(printed):
    plan, out = printed
    printed_text = text(out)
    assert len(plan.rows) >= 10
    assert missing_words(row_words(plan, framework(plan.framework_id)), printed_text) == []
    assert printed_text == unicodedata.normalize("NFC", printed_text)


def test_page_one_carries_the_state_blocks_and_the_last_page_the_signature(printed, demo_school):
    plan, out = printed
    pages = pages_text(out)
    first = pages[0]
    for block in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", f"Số: {plan.number}",
                  format_vn_date(plan.issued_on, plan.place), "KẾ HOẠCH", "CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC",
                  demo_school.name.upper(), "UBND HUYỆN AN PHÚ", "I. MỤC ĐÍCH, YÊU CẦU"):
        assert block in first, block
    last = pages[-1]
    assert "Nơi nhận:" in last and "HIỆU TRƯỞNG" in last and plan.signer_name in last
    assert "- Lưu: VT." in last


def test_text_pages_are_portrait_and_section_iii_runs_on_landscape_pages(printed):
    _, out = printed
    sizes, pages = page_sizes(out), pages_text(out)
    table_pages = [i for i, page in enumerate(pages) if "Công việc/giải pháp cần thực hiện" in page]
    assert sizes[0] == PORTRAIT_A4
    assert len(table_pages) >= 2 and table_pages == list(range(table_pages[0], table_pages[-1] + 1))
    assert all(sizes[i] == LANDSCAPE_A4 for i in table_pages)
    assert "IV. TỔ CHỨC THỰC HIỆN" in pages[table_pages[-1] + 1] and sizes[table_pages[-1] + 1] == PORTRAIT_A4


def test_the_header_row_repeats_and_each_standard_has_its_catalog_title(printed):
    plan, out = printed
    pages = pages_text(out)
    table_pages = [p for p in pages if "Dự kiến kinh phí" in p]
    assert all("Tiêu chuẩn, tiêu chí" in p and "Ghi chú" in p for p in table_pages)
    printed_text = " ".join(" ".join(p.split()) for p in pages)
    fw = framework(plan.framework_id)
    for no in {fw.criterion(r.criterion_code).standard_no for r in plan.rows}:
        assert f"Tiêu chuẩn {no}: {fw.standard(no).title}" in printed_text


def test_pages_are_numbered_at_the_top_from_page_two(printed):
    _, out = printed
    pages = pages_text(out)
    assert not pages[0].lstrip().startswith("1")
    for number, page in enumerate(pages[1:], 2):
        assert page.lstrip().split()[0] == str(number)


def test_only_the_bundled_serif_is_used_and_it_is_embedded(printed):
    _, out = printed
    fonts = all_fonts(out)
    assert fonts == embedded_fonts(out)
    assert fonts == {"LiberationSerif", "LiberationSerif-Bold", "LiberationSerif-Italic", "LiberationSerif-BoldItalic"}


def test_the_nine_columns_fill_the_landscape_frame_exactly():
    columns = plan_tt18.columns()
    assert sum(w for _, w in columns) == pytest.approx(PAGES[LANDSCAPE].frame_width, abs=0.01)
    assert PAGES[LANDSCAPE].frame_width == pytest.approx(247 * mm)
    assert len(columns) == 9
    assert columns[3] == ("Công việc/giải pháp cần thực hiện", pytest.approx(58 * mm))


def test_a_row_of_3000_characters_splits_across_pages_without_losing_a_word(tmp_path):
    words = [f"việc{i:04d}" for i in range(334)]
    long_text = " ".join(words)
    assert len(long_text) >= 3000
    plan = sample_plan()
    plan.rows.insert(1, row("2.3", long_text, budget="5 triệu đồng"))
    out = tmp_path / "dai.pdf"
    print_plan(plan, SCHOOL, framework("tt18"), out)
    pages = pages_text(out)
    printed_words = re.findall(r"việc\d{4}", "\n".join(pages))
    assert printed_words == words                      # all of them, once each, in order
    assert sum(1 for p in pages if re.search(r"việc\d{4}", p)) >= 2
    assert missing_words(" ".join(r.tasks for r in plan.rows), text(out)) == []


def test_text_pasted_in_nfd_prints_in_nfc(tmp_path):
    typed = "Tổ chức hội thảo chuyên đề về đổi mới phương pháp dạy học"
    plan = sample_plan([row("1.9", unicodedata.normalize("NFD", typed))])
    out = tmp_path / "nfd.pdf"
    print_plan(plan, SCHOOL, framework("tt18"), out)
    printed_text = " ".join(text(out).split())
    assert typed in printed_text


def test_markup_characters_in_a_cell_print_as_typed(tmp_path):
    typed = "Giảm tỉ lệ học sinh yếu <5% & bỏ học <b>dưới</b> 1%"
    plan = sample_plan([row("5.6", typed)])
    out = tmp_path / "markup.pdf"
    print_plan(plan, SCHOOL, framework("tt18"), out)
    assert typed in " ".join(text(out).split())


def test_budgets_print_as_the_principal_wrote_them(tmp_path):
    plan = sample_plan([row("3.4", "Cải tạo nhà vệ sinh", budget="500 triệu"),
                        row("5.6", "Phụ đạo học sinh yếu", budget="Miễn phí")])
    out = tmp_path / "budget.pdf"
    print_plan(plan, SCHOOL, framework("tt18"), out)
    printed_text = " ".join(text(out).split())
    assert "500 triệu" in printed_text and "Miễn phí" in printed_text


def test_a_new_plan_with_no_rows_yet_still_prints_its_table_header(tmp_path):
    out = tmp_path / "trong.pdf"
    print_plan(sample_plan([]), SCHOOL, framework("tt18"), out)
    flat = " ".join(text(out).split())
    assert "Công việc/giải pháp cần thực hiện" in flat and "V. TỔ CHỨC THỰC HIỆN" in flat
    assert "IV. CHỈ TIÊU - Tỉ lệ học sinh bỏ học: ≤ 2%; - Học sinh giỏi cấp huyện: ≥ 20 em." in flat   # its chỉ tiêu


def test_a_web_address_longer_than_its_column_wraps_inside_it(tmp_path):
    address = "https://thcs-hoabinh.example.edu.vn/" + "tai-lieu/" * 12 + "ke-hoach-cai-tien-2024.pdf"
    out = tmp_path / "url.pdf"
    lone = row("9.9", "Công khai", support=address, lead="", when="", budget="", current=None, target=None)
    print_plan(sample_plan([lone]), SCHOOL, framework("tt18"), out)
    # splitLongWords breaks it inside its column: its pieces read back in order, nothing lost
    assert "".join(text(out).split()).count(address) == 1
