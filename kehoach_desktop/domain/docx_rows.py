"""Turning the rows of a plan table into plan rows, the way a principal reads them.

A plan table mixes three kinds of rows: spanning headings ("Tiêu chuẩn 1: …", "MỨC 2",
"MỨC 1, 2, 3") that set the standard and the target level of the rows under them; data
rows; and the pieces of a row that Word or a PDF converter broke across a page (no
criterion, no result, a few words in some cells), which belong to the row above. Cells
merged down from the row above (``inherited``) mean "same criterion, another task".

Budgets and timeframes go through the core parsers; whatever they refuse is kept as typed
with a warning. Nothing is dropped without saying so.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any

from kehoach_desktop.domain.catalog import Framework
from kehoach_desktop.domain.docx_columns import PLAN_2026, ColumnMap
from kehoach_desktop.domain.docx_reading import Cell, Table
from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.fields import plan_fields
from kehoach_desktop.domain.import_report import DocxImport
from kehoach_desktop.domain.parse import (
    parse_budget, parse_criterion_ref, parse_level_pair, parse_standard_heading, parse_timeframe,
)
from kehoach_desktop.domain.plan import FORM_TT18, FORM_TT57, STATUSES, PlanRow
from kehoach_desktop.domain.plan_table_text import catalog_label, heading_levels
from kehoach_desktop.domain.values import Budget, Timeframe, nfc

_STATUS_WORDS = {label.casefold(): key for key, label in STATUSES.items()} | {
    "đã hoàn thành": "done", "hoàn thành": "done", "xong": "done",
    "đang triển khai": "in_progress", "đang làm": "in_progress",
    "chưa triển khai": "not_started", "chưa bắt đầu": "not_started",
    "tạm hoãn": "paused", "dừng": "paused",
}
_PERCENT = re.compile(r"\(?\s*(\d{1,3})\s*%\s*\)?")
_CRITERION_ANYWHERE = re.compile(r"(?<![^\W_])(?:tiêu\s*chí|tc)\s*(?:số\s*)?:?\s*\d{1,2}\s*\.\s*\d{1,2}(?!\d)")
_CODE_ANYWHERE = re.compile(r"(?<![\d.])(\d{1,2})\s*\.\s*(\d{1,2})(?![\d])")
_WITHIN_STANDARD = re.compile(r"(?<![^\W_])(?:tiêu\s*chí|tc)\s*(?:số\s*)?(\d{1,2})(?![\d.]*\d)\s*(?:$|[:.\-–)]|\s)")
# The note the exporter adds under a criterion when the words alone would not give the levels
# back: "(Mức 2 → Mức 3)", "(Hiện tại: Mức 2)", "(Tiêu chí 3.1; Mức 1 → Mức 2)".
_NOTE_LINE = re.compile(r"^\((?P<body>[^()]*)\)$")
_NOTE_CODE = re.compile(r"^tiêu chí (\d{1,2}\.\d{1,2})$")
_NOTE_NOW = re.compile(r"^hiện tại: mức (\d)$")
_NOTE_LEVELS = re.compile(r"^mức (\d)(?: → mức (\d))?$")


@dataclass
class RawRow:
    values: dict[str, str]
    where: str
    standard: int | None
    heading_level: int | None
    heading_text: str = ""
    inherited_criterion: bool = False
    pieces: int = 1
    above: tuple[str, ...] = ()      # the heading rows the document had since the row before, as written


def read_level_note(text: str) -> tuple[str, dict]:
    """Split off the exporter's note line; returns (text without it, what it says)."""
    lines = text.split("\n")
    match = _NOTE_LINE.match(lines[-1].strip()) if lines else None
    if not match:
        return text, {}
    said: dict = {}
    for part in match.group("body").split(";"):
        part = part.strip().casefold()
        if m := _NOTE_CODE.match(part):
            said["code"] = m.group(1)
        elif m := _NOTE_NOW.match(part):
            said["current"] = int(m.group(1))
        elif m := _NOTE_LEVELS.match(part):
            if m.group(2):
                said["current"], said["target"] = int(m.group(1)), int(m.group(2))
            else:
                said["target"] = int(m.group(1))
        else:
            return text, {}
    return "\n".join(lines[:-1]).rstrip(), said


