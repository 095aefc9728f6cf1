"""A complete self-assessment made on demand (tests and benches): 15 criteria, a council of 7, ~150 evidence items.

Not the demo school (resources/demo), whose texts are written by hand; this one is generated so a test can ask
for a size or a shape (a criterion short of Mức 2, an uncited item) without editing the demo.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

from kehoach_desktop.catalogs import framework as installed
from kehoach_desktop.domain.council import Council, CouncilMember
from kehoach_desktop.domain.evidence_register import EvidenceItem
from kehoach_desktop.domain.self_assessment import SelfAssessment, StandardReview, set_finding
from kehoach_desktop.store.database import open_school_file
from kehoach_desktop.store.evidence_items import add_item
from kehoach_desktop.store.self_assessment import save_assessment

MEMBERS = (("Nguyễn Văn Minh", "Hiệu trưởng", "Chủ tịch"), ("Trần Thị Lan", "Phó Hiệu trưởng", "Phó Chủ tịch"),
           ("Lê Văn Hùng", "Tổ trưởng tổ Văn phòng", "Thư ký"), ("Phạm Thị Hoa", "Tổ trưởng tổ Toán - Tin", "Ủy viên"),
           ("Võ Văn Tâm", "Tổ trưởng tổ Ngữ văn", "Ủy viên"), ("Đặng Thị Mai", "Chủ tịch Công đoàn", "Ủy viên"),
           ("Huỳnh Văn Phúc", "Bí thư Chi đoàn", "Ủy viên"))
DOCUMENTS = ("Kế hoạch năm học", "Biên bản họp hội đồng sư phạm", "Quyết định phân công nhiệm vụ",
             "Báo cáo tổng kết năm học", "Sổ theo dõi", "Hồ sơ kiểm tra nội bộ", "Danh sách",
             "Kế hoạch giáo dục nhà trường", "Thống kê kết quả", "Ảnh hoạt động")


def make_assessment(path: Path, *, year: str = "2025-2026", items_per_criterion: int = 10,
                    short_of_level_2: tuple[str, ...] = ("3.3", "3.5"), with_school: bool = True) -> Path:
    """A school file (made if missing) with the year's full assessment and its register."""
    fw = installed("tt57-pt")
    if with_school and not path.exists():
        from tests.store.school_factory import make_school
        make_school(path, year=int(year[:4]))
    db = open_school_file(path)
    try:
        a = SelfAssessment(year, "tt57-pt")
        a.council = Council("15/QĐ-THCS", date(int(year[:4]) + 1, 1, 10), [
            CouncilMember(name, position, role, group=f"Nhóm {n % 3 + 1}",
                          criteria=tuple(c.code for c in fw.criteria()[n * 2:n * 2 + 3]),
                          task="Thu thập minh chứng, viết báo cáo các tiêu chí được phân công")
            for n, (name, position, role) in enumerate(MEMBERS)])
        with db.atomic():
            for c in fw.criteria():
                codes = []
                for k in range(items_per_criterion):
                    item = add_item(db, year, EvidenceItem(
                        "", f"{DOCUMENTS[k % len(DOCUMENTS)]} (tiêu chí {c.code}, mục {k + 1})",
                        number=f"{k + 10}/KH-THCS", issued_on=date(int(year[:4]), 9, 5 + k % 20),
                        issuer="Hiệu trưởng", location=f"Hồ sơ giấy, tủ {c.standard_no}"), fw, criterion=c.code)
                    codes.append(item.code)
                level_1 = (f"Nhà trường đáp ứng yêu cầu Mức 1 của tiêu chí {c.code} theo quy định ({codes[0]}, "
                           f"{codes[1]}). Các hoạt động được tổ chức đầy đủ và có hồ sơ lưu ({codes[2]}).")
                level_2 = (f"Nhà trường rà soát, điều chỉnh và có minh chứng về chuyển biến ({codes[3]}). "
                           f"Kết quả được công khai ({codes[4]}).")
                set_finding(a, c.code, 1, level_1, True)
                set_finding(a, c.code, 2, level_2, c.code not in short_of_level_2)
            a.criteria["1.2"] = a.criteria["1.2"].with_finding(
                1, a.criteria["1.2"].finding(1).__class__(a.criteria["1.2"].finding(1).text + " (MC.1.1.01).", True))
            for standard in fw.standards:
                a.standards[standard.no] = StandardReview(
                    standard.no, strengths=f"Tiêu chuẩn {standard.no} có nhiều điểm mạnh.",
                    weaknesses="Một số yêu cầu Mức 2 chưa đạt. Nguyên nhân: điều kiện cơ sở vật chất còn hạn chế.",
                    direction="Tiếp tục cải tiến trong năm học tới.")
            a.texts = {"context": "Xã có điều kiện kinh tế - xã hội còn khó khăn.", "advantages": "Được sự quan tâm.",
                       "difficulties": "Cơ sở vật chất chưa đồng bộ.", "learners": "Học sinh chăm ngoan.",
                       "overview": "Nhà trường đã hoàn thành tự đánh giá.", "to_department": "Bổ sung kinh phí.",
                       "to_commune": "Hỗ trợ xây dựng phòng học bộ môn.", "founded": "1985"}
            a.data = {"classes": ("20", "21", "22"), "pupils": ("780", "805", "830"), "teachers": ("40", "41", "42")}
            save_assessment(db, a)
    finally:
        db.close()
    return path
