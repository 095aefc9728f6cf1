"""The Nghị định 30/2020 blocks every document shares (Phụ lục I).

The header is a borderless two-column table: the governing body (upper case,
regular) and the issuing body (upper case, bold, a short centred rule under
it) then "Số: …" on the left; the quốc hiệu, the tiêu ngữ with a rule as long
as itself, then the italic place-and-date line on the right. A record (biên
bản) has no date line in its header. The document closes with "Nơi nhận:" on
the left and the signer's block on the right.
"""
from __future__ import annotations

from datetime import date

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import HRFlowable, KeepTogether, Spacer, Table, TableStyle

from kehoach_desktop.domain.list_items import item_line
from kehoach_desktop.domain.parse import format_vn_date
from kehoach_desktop.domain.school_fields import one_line
from kehoach_desktop.domain.values import nfc
from kehoach_desktop.reports.fonts import BOLD, REGULAR, register_fonts
from kehoach_desktop.reports.styles import esc, para, styles

COUNTRY = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
BLANK_DATE = "ngày …… tháng …… năm ……"
SIGNATURE_ROOM = 26 * mm   # signature and the round seal


def text_width(text: str, size: float, font: str = BOLD) -> float:
    register_fonts()
    return stringWidth(nfc(text), font, size)


def upper(text: str) -> str:
    """A letterhead line in capitals, on one line: control and format characters a damaged or hostile
    file may hold (escape codes, bidi overrides) never reach the paper."""
    return one_line(text).upper()


def _rule(width: float) -> HRFlowable:
    return HRFlowable(width=width, thickness=0.6, color=colors.black, spaceBefore=3, spaceAfter=3, hAlign="CENTER")


def _plain_table(rows: list[list], widths: list[float], extra: list | None = None) -> Table:
    table = Table(rows, colWidths=widths, hAlign="CENTER")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),   # centres the rules (cells ignore hAlign)
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),  # empty string cells would pull in Helvetica
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        *(extra or []),
    ]))
    return table


def date_line(day: date | None, place: str) -> str:
    """"Đồng Minh, ngày 06 tháng 9 năm 2023", or dotted blanks to fill by hand."""
    if day is not None:
        return format_vn_date(day, place)
    return f"{nfc(place) or '……'}, {BLANK_DATE}"


def header(governing_body: str, issuing_body: str, number: str | None, dated: str | None,
           frame_width: float) -> Table:
    """Both header blocks. ``number`` None leaves out "Số:"; ``dated`` None leaves out the date line."""
    left_w = frame_width * 0.45
    right_w = frame_width - left_w
    issuer = upper(issuing_body)
    # 13 pt when the name fits one line, else 12 (both allowed) to spare a lonely last word.
    size = 13 if text_width(issuer, 13) <= left_w - 4 else 12
    issuer_width = min(text_width(issuer, size), left_w - 4)
    left = []
    if governing_body:
        left.append(para(upper(governing_body), "head_regular"))
    left += [para(issuer, "head_bold" if size == 13 else "head_bold_12"), _rule(max(issuer_width * 0.4, 30 * mm))]
    right = [para(COUNTRY, "motto_country"), para(MOTTO, "head_bold"),
             _rule(text_width(MOTTO, 13))]
    rows = [[left, right]]
    if number is not None or dated is not None:
        rows.append([
            para(f"Số: {nfc(number)}" if number is not None else "", "head_regular"),
            para(dated or "", "centre_italic"),
        ])
    return _plain_table(rows, [left_w, right_w], [("TOPPADDING", (0, 1), (-1, 1), 4)])


def title_block(title: str, subject_lines: list[str]) -> list:
    """"KẾ HOẠCH" and its subject lines, bold and centred, with a short rule under them."""
    flow = [Spacer(1, 8 * mm), para(upper(title), "title")]
    flow += [para(line, "subject") for line in subject_lines if line]
    widest = max([text_width(s, 14) for s in subject_lines if s] or [60 * mm])
    flow += [_rule(min(max(widest / 3, 25 * mm), 60 * mm)), Spacer(1, 4 * mm)]
    return flow


def dash_list(items: list[str], style: str = "bullet", prefix: str = "- ") -> list:
    """"- item" paragraphs; items that already start with a dash or plus keep theirs."""
    return [para(line, style) for line in (item_line(item, prefix) for item in items) if line]


def recipient_lines(recipients: list[str]) -> list[str]:
    """Nơi nhận lines as offices write them: "- …;" and the last one "- Lưu: VT."."""
    lines = [nfc(r).strip().lstrip("-–• ").rstrip(" ;.") for r in recipients if nfc(r).strip()]
    if not any(line.lower().startswith("lưu") for line in lines):
        lines.append("Lưu: VT")
    return [f"- {line}{'.' if i == len(lines) - 1 else ';'}" for i, line in enumerate(lines)]


def _title_lines(title: str) -> list[str]:
    return [upper(line) for line in nfc(title).split("\n") if line.strip()]


def signer(title: str, name: str, lines: int = 0) -> list:
    """A signature block: the title (one line per "\\n", padded to ``lines`` so names in a row
    line up), room to sign and stamp, the name."""
    titles = _title_lines(title)
    titles += ["\u00a0"] * (lines - len(titles))   # an empty Paragraph would have no height
    flow = [para(line, "centre_bold") for line in titles]
    flow += [Spacer(1, SIGNATURE_ROOM), para(name or "", "centre_bold")]
    return flow


def closing(recipients: list[str] | None, signer_title: str, signer_name: str, frame_width: float) -> KeepTogether:
    """"Nơi nhận:" lower left and the signer lower right, kept on one page."""
    left = []
    if recipients is not None:
        left = [para("Nơi nhận:", "recipients_label")]
        left += [para(line, "recipients") for line in recipient_lines(recipients)]
    table = _plain_table([[left, signer(signer_title, signer_name)]], [frame_width * 0.45, frame_width * 0.55])
    return KeepTogether([Spacer(1, 6 * mm), table])


def signature_grid(blocks: list[tuple[str, str]], frame_width: float, columns: int = 2) -> Table:
    """Several signature blocks side by side (a record: the principal and every team member)."""
    rows = []
    for start in range(0, len(blocks), columns):
        chunk = blocks[start:start + columns]
        lines = max(len(_title_lines(title)) for title, _ in chunk)
        cells = [signer(title, name, lines) for title, name in chunk]
        rows.append(cells + [""] * (columns - len(cells)))
    table = _plain_table(rows, [frame_width / columns] * columns,
                         [("BOTTOMPADDING", (0, 0), (-1, -1), 10)])
    return table


__all__ = ["COUNTRY", "MOTTO", "closing", "dash_list", "date_line", "esc", "header", "recipient_lines",
           "signature_grid", "signer", "styles", "title_block", "upper"]
