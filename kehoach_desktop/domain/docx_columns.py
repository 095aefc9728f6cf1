"""Which table is which, and which column holds what, read from the header words.

Schools add, drop, merge and reorder columns, and split a header over two lines, so a
column is known by its words ("Dự kiến kinh phí", "Nguồn lực bảo đảm"), never by its
place. Each table kind lists its fields with the words that name them, most specific first
("Chỉ số đánh giá kết quả" must not be taken for "Kết quả cần đạt"). The plan tables' words
come from the field registry (``plan_fields``), so a new field is recognised with no change here.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from kehoach_desktop.domain.docx_reading import Cell, Table
from kehoach_desktop.domain.fields import plan_fields
from kehoach_desktop.domain.plan import FORM_TT18, FORM_TT57
from kehoach_desktop.domain.values import nfc

PLAN_2018 = "plan_2018"
PLAN_2026 = "plan_2026"
PRIORITY = "priority"
MONITORING = "monitoring"

NUMBER_WORDS = ("tt", ("tt", "stt", "số tt", "số thứ tự"))
PLAN_FORMS = {PLAN_2018: FORM_TT18, PLAN_2026: FORM_TT57}

# (field, words any of which names it); checked in this order, each field taken once.
_OTHER_KINDS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    PRIORITY: (
        ("tt", ("tt", "stt")),
        ("criteria", ("tiêu chí",)),
        ("standard", ("tiêu chuẩn",)),
        ("current_state", ("hiện trạng",)),
        ("weakness", ("hạn chế", "điểm yếu")),
        ("cause", ("nguyên nhân",)),
    ),
    MONITORING: (
        ("tt", ("tt", "stt")),
        ("when", ("thời điểm", "thời gian")),
        ("content", ("nội dung",)),
        ("adjustment", ("điều chỉnh",)),
        ("result", ("kết quả",)),
        ("assessor", ("người đánh giá", "người theo dõi", "đánh giá")),
    ),
}


def kind_words(kind: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The fields of a table kind with their header words; a plan table's from the registry."""
    if kind in PLAN_FORMS:
        return (NUMBER_WORDS,) + tuple(plan_fields().import_words(PLAN_FORMS[kind]))
    return _OTHER_KINDS[kind]


KINDS = (PLAN_2018, PLAN_2026, PRIORITY, MONITORING)
# What a header must name for its table to be taken as that kind.
_NEEDS = {
    PLAN_2018: ({"tasks"}, 3, {"criterion_code", "expected_result"}),
    PLAN_2026: ({"tasks"}, 4, {"content", "indicators", "expected_evidence"}),
    PRIORITY: (set(), 3, {"weakness", "cause"}),
    MONITORING: (set(), 3, {"adjustment", "assessor"}),
}
_HEADER_ROWS_LOOKED_AT = 4


def header_key(text: str) -> str:
    """Header text as compared: NFC, case-folded, one space, no footnote marks."""
    key = nfc(text).casefold().replace("\n", " ")
    key = re.sub(r"\(\s*\d+\s*\)|\*", " ", key)
    return re.sub(r"\s+", " ", key).strip(" :.")


def _matches(key: str, words: tuple[str, ...]) -> bool:
    for w in words:
        if w in ("tt", "stt", "số tt"):
            if key == w:
                return True
        elif w in key:
            return True
    return False


@dataclass
class ColumnMap:
    kind: str
    header_rows: int                             # how many rows at the top are header
    fields: dict[str, list[int]] = field(default_factory=dict)   # field → grid columns
    unknown: dict[int, str] = field(default_factory=dict)        # column → header text
    depth: int = 1                                               # header lines (a header split over two)

    def column_of(self, index: int) -> str | None:
        for name, columns in self.fields.items():
            if index in columns:
                return name
        return None