class PlanTableReader:
    """Reads one plan's table (possibly split over several Word tables) into ``result.plan.rows``."""

    def __init__(self, result: DocxImport, framework: Framework, school_year: str | None) -> None:
        self.result = result
        self.fw = framework
        self.school_year = school_year
        self.raw: list[RawRow] = []
        self.standard: int | None = None
        self.heading_level: int | None = None
        self.heading_text = ""
        self.above: list[str] = []              # heading rows read since the last data row, as written
        self.row_number: int | None = None      # the plan row being interpreted, named by its warnings

    # -- collecting -------------------------------------------------------------------
    def add_table(self, table: Table, columns: ColumnMap, first_row: int) -> None:
        for index in range(first_row, len(table.rows)):
            self._add_row(table.rows[index], columns, f"Bảng {table.index}, hàng {index + 1}")

    def _cell_values(self, cells: list[Cell], columns: ColumnMap) -> tuple[dict[str, str], dict[str, bool]]:
        values: dict[str, str] = {}
        inherited: dict[str, bool] = {}
        for name, grid in columns.fields.items():
            texts = [cells[i].text for i in grid if i < len(cells) and cells[i].first_of_span and cells[i].text]
            # Sub-columns under one header ("Bắt đầu" | "Hoàn thành") read as one range.
            values[name] = (" - " if name == "timeframe" else "\n").join(dict.fromkeys(texts))
            inherited[name] = bool(texts) and all(cells[i].inherited for i in grid if i < len(cells) and cells[i].text)
        extra = [f"{header.strip()}: {cells[i].text}" for i, header in columns.unknown.items()
                 if i < len(cells) and cells[i].text and cells[i].first_of_span and not cells[i].inherited]
        if extra:
            values["extra"] = "\n".join(extra)
        return values, inherited

    def _add_row(self, cells: list[Cell], columns: ColumnMap, where: str) -> None:
        values, inherited = self._cell_values(cells, columns)
        own = [c.text for c in cells if c.text and c.first_of_span and not c.inherited]
        tt_cols = columns.fields.get("tt", [])
        spanning = list(dict.fromkeys(c.text for i, c in enumerate(cells)
                                      if c.text and c.first_of_span and not c.inherited and i not in tt_cols))
        if not own:
            return  # an empty row, or one made only of cells merged from above
        spanning = spanning or list(dict.fromkeys(own))   # a heading merged across the TT column too
        if len(spanning) == 1 and self._heading(spanning[0], where):
            return
        key = "content" if columns.kind == PLAN_2026 else "criterion_code"
        has_key = bool(values.get(key)) or bool(values.get("criterion_code"))
        if not has_key and not values.get("expected_result") and self.raw and self.raw[-1].heading_text == self.heading_text:
            self._continue_previous(values, where)
            return
        self.raw.append(RawRow(values, where, self.standard, self.heading_level, self.heading_text,
                               inherited_criterion=inherited.get(key, False), above=tuple(self.above)))
        self.above = []

    def paragraph(self, text: str) -> None:
        """A paragraph between two parts of the plan table: "MỨC 3" or "Tiêu chuẩn 2: …" set the rows under it."""
        flat = " ".join(nfc(text).split())
        if flat and len(flat) <= 160:
            self._heading(flat, "Đoạn văn giữa các bảng")

    def _heading(self, text: str, where: str) -> bool:
        """A standard's or a level's heading row: it sets the rows under it and is kept as written
        (``rows_above`` of the next row) to print where the document had it."""
        standard = parse_standard_heading(text)
        if standard is not None:
            if self.fw.standard(standard) is None:
                self._warn(where, f"«{_short(text)}»: khung {self.fw.short_circular()} không có "
                                        f"tiêu chuẩn {standard}; các dòng dưới vẫn được đọc theo tiêu chí.")
            self.standard = standard
            self.heading_text = text
            self.above.append(" ".join(nfc(text).split()))
            return True
        levels = heading_levels(text)
        if levels:
            self.heading_level = max(levels)
            self.heading_text = text
            self.above.append(" ".join(nfc(text).split()))
            if len(levels) > 1:
                self._warn(where, f"«{_short(text)}»: hiểu là các dòng dưới cần đạt Mức "
                                        f"{self.heading_level} khi ô kết quả không ghi mức.")
            return True
        return False

    def _continue_previous(self, values: dict[str, str], where: str) -> None:
        previous = self.raw[-1]
        for name, text in values.items():
            if text and name != "tt":
                joined = previous.values.get(name, "")
                previous.values[name] = f"{joined} {text}".strip() if joined else text
        previous.pieces += 1
        self._warn(where, f"hàng không có tiêu chí: coi là phần tiếp theo của hàng trên "
                                f"({previous.where.lower()}) bị ngắt trang, đã nối vào.")

    # -- interpreting -----------------------------------------------------------------
    def rows(self) -> list[PlanRow]:
        rows: list[PlanRow] = []
        for text in self.above:
            self._warn("Bảng kế hoạch", f"dòng «{_short(text)}» ở cuối bảng, không có dòng kế hoạch nào dưới: "
                                        f"không giữ được.")
        for raw in self.raw:
            number = len(rows) + 1
            where = f"Dòng {number} ({raw.where[:1].lower()}{raw.where[1:]})"
            self.row_number = number
            rows.append(self._row(raw, where))
            self.result.source_rows.append(raw.where)
        self.row_number = None
        return rows

    def _warn(self, where: str, message: str) -> None:
        self.result.warn(where, message, row=self.row_number)

    def _row(self, raw: RawRow, where: str) -> PlanRow:
        v = raw.values
        registry = plan_fields()      # every text field of the registry is read as written
        texts = {name: v.get(name, "") for name in registry.text_fields() if name != "notes"}
        own: dict[str, Any] = {n: t for n, t in texts.items() if not registry[n].is_extra}
        row = PlanRow(**own, extra=tuple(sorted((n, t) for n, t in texts.items() if registry[n].is_extra and t)))
        notes = [v.get("notes", "")]
        note: dict = {}
        if "content" in v:
            row.content, note = read_level_note(v["content"])
        criterion_text = v.get("criterion_code", "")
        if criterion_text:
            criterion_text, cell_note = read_level_note(criterion_text)
            note = note or cell_note
        code = note.get("code") or self._criterion(criterion_text, where, notes, required=not row.content,
                                                   standard=raw.standard)
        if not code and row.content and not criterion_text:
            code = self._criterion(row.content, where, notes, required=False, quiet=True)
            if code:
                self._warn(where, f"gắn với tiêu chí {code} theo chữ trong «Nội dung cải tiến».")
        if code:
            row.criterion_code = code
            self._check_standard(code, raw.standard, where)
            wording = " ".join(criterion_text.split())
            if self.fw.plan_form == FORM_TT18 and wording and wording != catalog_label(row, self.fw):
                row.criterion_wording = wording          # printed as the document had it
        if self._keeps(raw.above):
            row.rows_above = "\n".join(raw.above)
        self._levels(row, raw, note, where)
        row.timeframe = self._timeframe(v.get("timeframe", ""), where)
        row.budget = self._budget(v.get("budget", ""), where)
        if "status" in v:
            row.status, row.percent = self._status(v["status"], where, notes)
        if v.get("extra"):
            notes.append(v["extra"])
            self._warn(where, "cột lạ trong bảng: nội dung giữ ở Ghi chú.")
        row.notes = "\n".join(n for n in notes if n)
        self._required(row, where)
        return row

    def _keeps(self, above: tuple[str, ...]) -> bool:
        """Whether the heading rows above a row say more than the print says anyway: on the 2018 form a
        standard's row alone is printed from the catalog, so only a "MỨC …" row among them is kept (with
        the standard's row as written, which tells whether it stood above or below the level's)."""
        if self.fw.plan_form == FORM_TT57:
            return bool(above)
        return any(parse_standard_heading(text) is None for text in above)

    def _criterion(self, text: str, where: str, notes: list[str], *, required: bool, quiet: bool = False,
                   standard: int | None = None) -> str:
        if not text:
            if required:
                self._warn(where, "không có tiêu chí.")
            return ""
        key = nfc(text).casefold()
        found = [m.group(0) for m in _CRITERION_ANYWHERE.finditer(key)]
        candidates = found or ([text] if not quiet else [])
        codes: list[str] = []
        for candidate in candidates:
            try:
                codes.append(parse_criterion_ref(candidate))
            except InputError:
                pass
        if not codes and not quiet:
            plain = _CODE_ANYWHERE.search(key.split("\n")[0])
            if plain and key.lstrip(" -–•+").startswith(plain.group(0)):
                codes.append(f"{int(plain.group(1))}.{int(plain.group(2))}")
        if not codes and not quiet and standard is not None:
            # "Tiêu chí 4: …" under "Tiêu chuẩn 1" numbers the criterion within its standard: 1.4.
            short = _WITHIN_STANDARD.match(key.lstrip(" -–•+"))
            if short and self.fw.criterion(f"{standard}.{int(short.group(1))}") is not None:
                codes.append(f"{standard}.{int(short.group(1))}")
                self._warn(where, f"«{_short(text, 30)}» dưới «Tiêu chuẩn {standard}»: hiểu là tiêu chí "
                                        f"{codes[0]}.")
        if not codes and not quiet:
            codes += self._by_title(text, standard, where)
        codes = list(dict.fromkeys(codes))
        if not codes:
            if not quiet:
                self._warn(where, f"không đọc được tiêu chí «{_short(text)}»: giữ nguyên chữ ở Ghi chú.")
                notes.append(text)
            return ""
        known = [c for c in codes if self.fw.criterion(c) is not None]
        unknown = [c for c in codes if c not in known]
        if unknown and not quiet:
            self._warn(where, f"tiêu chí {', '.join(unknown)} không có trong khung {self.fw.display_name()}: "
                                    f"giữ nguyên chữ ở Ghi chú.")
            notes.append(text)
        if len(known) > 1:
            self._warn(where, f"ô ghi nhiều tiêu chí ({', '.join(known)}): dòng được gắn với tiêu chí "
                                    f"{known[0]}; các tiêu chí còn lại ghi ở Ghi chú.")
            notes.append("Liên quan tiêu chí " + ", ".join(known[1:]))
        return known[0] if known else ""

    def _by_title(self, text: str, standard: int | None, where: str) -> list[str]:
        """A criterion named only by its title ("Tiêu chí: Khuôn viên, sân chơi, bãi tập"), said as a guess."""
        words = re.sub(r"^(?:[-–•+]\s*)?(?:tiêu\s*chí\s*:?\s*)?", "", " ".join(nfc(text).casefold().split()))
        if len(words) < 8:
            return []
        pool = [c for c in self.fw.criteria() if standard is None or c.standard_no == standard]
        scored = sorted(((SequenceMatcher(None, words, c.title.casefold()).ratio(), c.code) for c in pool), reverse=True)
        if not scored or scored[0][0] < 0.8 or (len(scored) > 1 and scored[1][0] > scored[0][0] - 0.1):
            return []
        code = scored[0][1]
        title = next(c.title for c in pool if c.code == code)
        self._warn(where, f"ô tiêu chí không ghi số: «{_short(text, 40)}» giống tên tiêu chí {code} "
                                f"«{title}»; hãy kiểm tra.")
        return [code]

    def _check_standard(self, code: str, standard: int | None, where: str) -> None:
        criterion = self.fw.criterion(code)
        if standard is not None and criterion is not None and criterion.standard_no != standard:
            self._warn(where, f"tiêu chí {code} nằm dưới dòng «Tiêu chuẩn {standard}» nhưng thuộc tiêu chuẩn "
                                    f"{criterion.standard_no}; giữ tiêu chí {code}.")

    def _levels(self, row: PlanRow, raw: RawRow, note: dict, where: str) -> None:
        lo, hi = self.fw.level_min, self.fw.level_max
        current = target = None
        for name in ("current_level", "target_level"):
            text = raw.values.get(name, "")
            if text:
                try:
                    value = parse_level_pair(text, level_min=lo, level_max=hi)[1]
                    current, target = (value, target) if name == "current_level" else (current, value)
                except InputError as exc:
                    self._warn(where, f"{exc.message}; bỏ qua ô mức.")
        if "current" in note or "target" in note:
            current = note.get("current", current)
            target = note.get("target", target)
        elif row.expected_result and target is None:
            try:
                current, target = parse_level_pair(row.expected_result, level_min=lo, level_max=hi)
            except InputError as exc:
                if "ngoài phạm vi" in exc.message or "thấp hơn" in exc.message:
                    self._warn(where, f"{exc.message}; không lấy mức từ ô kết quả.")
        if target is None and not ("current" in note or "target" in note) and raw.heading_level is not None:
            if lo <= raw.heading_level <= hi:
                target = raw.heading_level
            else:
                self._warn(where, f"dòng «{raw.heading_text}» ghi Mức {raw.heading_level}, ngoài phạm vi "
                                        f"Mức {lo}–{hi} của khung; chưa đặt mức cần đạt.")
        row.current_level, row.target_level = current, target
        if target is None and self.fw.plan_form == FORM_TT18:
            self._warn(where, "không rõ mức cần đạt (ô kết quả không ghi mức, không có dòng «MỨC …» phía trên).")

    def _timeframe(self, text: str, where: str) -> Timeframe:
        try:
            return parse_timeframe(text, school_year=self.school_year)
        except InputError as exc:
            self._warn(where, f"{exc.message} — giữ nguyên chữ, chưa có tháng.")
            return Timeframe(None, None, " ".join(nfc(text).split()))

    def _budget(self, text: str, where: str) -> Budget:
        try:
            return parse_budget(text)
        except InputError as exc:
            self._warn(where, f"{exc.message} — giữ nguyên chữ, chưa có số tiền.")
            return Budget(None, " ".join(nfc(text).split()))

    def _status(self, text: str, where: str, notes: list[str]) -> tuple[str, int]:
        """"Đang thực hiện (40%)" → ("in_progress", 40); "Hoàn thành" → ("done", 100)."""
        key = " ".join(nfc(text).casefold().split()).strip(" .")
        percent = None
        if match := _PERCENT.search(key):
            percent = min(100, int(match.group(1)))
            key = (key[:match.start()] + key[match.end():]).strip(" .,")
        if not key:
            return ("not_started", 0) if percent is None else ("in_progress", percent)
        if key in _STATUS_WORDS:
            status = _STATUS_WORDS[key]
            return status, percent if percent is not None else (100 if status == "done" else 0)
        self._warn(where, f"không hiểu mức độ thực hiện «{_short(text)}»: để «Chưa thực hiện», chữ gốc ghi ở Ghi chú.")
        notes.append(f"Mức độ thực hiện: {text}")
        return "not_started", 0

    def _required(self, row: PlanRow, where: str) -> None:
        if self.fw.plan_form == FORM_TT57 and not row.content:
            self._warn(where, "chưa có «Nội dung cải tiến».")
        if not row.tasks:
            self._warn(where, "chưa có «Công việc/giải pháp».")


def _short(text: str, limit: int = 60) -> str:
    flat = " ".join(nfc(text).split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
