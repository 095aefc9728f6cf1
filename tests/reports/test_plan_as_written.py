"""Last year's Word plan comes back whole (#15 item 2): a plan of each form written as the seeds are,
imported, then printed, has every word of the document once, in order, cell by cell — the "MỨC"
rows, numbered sections and items, "Tổ chức thực hiện" — on paper and in the Word copy alike."""
from __future__ import annotations

import re

import pytest
from docx import Document

from kehoach_desktop.catalogs import installed_catalogs
from kehoach_desktop.domain.docx_import import import_plan_docx
from kehoach_desktop.domain.field_text import printed_columns
from kehoach_desktop.domain.list_items import basis_lines
from kehoach_desktop.domain.plan_sections import item_prefix
from kehoach_desktop.reports.docx_plan import write_plan_docx
from kehoach_desktop.reports.plan import print_plan
from tests.fixtures.docx.seed_like import dong_minh_as_filed_2018, thanh_an_bieu2_2026
from tests.reports.pdftext import pages_text
from tests.reports.words_in_order import count, docx_units, missing_in_order, pdf_words, repeated, words

SEED_LIKE = {"tt18-9col": dong_minh_as_filed_2018, "tt57-bieu2": thanh_an_bieu2_2026}


@pytest.fixture(scope="module", params=list(SEED_LIKE))
def printed(request, tmp_path_factory):
    folder = tmp_path_factory.mktemp(request.param)
    source = SEED_LIKE[request.param](folder / "ke-hoach-nam-truoc.docx")
    catalogs = installed_catalogs()
    result = import_plan_docx(source, catalogs)
    fw = catalogs[result.plan.framework_id]
    assert fw.plan_form == request.param
    pdf, word = folder / "ke-hoach.pdf", folder / "ke-hoach.docx"
    print_plan(result.plan, result.school, fw, pdf)
    write_plan_docx(result.plan, result.school, fw, word)
    headers = [title for title, _ in printed_columns(fw.plan_form)]
    return source, result, pdf, word, pdf_words(pdf, headers)


def test_every_word_of_the_document_is_printed_once_in_order_cell_by_cell(printed):
    source, _, _, _, stream = printed
    letterhead, body, signature = docx_units(source)
    assert len(body) > 60
    assert missing_in_order(body, stream) == []
    assert repeated(body, stream) == []
    # the two-column blocks read row by row on paper: each line is there, whole
    assert [line for line in letterhead + signature if count(stream, line) == 0] == []


def test_the_word_copy_says_what_the_paper_says(printed):
    source, _, _, word, stream = printed
    letterhead, body, signature = docx_units(word)
    assert missing_in_order(body, stream) == []
    assert [line for line in letterhead + signature if count(stream, line) == 0] == []
    copy = [w for unit in body for w in words(unit)]
    assert missing_in_order(docx_units(source)[1], copy) == []


def test_the_2018_plan_keeps_its_levels_numbers_lists_and_parts(printed):
    source, result, pdf, word, _ = printed
    if result.form != "tt18-9col":
        pytest.skip("the 2018 seed")
    plan = result.plan
    assert plan.number == "68/KH-THCS" and "Số: 68/KH-THCS" in pages_text(pdf)[0]
    assert plan.section_headings == {"organization": "VI. TỔ CHỨC THỰC HIỆN"}      # not renumbered IV
    assert [r.rows_above for r in plan.rows][:4] == [
        "MỨC 1, 2, 3\nTiêu chuẩn 1: Tổ chức và quản lý nhà trường",
        "Tiêu chuẩn 2: Cán bộ quản lý, giáo viên, nhân viên và học sinh\nMức 3", "Mức 2",
        "Tiêu chuẩn 3: Cơ sở vật chất và thiết bị dạy học\nMức 3"]
    assert [r.target_level for r in plan.rows] == [3, 3, 2, 3, 3, 3]
    # the school's own wording of a criterion, beside the catalog's code
    assert (plan.rows[3].criterion_code, plan.rows[3].criterion_wording) == ("3.1", "Tiêu chí 3.1. Khuôn viên, sân chơi, bãi tập")
    table = " ".join(" ".join(p.split()) for p in pages_text(pdf)[1:3])
    assert table.index("MỨC 1, 2, 3") < table.index("Tiêu chuẩn 1:") < table.index("Tiêu chuẩn 2:") \
        < table.index("Mức 3") < table.index("Mức 2")
    assert "Khuôn viên, khu sân chơi" not in table                    # the catalog's title did not replace it
    # section II: numbered parts and their lines as written; italics and ";" only on the căn cứ
    printed_bases = basis_lines(plan.bases, item_prefix(plan))
    assert [(line.text[:22], line.italic) for line in printed_bases] == [
        ("1. Văn bản chỉ đạo của", False), ("- Thông tư số 18/2018/", True), ("- Công văn số 5932/BGD", True),
        ("2. Kết quả tự đánh giá", False), ("- Báo cáo tự đánh giá ", True), ("+ Điểm mạnh: đội ngũ g", False),
        ("+ Điểm yếu: còn thiếu ", False), ("3. Điều kiện thực tế c", False), ("Đa số cha mẹ học sinh ", False)]
    assert plan.items_as_written             # "Đa số …" had no mark: none is added to it
    assert [line.text[-1] for line in printed_bases if line.italic] == [";", ".", "."]
    text = "\n".join(pages_text(pdf))
    assert "- 1." not in text and "- +" not in text
    # Tổ chức thực hiện: the document's four parts, members on two lines, nothing added
    org = "\n".join(p.text for p in Document(str(word)).paragraphs)
    assert "Bà Đặng Thu Hà- PHT\nGiám sát nhóm công tác 2" in org
    assert "+ Tham gia giám sát kế hoạch" in org and "Thành viên Tổ giám sát:" not in org.replace("- Thành viên", "")
    assert "Trên đây là kế hoạch cải tiến chất lượng của trường THCS Đông Hải" in org


def test_the_2026_plan_keeps_its_unmarked_paragraphs_its_chi_tieu_and_its_own_parts(printed):
    source, result, pdf, word, _ = printed
    if result.form != "tt57-bieu2":
        pytest.skip("the 2026 plan written as seed 003")
    plan = result.plan
    assert plan.items_as_written and plan.purposes[:2] == [
        "1. Mục đích", "Nâng cao nhận thức, vai trò của tập thể, cá nhân trong việc nâng cao chất lượng hoạt động "
                      "dạy và học."]
    assert [(t.name, t.comparison, t.value, t.unit) for t in plan.targets] == [
        ("Tỉ lệ học sinh bỏ học", "<=", 1, "%"), ("Tỉ lệ học sinh được công nhận tốt nghiệp THCS", ">=", 99, "%")]
    assert [(p.heading, p.kind) for p in plan.organization.parts] == [
        ("1. Đối với Hiệu trưởng, Phó hiệu trưởng:", "chair"), ("2. Kế toán – Văn thư – Công nghệ thông tin (CNTT)", ""),
        ("3. Đối với Tổ trưởng chuyên môn.", ""), ("4. Đối với giáo viên.", "staff")]
    assert plan.organization.staff_duties == ["Tích cực tham gia tổ chức hội thảo chuyên đề, dự giờ, sinh hoạt chuyên môn."]
    text = "\n".join(pages_text(pdf))
    assert re.search(r"^\s*Nâng cao nhận thức", text, re.MULTILINE) and "- Nâng cao" not in text   # no mark added
    assert "Cán bộ, giáo viên, nhân viên" not in text                   # no part of the form's invented
    assert plan.rows[0].rows_above == "Mức 2" and [r.target_level for r in plan.rows] == [2, 2]
