"""Every text of the self-assessment report outside the criteria, described once.

The window's editor, the PDF and Word report, the command line, the store and an incoming file's
checks all read this registry: a text's key, the part of Biểu 1 it belongs to, its numbered heading
as printed, a one-line label for the editor, whether it is a short line or a paragraph, and the text
pre-printed on the form (as source B1 gives it, flagged where the program chose the words).

The three-year data table («THÔNG TIN DỮ LIỆU», source B1 only, THCS version) is data as well:
``resources/accreditation/data-table.json`` lists its rows; ``data_rows`` reads it.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache

PART_I, PART_III, PART_IV = "I", "III", "IV"
LINE, PARAGRAPH = "line", "paragraph"
MAX_TEXT_CHARS = 20_000


@dataclass(frozen=True)
class ReportText:
    key: str
    part: str                 # PART_I, PART_III, PART_IV
    heading: str              # as printed: "b) Thuận lợi"
    label: str                # the editor's label
    kind: str = PARAGRAPH
    default: str = ""         # pre-printed text a new assessment starts with
    chosen: bool = False      # True: the heading or default is the program's choice, no source gives it
    # Next year's report keeps this text to review (the school's context, its recommendations) or starts it
    # again (what this year's assessment did and concluded, which next year's must say anew).
    carried: bool = True


REPORT_TEXTS: tuple[ReportText, ...] = (
    ReportText("founded", PART_I, "đ) Năm thành lập", "Năm thành lập", LINE),
    ReportText("context", PART_I, "a) Bối cảnh kinh tế - xã hội của địa phương", "Bối cảnh kinh tế - xã hội"),
    ReportText("advantages", PART_I, "b) Thuận lợi", "Thuận lợi"),
    ReportText("difficulties", PART_I, "c) Khó khăn", "Khó khăn"),
    ReportText("learners", PART_I, "d) Đặc điểm người học", "Đặc điểm người học"),
    ReportText("purpose", PART_I, "3. Mục đích, phạm vi, thời gian thực hiện tự đánh giá",
               "Mục đích, phạm vi, thời gian", default=(
                   "Tự đánh giá nhằm xác định mức độ đáp ứng các tiêu chuẩn đánh giá của nhà trường, làm căn cứ "
                   "xây dựng và thực hiện kế hoạch cải tiến chất lượng giáo dục. Phạm vi: toàn bộ hoạt động của "
                   "nhà trường theo 04 tiêu chuẩn, 15 tiêu chí. Thời gian: từ tháng 01 đến tháng 6 của năm học."),
               chosen=True, carried=False),
    ReportText("process_planning", PART_I, "a) Lập kế hoạch tự đánh giá", "Lập kế hoạch", carried=False),
    ReportText("process_doing", PART_I, "b) Tổ chức thực hiện", "Tổ chức thực hiện", carried=False),
    ReportText("process_checking", PART_I, "c) Kiểm tra, phân tích thông tin, minh chứng", "Kiểm tra, phân tích",
               carried=False),
    ReportText("process_confirming", PART_I, "d) Tổng hợp và xác nhận kết quả tự đánh giá", "Tổng hợp, xác nhận",
               carried=False),
    ReportText("previous_plan", PART_I, "5. Kết quả rà soát việc thực hiện kế hoạch cải tiến năm học trước",
               "Rà soát kế hoạch năm trước", chosen=True, carried=False),
    ReportText("overview", PART_III, "1. Khái quát", "Khái quát", carried=False),
    ReportText("to_department", PART_III, "a) Đối với Sở Giáo dục và Đào tạo", "Kiến nghị với Sở GD&ĐT"),
    ReportText("to_commune", PART_III, "b) Đối với Ủy ban nhân dân xã/phường", "Kiến nghị với UBND xã/phường"),
    ReportText("to_others", PART_III, "c) Đối với các cơ quan, tổ chức khác (nếu có)", "Kiến nghị khác"),
    ReportText("appendix_documents", PART_IV, "2. Các văn bản liên quan", "Văn bản liên quan", default=(
        "Quyết định thành lập Hội đồng tự đánh giá; Kế hoạch tự đánh giá."), carried=False),
    ReportText("appendix_others", PART_IV, "4. Các phụ lục khác (nếu có)", "Phụ lục khác"),
)
BY_KEY = {t.key: t for t in REPORT_TEXTS}


def texts_of(part: str) -> list[ReportText]:
    return [t for t in REPORT_TEXTS if t.part == part]


def carried_texts(texts: dict[str, str]) -> dict[str, str]:
    """The texts next year's report starts from: those carried, and the pre-printed words of the rest."""
    return {**default_texts(), **{k: v for k, v in texts.items() if k not in BY_KEY or BY_KEY[k].carried}}


def default_texts() -> dict[str, str]:
    return {t.key: t.default for t in REPORT_TEXTS if t.default}


@dataclass(frozen=True)
class DataRow:
    key: str
    label: str                # "Số lớp học"
    group: str                # "1. Số lớp học"
    indent: int = 0


@lru_cache(maxsize=1)
def _data_table() -> dict:
    from kehoach_desktop.resources_path import resource_dir
    return json.loads((resource_dir("accreditation") / "data-table.json").read_text(encoding="utf-8"))


def data_rows() -> tuple[DataRow, ...]:
    """The three-year data table's rows, in order (general schools; source B1's THCS table)."""
    return tuple(DataRow(r["key"], r["label"], r.get("group", ""), int(r.get("indent", 0)))
                 for r in _data_table()["rows"])


def data_table_note() -> str:
    return _data_table().get("note_vi", "")
