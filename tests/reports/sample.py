"""A small fictional school and plans for report tests (independent of the demo file)."""
from __future__ import annotations

from datetime import date

from kehoach_desktop.domain.parse import parse_budget, parse_timeframe
from kehoach_desktop.domain.plan import (
    MonitoringMember, MonitoringReview, Organization, Plan, PlanRow, PriorityProblem, School, Target,
    WorkingGroup,
)

SCHOOL = School(name="Trường THCS Hòa Bình", code="HB01", level="thcs", governing_body="UBND huyện An Phú",
                place="Hòa Bình", principal="Nguyễn Văn An")


def row(code: str, tasks: str, *, current=2, target=3, budget="2 triệu", when="Tháng 9/2024 đến tháng 5/2025",
        status="not_started", percent=0, **extra) -> PlanRow:
    return PlanRow(criterion_code=code, current_level=current, target_level=target, tasks=tasks,
                   lead=extra.pop("lead", "Phó Hiệu trưởng, Tổ trưởng chuyên môn"),
                   timeframe=parse_timeframe(when, school_year="2024-2025"), budget=parse_budget(budget),
                   support=extra.pop("support", "Hỗ trợ từ cha mẹ học sinh"), status=status, percent=percent,
                   **extra)


def plan_tt18(rows: list[PlanRow] | None = None) -> Plan:
    return Plan(
        school_year="2024-2025", framework_id="tt18", number="68/KH-THCS", place="Hòa Bình",
        issued_on=date(2024, 9, 6),
        purposes=["Xây dựng kế hoạch cải tiến chất lượng giáo dục để thực hiện trong năm học 2024 - 2025.",
                  "Kế hoạch phải cụ thể, khả thi, phù hợp với điều kiện thực tế của nhà trường."],
        bases=["Thông tư số 18/2018/TT-BGDĐT ngày 22/8/2018 của Bộ Giáo dục và Đào tạo",
               "Báo cáo tự đánh giá của trường năm 2023"],
        organization=Organization(
            council_chair="Hiệu trưởng - Chủ tịch Hội đồng tự đánh giá",
            chair_duties=["Xây dựng kế hoạch cải tiến chất lượng giáo dục.",
                          "Thực hiện công tác kiểm tra đánh giá và báo cáo."],
            working_groups=[WorkingGroup("Nhóm công tác 1", [1, 2]), WorkingGroup("Nhóm công tác 2", [3, 5])],
            monitoring_team=[MonitoringMember("Bà Trần Thị Lan", "PHT", "Giám sát nhóm công tác 2"),
                             MonitoringMember("Ông Lê Minh Đức", "Tổ trưởng tổ KHTN", "Giám sát nhóm công tác 1")],
            monitoring_duties=["Báo cáo định kỳ và kiến nghị dựa trên kết quả giám sát."],
        ),
        recipients=["Phòng GDĐT (b/c)", "Hội đồng tự đánh giá (t/h)", "Lưu: VT"],
        signer_name="Nguyễn Văn An",
        rows=rows if rows is not None else [
            row("1.9", "Đẩy mạnh thực hiện 3 công khai; xây dựng lịch tiếp công dân.", budget="Không"),
            row("2.2", "Xây dựng đề án vị trí việc làm, đề xuất tuyển dụng bổ sung giáo viên.",
                when="Tháng 07/2024 - tháng 01/2025", budget="", status="in_progress", percent=40),
            row("3.4", "Cải tạo nhà vệ sinh học sinh.", budget="100 triệu", status="done", percent=100),
            row("5.6", "Phụ đạo học sinh yếu; bồi dưỡng học sinh giỏi cấp huyện.", budget="Miễn phí",
                status="in_progress", percent=60),
        ],
        targets=[Target("Tỉ lệ học sinh bỏ học", 2, "%", "<=", {"Học kỳ I": 1.5}),
                 Target("Học sinh giỏi cấp huyện", 20, "em", ">=", {"Học kỳ I": 12})],
    )


def plan_tt57() -> Plan:
    plan = plan_tt18()
    plan.framework_id = "tt57-pt"
    plan.school_year = "2026-2027"
    plan.number = "12/KH-THCS"
    plan.issued_on = date(2026, 9, 10)
    plan.general_info = "Trường THCS Hòa Bình có 24 lớp, 920 học sinh, 52 cán bộ, giáo viên, nhân viên."
    plan.priority_problems = [
        PriorityProblem("Tiêu chuẩn 3", "3.2", "Phòng học bộ môn còn thiếu.", "Thiếu 2 phòng bộ môn.",
                        "Kinh phí hạn chế."),
        PriorityProblem("Tiêu chuẩn 4", "4.1", "Tỉ lệ học sinh khá giỏi thấp.", "Chất lượng mũi nhọn chưa cao.",
                        "Chưa có kế hoạch bồi dưỡng dài hạn."),
    ]
    plan.monitoring = [MonitoringReview("Cuối học kỳ I", "Tiến độ xây phòng bộ môn", "", "", "Tổ giám sát"),
                       MonitoringReview("Cuối năm học", "Kết quả học sinh giỏi", "", "", "Hiệu trưởng")]
    plan.reporting = ["Rà soát, đánh giá kết quả thực hiện ít nhất 2 lần trong năm học."]
    plan.rows = [
        row("3.2", "Tham mưu xây dựng 2 phòng học bộ môn.", content="Bổ sung phòng học bộ môn",
            expected_result="Đủ phòng học bộ môn theo quy định", indicators="2 phòng được đưa vào sử dụng",
            expected_evidence="MC.3.2.01 Quyết định phê duyệt", budget="500 triệu", current=None, target=None),
        row("4.1", "Xây dựng kế hoạch bồi dưỡng học sinh giỏi từ lớp 6.", content="Nâng cao chất lượng mũi nhọn",
            expected_result="Tăng 20% học sinh giỏi cấp huyện", indicators="Số học sinh giỏi cấp huyện",
            expected_evidence="MC.4.1.02 Danh sách học sinh giỏi", status="in_progress", current=None, target=None),
    ]
    return plan
