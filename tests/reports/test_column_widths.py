"""No printed table column breaks a date, a decision number or a level mid-token.

ReportLab breaks a line only between words, unless a word is wider than its column: then it cuts the
word («123/QĐ-» over «UB»). So every column that may hold words is at least as wide as «01/01/2025»,
«123/QĐ-UB» and «Mức 3» at 11 pt (regular or bold, in the bundled Liberation Serif), and a column of
dates holds «Tháng 9/2024» on one line. The 2018 form's «Ghi chú» was 18 mm and cut both.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from kehoach_desktop.catalogs import framework
from kehoach_desktop.domain.fields import FORMS
from kehoach_desktop.domain.inspection_fields import inspection_columns
from kehoach_desktop.reports import inspection, plan_tt18, plan_tt57, progress
from kehoach_desktop.reports.document import LANDSCAPE, PAGES, PORTRAIT
from kehoach_desktop.reports.fonts import BOLD, REGULAR, register_fonts
from kehoach_desktop.reports.page_table import PAD_X
from kehoach_desktop.reports.plan import print_plan
from tests.reports.pdftext import text
from tests.reports.sample import SCHOOL, plan_tt18 as sample_tt18, plan_tt57 as sample_tt57, row

TOKENS = ("01/01/2025", "31/12/2025", "123/QĐ-UB", "Mức 3")
DATES = "Tháng 9/2024"     # in regular: a date cell is never bold
# columns that hold only a number (a row's number, counts, a percent): narrower by design
NUMBERS = {"TT", "Tỉ lệ (%)", "Số nội dung", "Hoàn thành", "Đang thực hiện", "Chưa thực hiện", "Tạm dừng",
           "Chậm tiến độ", "Tỉ lệ hoàn thành"}
NOTE = "Theo QĐ 123/QĐ-UB ngày 01/01/2025 của UBND huyện"


def printed_tables() -> dict[str, tuple[str, list[tuple[str, float]]]]:
    """Every printed table: its page kind and its (heading, width in points) columns."""
    def zipped(columns, widths):
        return [(title, width) for (title, _), width in zip(columns, widths)]
    tt57 = plan_tt57.plan_columns()
    return {
        "plan, 2018 form": (LANDSCAPE, plan_tt18.columns()),
        "plan, Biểu 2": (LANDSCAPE, zipped(tt57, plan_tt57._widths(tt57, LANDSCAPE))),
        "priority problems": (PORTRAIT, zipped(plan_tt57.PROBLEM_COLUMNS, plan_tt57._widths(plan_tt57.PROBLEM_COLUMNS))),
        "monitoring": (PORTRAIT, zipped(plan_tt57.MONITORING_COLUMNS,
                                        plan_tt57._widths(plan_tt57.MONITORING_COLUMNS))),
        **{f"inspection findings {form}": (LANDSCAPE, [(c.heading, w) for c, w in zip(
            inspection_columns(form), inspection.printed_widths(form))]) for form in FORMS},
        "progress by standard": (PORTRAIT, [(t, w * mm) for t, w in progress.SUMMARY_COLUMNS]),
        "progress by row": (LANDSCAPE, [(t, w * mm) for t, w in progress.ROW_COLUMNS]),
        "progress chỉ tiêu": (PORTRAIT, [(t, w * mm) for t, w in progress.TARGET_COLUMNS]),
    }


def widest(*words: str) -> float:
    register_fonts()
    return max(stringWidth(w, font, 11) for w in words for font in (REGULAR, BOLD))


@pytest.mark.parametrize("name", list(printed_tables()))
def test_every_column_holds_a_date_a_decision_number_and_a_level_on_one_line(name):
    page, columns = printed_tables()[name]
    assert sum(w for _, w in columns) == pytest.approx(PAGES[page].frame_width, abs=0.01)   # fills the frame
    narrow = [f"{title} ({width / mm:.1f} mm)" for title, width in columns
              if title not in NUMBERS and width - 2 * PAD_X < widest(*TOKENS)]
    assert narrow == []
    register_fonts()
    undated = [title for title, width in columns
               if "Thời gian" in title and width - 2 * PAD_X < stringWidth(DATES, REGULAR, 11)]
    assert undated == []


def printed_words(path: Path) -> list[str]:
    return text(path).split()


def test_a_note_citing_a_decision_prints_its_number_and_date_whole_in_every_column(tmp_path):
    """A 2018-form plan with the same note in every column of words, the narrow ones included (Ghi chú,
    kinh phí, hỗ trợ, chủ trì): «123/QĐ-UB» and «01/01/2025» come out whole in each."""
    plan = sample_tt18([row("1.9", NOTE, lead=NOTE, support=NOTE, expected_result=NOTE, notes=NOTE,
                            budget=NOTE)])
    out = tmp_path / "ke-hoach.pdf"
    print_plan(plan, SCHOOL, framework("tt18"), out)
    words = printed_words(out)
    cells = [NOTE, NOTE, NOTE, NOTE, NOTE, NOTE]             # tasks, lead, support, result, notes, budget
    assert words.count("123/QĐ-UB") == len(cells)
    assert words.count("01/01/2025") == len(cells)


def test_the_2026_form_keeps_decision_numbers_and_months_on_one_line(tmp_path):
    plan = sample_tt57()
    for r in plan.rows:
        r.lead = NOTE
        r.expected_evidence = r.indicators = NOTE
    plan.rows.append(row("3.2", "Sửa chữa phòng học.", content=NOTE, expected_result=NOTE, lead=NOTE,
                         when="Tháng 9/2024 đến tháng 5/2025", current=None, target=None))
    out = tmp_path / "ke-hoach.pdf"
    print_plan(plan, SCHOOL, framework("tt57-pt"), out)
    printed = text(out)
    assert printed.split().count("123/QĐ-UB") == printed.split().count("01/01/2025") >= 7
    assert "Tháng 9/2024" in printed        # the month and its year on one line, not «Tháng\n9/2024»
