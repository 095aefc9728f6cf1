"""The program's plan-row fields: the one description every consumer derives from (see ``fields``).

Listed in their master order, which is also the order of the Excel sheet. A new column
on a form is one more ``Field`` here (plus a store migration for its column, its heading's
translation and a test); see docs/architecture.md.
"""
from __future__ import annotations

from kehoach_desktop.domain.fields import (
    BUDGET, CRITERION, FLAG, LEVEL, MONEY, PERCENT, STATUS, TEXT, TIMEFRAME, Field, FieldRegistry, OnForm,
)
from kehoach_desktop.domain.plan import FORM_TT18, FORM_TT57

# The row number leading every table ("TT"): not a field, but it takes its share of the width.
NUMBER_COLUMN = {
    FORM_TT18: OnForm(0, "TT", table=3, printed=9),
    FORM_TT57: OnForm(0, "TT", table=3, printed=9),
}

PLAN_FIELDS = FieldRegistry((
    Field("criterion_code", CRITERION, "Tiêu chí", {
        FORM_TT18: OnForm(1, "Tiêu chuẩn, tiêu chí", table=13, printed=35, required=True, label="Tiêu chí"),
        FORM_TT57: OnForm(2, "Tiêu chí"),   # printed inside "Nội dung cải tiến"
    }, words={FORM_TT18: ("tiêu chuẩn, tiêu chí", "tiêu chí", "tiêu chuẩn", "nội dung"),
              FORM_TT57: ("tiêu chí",)}, word_rank=14, fingerprint_empty=True),
    Field("content", TEXT, "Nội dung cải tiến", {
        FORM_TT57: OnForm(1, "Nội dung cải tiến", table=12, printed=27, required=True),
    }, words={FORM_TT57: ("nội dung cải tiến", "nội dung", "vấn đề")}, word_rank=11, excel_width=32,
        fingerprint_empty=True),
    Field("current_level", LEVEL, "Mức hiện tại", {
        FORM_TT18: OnForm(2, "Mức hiện tại"),
    }, words={FORM_TT18: ("mức hiện tại", "mức hiện nay")}, word_rank=13, excel_width=8, excel_always=True,
        default=None, fingerprint_empty=True),
    Field("target_level", LEVEL, "Mức cần đạt", {
        FORM_TT18: OnForm(3, "Mức", table=6, required=True, label="Mức cần đạt"),   # the table shows "2 → 3"
    }, words={FORM_TT18: ("mức cần đạt", "mức phấn đấu")}, word_rank=12, excel_width=8, excel_always=True,
        default=None, fingerprint_empty=True),
    Field("expected_result", TEXT, "Kết quả cần đạt", {
        FORM_TT18: OnForm(4, "Kết quả cần đạt", table=12, printed=30,
                          print_heading="Kết quả cần đạt (so với hiện trạng)"),
        FORM_TT57: OnForm(3, "Mục tiêu cải tiến", table=12, printed=27),
    }, words={FORM_TT18: ("kết quả cần đạt", "kết quả", "mục tiêu"), FORM_TT57: ("mục tiêu",)}, word_rank=10,
        excel_width=32, fingerprint_empty=True),
    Field("tasks", TEXT, "Công việc/giải pháp", {
        FORM_TT18: OnForm(5, "Công việc/giải pháp", table=22, printed=58, required=True,
                          print_heading="Công việc/giải pháp cần thực hiện"),
        FORM_TT57: OnForm(4, "Hoạt động/giải pháp", table=18, printed=40, required=True),
    }, words={FORM_TT18: ("công việc", "giải pháp", "biện pháp", "hoạt động"),
              FORM_TT57: ("hoạt động", "giải pháp", "công việc")}, word_rank=9, excel_width=50,
        fingerprint_empty=True),
    Field("indicators", TEXT, "Chỉ số đánh giá kết quả", {
        FORM_TT57: OnForm(5, "Chỉ số đánh giá kết quả", table=11, printed=25),
    }, words={FORM_TT57: ("chỉ số", "chỉ báo")}, word_rank=3, excel_width=32, fingerprint_empty=True),
    Field("lead", TEXT, "Chủ trì và phối hợp", {
        FORM_TT18: OnForm(6, "Chủ trì và phối hợp", table=10, printed=24,
                          print_heading="Chủ trì và phối hợp thực hiện"),
        FORM_TT57: OnForm(7, "Đơn vị/cá nhân phụ trách", table=10, printed=23),
    }, words={FORM_TT18: ("chủ trì", "phụ trách", "người thực hiện", "phối hợp"),
              FORM_TT57: ("phụ trách", "chủ trì", "đơn vị/cá nhân")}, word_rank=8, fingerprint_empty=True),
    Field("timeframe", TIMEFRAME, "Thời gian thực hiện", {
        FORM_TT18: OnForm(7, "Thời gian", table=10, printed=25, label="Thời gian thực hiện",
                          print_heading="Thời gian thực hiện và hoàn thành"),
        FORM_TT57: OnForm(6, "Thời gian thực hiện", table=9, printed=24),
    }, words={FORM_TT18: ("thời gian",), FORM_TT57: ("thời gian",)}, word_rank=2, fingerprint_empty=True),
    Field("budget", BUDGET, "Dự kiến kinh phí", {
        FORM_TT18: OnForm(8, "Dự kiến kinh phí", table=9, printed=22),
        FORM_TT57: OnForm(8, "Nguồn lực bảo đảm", table=9, printed=22),
    }, words={FORM_TT18: ("kinh phí", "nguồn lực", "chi phí"), FORM_TT57: ("nguồn lực", "kinh phí")},
        word_rank=5, fingerprint_empty=True),
    Field("expected_evidence", TEXT, "Thông tin, dữ liệu hoặc minh chứng dự kiến", {
        FORM_TT57: OnForm(9, "Thông tin, dữ liệu hoặc minh chứng dự kiến", table=11, printed=28,
                          label="Minh chứng dự kiến"),
    }, words={FORM_TT57: ("minh chứng", "thông tin, dữ liệu")}, word_rank=4, excel_width=30, fingerprint_empty=True),
    Field("support", TEXT, "Điều kiện hỗ trợ khác", {
        FORM_TT18: OnForm(9, "Điều kiện hỗ trợ khác", table=8, printed=22),
    }, words={FORM_TT18: ("điều kiện", "hỗ trợ")}, word_rank=6, excel_width=22, fingerprint_empty=True),
    Field("notes", TEXT, "Ghi chú", {
        FORM_TT18: OnForm(10, "Ghi chú", table=7, printed=22),
    }, words={FORM_TT18: ("ghi chú",), FORM_TT57: ("ghi chú",)}, word_rank=7, excel_width=18, excel_always=True,
        fingerprint_empty=True),
    # The section IV priority problem the row addresses, by its number there ("2"): chosen from the
    # self-assessment (domain.assessment_plan). Not a column of the printed form.
    Field("problem", TEXT, "Vấn đề ưu tiên", {
        FORM_TT57: OnForm(11, "Vấn đề ưu tiên", label="Vấn đề ưu tiên (số thứ tự ở mục IV)"),
    }, excel_width=12, fingerprint=False, office=False),
    # What an imported document printed that the fields above do not say, printed as it had it
    # (domain.plan_table_text): the criterion cell as written, kept only where it differs from the
    # catalog's "Tiêu chí 1.9. title"; the document's own rows just above this row in the plan table
    # ("MỨC 1, 2, 3", a standard's row as written), one per line. On no form: never typed in the window.
    Field("criterion_wording", TEXT, "Tiêu chí (chữ trong văn bản)", excel_width=30),
    Field("rows_above", TEXT, "Dòng tiêu đề phía trên (trong văn bản)", excel_width=20),
    # The year's progress: not on the signed paper, so outside the fingerprint.
    Field("status", STATUS, "Mức độ thực hiện", {
        FORM_TT57: OnForm(10, "Mức độ thực hiện", table=8, printed=22),
    }, words={FORM_TT18: ("mức độ thực hiện", "tình trạng", "trạng thái"),
              FORM_TT57: ("mức độ thực hiện", "tình trạng", "trạng thái")}, word_rank=1, excel_width=14,
        excel_always=True, excel_label="Trạng thái", fingerprint=False, default="not_started"),
    Field("percent", PERCENT, "Phần trăm hoàn thành", excel_width=10, excel_always=True, excel_label="Hoàn thành",
          excel_format="0%", fingerprint=False, default=0),
    Field("spent", MONEY, "Đã chi", excel_width=15, excel_always=True, excel_label="Đã chi (đồng)",
          excel_format='#,##0 "đ"', fingerprint=False, default=None),
    Field("status_manual", FLAG, "Trạng thái đặt tay", fingerprint=False, default=False),
))
