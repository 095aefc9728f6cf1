"""A principal hands a colleague the plan as Word, and later reads that Word file back in."""
from __future__ import annotations

from dataclasses import replace

import pytest
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn

from kehoach_desktop.catalogs import installed_catalogs
from kehoach_desktop.domain.docx_import import import_plan_docx
from kehoach_desktop.domain.parse import parse_budget, parse_timeframe
from kehoach_desktop.domain.fields import plan_fields
from kehoach_desktop.domain.list_items import basis_lines
from kehoach_desktop.domain.plan import MonitoringMember, PlanRow, WorkingGroup
from kehoach_desktop.domain.serialize import plan_from_dict, school_from_dict
from kehoach_desktop.reports.docx_plan import write_plan_docx
from kehoach_desktop.store.demo import demo_data

HEADER_FIELDS = ("school_year", "framework_id", "number", "place", "governing_body", "issued_on", "title", "purposes", "bases",
                 "organization", "recipients", "signer_title", "signer_name", "general_info",
                 "priority_problems", "monitoring", "reporting")
ROW_TEXT = ("criterion_code", "current_level", "target_level", "expected_result", "tasks", "lead", "support",
            "notes", "content", "indicators", "expected_evidence")


@pytest.fixture(scope="module")
def catalogs():
    return installed_catalogs()


def demo(index: int):
    data = demo_data()
    return school_from_dict(data["school"]), plan_from_dict(data["plans"][index])


def round_trip(plan, school, catalogs, tmp_path):
    path = tmp_path / "ke-hoach.docx"
    write_plan_docx(plan, school, catalogs[plan.framework_id], path)
    return import_plan_docx(path, catalogs, framework_id=plan.framework_id, school_level=school.level), path


def assert_same_plan(original, back, form: str) -> None:
    for name in HEADER_FIELDS:
        if name == "bases":     # printed (either copy) with Nghị định 30's endings: read back as printed
            assert basis_lines(back.bases) == basis_lines(original.bases)
            continue
        assert getattr(back, name) == getattr(original, name), name
    assert len(back.rows) == len(original.rows)
    for number, (a, b) in enumerate(zip(original.rows, back.rows), 1):
        for name in ROW_TEXT:
            assert getattr(b, name) == getattr(a, name), (number, name)
        assert (b.timeframe.start, b.timeframe.end, b.timeframe.display()) == \
            (a.timeframe.start, a.timeframe.end, a.timeframe.display()), number
        assert (b.budget.amount, b.budget.display()) == (a.budget.amount, a.budget.display()), number
        if "status" in plan_fields().names(form):
            # the signed plan (PDF and Word alike) leaves "Mức độ thực hiện" empty: progress stays in the file
            assert (b.status, b.percent) == ("not_started", 0), number


@pytest.mark.parametrize("index", [0, 1], ids=["tt18-9-cot", "tt57-bieu-2"])
def test_the_demo_plan_exported_to_word_and_read_back_is_the_same_plan(index, catalogs, tmp_path):
    school, plan = demo(index)
    result, _ = round_trip(plan, school, catalogs, tmp_path)
    assert_same_plan(plan, result.plan, catalogs[plan.framework_id].plan_form)
    # the letterhead's governing body is the plan's own (2024-2025: the district's, 2026-2027: the commune's)
    assert (result.school.name, result.school.governing_body) == (school.name, plan.governing_body)
    assert result.warnings == []


def test_levels_the_result_column_does_not_state_survive_the_round_trip(catalogs, tmp_path):
    school, plan = demo(0)
    plan.rows = [
        replace(plan.rows[0], expected_result="Đạt mức 3 so với hiện tại", current_level=2, target_level=3),
        replace(plan.rows[1], expected_result="", current_level=None, target_level=4),
        replace(plan.rows[2], expected_result="Giữ vững kết quả", current_level=3, target_level=None),
        replace(plan.rows[3], expected_result="Đạt mức 2", current_level=None, target_level=3),
        replace(plan.rows[4], tasks="Dòng một của giải pháp.\nDòng hai của giải pháp.", notes="Ghi chú\nhai dòng"),
        PlanRow(criterion_code="5.1", target_level=2, tasks="Việc chưa có thời gian, kinh phí."),
    ]
    plan.signer_title = "KT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG"
    plan.organization.working_groups = [WorkingGroup("Nhóm công tác 1", [2, 3], "Phụ trách tiêu chuẩn 1.",
                                                     ["Ông A - GV, nhóm trưởng", "Bà B - NV"])]
    plan.organization.monitoring_team = [MonitoringMember("Bà C", "Tổ trưởng tổ Ngoại ngữ - Nghệ thuật", "")]
    result, _ = round_trip(plan, school, catalogs, tmp_path)
    assert_same_plan(plan, result.plan, "tt18-9col")


