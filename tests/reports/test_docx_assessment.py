"""A principal exports the year's self-assessment report (Biểu 1) to Word, to edit its wording and print it."""
from __future__ import annotations

import zipfile
from dataclasses import replace

import pytest
from docx import Document
from docx.oxml.ns import qn

from kehoach_desktop.domain.evidence_register import code_sort_key
from kehoach_desktop.domain.self_assessment import set_finding
from kehoach_desktop.usecases.assessment_context import assessment_context
from kehoach_desktop.usecases.assessment_word import assessment_word
from kehoach_desktop.usecases.school_file import SchoolFile
from tests.assessment.factory import make_assessment

PARTS = ["Phần I. TỔNG QUAN", "Phần II. TỰ ĐÁNH GIÁ", "Phần III. KẾT LUẬN", "Phần IV. PHỤ LỤC"]
COUNCIL = "Danh sách và chữ ký Hội đồng tự đánh giá"


@pytest.fixture(scope="module")
def school_file(tmp_path_factory):
    return make_assessment(tmp_path_factory.mktemp("assessment") / "truong.db")


def context(path):
    file = SchoolFile.open(path)
    return file, assessment_context(file)


def export(path, out, change=None):
    """The report as the window's «Xuất Word» writes it; ``change`` edits the context first (not the file)."""
    file, ctx = context(path)
    if change:
        change(ctx)
    rendered = assessment_word(file, ctx)
    assert (rendered.kind, rendered.suffix) == ("word", ".docx")
    rendered.write(out)
    with zipfile.ZipFile(out) as archive:
        assert archive.testzip() is None
    return Document(out)


def headings(doc, level: int) -> list[str]:
    return [p.text for p in doc.paragraphs if p.style.name == f"Heading {level}"]


def body_text(doc) -> str:
    cells = [c.text for t in doc.tables for r in t.rows for c in r.cells]
    return "\n".join([p.text for p in doc.paragraphs] + cells)


def evidence_table(doc):
    return next(t for t in doc.tables if t.rows[0].cells[1].text == "Mã minh chứng")


def evidence_rows(doc):
    """The list's item rows (not its «Tiêu chuẩn N: …» rows)."""
    return [r for r in evidence_table(doc).rows[1:] if r.cells[0].text.isdigit()]


def test_the_report_has_its_parts_criteria_and_contents_in_the_forms_order(school_file, tmp_path):
    doc = export(school_file, tmp_path / "bao-cao.docx")
    assert headings(doc, 1) == [COUNCIL, *PARTS]
    council_title = next(p for p in doc.paragraphs if p.text == COUNCIL)
    assert all(run.font.all_caps for run in council_title.runs)              # printed in capitals
    assert headings(doc, 2)[-4:] == ["1. Cơ sở dữ liệu (theo biểu mẫu đính kèm)", "2. Các văn bản liên quan",
                                     "3. Danh mục minh chứng", "4. Các phụ lục khác (nếu có)"]
    assert [h for h in headings(doc, 2) if h.startswith("Tiêu chuẩn")][0] == \
        "Tiêu chuẩn 1. Quản trị nhà trường và bảo đảm chất lượng"
    criteria = headings(doc, 3)
    assert len(criteria) == 15 and criteria[0].startswith("Tiêu chí 1.1. ") and criteria[-1].startswith("Tiêu chí 4.3.")
    text = body_text(doc)
    assert text.count("Đánh giá chung về Tiêu chuẩn") == 4 and "1. Điểm mạnh nổi bật:" in text
    for words in ("BÁO CÁO TỰ ĐÁNH GIÁ", "Năm học 2025 - 2026", "MỤC LỤC",
                  "Mô tả hiện trạng:", "Tự đánh giá: Tiêu chí đạt Mức 2.", "b) Thuận lợi", "Bảng tổng hợp chung",
                  "HIỆU TRƯỞNG", "(Ký tên, đóng dấu)", "Hiệu trưởng chịu trách nhiệm về tính trung thực"):
        assert words in text, words
    # 3.3 and 3.5 stop at Mức 1; the form's Mức 1 and Mức 2 requirements stand under each criterion
    assert text.count("Tự đánh giá: Tiêu chí đạt Mức 1.") == 2
    assert "Mức 1: Nhà trường xác định mục tiêu, định hướng phát triển" in text
    council = next(t for t in doc.tables if t.rows[0].cells[-1].text == "Chữ ký")
    assert [c.text for c in council.rows[0].cells] == ["TT", "Họ và tên", "Chức vụ", "Vai trò", "Chữ ký"]
    assert len(council.rows) == 8 and council.rows[1].cells[1].text == "Nguyễn Văn Minh"
    assert "(Kèm theo Quyết định số 15/QĐ-THCS ngày 10/01/2026 của Hiệu trưởng Trường THCS Hòa Bình)" in text
    assert "- Quyết định số 15/QĐ-THCS ngày 10/01/2026 của Hiệu trưởng Trường THCS Hòa Bình về việc thành lập " \
           "Hội đồng tự đánh giá." in text


