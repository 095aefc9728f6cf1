"""English for the self-assessment's cli messages (see messages_en_assessment); messages_en.ENGLISH takes these in."""
from __future__ import annotations

MESSAGES: dict[str, str] = {
    # commands/assess.py
    "Khung {short_circular} chưa có quy tắc xếp mức đạt của nhà trường.":
        "The {short_circular} framework has no rule for the school's level.",
    "«{text}» không đúng dạng TIÊU_CHÍ=MỨC, ví dụ 3.2=2.":
        "«{text}» is not of the form CRITERION=LEVEL, for example 3.2=2.",
    "Không có tệp văn bản «{file}».": "There is no text file «{file}».",
    "Tệp «{file}» quá lớn cho nội dung một mức (tối đa {limit} byte).":
        "The file «{file}» is too large for one level's statement (at most {limit} bytes).",
    "Tệp «{file}» không phải văn bản UTF-8; hãy lưu lại với mã hóa UTF-8.":
        "The file «{file}» is not UTF-8 text; save it again with the UTF-8 encoding.",
    "«{word}» không hợp lệ cho --met: dùng yes (Đạt), no (Không đạt) hoặc unset (chưa đánh giá).":
        "«{word}» is not valid for --met: use yes (met), no (not met) or unset (not judged).",
    "Chưa cài khung tiêu chí Thông tư 57 cho trường {level_name}: hãy cài tệp danh mục (kehoach catalog import).":
        "No Circular 57 framework is installed for a {level_name} school: install a catalog file "
        "(kehoach catalog import).",
    "Đã có báo cáo tự đánh giá năm học {school_year}; không lập lại để khỏi ghi đè.":
        "There is already a self-assessment report for {school_year}; it is not made again, so nothing is "
        "overwritten.",
    "Chưa có báo cáo tự đánh giá năm học {school_year} để lập báo cáo năm sau.":
        "There is no self-assessment report for {school_year} to start next year's from.",
    # commands/evidence.py
    "Chưa có báo cáo tự đánh giá nào; hãy cho biết năm học (--year).":
        "There is no self-assessment report yet; give the school year (--year).",
    "Ngày hết hiệu lực ({expires}) có trước ngày văn bản ({issued}).":
        "The expiry date ({expires}) is before the document's date ({issued}).",
    "Năm học chép đến phải khác năm học {school_year}.":
        "The school year to copy to must differ from {school_year}.",
    "Danh mục minh chứng năm học {school_year} chưa có minh chứng nào để chép.":
        "The evidence register of {school_year} has no item to copy.",
}
