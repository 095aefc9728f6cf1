"""Last year's Word plan → a ``Plan`` and the warnings a principal must check before saving.

    result = import_plan_docx("ke-hoach-2023.docx", frameworks)
    result.plan, result.school, result.warnings

Pure: reads the file (never writes it), touches no school file; the caller saves the plan
after the user confirmed the preview. Both printed forms are read: the 2018 circulars'
9 columns and the 2026 "Biểu 2" 10 columns, told apart by their header words. A file that
is not a .docx, is password-protected or has no plan table is refused with an
``InputError`` in Vietnamese.
"""
from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from kehoach_desktop.domain.catalog import Framework
from kehoach_desktop.domain.docx_archive import Budget
from kehoach_desktop.domain import plan_sections
from kehoach_desktop.domain.docx_columns import MONITORING, PLAN_2018, PLAN_2026, PRIORITY, ColumnMap, classify, continues
from kehoach_desktop.domain.docx_organization import read_organization
from kehoach_desktop.domain.docx_reading import Para, Table, read_blocks
from kehoach_desktop.domain.docx_rows import PlanTableReader
from kehoach_desktop.domain.docx_text import (
    HEADER, Line, circulars_cited, find_school_year, flat, is_signer_title, list_items, read_letterhead,
    read_signature, school_name_in_text, section_heading, without_dash,
)
from kehoach_desktop.domain.list_items import has_mark
from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.import_report import DocxImport
from kehoach_desktop.domain.parse import parse_school_year
from kehoach_desktop.domain.plan import FORM_TT18, FORM_TT57, MonitoringReview, Plan, PriorityProblem, School

_FORMS = {PLAN_2018: FORM_TT18, PLAN_2026: FORM_TT57}
_LISTS = ("purposes", "bases", "reporting", "general")     # sections read as lines of text
# School type from the words of its name, most specific first.
_LEVEL_WORDS = (
    ("gdtx", ("gdtx", "giáo dục thường xuyên", "gdnn-gdtx")),
    ("nhieu_cap", ("th&thcs", "th và thcs", "thcs&thpt", "thcs và thpt", "nhiều cấp", "liên cấp", "th-thcs",
                   "thcs-thpt")),
    ("mam_non", ("mầm non", "mẫu giáo", "nhà trẻ", " mn ")),
    ("thpt", ("thpt", "trung học phổ thông")),
    ("thcs", ("thcs", "trung học cơ sở", "ptdtbt", "ptdtnt")),
    ("tieu_hoc", ("tiểu học", " th ")),
)


def school_level_from_name(name: str) -> str | None:
    key = f" {name.casefold()} "
    for level, words in _LEVEL_WORDS:
        if any(w in key for w in words):
            return level
    return None


def choose_framework(frameworks: Mapping[str, Framework], form: str, school_level: str | None) -> Framework | None:
    """The newest catalog printed on ``form`` that covers ``school_level``."""
    fitting = [fw for fw in frameworks.values() if fw.plan_form == form]
    covering = [fw for fw in fitting if school_level in fw.school_levels]
    pool = covering or fitting
    return max(pool, key=lambda fw: (fw.date, fw.id)) if pool else None


