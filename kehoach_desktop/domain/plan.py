"""The school, its plans and their rows: plain dataclasses, no Qt and no SQL.

One ``PlanRow`` model holds both plan forms. The 2018 circulars' 9-column form
uses criterion, levels, expected result, tasks, lead, timeframe, budget,
support and notes; the 2026 "Biểu 2" form adds its own title ("Nội dung cải
tiến"), result indicators and expected evidence, and prints the budget as
"Nguồn lực bảo đảm". Which fields a plan shows and requires follows its form
(see ``plan_fields``, the one description of every row field), never the row.
"""
from __future__ import annotations

import copy

from dataclasses import dataclass, field
from datetime import date

from kehoach_desktop.domain.values import Budget, Month, Timeframe

SCHOOL_LEVELS = {
    "mam_non": "Mầm non",
    "tieu_hoc": "Tiểu học",
    "thcs": "Trung học cơ sở",
    "thpt": "Trung học phổ thông",
    "nhieu_cap": "Phổ thông có nhiều cấp học",
    "gdtx": "Giáo dục thường xuyên",
}

# Row status through the year; on the 2026 form it prints as "Mức độ thực hiện".
STATUSES = {
    "not_started": "Chưa thực hiện",
    "in_progress": "Đang thực hiện",
    "done": "Hoàn thành",
    "paused": "Tạm dừng",
}

PLAN_STATUSES = {"draft": "Dự thảo", "issued": "Đã ban hành"}

FORM_TT18 = "tt18-9col"
FORM_TT57 = "tt57-bieu2"

@dataclass
class School:
    name: str                      # "Trường THCS Hòa Bình"
    code: str                      # the identity the district office uses
    level: str = "thcs"            # a key of SCHOOL_LEVELS
    governing_body: str = ""       # cơ quan chủ quản on letterheads, upper case: "UBND XÃ VĨNH HẢI"
    place: str = ""                # place name used in dates: "Vĩnh Hải"
    principal: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    # Since 01/7/2025 (domain.administration proposes these from the level, commune and province):
    commune: str = ""              # "xã Vĩnh Hải"
    province: str = ""             # "thành phố Hải Phòng"
    governing_body_sentence: str = ""  # the governing body inside a sentence: "UBND xã Vĩnh Hải"
    receiving_office: str = ""     # who receives and checks the plan: "Phòng Văn hóa - Xã hội xã Vĩnh Hải"


@dataclass
class WorkingGroup:
    name: str                      # "Nhóm công tác 1"
    standards: list[int] = field(default_factory=list)
    duties: str = ""
    members: list[str] = field(default_factory=list)


@dataclass
class MonitoringMember:
    name: str                      # "Bà Trần Thị Lan"
    role: str = ""                 # "PHT", "Tổ trưởng tổ KHTN"
    supervises: str = ""           # "Giám sát nhóm công tác 2"


@dataclass
class OrganizationPart:
    """A part of "Tổ chức thực hiện" as an imported document wrote it, word for word."""

    heading: str = ""              # "3. Tổ Giám sát kế hoạch cải tiến chất lượng"; "" for lines before the first part
    lines: list[str] = field(default_factory=list)   # as written, each with its own "- ", "+ " or no mark
    kind: str = ""                 # the fields it was read into: "chair", "groups", "monitoring", "staff"; "" none


@dataclass
class Organization:
    """Section IV (2018) / VII (2026): who carries the plan out."""

    council_chair: str = ""        # "Hiệu trưởng - Chủ tịch Hội đồng tự đánh giá"
    chair_duties: list[str] = field(default_factory=list)
    working_groups: list[WorkingGroup] = field(default_factory=list)
    monitoring_team: list[MonitoringMember] = field(default_factory=list)
    monitoring_duties: list[str] = field(default_factory=list)
    staff_duties: list[str] = field(default_factory=list)
    # An imported plan whose section the fields above cannot say word for word keeps the document's
    # own parts (see organization_text): they print as written while the fields are as the import
    # read them (``read_as``, a digest of the fields); once the window edits the fields, they print.
    parts: list[OrganizationPart] = field(default_factory=list)
    read_as: str = ""


@dataclass
class PriorityProblem:
    """A row of the 2026 form's section IV."""

    standard: str = ""
    criteria: str = ""
    current_state: str = ""
    weakness: str = ""
    cause: str = ""


@dataclass
class MonitoringReview:
    """A row of the 2026 form's section VI: end of term I, end of year."""

    when: str = ""                 # "Cuối học kỳ I"
    content: str = ""
    result: str = ""
    adjustment: str = ""
    assessor: str = ""


@dataclass
class ProgressUpdate:
    """A dated report on a row: how far it is, what was done, which minh chứng prove it."""

    on_date: date
    percent: int
    note: str = ""
    reporter: str = ""
    evidence: list[str] = field(default_factory=list)   # minh chứng codes
    status: str | None = None       # when the report also changes the status
    spent: int | None = None        # budget spent so far, in đồng
    id: int | None = None
    row_id: int | None = None


