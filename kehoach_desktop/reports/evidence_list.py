"""The evidence list (Danh mục minh chứng, Phụ lục IV): each item once, sorted by code, by standard.

Five columns as both sources have them: TT | Mã minh chứng | Tên minh chứng | Định dạng, vị trí lưu
trữ hoặc đường dẫn điện tử | Ghi chú. The name column adds the document's number, date and issuer;
«Ghi chú» says until when a paper is valid and which other criteria cite the item under its one
code («Dùng chung cho tiêu chí 1.2, 2.3»). A «Tiêu chuẩn N» row opens each standard.

Each code cell is a link target named by the code: in the report (Biểu 1, Phần IV.3) every citation
in a statement jumps to its row. A location that is a web address is a link too (source B1 reads
mục I.4 as asking each code to lead to where the item is kept).
"""
from __future__ import annotations

import os
import re
from typing import IO

from reportlab.lib.units import mm

from kehoach_desktop.domain.assessment_paper import EVIDENCE_COLUMNS
from kehoach_desktop.domain.evidence_register import EvidenceItem, code_sort_key, primary_criterion
from kehoach_desktop.domain.values import nfc
from kehoach_desktop.reports import letterhead
from kehoach_desktop.reports.assessment_base import (
    Anchor, AssessmentPaper, LINK_COLOUR, cell, head_cells, managing_body, p, plain, principal_signature,
    school_year_words, t, text_markup, title_lines, vn_day,
)
from kehoach_desktop.reports.assessment_layout import FRAME_HEIGHT, FRAME_WIDTH, KeepClosing, Marks, build_numbered
from kehoach_desktop.reports.build_progress import Progress, Ticker
from kehoach_desktop.reports.styles import escape
from kehoach_desktop.reports.tables import Row, ruled_table

COLUMNS = EVIDENCE_COLUMNS
assert abs(sum(w for _, w in COLUMNS) * mm - FRAME_WIDTH) < 0.01, "columns must fill the frame"
WIDTHS = [w * mm for _, w in COLUMNS]
_WEB = re.compile(r"https?://\S+$", re.IGNORECASE)


def note_text(item: EvidenceItem, citing: list[str]) -> str:
    """«Ghi chú»: the item's note, until when it is valid, and the other criteria that cite it."""
    parts = [nfc(item.note).strip()] if nfc(item.note).strip() else []
    if item.expires is not None:
        parts.append(f"Hiệu lực đến {vn_day(item.expires)}")
    others = [c for c in citing if c != primary_criterion(item.code)]
    if others:
        parts.append("Dùng chung cho tiêu chí " + ", ".join(others))
    return "\n".join(parts)


def _location(item: EvidenceItem):
    where = nfc(item.location).strip()
    if _WEB.fullmatch(where):
        return p(f'<a href="{escape(where)}" color="{LINK_COLOUR}">{text_markup(where)}</a>', "cell_small")
    return plain(where, "cell_small")


def name_text(item: EvidenceItem) -> str:
    """The item's name, and under it «Số … ngày … của …» when it is a document."""
    document = item.document
    return nfc(item.name) + ("\n" + document[:1].upper() + document[1:] if document else "")


def evidence_rows(paper: AssessmentPaper, anchors: bool = True) -> list[Row]:
    """The list's rows, sorted by code, a spanning «Tiêu chuẩn N: …» row before each standard's items."""
    rows: list[Row] = []
    current = None
    number = 0
    for item in sorted(paper.items, key=lambda i: code_sort_key(i.code)):
        criterion = paper.framework.criterion(primary_criterion(item.code))
        standard = criterion.standard_no if criterion else None
        if standard != current and standard is not None:
            found = paper.framework.standard(standard)
            label = f"Tiêu chuẩn {standard}: {found.title}" if found else f"Tiêu chuẩn {standard}"
            rows.append(Row([t(label, "cell_bold")], span_from=0, keep_with_next=True))
        current = standard
        number += 1
        code = plain(item.code, "cell_small")
        rows.append(Row([plain(str(number), "cell_small_centre"), Anchor(code, item.code) if anchors else code,
                         plain(name_text(item), "cell_small"), _location(item),
                         cell(note_text(item, paper.citing.get(item.code, [])), "cell_small")]))
    return rows


def evidence_table(paper: AssessmentPaper, anchors: bool = True):
    """The five-column table (Phần IV.3 of the report, and the standalone list)."""
    return ruled_table([head_cells([title for title, _ in COLUMNS])], evidence_rows(paper, anchors), WIDTHS,
                       FRAME_HEIGHT)


def story(paper: AssessmentPaper) -> list:
    year = school_year_words(paper.assessment.school_year)
    flow = [letterhead.header(managing_body(paper), paper.school.name, None,
                              letterhead.date_line(paper.day, nfc(paper.school.place).strip()), FRAME_WIDTH)]
    flow += title_lines("Danh mục minh chứng", [f"Báo cáo tự đánh giá năm học {year}"])
    signature = principal_signature(paper, dated=False)
    if paper.items:
        flow.append(KeepClosing(evidence_table(paper, anchors=False), signature, gap=6 * mm))
    else:
        flow += [p("Danh mục chưa có minh chứng nào.", "item"), signature]
    return flow


def print_evidence_list(paper: AssessmentPaper, out: str | os.PathLike | IO[bytes], *,
                        progress: Progress | None = None) -> None:
    """The standalone list, «Trang n/N» on every page. ``progress``: see reports.build_progress."""
    ticker = Ticker(progress)
    title = f"Danh mục minh chứng năm học {paper.assessment.school_year} - {nfc(paper.school.name)}"
    build_numbered(story(paper), out, Marks(), title=title, author=nfc(paper.school.name), progress=ticker)
