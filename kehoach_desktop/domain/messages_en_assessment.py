"""English for the self-assessment's refusals (council, findings, evidence register, its commands).

Kept apart from ``messages_en`` (one table of the older features) so each area's messages stay
beside each other; ``messages_en.ENGLISH`` takes these in.
"""
from __future__ import annotations

ASSESSMENT: dict[str, str] = {
    "Mã minh chứng {code} thuộc tiêu chí {criterion}, không có trong khung {short_circular}.":
        "Evidence code {code} belongs to criterion {criterion}, which is not in the framework {short_circular}.",
    "Minh chứng {code} chưa có tên.": "Evidence item {code} has no name.",
    "Tên minh chứng {code} dài quá {limit} ký tự.": "The name of evidence item {code} is longer than {limit} characters.",
    "Minh chứng {code}: ô «{key}» dài quá {limit} ký tự.":
        "Evidence item {code}: the field «{key}» is longer than {limit} characters.",
    "Nội dung Mức {level} của tiêu chí {code} dài quá {limit} ký tự.":
        "The Level {level} text of criterion {code} is longer than {limit} characters.",
    "Tiêu chí {code} chưa đạt Mức {below}: chỉ đánh giá Mức {level} khi đã đạt Mức {below}.":
        "Criterion {code} has not reached Level {below}: Level {level} is judged only once Level {below} is met.",
    "Tiêu chí {code} không có trong khung {short_circular}.": "Criterion {code} is not in the framework {short_circular}.",
    "Danh mục minh chứng năm học {school_year} đã có {count} mục, tối đa {limit}.":
        "The evidence list of school year {school_year} already has {count} items; at most {limit}.",
    "Mã {code} đã có trong danh mục minh chứng năm học {school_year}: một minh chứng chỉ có một mã; tiêu chí khác trích dẫn lại mã đó.":
        "Code {code} is already in the evidence list of school year {school_year}: an evidence item has one code; other criteria cite that code again.",
    "Không có minh chứng {code} trong danh mục năm học {school_year}.":
        "There is no evidence item {code} in the list of school year {school_year}.",
    "Chưa có báo cáo tự đánh giá năm học {school_year}.": "There is no self-assessment report for school year {school_year} yet.",
    "Danh mục minh chứng năm học {school_year} trong tệp có {count} mục, nhiều hơn mức chương trình cho phép ({limit}): tệp có thể đã bị sửa hoặc hỏng.":
        "The evidence list of school year {school_year} in the file has {count} items, more than the program allows ({limit}): the file may have been edited or damaged.",
    "tiêu chí «{value}» không có trong khung của báo cáo.": "criterion «{value}» is not in the report's framework.",
    "mức «{value}» không có trong khung của báo cáo.": "level «{value}» is not in the report's framework.",
    "tiêu chuẩn «{value}» không có trong khung của báo cáo.": "standard «{value}» is not in the report's framework.",
    "vai trò «{value}» không có trong hội đồng tự đánh giá.": "the role «{value}» does not exist in the self-assessment council.",
    "danh mục minh chứng năm học {year} có {count} mục, nhiều hơn mức chương trình cho phép ({limit}).":
        "the evidence list of school year {year} has {count} items, more than the program allows ({limit}).",
    "mã minh chứng «{value}» không đúng mẫu {shape}.": "evidence code «{value}» does not have the form {shape}.",
    "Chỉ chép danh mục minh chứng sang năm học sau: năm học {to_year} không sau năm học {from_year}.":
        "An evidence list is copied only into a later school year: {to_year} is not after {from_year}.",
    "Chưa xuất được: cơ quan quản lý sẽ từ chối tệp này. {reason} Tệp của trường có dữ liệu bị sửa ngoài chương trình hoặc bị hỏng: hãy khôi phục từ bản sao lưu (Tệp ▸ Khôi phục bản sao lưu…) hoặc báo lỗi.":
        "Not exported: the managing office would refuse this file. {reason} The school's file holds data edited outside the program or damaged: restore it from a backup (File ▸ Restore a backup…) or report the problem.",
    "Tệp dữ liệu bị hỏng hoặc bị sửa ngoài chương trình (thiếu bảng hoặc cột mà chương trình cần). Hãy khôi phục từ bản sao lưu; chưa có gì bị thay đổi.":
        "The data file is damaged or was edited outside the program (a table or column the program needs is missing). Restore it from a backup; nothing was changed.",
}