def test_the_contents_are_a_word_field_that_word_fills_on_opening(school_file, tmp_path):
    doc = export(school_file, tmp_path / "bao-cao.docx")
    body = doc.element.body
    instructions = [i.text for i in body.iter(qn("w:instrText"))]
    assert any('TOC \\o "1-3" \\h \\z \\u' in i for i in instructions)
    marks = [c.get(qn("w:fldCharType")) for c in body.iter(qn("w:fldChar"))]
    assert marks[:3] == ["begin", "separate", "end"]
    assert doc.settings.element.find(qn("w:updateFields")).get(qn("w:val")) == "true"
    entries = [p.text for p in doc.paragraphs if p.style.name.startswith("toc ")]
    assert "F9" in entries[0]                               # what to press while the numbers are blank
    assert entries[1] == COUNCIL + "\t" and entries[2] == PARTS[0] + "\t"
    assert any(e.startswith("Tiêu chí 4.3.") for e in entries)
    # the contents come before Phần I
    texts = [p.text for p in doc.paragraphs]
    assert texts.index(entries[1]) < texts.index(PARTS[0])


def test_the_evidence_list_has_every_item_once_by_code_and_each_citation_links_to_its_row(school_file, tmp_path):
    doc = export(school_file, tmp_path / "bao-cao.docx")
    table = evidence_table(doc)
    assert [c.text for c in table.rows[0].cells] == ["TT", "Mã minh chứng", "Tên minh chứng",
                                                     "Định dạng, vị trí lưu trữ hoặc đường dẫn điện tử", "Ghi chú"]
    assert table.rows[1].cells[0].text == "Tiêu chuẩn 1: Quản trị nhà trường và bảo đảm chất lượng"
    rows = evidence_rows(doc)
    codes = [r.cells[1].text for r in rows]
    assert len(codes) == 150 and codes == sorted(codes, key=code_sort_key) and len(set(codes)) == 150
    assert [r.cells[0].text for r in rows] == [str(n) for n in range(1, 151)]
    assert rows[0].cells[2].text.endswith("Số 10/KH-THCS ngày 05/09/2025 của Hiệu trưởng")
    assert rows[0].cells[4].text == "Dùng chung cho tiêu chí 1.2"         # one code, cited in two criteria
    body = doc.element.body
    bookmarks = {b.get(qn("w:name")) for b in body.iter(qn("w:bookmarkStart"))}
    links = [(link.get(qn("w:anchor")), "".join(t.text for t in link.iter(qn("w:t"))))
             for link in body.iter(qn("w:hyperlink")) if link.get(qn("w:anchor"))]
    assert ("MC_1_1_01", "MC.1.1.01") in links
    assert all(anchor in bookmarks for anchor, _ in links)
    # 1.2 cites 1.1's item under its one code: both places link to the same row
    assert sum(1 for anchor, _ in links if anchor == "MC_1_1_01") >= 2
    ids = [b.get(qn("w:id")) for b in body.iter(qn("w:bookmarkStart"))]
    assert len(ids) == len(set(ids)) == 150


