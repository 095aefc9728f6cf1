"""The papers printed beside the report: the evidence list on its own and the council's list and task table."""
from __future__ import annotations

import re

import pytest

from kehoach_desktop.domain.council import CouncilMember
from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.evidence_register import code_sort_key
from kehoach_desktop.usecases.assessment_context import assessment_context
from kehoach_desktop.usecases.assessment_documents import council_print, evidence_print
from kehoach_desktop.usecases.school_file import SchoolFile
from tests.reports.pdftext import pages_text
from tests.reports.test_assessment_paper import factory_school, flat, layout_pages


@pytest.fixture(scope="module")
def school_path(tmp_path_factory):
    return factory_school(tmp_path_factory.mktemp("lists"))


@pytest.fixture
def ctx(school_path):
    return assessment_context(SchoolFile.open(school_path))


def test_the_evidence_list_holds_each_item_once_sorted_by_code_under_its_standard(school_path, ctx, tmp_path):
    out = evidence_print(SchoolFile.open(school_path), ctx).write(tmp_path / "danh-muc.pdf")
    text = flat(" ".join(pages_text(out)))
    assert text.index("UBND XÃ HÒA BÌNH") < text.index("DANH MỤC MINH CHỨNG") < text.index("năm học 2025 - 2026")
    for title in ("TT", "Mã minh chứng", "Tên minh chứng", "Định dạng, vị trí lưu trữ hoặc đường dẫn điện tử",
                  "Ghi chú"):
        assert title in text
    codes = re.findall(r"MC\.\d+\.\d+\.\d+", text)
    assert len(codes) == len(set(codes)) == 150
    assert codes == sorted(codes, key=code_sort_key)
    numbers = re.findall(r"(?:^| )(\d{1,3}) MC\.", text)
    assert [int(n) for n in numbers] == list(range(1, 151))
    standards = [text.index(f"Tiêu chuẩn {no}: ") for no in range(1, 5)]
    assert standards == sorted(standards) and text.index("Tiêu chuẩn 2: ") < text.index("MC.2.1.01")
    # the item's document under its name, and where else it serves
    assert "Kế hoạch năm học (tiêu chí 1.1, mục 1) Số 10/KH-THCS ngày 05/09/2025 của Hiệu trưởng" in text
    assert "Dùng chung cho tiêu chí 1.2" in text
    last = flat(layout_pages(out)[-1])
    assert "HIỆU TRƯỞNG" in last and "Nguyễn Văn Minh" in last and "MC.4.3.10" in last   # signed under its last rows


def test_the_council_papers_have_the_member_list_and_the_task_table_signed_for_the_council(school_path, ctx, tmp_path):
    rendered = council_print(SchoolFile.open(school_path), ctx)
    assert rendered.kind == "council"
    text = flat(" ".join(pages_text(rendered.write(tmp_path / "hoi-dong.pdf"))))
    members = text.index("DANH SÁCH HỘI ĐỒNG TỰ ĐÁNH GIÁ")
    tasks = text.index("BẢNG PHÂN CÔNG NHIỆM VỤ")
    assert members < tasks
    assert "(Kèm theo Quyết định số 15/QĐ-THCS ngày 10/01/2026 của Hiệu trưởng Trường THCS Hòa Bình)" in text
    for title in ("Họ và tên", "Chức vụ", "Vai trò"):
        assert title in text[members:tasks]
    for title in ("Nhóm công tác", "Tiêu chí phụ trách", "Nhiệm vụ cụ thể"):
        assert title in text[tasks:]
    for member in ctx.assessment.council.members:
        assert member.name in text[members:tasks] and member.name in text[tasks:]
        assert ", ".join(member.criteria) in text[tasks:]
    closing = text[text.index("THƯ KÝ HỘI ĐỒNG"):]
    assert "TM. HỘI ĐỒNG TỰ ĐÁNH GIÁ CHỦ TỊCH" in closing
    assert closing.index("Lê Văn Hùng") > closing.index("THƯ KÝ") and "Nguyễn Văn Minh" in closing


def test_a_council_of_four_is_refused_before_anything_is_printed(school_path, ctx):
    ctx.assessment.council.members = ctx.assessment.council.members[:4]
    with pytest.raises(InputError) as refused:
        council_print(SchoolFile.open(school_path), ctx)
    assert "4 thành viên" in refused.value.message and "ít nhất 05" in refused.value.message
    assert "cannot be printed" in refused.value.in_language("en")


def test_a_council_without_a_secretary_is_refused_and_one_of_five_prints(school_path, ctx, tmp_path):
    members = ctx.assessment.council.members
    ctx.assessment.council.members = [m for m in members if m.role != "Thư ký"][:4] + [
        CouncilMember("Ngô Văn Bình", "Giáo viên", "Ủy viên")]
    with pytest.raises(InputError, match="Thư ký"):
        council_print(SchoolFile.open(school_path), ctx)
    ctx.assessment.council.members = members[:5]
    data = council_print(SchoolFile.open(school_path), ctx).to_bytes()
    assert data.startswith(b"%PDF")
