"""The plan table as printed: its lines and the words of every cell, described once for the PDF and
the Word copy, so the two cannot say different things.

A plan made in the program prints, on the 2018 form, a "Tiêu chuẩn N: title" line (numbered in the
TT column) before each standard's rows; on the 2026 form its rows numbered 1, 2, …. A plan imported
from Word also prints what its document had that the fields do not say:

- the document's own lines just above a row ("MỨC 1, 2, 3", "Mức 3"), as written across the table;
  a standard's line as written is where the catalog's standard line goes (the catalog's title is
  printed: filed plans name standards wrongly), so a "MỨC" line above it stays above it;
- the criterion cell as written ("Tiêu chí 3.1. Khuôn viên, sân chơi, bãi tập") while the row keeps
  the criterion it was read as, else the catalog's "Tiêu chí 3.1. title".

Where the printed words would not give a row's levels back (its result states none, no "MỨC" line
above states it), a note in brackets says them: "(Mức 2 → Mức 3)", and on the 2026 form the
criterion too: "(Tiêu chí 1.3; Mức 2)". The Word importer reads the note back
(``docx_rows.read_level_note``), so a Word copy imported again is the same plan.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kehoach_desktop.domain.catalog_model import Framework
from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.field_text import field_text
from kehoach_desktop.domain.fields import plan_fields
from kehoach_desktop.domain.parse import parse_level_pair, parse_standard_heading
from kehoach_desktop.domain.plan import FORM_TT57, Plan, PlanRow
from kehoach_desktop.domain.row_order import criterion_of
from kehoach_desktop.domain.values import nfc

STANDARD, HEADING, ROW = "standard", "heading", "row"
_LEVEL_HEADING = re.compile(r"^mức\s*(?:độ\s*)?((?:\d|[ivx]+)(?:\s*(?:,|;|và|-|–)\s*(?:\d|[ivx]+))*)\s*:?$")
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_CODE = re.compile(r"(?<![\d.])(\d{1,2})\s*\.\s*(\d{1,2})(?!\d)")


@dataclass(frozen=True)
class TableLine:
    kind: str                          # STANDARD (spans from column 1), HEADING (spans the table), ROW
    number: str = ""                   # the TT column
    text: str = ""                     # a spanning line's words
    cells: tuple[str, ...] = ()        # a row's printed fields, in the form's order
    row: PlanRow | None = None


def heading_levels(text: str) -> list[int]:
    """[1, 2, 3] for a "MỨC 1, 2, 3" line (also "Mức độ 2", "MỨC II"); [] for any other text."""
    key = re.sub(r"\s+", " ", nfc(text).casefold()).strip(" .")
    match = _LEVEL_HEADING.match(key)
    if not match:
        return []
    tokens = re.findall(r"\d|[ivx]+", match.group(1))
    return [v for v in (int(t) if t.isdigit() else _ROMAN.get(t) for t in tokens) if v]


def level_note(row: PlanRow, fw: Framework, *, with_code: bool = False, level_above: int | None = None) -> str:
    """"(Mức 2 → Mức 3)" when the printed words would not give the row's levels back."""
    parts = [f"Tiêu chí {row.criterion_code}"] if with_code and row.criterion_code else []
    said: tuple = (None, None)
    if row.expected_result:
        try:
            said = parse_level_pair(row.expected_result, level_min=fw.level_min, level_max=fw.level_max)
        except InputError:
            pass
    if said == (None, None) and level_above is not None:
        said = (None, level_above)      # the importer takes a row's target from the "MỨC" line above
    if said != (row.current_level, row.target_level) and (row.current_level or row.target_level):
        if row.current_level and row.target_level:
            parts.append(f"Mức {row.current_level} → Mức {row.target_level}")
        elif row.target_level:
            parts.append(f"Mức {row.target_level}")
        else:
            parts.append(f"Hiện tại: Mức {row.current_level}")
    return f"({'; '.join(parts)})" if parts else ""


def catalog_label(row: PlanRow, fw: Framework) -> str:
    """"Tiêu chí 1.9. Thực hiện quy chế dân chủ cơ sở" from the catalog (or the bare code it lacks)."""
    criterion = criterion_of(row.criterion_code, fw)
    if criterion is None:
        return f"Tiêu chí {row.criterion_code}" if row.criterion_code else ""
    return f"Tiêu chí {criterion.code}. {criterion.title}"


def criterion_words(row: PlanRow, fw: Framework) -> str:
    """The criterion as printed: the document's own wording while it still names the row's criterion
    (editing the criterion clears it, see row_edit), else the catalog's label."""
    wording = nfc(row.criterion_wording).strip()
    if wording:
        named = _CODE.search(wording)
        if named is None or f"{int(named.group(1))}.{int(named.group(2))}" == row.criterion_code:
            return wording
    return catalog_label(row, fw)


def _join(*texts: str) -> str:
    return "\n".join(t for t in texts if t)


def _above(row: PlanRow) -> list[str]:
    text = nfc(row.rows_above)
    return [line.strip() for line in text.split("\n") if line.strip()]


def _cells(row: PlanRow, form: str, special: dict[str, str]) -> tuple[str, ...]:
    return tuple(special[f.name] if f.name in special else field_text(row, f)
                 for f in plan_fields().printed_fields(form))


class _Levels:
    """The level the last "MỨC …" line printed says (its highest: "MỨC 1, 2, 3" aims at 3)."""

    def __init__(self) -> None:
        self.level: int | None = None

    def heading(self, text: str) -> TableLine:
        levels = heading_levels(text)
        if levels:
            self.level = max(levels)
        return TableLine(HEADING, text=text)


def table_lines(plan: Plan, fw: Framework) -> list[TableLine]:
    """Every line of the plan table in print order (the header row is the form's, not here)."""
    if fw.plan_form == FORM_TT57:
        return _lines_2026(plan, fw)
    return _lines_2018(plan, fw)


def _lines_2018(plan: Plan, fw: Framework) -> list[TableLine]:
    out: list[TableLine] = []
    levels = _Levels()
    current: object = object()
    counter = 0
    for row in plan.rows:
        criterion = criterion_of(row.criterion_code, fw)
        standard = criterion.standard_no if criterion is not None else None
        above = _above(row)
        if standard is not None and standard != current:
            counter += 1
            title = fw.standard(standard)
            line = TableLine(STANDARD, str(counter), title.label() if title else f"Tiêu chuẩn {standard}")
            at = next((i for i, text in enumerate(above) if parse_standard_heading(text) is not None), None)
            before, after = (above[:at], above[at + 1:]) if at is not None else ([], above)
            out += [levels.heading(text) for text in before] + [line] + [levels.heading(text) for text in after]
        else:
            out += [levels.heading(text) for text in above]
        current = standard
        words = _join(criterion_words(row, fw), level_note(row, fw, level_above=levels.level))
        out.append(TableLine(ROW, "", cells=_cells(row, fw.plan_form, {"criterion_code": words}), row=row))
    return out


def _lines_2026(plan: Plan, fw: Framework) -> list[TableLine]:
    out: list[TableLine] = []
    levels = _Levels()
    for number, row in enumerate(plan.rows, 1):
        out += [levels.heading(text) for text in _above(row)]
        content = _join(row.content, level_note(row, fw, with_code=True, level_above=levels.level))
        out.append(TableLine(ROW, str(number), cells=_cells(row, fw.plan_form, {"content": content}), row=row))
    return out