def test_the_level_comes_from_the_verdict_with_why_and_both_summary_tables(school_file, tmp_path):
    doc = export(school_file, tmp_path / "bao-cao.docx")
    text = body_text(doc)
    assert "Căn cứ khoản 3 Điều 5 Thông tư 57/2026/TT-BGDĐT, Trường THCS Hòa Bình tự đánh giá đạt: Mức 2." in text
    assert "- Đạt Mức 2: tất cả tiêu chí bắt buộc đạt Mức 2" in text
    summary = next(t for t in doc.tables if t.rows[0].cells[0].text == "Tổng số tiêu chí")
    assert [c.text for c in summary.rows[1].cells[1:]] == ["SL", "%"] * 3
    assert [c.text for c in summary.rows[2].cells] == ["15", "0", "0,0", "2", "13,3", "13", "86,7"]
    criteria = next(t for t in doc.tables if t.rows[0].cells[0].text == "Tiêu chuẩn, tiêu chí")
    assert [c.text for c in criteria.rows[1].cells[2:4]] == ["Mức 1", "Mức 2"]
    assert [c.text for c in criteria.rows[-1].cells] == ["Cộng chung", "0", "2", "13", "15"]
    row_33 = next(r for r in criteria.rows if r.cells[0].text.startswith("Tiêu chí 3.3"))
    assert [c.text for c in row_33.cells[1:]] == ["", "x", "", ""]


def test_a_folder_or_web_address_in_the_register_is_a_link_the_principal_can_click(school_file, tmp_path):
    def locations(ctx):
        ctx.items[0] = replace(ctx.items[0], location=r"D:\MinhChung\TC1")
        ctx.items[1] = replace(ctx.items[1], location="Thư mục chung https://drive.example.vn/mc/1.1 (bản quét)")
        ctx.items[2] = replace(ctx.items[2], location=r"Bản điện tử: \\MAYCHU\Minh chung\TC1; bản giấy tủ 1")

    doc = export(school_file, tmp_path / "bao-cao.docx", locations)
    targets = {r.target_ref for r in doc.part.rels.values() if r.is_external}
    assert {"file:///D:/MinhChung/TC1", "https://drive.example.vn/mc/1.1", "file://MAYCHU/Minh%20chung/TC1"} <= targets
    assert evidence_rows(doc)[1].cells[3].text == "Thư mục chung https://drive.example.vn/mc/1.1 (bản quét)"


