"""A plan written on the 2026 form prints as Biểu 2: sections I–VIII and its three tables."""
from __future__ import annotations

import pytest

from kehoach_desktop.catalogs import framework
from kehoach_desktop.domain.parse import format_vn_date
from kehoach_desktop.reports import plan_tt57
from kehoach_desktop.reports.document import LANDSCAPE, PAGES
from kehoach_desktop.reports.plan import print_plan
from tests.reports.conftest import demo_plan
from tests.reports.pdftext import all_fonts, embedded_fonts, missing_words, page_sizes, pages_text, text

SECTIONS = ("I. THÔNG TIN CHUNG", "II. CĂN CỨ XÂY DỰNG KẾ HOẠCH", "III. MỤC ĐÍCH, YÊU CẦU",
            "IV. CÁC VẤN ĐỀ ƯU TIÊN CẦN CẢI TIẾN", "V. KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG",
            "VI. THEO DÕI, GIÁM SÁT THỰC HIỆN KẾ HOẠCH", "VII. TỔ CHỨC THỰC HIỆN",
            "VIII. CƠ CHẾ ĐÁNH GIÁ VÀ BÁO CÁO")


@pytest.fixture(scope="module")
def printed(demo_db, demo_school, tmp_path_factory):
    plan = demo_plan(demo_db, "2026-2027")
    assert plan.framework_id.startswith("tt57")
    out = tmp_path_factory.mktemp("pdf") / "ke-hoach-2026-2027.pdf"
    print_plan(plan, demo_school, framework(plan.framework_id), out)
    return plan, out


def test_sections_i_to_viii_are_printed_in_order(printed):
    _, out = printed
    flat = " ".join(text(out).split())
    positions = [flat.index(section) for section in SECTIONS]
    assert positions == sorted(positions)


def test_every_word_of_the_plan_table_priority_problems_and_monitoring_is_printed(printed):
    plan, out = printed
    rows = " ".join(" ".join([r.content, r.expected_result, r.tasks, r.indicators, r.timeframe.display(), r.lead,
                              r.budget.display(), r.expected_evidence]) for r in plan.rows)
    problems = " ".join(" ".join([p.standard, p.criteria, p.current_state, p.weakness, p.cause])
                        for p in plan.priority_problems)
    monitoring = " ".join(" ".join([m.when, m.content, m.result, m.adjustment, m.assessor]) for m in plan.monitoring)
    assert plan.rows and plan.priority_problems
    assert missing_words(" ".join([rows, problems, monitoring]), text(out)) == []


def test_the_ten_column_table_runs_on_landscape_pages_with_its_header_on_each(printed):
    _, out = printed
    pages, sizes = pages_text(out), page_sizes(out)
    table_pages = [i for i, p in enumerate(pages) if "Chỉ số đánh giá kết quả" in " ".join(p.split())]
    assert table_pages and all(sizes[i] == (842, 595) for i in table_pages)
    for i in table_pages:
        flat = " ".join(pages[i].split())
        assert all(title in flat for title in ("Nội dung cải tiến", "Nguồn lực bảo đảm", "Mức độ thực hiện"))
    assert sizes[0] == (595, 842)
    assert len(plan_tt57.plan_columns()) == 10
    assert sum(w for _, w in plan_tt57.plan_columns()) * 72 / 25.4 == pytest.approx(PAGES[LANDSCAPE].frame_width)


def test_the_monitoring_table_has_end_of_term_and_end_of_year(printed):
    _, out = printed
    flat = " ".join(text(out).split())
    assert "Cuối học kỳ I" in flat and "Cuối năm học" in flat


def test_the_header_signature_and_fonts_are_those_of_any_plan(printed, demo_school):
    plan, out = printed
    pages = pages_text(out)
    for block in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", f"Số: {plan.number}",
                  format_vn_date(plan.issued_on, plan.place)):
        assert block in pages[0]
    assert "Nơi nhận:" in pages[-1] and plan.signer_name in pages[-1]
    assert all_fonts(out) == embedded_fonts(out)