def _map_row(texts: list[str], kind: str) -> tuple[dict[str, list[int]], dict[int, str]]:
    fields: dict[str, list[int]] = {}
    unknown: dict[int, str] = {}
    for index, text in enumerate(texts):
        key = header_key(text)
        if not key:
            continue
        for name, words in kind_words(kind):
            if name not in fields and _matches(key, words):
                fields[name] = [index]
                break
        else:
            unknown[index] = text
    return fields, unknown


def _score(fields: dict[str, list[int]], kind: str) -> int:
    required, minimum, any_of = _NEEDS[kind]
    if not required <= fields.keys() or len(fields) < minimum:
        return 0
    if any_of and not any_of & fields.keys():
        return 0
    return len(fields) + 2 * len(any_of & fields.keys())


def _row_texts(rows: list[list[Cell]], upto: int, width: int) -> list[str]:
    """Header text per grid column over the first ``upto`` rows (a header split over lines)."""
    texts = [""] * width
    for row in rows[:upto]:
        for i, cell in enumerate(row[:width]):
            if cell.first_of_span and not cell.inherited and cell.text:
                texts[i] = (texts[i] + " " + cell.text).strip()
    return texts


def _is_numbering_row(row: list[Cell]) -> bool:
    """The "(1) (2) (3)…" line some forms print under the header."""
    values = [c.text for c in row if c.text and c.first_of_span]
    return bool(values) and all(re.fullmatch(r"\(?\s*\d{1,2}\s*\)?", v) for v in values)


def _sub_header(rows: list[list[Cell]], top: int) -> bool:
    """Whether the row under ``rows[top]`` is the second line of its header: short labels under
    a cell merged across columns, every other cell merged down from the header."""
    if top + 1 >= len(rows):
        return False
    header, below = rows[top], rows[top + 1]
    own = [i for i, c in enumerate(below) if c.text and not c.inherited and c.first_of_span]
    if not own or any(re.search(r"\d", below[i].text) or len(below[i].text.split()) > 4 for i in own):
        return False
    under_span = [i for i in own if i < len(header) and (not header[i].first_of_span
                                                         or (i + 1 < len(header) and not header[i + 1].first_of_span))]
    return bool(under_span)


def classify(table: Table) -> ColumnMap | None:
    """The kind of a data table and where its fields are, or ``None`` for a layout table."""
    width = table.width
    best: ColumnMap | None = None
    best_score = 0
    for top in range(min(_HEADER_ROWS_LOOKED_AT, len(table.rows))):
        for depth in (1, 2):
            if top + depth > len(table.rows):
                continue
            texts = _row_texts(table.rows[top:], depth, width)
            for kind in KINDS:
                fields, unknown = _map_row(texts, kind)
                score = _score(fields, kind) * 10 - depth - top
                if score > best_score:
                    best_score = score
                    best = ColumnMap(kind, top + depth, fields, unknown, depth)
    if best is None:
        return None
    if best.depth == 1 and _sub_header(table.rows, best.header_rows - 1):
        fields, unknown = _map_row(_row_texts(table.rows[best.header_rows - 1:], 2, width), best.kind)
        if _score(fields, best.kind):
            best = ColumnMap(best.kind, best.header_rows + 1, fields, unknown, 2)
    # A header cell merged across several grid columns owns all of them, also when a second
    # header line splits it ("Thời gian" over "Bắt đầu" | "Hoàn thành").
    header = table.rows[best.header_rows - best.depth]
    for name, columns in best.fields.items():
        start = columns[0]
        end = start + 1
        while end < len(header) and not header[end].first_of_span:
            best.unknown.pop(end, None)
            end += 1
        best.fields[name] = list(range(start, end))
    while best.header_rows < len(table.rows) and _is_numbering_row(table.rows[best.header_rows]):
        best.header_rows += 1
    return best


def continues(table: Table, previous: ColumnMap) -> bool:
    """Whether a table without a header of its own goes on with ``previous``'s columns."""
    return table.width >= max(max(c) for c in previous.fields.values()) + 1 and classify(table) is None
