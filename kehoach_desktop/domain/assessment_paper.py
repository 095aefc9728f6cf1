"""What the printed self-assessment report says around its texts, described once for the PDF and Word.

The four parts, the numbered headings that have no text of their own, the tables' column headings and
the fixed sentences of Biểu 1 as source B1 gives them (tt57-forms.md section 2; the official Phụ lục V
was not seen). The PDF (reports/assessment_*.py) and the Word copy (reports/docx_assessment_*.py) both
import these, so the two can never say different things. The texts a school writes, with their
headings, are ``assessment_texts.REPORT_TEXTS``.
"""
from __future__ import annotations

from kehoach_desktop.domain.council import Council
from kehoach_desktop.domain.self_assessment import CriterionAssessment
from kehoach_desktop.domain.values import nfc

TITLE = "BÁO CÁO TỰ ĐÁNH GIÁ"
COUNCIL_PAGE_TITLE = "DANH SÁCH VÀ CHỮ KÝ HỘI ĐỒNG TỰ ĐÁNH GIÁ"
CONTENTS_TITLE = "MỤC LỤC"
PART_I, PART_II, PART_III, PART_IV = ("Phần I. TỔNG QUAN", "Phần II. TỰ ĐÁNH GIÁ", "Phần III. KẾT LUẬN",
                                      "Phần IV. PHỤ LỤC")

# Phần I's numbered headings with no text of their own.
GENERAL, CONTEXT, PROCESS = "1. Thông tin chung", "2. Bối cảnh và đặc điểm", "4. Quá trình thực hiện tự đánh giá"
# Where each group starts among the texts of Phần I (the key of its first REPORT_TEXTS entry).
GROUPS_BEFORE = {"context": CONTEXT, "process_planning": PROCESS}
SCALE_COLUMNS = (("Số lớp", 22), ("Số học sinh", 26), ("Tổng số CBQL, GV, NV", 35), ("CBQL", 24), ("GV", 24),
                 ("Nhân sự hỗ trợ giáo dục", 34))

# Phần II: each criterion's table and each standard's review.
STATE_HEADINGS = ("Mức", "Hiện trạng, kết quả đạt được của cơ sở giáo dục (kèm theo mã minh chứng)",
                  "Đánh giá (Đạt/ Không đạt)")
REVIEW_HEADINGS = ("1. Điểm mạnh nổi bật", "2. Điểm hạn chế trọng tâm và nguyên nhân cốt lõi",
                   "3. Định hướng cải tiến chất lượng")
# A level over one not met is not assessed (Mức 2 only after Mức 1).
NOT_JUDGED_TEXT, NOT_JUDGED = "—", "Không đánh giá"


def review_title(standard_no: int) -> str:
    return f"Đánh giá chung về Tiêu chuẩn {standard_no}"


def judgement(met: bool | None) -> str:
    return "Đạt" if met is True else "Không đạt" if met is False else "Chưa đánh giá"


def result_line(found: CriterionAssessment) -> str:
    """The criterion's closing line after «Tự đánh giá:»: «Tiêu chí đạt Mức 2.», «… không đạt Mức 1.», or
    not judged yet."""
    if found.reached:
        return f"Tiêu chí đạt Mức {found.reached}."
    if not found.judged:
        return "Tiêu chí chưa được đánh giá."
    return "Tiêu chí không đạt Mức 1."


# Phần III and IV.
SUMMARY, TABLE_A, TABLE_B = ("2. Tổng hợp kết quả tự đánh giá", "a) Kết quả tự đánh giá các tiêu chí",
                             "b) Bảng tổng hợp chung")
LEVEL, PROPOSALS = "3. Mức đạt của cơ sở giáo dục", "4. Đề xuất, kiến nghị"
DATA, EVIDENCE = "1. Cơ sở dữ liệu (theo biểu mẫu đính kèm)", "3. Danh mục minh chứng"
RESPONSIBILITY = ("Hiệu trưởng chịu trách nhiệm về tính trung thực, chính xác của thông tin, số liệu và minh chứng "
                  "trong báo cáo tự đánh giá này.")
MARK, MANDATORY_MARK = "x", " (*)"

# The evidence list (Phụ lục IV), five columns as both sources have them, with their shares of the width.
EVIDENCE_COLUMNS = (("TT", 10), ("Mã minh chứng", 25), ("Tên minh chứng", 68),
                    ("Định dạng, vị trí lưu trữ hoặc đường dẫn điện tử", 36), ("Ghi chú", 26))


def decision_line(council: Council, school_name: str, written: str = "") -> str:
    """Phần IV.2's «- Quyết định số … ngày … của Hiệu trưởng … về việc thành lập Hội đồng tự đánh giá.»;
    "" when the council has no decision yet or the principal's own text there already names its number."""
    number = " ".join(nfc(council.decision_number).split())
    if not number and council.decision_date is None:
        return ""
    if number and number in " ".join(nfc(written).split()):
        return ""
    day = council.decision_date
    dated = f"{day.day:02d}/{day.month:02d}/{day.year}" if day else "……/……/……"
    school = " ".join(nfc(school_name).split())
    return (f"- Quyết định số {number or '……'} ngày {dated} của Hiệu trưởng {school} về việc thành lập "
            "Hội đồng tự đánh giá.")