COMPARISONS = {">=": "≥", "<=": "≤", "=": "="}
PERIODS = ("Học kỳ I", "Cả năm")


@dataclass
class Target:
    """A chỉ tiêu: a quantitative target the plan tracks against actual figures per period."""

    name: str
    value: float
    unit: str = "%"
    comparison: str = ">="          # a key of COMPARISONS
    actuals: dict[str, float] = field(default_factory=dict)   # period → actual value
    position: int = 0
    id: int | None = None


@dataclass
class PlanRow:
    criterion_code: str = ""       # "3.4"; optional on the 2026 form
    current_level: int | None = None
    target_level: int | None = None
    expected_result: str = ""      # "Kết quả cần đạt" / "Mục tiêu cải tiến"
    tasks: str = ""                # "Công việc/giải pháp" / "Hoạt động/giải pháp"
    lead: str = ""                 # "Chủ trì và phối hợp" / "Đơn vị/cá nhân phụ trách"
    timeframe: Timeframe = field(default_factory=lambda: Timeframe(None, None, ""))
    budget: Budget = field(default_factory=lambda: Budget(None, ""))
    support: str = ""              # "Điều kiện hỗ trợ khác"
    notes: str = ""
    # The 2026 form's own columns.
    content: str = ""              # "Nội dung cải tiến"
    indicators: str = ""           # "Chỉ số đánh giá kết quả"
    expected_evidence: str = ""    # "Thông tin, dữ liệu hoặc minh chứng dự kiến"
    # What an imported Word plan printed that the fields above do not say (see plan_fields).
    criterion_wording: str = ""    # its criterion cell as written: "Tiêu chí 3.1. Khuôn viên, sân chơi, bãi tập"
    rows_above: str = ""           # its own rows just above this one: "MỨC 1, 2, 3", one per line
    # Progress through the year.
    status: str = "not_started"
    percent: int = 0
    spent: int | None = None
    status_manual: bool = False    # True when set by hand, not by the latest update
    position: int = 0
    id: int | None = None
    # Values of registry fields that have no attribute here (see fields.value_of), as sorted
    # (name, value) pairs: immutable like every other field. A dict given is turned into pairs.
    extra: tuple[tuple[str, object], ...] = ()

    def __post_init__(self) -> None:
        if not isinstance(self.extra, tuple):
            self.extra = tuple(sorted(dict(self.extra or ()).items()))

    def __deepcopy__(self, memo):
        # Every field is a str, a number, a bool or a frozen value (Timeframe, Budget, a tuple of
        # pairs), so a shallow copy is already deep; the window copies a row on each edit and
        # selection, and the generic deepcopy walk cost milliseconds on a 2,000-row plan.
        return copy.copy(self)

    @property
    def start(self) -> Month | None:
        return self.timeframe.start

    @property
    def end(self) -> Month | None:
        return self.timeframe.end


@dataclass
class Plan:
    school_year: str               # "2024-2025"
    framework_id: str              # the catalog it was written under, kept forever
    number: str = ""               # "68/KH-THCS"
    place: str = ""
    # The letterhead's governing body as of the plan's date: a later change of the school's
    # details never rewrites a filed plan ("" only in plans made before this field: the school's).
    governing_body: str = ""
    # The school's name as of the plan's date, likewise ("" only in plans made before this field).
    school_name: str = ""
    issued_on: date | None = None
    title: str = "Cải tiến chất lượng giáo dục"
    purposes: list[str] = field(default_factory=list)      # I. Mục đích, yêu cầu
    bases: list[str] = field(default_factory=list)         # II. Căn cứ
    organization: Organization = field(default_factory=Organization)
    recipients: list[str] = field(default_factory=list)    # Nơi nhận
    signer_title: str = "HIỆU TRƯỞNG"
    signer_name: str = ""
    status: str = "draft"
    # The 2026 form's extra sections.
    general_info: str = ""                                   # I. Thông tin chung
    priority_problems: list[PriorityProblem] = field(default_factory=list)  # IV
    monitoring: list[MonitoringReview] = field(default_factory=list)        # VI
    reporting: list[str] = field(default_factory=list)                      # VIII
    # The imported document's own section headings where they differ from the form's, by section
    # (``plan_sections.SECTIONS``): "VI. TỔ CHỨC THỰC HIỆN" stays VI.
    section_headings: dict[str, str] = field(default_factory=dict)
    # Its closing paragraphs as written ("Trên đây là …"), one per line; "" prints the program's sentence.
    closing: str = ""
    # Its lists (purposes, bases, reporting) had lines without a mark: every item prints with its own
    # mark only, none added. False: an item without a mark prints with "- ", as filed plans write them.
    items_as_written: bool = False
    rows: list[PlanRow] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)
    id: int | None = None
