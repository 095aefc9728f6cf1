"""Section "Tổ chức thực hiện" as schools write it: parts, groups with members, the monitoring team."""
from __future__ import annotations

from kehoach_desktop.domain.docx_organization import read_organization
from kehoach_desktop.domain.docx_text import Line
from kehoach_desktop.domain.import_report import DocxImport
from kehoach_desktop.domain.plan import Plan, School


def read(*texts: str):
    result = DocxImport(Plan("2024-2025", "tt18"), School("", ""), "tt18-9col")
    return read_organization([Line(t) for t in texts], result), result.warnings


def test_a_monitoring_team_written_as_a_three_column_table():
    org, _ = read("3. Tổ giám sát kế hoạch", "- Thành viên Tổ giám sát:", "Bà Lê Thị An", "PHT",
                  "Giám sát nhóm công tác 1", "Ông Bùi Văn Bình", "Tổ trưởng tổ KHTN", "Giám sát nhóm công tác 2",
                  "- Tổ giám sát có trách nhiệm:", "+ Báo cáo định kỳ.")
    assert [(m.name, m.role, m.supervises) for m in org.monitoring_team] == [
        ("Bà Lê Thị An", "PHT", "Giám sát nhóm công tác 1"),
        ("Ông Bùi Văn Bình", "Tổ trưởng tổ KHTN", "Giám sát nhóm công tác 2")]
    assert org.monitoring_duties == ["Báo cáo định kỳ."]


def test_working_groups_with_members_and_standards_in_brackets():
    org, _ = read("2. Các thành viên của Hội đồng tự đánh giá",
                  "- Nhóm công tác 1 (tiêu chuẩn 1, 2): Theo dõi tiến độ.", "+ Thành viên: Ông A - GV; Bà B - NV.",
                  "- Nhóm công tác 2: Theo dõi tiêu chuẩn 3 và 4.")
    assert [(g.name, g.standards, g.members) for g in org.working_groups] == [
        ("Nhóm công tác 1", [1, 2], ["Ông A - GV", "Bà B - NV"]), ("Nhóm công tác 2", [3, 4], [])]


def test_a_part_the_plan_has_no_place_for_is_kept_as_written_and_said():
    org, warnings = read("1. Đối với Hiệu trưởng, Phó hiệu trưởng:", "Xây dựng kế hoạch.",
                         "2. Kế toán – Văn thư", "- Lập dự trù kinh phí.", "Trên đây là kế hoạch …", "- không đọc")
    assert org.council_chair == "Đối với Hiệu trưởng, Phó hiệu trưởng" and org.chair_duties == ["Xây dựng kế hoạch."]
    assert org.staff_duties == []                                   # nothing merged into another part
    assert [(p.heading, p.lines, p.kind) for p in org.parts] == [
        ("1. Đối với Hiệu trưởng, Phó hiệu trưởng:", ["Xây dựng kế hoạch."], "chair"),
        ("2. Kế toán – Văn thư", ["- Lập dự trù kinh phí."], "")]
    assert "không có mục riêng" in str(warnings[0])
