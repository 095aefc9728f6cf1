"""A principal prints the year's Báo cáo tự đánh giá (Biểu 1) of the factory school and reads it as a checker would.

The school: a THCS whose council of 7 assessed all 15 criteria, 150 evidence items, 3.3 and 3.5 short of Mức 2
(tests/assessment/factory.py), governed by the UBND of its commune, the report approved on 20/5/2026.
"""
from __future__ import annotations

import re
import subprocess
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from kehoach_desktop.reports.build_progress import BuildCancelled, Step
from kehoach_desktop.usecases.assessment_context import assessment_context
from kehoach_desktop.usecases.assessment_documents import assessment_print
from kehoach_desktop.usecases.school_file import SchoolFile
from tests.assessment.factory import make_assessment
from tests.reports.pdftext import all_fonts, embedded_fonts, missing_words, pages_text

ROMAN = ("I", "II", "III", "IV")
PARTS = {"I": "Phần I. TỔNG QUAN", "II": "Phần II. TỰ ĐÁNH GIÁ", "III": "Phần III. KẾT LUẬN", "IV": "Phần IV. PHỤ LỤC"}


def factory_school(folder: Path) -> Path:
    """The factory school with the letterhead details a real one has and its report approved."""
    from kehoach_desktop.store import plans
    from kehoach_desktop.store.database import open_school_file
    from kehoach_desktop.store.self_assessment import load_assessment, save_assessment
    path = make_assessment(folder / "truong.db")
    db = open_school_file(path)
    try:
        school = plans.get_school(db)
        school.governing_body, school.governing_body_sentence = "UBND XÃ HÒA BÌNH", "UBND xã Hòa Bình"
        school.address, school.phone = "Ấp 3, xã Hòa Bình, tỉnh Đồng Nai", "0251 3812 345"
        plans.save_school(db, school)
        assessment = load_assessment(db, "2025-2026")
        assessment.approved_on = date(2026, 5, 20)
        save_assessment(db, assessment)
    finally:
        db.close()
    return path


def layout_pages(pdf: Path) -> list[str]:
    """Each page's text as pdftotext lays it out (a Mục lục row and its page number on one line)."""
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    return out.split("\f")[:-1]


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def school_path(tmp_path_factory) -> Path:
    return factory_school(tmp_path_factory.mktemp("assessment"))


@pytest.fixture(scope="module")
def report(school_path, tmp_path_factory):
    file = SchoolFile.open(school_path)
    ctx = assessment_context(file)
    rendered = assessment_print(file, ctx)
    out = rendered.write(tmp_path_factory.mktemp("pdf") / "bao-cao-tu-danh-gia.pdf")
    return ctx, rendered, out, pages_text(out)


def _start_page(pages: list[str], text: str, after: int) -> int:
    """The 1-based number of the first page after page ``after`` that shows ``text``."""
    return next(n for n, page in enumerate(pages, 1) if n > after and text in flat(page))


def test_the_cover_names_the_commune_the_school_the_report_and_its_year(report):
    _, rendered, out, pages = report
    cover = flat(pages[0])
    for words in ("UBND XÃ HÒA BÌNH", "TRƯỜNG THCS HÒA BÌNH", "BÁO CÁO TỰ ĐÁNH GIÁ", "Năm học 2025 - 2026",
                  "Hòa Bình, tháng 5 năm 2026"):
        assert words in cover
    assert "Trang" not in cover                      # the cover carries no page number
    assert rendered.kind == "assessment" and out.suffix == ".pdf"
    assert rendered.details["unjudged"] == [] and rendered.details["council_problems"] == []
    # Every font the report names is the bundled serif, embedded (a cover cell once named Helvetica).
    assert all_fonts(out) == embedded_fonts(out) and all(f.startswith("LiberationSerif") for f in all_fonts(out))


def test_the_council_signs_its_list_on_the_second_page(report):
    ctx, _, _, pages = report
    page = flat(pages[1])
    assert "DANH SÁCH VÀ CHỮ KÝ HỘI ĐỒNG TỰ ĐÁNH GIÁ" in page
    assert "Kèm theo Quyết định số 15/QĐ-THCS ngày 10/01/2026" in page
    assert all(title in page for title in ("TT", "Họ và tên", "Chức vụ", "Vai trò", "Chữ ký"))
    assert all(m.name in page for m in ctx.assessment.council.members)


def test_every_page_but_the_cover_says_which_page_of_how_many(report):
    _, _, out, _ = report
    pages = layout_pages(out)
    total = len(PdfReader(str(out)).pages)
    assert total == len(pages) > 20
    for number, page in enumerate(pages[1:], 2):
        assert f"Trang {number}/{total}" in flat(page)


