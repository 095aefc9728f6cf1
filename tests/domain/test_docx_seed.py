"""The real Đồng Minh plan (shared/seeds, flattened to text) put back into a Word table reads as its 9 rows."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from docx import Document

from kehoach_desktop.catalogs import installed_catalogs
from kehoach_desktop.domain.docx_import import import_plan_docx
from kehoach_desktop.domain.values import Month

SEED = Path(__file__).resolve().parents[2].parent / "shared" / "seeds" / "plan-thcs-dong-minh-2023.txt"
needs_seed = pytest.mark.skipif(not SEED.exists(), reason="shared/seeds is not beside the checkout")


def seed_as_docx(path: Path) -> Path:
    """Paragraphs stay paragraphs; the tab-separated lines become one 9-column table, as in the original."""
    doc = Document()
    table = None
    for raw in SEED.read_text(encoding="utf-8").splitlines():
        if "\t" in raw:
            cells = [re.sub(r"</?b>", "", c).strip() for c in raw.split("\t")][:9]
            if table is None:
                table = doc.add_table(rows=0, cols=9)
            row = table.add_row()
            for cell, text in zip(row.cells, cells + [""] * (9 - len(cells))):
                cell.text = text
            continue
        text = re.sub(r"^#+\s*|\*\*", "", raw).strip()
        if text or table is None:
            doc.add_paragraph(text)
    doc.save(path)
    return path


@needs_seed
def test_the_seed_plan_reads_as_nine_rows_with_its_budgets_and_months(tmp_path):
    result = import_plan_docx(seed_as_docx(tmp_path / "dong-minh.docx"), installed_catalogs())
    plan = result.plan
    # The flattened letterhead is lost; the school is named in a sentence of section II.
    assert (result.school.name, plan.framework_id) == ("Trường THCS Đồng Minh", "tt18")
    assert (plan.school_year, plan.number, plan.title) == ("2023-2024", "68/KH-THCS", "Cải tiến chất lượng giáo dục")
    assert [r.criterion_code for r in plan.rows] == ["1.9", "2.2", "2.3", "2.4", "3.1", "3.4", "5.4", "5.5", "5.6"]
    assert all(r.target_level == 3 for r in plan.rows)
    assert [r.budget.amount for r in plan.rows] == [0, None, None, 2_000_000, 500_000_000, 100_000_000,
                                                    5_000_000, 5_000_000, 0]
    broken = plan.rows[3]                                    # "Tháng 9/2023 đến tháng" + "5/2024" on the next row
    assert (broken.timeframe.start, broken.timeframe.end) == (Month(2023, 9), Month(2024, 5))
    assert broken.tasks.endswith("Chăm lo cho học sinh nghèo vượt khó vươn lên trong học tập.")
    assert plan.rows[6].tasks.endswith("hướng nghiệp cho HS.")
    assert len(plan.purposes) == 3 and len(plan.bases) == 4
    assert len(plan.organization.working_groups) == 3 and len(plan.organization.monitoring_team) == 3
    assert plan.recipients[-1] == "- Lưu VT."
    text = "\n".join(map(str, result.warnings))
    assert text.count("phần tiếp theo của hàng trên") == 2


def test_without_a_school_name_the_circular_the_plan_cites_chooses_the_framework(tmp_path):
    doc = Document()
    for text in ("KẾ HOẠCH", "Cải tiến chất lượng giáo dục năm học 2024-2025", "I. CĂN CỨ",
                 "Căn cứ Thông tư số 19/2018/TT-BGDĐT ngày 22/8/2018 của Bộ Giáo dục và Đào tạo;"):
        doc.add_paragraph(text)
    table = doc.add_table(rows=2, cols=4)
    for cell, text in zip(table.rows[0].cells, ("TT", "Tiêu chí", "Kết quả cần đạt", "Công việc/giải pháp")):
        cell.text = text
    for cell, text in zip(table.rows[1].cells, ("1", "Tiêu chí 2.3", "Đạt mức 2", "Bồi dưỡng nhân viên.")):
        cell.text = text
    doc.save(tmp_path / "mn.docx")
    result = import_plan_docx(tmp_path / "mn.docx", installed_catalogs())
    assert result.plan.framework_id == "tt19"
    assert "theo thông tư văn bản dẫn (Thông tư 19/2018)" in "\n".join(map(str, result.warnings))


def test_a_criterion_named_only_by_its_title_is_matched_and_flagged(tmp_path):
    doc = Document()
    for text in ("TRƯỜNG THCS AN HÒA", "KẾ HOẠCH", "Cải tiến chất lượng giáo dục năm học 2024-2025"):
        doc.add_paragraph(text)
    table = doc.add_table(rows=4, cols=4)
    rows = (("TT", "Tiêu chuẩn, tiêu chí", "Kết quả cần đạt", "Công việc/giải pháp"),
            ("", "Tiêu chuẩn 3: Cơ sở vật chất và thiết bị dạy học", "", ""),
            ("1", "Tiêu chí: Khuôn viên, sân chơi, bãi tập", "Đạt mức 3", "Trồng cây xanh."),
            ("2", "Tiêu chí: Sân trường", "Đạt mức 3", "Lát sân."))
    for row, texts in zip(table.rows, rows):
        for cell, text in zip(row.cells, texts):
            cell.text = text
    doc.save(tmp_path / "ten.docx")
    result = import_plan_docx(tmp_path / "ten.docx", installed_catalogs())
    assert [r.criterion_code for r in result.plan.rows] == ["3.1", ""]
    text = "\n".join(map(str, result.warnings))
    assert "giống tên tiêu chí 3.1 «Khuôn viên, khu sân chơi, bãi tập»; hãy kiểm tra" in text
    assert "không đọc được tiêu chí «Tiêu chí: Sân trường»" in text          # too far from any title: not guessed