def test_a_long_statement_and_control_characters_do_not_break_the_file(school_file, tmp_path):
    hostile = "Có\x00 ký\x07 tự\x1b[31m điều khiển\x0b\x0c và\ufffe (MC.1.1.01).\r\nDòng hai\u202e đảo chiều."

    def spoil(ctx):
        a = ctx.assessment
        sentence = "Nhà trường tổ chức hoạt động theo kế hoạch (MC.1.1.01, MC.1.1.02).\n"
        long = (sentence * (20_000 // len(sentence) + 1))[:20_000]
        set_finding(a, "1.1", 1, long, True, ctx.framework)
        set_finding(a, "2.1", 1, hostile, True, ctx.framework)
        a.standards[1] = replace(a.standard(1), strengths=hostile)
        a.texts["context"] = hostile
        a.data["classes"] = ("2\x000", "21", "22\x07")
        a.council.members[0] = replace(a.council.members[0], name="Nguyễn\x1b Văn Minh")
        ctx.items[0] = replace(ctx.items[0], name="Kế hoạch\x00 năm học", location="D:\\Minh\x07Chung", note="\x0c")
        ctx.school.name = "Trường THCS\x1b[2J Hòa Bình"

    doc = export(school_file, tmp_path / "bao-cao.docx", spoil)
    text = body_text(doc)
    assert "Có ký tự điều khiển và (MC.1.1.01)." in text and "Dòng hai đảo chiều." in text
    assert "\x00" not in text and "\x1b" not in text and "\ufffe" not in text
    assert "Nguyễn Văn Minh" in text and "TRƯỜNG THCS" not in text      # capitals are a font effect
    long_cell = next(r.cells[1] for t in doc.tables for r in t.rows[1:2]
                     if r.cells[0].text == "Mức 1" and "(MC.1.1.01, MC.1.1.02)" in r.cells[1].text)
    assert sum(len(p.text) for p in long_cell.paragraphs) > 19_000
    assert headings(doc, 1) == [COUNCIL, *PARTS]


def test_an_unjudged_criterion_and_an_empty_register_leave_blanks_to_fill(school_file, tmp_path):
    def unfinished(ctx):
        set_finding(ctx.assessment, "4.3", 1, "", None, ctx.framework)
        set_finding(ctx.assessment, "4.2", 1, met=False, framework=ctx.framework)
        ctx.items.clear()
        ctx.assessment.approved_on = None

    doc = export(school_file, tmp_path / "bao-cao.docx", unfinished)
    text = body_text(doc)
    assert "Tự đánh giá: Tiêu chí chưa được đánh giá." in text
    assert "Tự đánh giá: Tiêu chí không đạt Mức 1." in text
    states = [t for t in doc.tables if t.rows[0].cells[0].text == "Mức"]
    assert [[c.text for c in r.cells] for r in states[-2].rows[1:]] == [       # 4.2: Mức 2 only after Mức 1
        ["Mức 1", states[-2].rows[1].cells[1].text, "Không đạt"], ["Mức 2", "—", "Không đánh giá"]]
    assert [[c.text for c in r.cells] for r in states[-1].rows[1:]][0] == ["Mức 1", "……", "Chưa đánh giá"]
    assert "Danh mục chưa có minh chứng nào." in text
    assert not [link for link in doc.element.body.iter(qn("w:hyperlink")) if link.get(qn("w:anchor"))]
    assert "Hòa Bình, tháng …… năm 2026" in text and "Hòa Bình, ngày …… tháng …… năm ……" in text


def test_the_cover_names_the_governing_body_of_the_reports_date_never_a_former_district(school_file, tmp_path):
    def district(ctx):
        ctx.school.governing_body, ctx.school.commune, ctx.school.province = ("UBND HUYỆN VĨNH BẢO", "xã Vĩnh Hải",
                                                                              "thành phố Hải Phòng")

    doc = export(school_file, tmp_path / "bao-cao.docx", district)
    cover = [p.text for p in doc.paragraphs[:3]]
    assert cover[:2] == ["UBND xã Vĩnh Hải".upper(), "Trường THCS Hòa Bình"]
    assert all(run.font.all_caps for run in doc.paragraphs[1].runs)              # capitals as a font effect

    def unknown(ctx):
        ctx.school.governing_body = ctx.school.commune = ""

    doc = export(school_file, tmp_path / "bao-cao-2.docx", unknown)
    assert doc.paragraphs[0].text == "UBND XÃ/PHƯỜNG …"                         # a slot to fill in Word


def test_the_build_reports_its_progress_criterion_by_criterion(school_file):
    from kehoach_desktop.reports.build_progress import BuildCancelled
    file, ctx = context(school_file)
    steps = []
    assessment_word(file, ctx).to_bytes(progress=steps.append)
    assert [s.count for s in steps] == list(range(1, 16))
    assert all(a.fraction <= b.fraction < 1 for a, b in zip(steps, steps[1:]))

    def stop(step):
        if step.count == 3:
            raise BuildCancelled()
    with pytest.raises(BuildCancelled):
        assessment_word(file, ctx).to_bytes(progress=stop)