def test_the_contents_give_the_pages_where_each_part_and_criterion_starts(report):
    ctx, _, out, pages = report
    contents = next(n for n, page in enumerate(pages, 1) if "MỤC LỤC" in page)
    listed = {}
    for line in layout_pages(out)[contents - 1].splitlines():
        part = re.match(r"\s*Phần (I|II|III|IV)\..*?\s(\d+)\s*$", line)
        criterion = re.match(r"\s*Tiêu chí (\d\.\d)\..*?\s(\d+)\s*$", line)
        if part:
            listed[part.group(1)] = int(part.group(2))
        elif criterion:
            listed[criterion.group(1)] = int(criterion.group(2))
    assert set(listed) == set(ROMAN) | {c.code for c in ctx.framework.criteria()}
    for roman in ROMAN:
        assert listed[roman] == _start_page(pages, PARTS[roman], contents), roman
    for c in ctx.framework.criteria():
        heading = f"Tiêu chí {c.code}. {' '.join(c.title.split()[:3])}"
        assert listed[c.code] == _start_page(pages, heading, contents), c.code
    assert [listed[r] for r in ROMAN] == sorted(listed[r] for r in ROMAN)


def test_phan_i_takes_the_school_record_and_the_texts_under_their_registry_headings(report):
    ctx, _, _, pages = report
    text = flat(" ".join(pages))
    for words in ("1. Thông tin chung", "Tên cơ sở giáo dục: Trường THCS Hòa Bình", "0251 3812 345",
                  "Cơ quan quản lý trực tiếp: UBND xã Hòa Bình", "Trung học cơ sở", "Năm thành lập: 1985",
                  "a) Bối cảnh kinh tế - xã hội của địa phương", "Xã có điều kiện kinh tế - xã hội còn khó khăn.",
                  "3. Mục đích, phạm vi, thời gian thực hiện tự đánh giá", "4. Quá trình thực hiện tự đánh giá",
                  "5. Kết quả rà soát việc thực hiện kế hoạch cải tiến năm học trước"):
        assert words in text, words


def test_every_criterion_has_its_requirements_its_state_table_and_its_result(report):
    ctx, _, _, pages = report
    text = flat(" ".join(pages))
    part_two = text[text.index(PARTS["II"], text.index("MỤC LỤC") + 300):text.index(PARTS["III"], 3000)]
    for c in ctx.framework.criteria():
        assert f"Tiêu chí {c.code}. {c.title}" in part_two
        found = ctx.assessment.criterion(c.code)
        assert missing_words(" ".join([c.levels[1], c.levels[2], *found.texts()]), part_two) == []
    assert part_two.count("Mô tả hiện trạng:") == 15
    assert part_two.count("Tự đánh giá: Tiêu chí đạt Mức 2.") == 13
    assert part_two.count("Tự đánh giá: Tiêu chí đạt Mức 1.") == 2            # 3.3 and 3.5
    assert "kèm theo mã minh chứng" in part_two and "Đánh giá (Đạt/ Không đạt)" in part_two
    for no in range(1, 5):
        assert f"Đánh giá chung về Tiêu chuẩn {no}" in part_two
    assert "Danh mục tạm thời" in part_two          # the catalog's texts are not yet the official ones


def _links(reader: PdfReader, page_index: int) -> list[tuple[list[float], int]]:
    """(rectangle, target page index) of the page's internal links."""
    found = []
    for annot in reader.pages[page_index].get("/Annots") or []:
        annot = annot.get_object()
        dest = annot.get("/Dest")
        if annot.get("/Subtype") == "/Link" and dest is not None:
            found.append(([float(v) for v in annot["/Rect"]], reader.get_page_number(dest[0].get_object())))
    return found


def _text_heights(reader: PdfReader, page_index: int, text: str) -> list[float]:
    """Where on the page (its baseline's height) each piece of text containing ``text`` is drawn."""
    found: list[float] = []

    def visit(piece, cm, tm, font, size) -> None:
        if text in piece:
            found.append(cm[5] + tm[5] * cm[3])
    reader.pages[page_index].extract_text(visitor_text=visit)
    return found