def test_a_2026_row_keeps_its_criterion_and_levels_and_prints_no_progress(catalogs, tmp_path):
    school, plan = demo(1)
    plan.rows = [
        replace(plan.rows[0], current_level=1, target_level=2, status="done", percent=100),
        replace(plan.rows[1], status="in_progress", percent=55),
        replace(plan.rows[2], status="paused", percent=20, criterion_code=""),
        PlanRow(content="Nội dung mới", tasks="Việc", timeframe=parse_timeframe("Cả năm học", school_year="2026-2027"),
                budget=parse_budget("2.500.000 đ")),
    ]
    result, _ = round_trip(plan, school, catalogs, tmp_path)
    assert_same_plan(plan, result.plan, "tt57-bieu2")


def test_the_word_file_has_the_printed_layout(catalogs, tmp_path):
    school, plan = demo(0)
    _, path = round_trip(plan, school, catalogs, tmp_path)
    doc = Document(path)
    portrait, landscape, back = doc.sections
    def mm(*lengths):
        return tuple(round(x.mm) for x in lengths)
    assert portrait.orientation == WD_ORIENT.PORTRAIT and mm(portrait.page_width, portrait.page_height) == (210, 297)
    assert mm(portrait.left_margin, portrait.right_margin, portrait.top_margin) == (30, 15, 20)
    assert landscape.orientation == WD_ORIENT.LANDSCAPE and mm(landscape.page_width, landscape.left_margin) == (297, 30)
    assert back.orientation == WD_ORIENT.PORTRAIT
    assert portrait.different_first_page_header_footer                       # no page number on page 1
    assert not landscape.different_first_page_header_footer and not back.different_first_page_header_footer
    assert landscape.header.is_linked_to_previous                            # the same centred number
    assert doc.styles["Normal"].font.name == "Times New Roman"
    letterhead, table, signature = doc.tables
    left, right = (c.text for c in letterhead.rows[0].cells)
    assert "Trường THCS Hòa Bình" in left and "Số: 45/KH-THCSHB" in left
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in right and "Hòa Bình, ngày 06 tháng 9 năm 2024" in right
    school_run = letterhead.rows[0].cells[0].paragraphs[1].runs[0]
    assert school_run.bold and school_run.font.all_caps                       # capitals shown, text kept
    header = table.rows[0]
    assert header._tr.trPr.find(qn("w:tblHeader")) is not None                # repeated on every page
    assert [c.text for c in header.cells][:4] == ["TT", "Tiêu chuẩn, tiêu chí", "Kết quả cần đạt (so với hiện trạng)",
                                                   "Công việc/giải pháp cần thực hiện"]
    assert table.rows[1].cells[1].text == "Tiêu chuẩn 1: Tổ chức và quản lý nhà trường"
    assert len({id(c._tc) for c in table.rows[1].cells}) == 2                 # TT + one merged cell
    words = " ".join(c.text for r in table.rows for c in r.cells)
    for row in plan.rows:
        assert row.tasks in words and row.lead in words and row.timeframe.text in words
    left, right = signature.rows[0].cells
    assert left.paragraphs[0].runs[0].bold and left.paragraphs[0].runs[0].italic and left.text.startswith("Nơi nhận:")
    assert right.paragraphs[0].text == "HIỆU TRƯỞNG" and right.paragraphs[-1].text == "Nguyễn Văn Minh"


def test_the_2026_form_has_its_eight_sections_and_ten_columns(catalogs, tmp_path):
    school, plan = demo(1)
    _, path = round_trip(plan, school, catalogs, tmp_path)
    doc = Document(path)
    headings = [p.text for p in doc.paragraphs if p.text[:2] in ("I.", "II", "IV", "V.", "VI", "VI")]
    assert [h.split(".")[0] for h in headings] == ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]
    problems, rows, reviews = doc.tables[1:4]
    assert len(rows.columns) == 10 and rows.rows[0].cells[9].text == "Mức độ thực hiện"
    assert rows.rows[1].cells[1].text.endswith("(Tiêu chí 1.3; Mức 2)")
    assert len(problems.rows) == len(plan.priority_problems) + 1


def test_property_elements_are_in_the_order_word_requires(catalogs, tmp_path):
    """Word calls a file with out-of-order properties unreadable; LibreOffice forgives, so test it here."""
    from kehoach_desktop.reports.docx_style import _PPR_ORDER, _TBLPR_ORDER
    school, plan = demo(1)
    _, path = round_trip(plan, school, catalogs, tmp_path)
    body = Document(path).element.body
    for tag, order in ((qn("w:pPr"), _PPR_ORDER), (qn("w:tblPr"), _TBLPR_ORDER)):
        for props in body.iter(tag):
            seen = ["w:" + child.tag.split("}")[1] for child in props]
            assert seen == sorted(seen, key=order.index), seen