class _Stream:
    """The document as lines of text and classified data tables, in reading order."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.items: list[Line | tuple[str, Table, ColumnMap]] = []
        self.plan_kind: str | None = None
        self.last_data: ColumnMap | None = None

    def add(self, block: Para | Table) -> None:
        if isinstance(block, Para):
            self.items += [Line(t, block.bold) for t in block.text.split("\n")]
            if block.text.strip() and section_heading(Line(block.text)):
                self.last_data = None
            return
        columns = classify(block)
        if columns is None and self.last_data is not None and continues(block, self.last_data):
            self.items.append(("continued", block, self.last_data))
        elif columns is None:
            self._layout(block)
        else:
            if columns.kind in _FORMS:
                if self.plan_kind is not None and columns.kind != self.plan_kind:
                    raise InputError("Tệp «{file}» có hai bảng kế hoạch khác mẫu nhau; hãy tách thành hai tệp.",
                                     field="file", file=self.name)
                self.plan_kind = columns.kind
            self.items.append((columns.kind, block, columns))
            self.last_data = columns

    def _layout(self, table: Table) -> None:
        """A layout table (letterhead, signature block, a frame round the page) read cell by cell."""
        for row in table.rows:
            for cell in row:
                if not cell.first_of_span or cell.inherited:
                    continue
                if cell.blocks is not None:
                    for inner in cell.blocks:
                        self.add(inner)
                elif cell.text:
                    self.items += [Line(t) for t in cell.text.split("\n")]


def _data_rows(table: Table, columns: ColumnMap, start: int) -> list[dict[str, str]]:
    rows = []
    for cells in table.rows[start:]:
        values = {name: "\n".join(cells[i].text for i in grid if i < len(cells) and cells[i].first_of_span
                                  and cells[i].text) for name, grid in columns.fields.items()}
        if any(v for k, v in values.items() if k != "tt"):
            rows.append(values)
    return rows


def import_plan_docx(path: str | Path, frameworks: Mapping[str, Framework], *, framework_id: str | None = None,
                     school_year: str | None = None, school_level: str | None = None) -> DocxImport:
    """Read a plan from a .docx; ``school_year`` and ``framework_id`` override what the file says."""
    path = Path(path)
    budget = Budget(path)      # one time budget for reading and interpreting an untrusted file
    stream = _Stream(path.name)
    for block in read_blocks(path, budget):
        budget.check()
        stream.add(block)
    plan_kind = stream.plan_kind
    if plan_kind is None:
        raise InputError(
            "Không tìm thấy bảng kế hoạch trong tệp «{file}». Cần một bảng có các cột như «Tiêu "
            "chuẩn, tiêu chí», «Kết quả cần đạt», «Công việc/giải pháp» (mẫu 2018) hoặc «Nội dung "
            "cải tiến», «Hoạt động/giải pháp», «Chỉ số đánh giá kết quả» (mẫu 2026).", field="file",
            file=path.name)
    form = _FORMS[plan_kind]
    lines = [item for item in stream.items if isinstance(item, Line)]
    result = DocxImport(plan=Plan(school_year="", framework_id=""), school=School(name="", code=""), form=form)
    preamble = read_letterhead(_before_sections(lines), result)
    _settle_year(result, lines, school_year)
    if not result.school.name and (found := school_name_in_text(lines)):
        result.school.name = found[0]
        result.warn(HEADER, f"lấy tên trường «{found[0]}» từ câu «{found[1]}».")
    fw = _settle_framework(result, frameworks, form, framework_id, school_level, circulars_cited(lines))
    reader = PlanTableReader(result, fw, result.plan.school_year or None)
    _read_body(stream.items, preamble, reader, result, budget)
    result.plan.rows = reader.rows()
    if not result.plan.rows:
        raise InputError("Bảng kế hoạch trong tệp «{file}» không có dòng nào.", field="file",
                         file=path.name)
    return result


def _before_sections(lines: list[Line]) -> list[Line]:
    for index, line in enumerate(lines):
        if section_heading(line):
            return lines[:index]
    return lines


def _settle_year(result: DocxImport, lines: list[Line], wanted: str | None) -> None:
    found = result.plan.school_year or find_school_year(lines)
    if wanted:
        wanted = parse_school_year(wanted)
        if found and found != wanted:
            result.warn(HEADER, f"văn bản ghi năm học {found}; kế hoạch được nhập thành năm học {wanted} theo yêu cầu. "
                                f"Thời gian các dòng giữ như trong văn bản.")
        result.plan.school_year = wanted
    elif found:
        result.plan.school_year = found
    else:
        raise InputError("Không thấy năm học trong văn bản. Hãy ghi rõ năm học, ví dụ --year 2025-2026.",
                         field="school_year")


def _settle_framework(result: DocxImport, frameworks: Mapping[str, Framework], form: str,
                      framework_id: str | None, school_level: str | None, cited: set[str]) -> Framework:
    fw: Framework | None
    if framework_id:
        if framework_id not in frameworks:
            raise InputError("Không có khung tiêu chí «{framework_id}».", field="framework",
                             framework_id=framework_id)
        fw = frameworks[framework_id]
        if fw.plan_form != form:
            shape = (InputError("mẫu 9 cột (2018)", field="framework") if form == FORM_TT18
                     else InputError("Biểu 2 (2026)", field="framework"))
            raise InputError("Bảng trong văn bản theo {shape}, không hợp với khung {display_name}.",
                             field="framework", shape=shape, display_name=fw.display_name())
    else:
        level = school_level or school_level_from_name(result.school.name)
        fw = choose_framework(frameworks, form, level)
        how = f"theo tên trường «{result.school.name}»"
        named = [f for f in frameworks.values() if f.plan_form == form and any(f.circular.startswith(c) for c in cited)]
        if level is None and len({f.circular for f in named}) == 1:
            fw = choose_framework({f.id: f for f in named}, form, None)
            how = f"theo thông tư văn bản dẫn ({fw.short_circular()})" if fw else how
        elif level is None:
            how = "(không đoán được cấp học của trường)"
        if fw is None:
            raise InputError("Chưa cài khung tiêu chí nào cho mẫu kế hoạch này.", field="framework")
        if school_level is None:
            result.warn(HEADER, f"chọn khung {fw.display_name()} {how}; nếu chưa đúng hãy chọn khung khác (dòng lệnh: --framework).")
    result.plan.framework_id = fw.id
    result.school.level = school_level or school_level_from_name(result.school.name) or result.school.level
    result.school.place = result.plan.place
    result.plan.governing_body = result.school.governing_body   # the letterhead of the plan's own date
    result.plan.school_name = result.school.name
    return fw


def _read_body(stream, preamble: list[Line], reader: PlanTableReader, result: DocxImport, budget: Budget) -> None:
    plan = result.plan
    kind = "preamble"
    section: list[Line] = []
    sections: list[tuple[str, list[Line]]] = []
    written: dict[str, str] = {}            # each section's heading as the document wrote it
    for item in stream:
        budget.check()
        if isinstance(item, Line):
            heading = section_heading(item)
            if heading:
                sections.append((kind, section))
                kind, section = heading[0], []
                title = flat(item.text).lstrip("# ")
                if kind == "other":
                    result.warn(HEADER, f"mục «{title}»: chương trình chưa có chỗ cho mục này; chữ trong mục "
                                        f"không được nhập, hãy kiểm tra.")
                elif kind in written and kind in _LISTS:
                    # a second section of one kind ("I. MỤC ĐÍCH", "II. YÊU CẦU"): its heading stays a line
                    # of the list, in its place, so nothing is merged away
                    section.append(Line(title))
                    result.warn(HEADER, f"mục «{title}» in tiếp trong mục «{written[kind]}», giữ dòng tiêu đề.")
                written.setdefault(kind, title)
            else:
                section.append(item)
                if kind == "table" or (kind == "preamble" and reader.raw):
                    reader.paragraph(item.text)   # "MỨC 2" written between two tables
            continue
        table_kind, table, columns = item
        if table_kind == "continued":
            result.warn(f"Bảng {table.index}", "bảng không có dòng tiêu đề, nối tiếp bảng phía trên.")
            table_kind = columns.kind
            start = 0
        else:
            start = columns.header_rows
        if table_kind in _FORMS:
            reader.add_table(table, columns, start)
        elif table_kind == PRIORITY:
            plan.priority_problems += [PriorityProblem(**{k: v for k, v in r.items() if k != "tt"})
                                       for r in _data_rows(table, columns, start)]
        elif table_kind == MONITORING:
            plan.monitoring += [MonitoringReview(**{k: v for k, v in r.items() if k != "tt"})
                                for r in _data_rows(table, columns, start)]
    cut = _signature_start(section)
    sections.append((kind, section[:cut]))
    bases = [flat(line.text) for line in preamble if flat(line.text).casefold().startswith("căn cứ")]
    for kind, lines in sections:
        if kind == "purposes":
            plan.purposes += list_items(lines)   # "1. Mục đích" is an item: it prints as it was written
        elif kind == "bases":
            bases += list_items(lines)
        elif kind == "general":              # paragraphs, printed as they are (no list marks)
            plan.general_info = "\n".join(t for line in lines if (t := flat(line.text)))
        elif kind == "reporting":
            plan.reporting += list_items(lines)
        elif kind == "organization":
            plan.organization = read_organization(lines, result, result.form)
        elif kind == "targets":
            _targets(list_items(lines), result)
    if result.form == FORM_TT57:
        plan.purposes = _targets_part(plan.purposes, result)
    plan.bases = bases
    _list_marks(plan)
    closing = _closing(section[cut:])
    if closing != [plan_sections.program_closing(plan, result.school.name)]:
        plan.closing = "\n".join(closing)           # the document's own words, printed as written
    form_headings = plan_sections.form_headings(plan, result.form)
    plan.section_headings = {kind: text for kind, text in written.items()
                             if kind in form_headings and text != form_headings[kind]}
    read_signature(section[cut:], result)


def _list_marks(plan: Plan) -> None:
    """Lists as the document wrote them. Every line marked: the dash, which every list prints an unmarked
    line with, is dropped (the plan reads like one made in the program); a line without a mark: every
    line is kept as written and the plan prints no mark it did not have (``Plan.items_as_written``)."""
    lists = (plan.purposes, plan.bases, plan.reporting)
    if any(not has_mark(item) for items in lists for item in items):
        plan.items_as_written = True
        return
    plan.purposes, plan.bases, plan.reporting = ([without_dash(item) for item in items] for items in lists)


def _targets(items: list[str], result: DocxImport) -> None:
    """A "CHỈ TIÊU" section: each line "tên: ≥ 65%" becomes a chỉ tiêu (as the program prints them)."""
    read = [(item, plan_sections.read_target_line(item)) for item in items]
    result.plan.targets += [t for _, t in read if t is not None]
    unread = [item for item, t in read if t is None]
    if unread:
        result.warn(HEADER, f"phần «Chỉ tiêu»: {len(unread)} dòng không ghi rõ «tên: ≥/≤/= số» nên chưa được nhập "
                            f"(«{unread[0][:60]}»…); hãy nhập các chỉ tiêu này trong chương trình.")


def _targets_part(purposes: list[str], result: DocxImport) -> list[str]:
    """Biểu 2's chỉ tiêu as printed: the last part of section III, "3. Chỉ tiêu" then one line each.
    Read back only when every line under that heading is a chỉ tiêu; else the lines stay as written."""
    for index, item in enumerate(purposes):
        if plan_sections.is_targets_heading(item):
            rest = purposes[index + 1:]
            read = [plan_sections.read_target_line(line) for line in rest]
            if rest and all(read):
                result.plan.targets += [t for t in read if t is not None]
                return purposes[:index]
    return purposes


def _closing(lines: list[Line]) -> list[str]:
    """The closing paragraphs ("Trên đây là …") up to "Nơi nhận" or the signer's title."""
    out = []
    for line in lines:
        text = flat(line.text)
        if text.casefold().startswith("nơi nhận") or is_signer_title(text):
            break
        if text:
            out.append(text)
    return out


def _signature_start(lines: list[Line]) -> int:
    """Where the closing starts in the last section: "Trên đây là …", "Nơi nhận" or the signer's title."""
    for index, line in enumerate(lines):
        key = flat(line.text).casefold()
        if key.startswith("trên đây") or key.startswith("nơi nhận"):
            return index
    for index, line in enumerate(lines):
        if is_signer_title(line.text):
            return index
    return len(lines)