def test_a_cited_code_is_a_link_to_its_row_of_the_evidence_list(report):
    _, _, out, pages = report
    reader = PdfReader(str(out))
    part_two, part_four = _start_page(pages, PARTS["II"], 4) - 1, _start_page(pages, PARTS["IV"], 4) - 1
    register = _start_page(pages, "3. Danh mục minh chứng", part_four + 1) - 1
    row_page = next(i for i in range(register, len(pages)) if "MC.1.1.01" in pages[i])
    # every citation of Phần II is a link into the evidence list
    links = [link for i in range(part_two, part_four) for link in _links(reader, i)]
    assert len(links) >= 15 * 5 and all(target >= register for _, target in links)
    # the first one (1.1 cites MC.1.1.01 first) lands on MC.1.1.01's row
    first_page = next(i for i in range(part_two, part_four) if "MC.1.1.01" in pages[i])
    annot = next(a.get_object() for a in reader.pages[first_page]["/Annots"]
                 if a.get_object().get("/Subtype") == "/Link")
    dest = annot["/Dest"]
    assert reader.get_page_number(dest[0].get_object()) == row_page
    row_top = max(_text_heights(reader, row_page, "MC.1.1.01"))
    assert 0 <= float(dest[3]) - row_top <= 20          # the view opens at the row, not a page away from it
    assert "Dùng chung cho tiêu chí 1.2" in flat(pages[row_page])


def test_the_conclusion_tables_and_the_school_level(report):
    _, _, _, pages = report
    text = flat(" ".join(pages))
    conclusion = text[text.rindex(PARTS["III"]):text.rindex(PARTS["IV"])]
    assert "Bảng tổng hợp chung" in conclusion and "Cộng chung" in conclusion
    assert "15 0 0,0 2 13,3 13 86,7" in conclusion          # 0 not met, 2 at Mức 1, 13 at Mức 2
    assert "Căn cứ khoản 3 Điều 5 Thông tư 57/2026/TT-BGDĐT, Trường THCS Hòa Bình tự đánh giá đạt: Mức 2." in conclusion
    assert "a) Đối với Sở Giáo dục và Đào tạo Bổ sung kinh phí." in conclusion
    assert "Hiệu trưởng chịu trách nhiệm về tính trung thực, chính xác của thông tin, số liệu và minh chứng" in conclusion


def test_the_appendices_end_with_the_principal_signing(report):
    ctx, _, _, pages = report
    text = flat(" ".join(pages))
    appendix = text[text.rindex(PARTS["IV"]):]
    for words in ("Năm học 2023-2024 Năm học 2024-2025 Năm học 2025-2026", "Tổng số lớp 20 21 22",
                  "Bảng số liệu theo mẫu của trường THCS", "Quyết định số 15/QĐ-THCS ngày 10/01/2026",
                  "3. Danh mục minh chứng", "4. Các phụ lục khác (nếu có)"):
        assert words in appendix, words
    last = flat(pages[-1])
    assert "HIỆU TRƯỞNG" in last and "(Ký tên, đóng dấu)" in last and "Nguyễn Văn Minh" in last
    assert "Hòa Bình, ngày 20 tháng 5 năm 2026" in last


def test_a_level_not_met_leaves_the_one_above_unjudged(school_path, tmp_path):
    from kehoach_desktop.domain.self_assessment import set_finding, verdict
    file = SchoolFile.open(school_path)
    ctx = assessment_context(file)
    set_finding(ctx.assessment, "4.3", 1, met=False)
    ctx.verdict = verdict(ctx.assessment, ctx.framework)
    text = flat(" ".join(pages_text(assessment_print(file, ctx).write(tmp_path / "bao-cao.pdf"))))
    section = text[text.index("Tiêu chí 4.3. Phối hợp", text.index(PARTS["II"], 2000)):]
    assert "Mức 2 — Không đánh giá" in section
    assert "Tự đánh giá: Tiêu chí không đạt Mức 1." in section
    # 4.3 is not mandatory, and 5 of the 7 others still reach Mức 2: the school stays at Mức 2 only if the
    # rest reach Mức 1, which 4.3 no longer does
    assert "tự đánh giá đạt: Mức 1." in text and "tiêu chí chưa đạt tối thiểu Mức 1: 4.3" in text


def test_the_build_reports_progress_and_stops_when_asked(school_path):
    file = SchoolFile.open(school_path)
    rendered = assessment_print(file, assessment_context(file))
    steps: list[Step] = []
    data = rendered.to_bytes(progress=steps.append)
    assert data.startswith(b"%PDF") and steps and steps[-1].fraction <= 1.0

    def stop(step: Step) -> None:
        if step.count >= 3:
            raise BuildCancelled()
    with pytest.raises(BuildCancelled):
        rendered.to_bytes(progress=stop)
