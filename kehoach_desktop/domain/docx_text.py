"""The words around the plan table: letterhead, title, sections, "Nơi nhận" and the signer.

Everything outside the data tables arrives as a list of ``Line`` (paragraphs, and the cells
of layout tables such as the two-column letterhead, one line per paragraph). The shapes
are those of Nghị định 30: "Số: 68/KH-THCS", "Đồng Minh, ngày 06 tháng 9 năm 2023",
"KẾ HOẠCH" and its subject lines, sections numbered I, II, … in Roman numerals, the
closing "Trên đây là …", "Nơi nhận:" with "- …;" lines, and the signer's block.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.import_report import DocxImport
from kehoach_desktop.domain.parse import parse_date, parse_school_year
from kehoach_desktop.domain.values import nfc

HEADER = "Phần đầu văn bản"
SIGNATURE = "Phần ký"


@dataclass
class Line:
    text: str
    bold: bool = False


_SECTION = re.compile(r"^(?:#+\s*)?(?:phần\s+)?(?P<num>[IVX]{1,4})\s*[.\-–)/]\s*(?P<title>\S.*)$")
_NUMBER = re.compile(r"^số\s*(?::|(?=\s*\d))\s*(?P<number>\S.*?)?\s*$", re.IGNORECASE)
_DATE_LINE = re.compile(r"^(?P<place>[^,\d]*?)\s*,?\s*ngày\b", re.IGNORECASE)
_YEAR = re.compile(r"năm\s*học\s*:?\s*(\d{4}\s*[-–—/]\s*\d{2,4})", re.IGNORECASE)
_BULLET = re.compile(r"^\s*(?:[-–—•●▪+*]\s*)+")
_RULE = re.compile(r"^[\s_\-–—=.…]*$")
_SIGNER_WORDS = ("hiệu trưởng", "giám đốc", "chủ tịch", "trưởng phòng", "kt.", "tm.", "q.", "phó hiệu trưởng")
_SIGN_NOISE = re.compile(r"^\(.*\)$|^(?:đã ký|ký tên|ký, ghi rõ|\(ký)", re.IGNORECASE)
# Short words kept in capitals when an all-capitals line is put in sentence or title case.
_ABBREVIATIONS = {"THCS", "THPT", "TH", "MN", "PT", "PTCS", "DTNT", "PTDTNT", "PTDTBT", "GDTX", "GDĐT", "UBND",
                  "GD", "ĐT", "GD&ĐT", "TP", "TP.", "TX", "TX.", "TT", "TT.", "KH", "HĐND", "CMHS", "GV", "HS",
                  "CNTT", "STEM", "TH&THCS", "THCS&THPT", "I", "II"}
_SCHOOL_KINDS = ("tiểu học", "mầm non", "mẫu giáo", "trung học cơ sở", "trung học phổ thông", "phổ thông",
                 "dân tộc nội trú", "dân tộc bán trú", "giáo dục thường xuyên", "nhiều cấp học")
SECTION_KINDS = (
    ("organization", ("tổ chức thực hiện",)),
    ("bases", ("căn cứ",)),
    ("general", ("thông tin chung", "đặc điểm tình hình")),
    ("purposes", ("mục đích", "mục tiêu chung")),
    ("priority", ("vấn đề ưu tiên", "vấn đề cần cải tiến", "điểm hạn chế")),
    ("monitoring", ("theo dõi", "giám sát")),
    ("reporting", ("báo cáo", "đánh giá")),
    ("targets", ("chỉ tiêu",)),
    ("table", ("nội dung", "kế hoạch", "giải pháp")),
)


def flat(text: str) -> str:
    return " ".join(nfc(text).split())


def strip_bullet(text: str) -> str:
    return _BULLET.sub("", flat(text))


def is_upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _has_vowel(word: str) -> bool:
    bare = unicodedata.normalize("NFD", word.casefold())
    return any(c in "aeiouy" for c in bare)


def _word_case(word: str, capital: bool) -> str:
    if word.upper() in _ABBREVIATIONS or (len(word) <= 5 and word.isalpha() and not _has_vowel(word)):
        return word
    lower = word.lower()
    return lower[:1].upper() + lower[1:] if capital else lower


def sentence_case(text: str) -> str:
    """"CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC" → "Cải tiến chất lượng giáo dục"; mixed case stays."""
    if not is_upper(text):
        return text
    words = flat(text).split(" ")
    return " ".join(_word_case(w, i == 0) for i, w in enumerate(words))


def title_case(text: str) -> str:
    """"TRƯỜNG THCS ĐỒNG MINH" → "Trường THCS Đồng Minh"; mixed case stays."""
    if not is_upper(text):
        return text
    named = " ".join(_word_case(w, True) for w in flat(text).split(" "))
    for kind in _SCHOOL_KINDS:   # "Trường Tiểu học …", not "Trường Tiểu Học …"
        named = named.replace(kind.title(), kind[:1].upper() + kind[1:])
    return named


def section_heading(line: Line) -> tuple[str, str] | None:
    """(kind, title) when ``line`` is a Roman-numbered section heading."""
    match = _SECTION.match(flat(line.text))
    if not match or len(match.group("title")) > 160:
        return None
    title = match.group("title")
    key = title.casefold()
    for kind, words in SECTION_KINDS:
        if any(w in key for w in words):
            return kind, title
    return "other", title


def read_letterhead(lines: list[Line], result: DocxImport) -> list[Line]:
    """Number, place and date, school, title and school year; returns the preamble lines after the title."""
    plan, school = result.plan, result.school
    lines = _letterhead_cells(lines)
    title_at = None
    left: list[str] = []
    for index, line in enumerate(lines):
        text = flat(line.text)
        key = text.casefold()
        if not text or _RULE.match(text):
            continue
        if key in ("kế hoạch", "kế hoạch:") or (key.startswith("kế hoạch ") and is_upper(text) and title_at is None
                                                and not _NUMBER.match(text)):
            title_at = index
            break
        if m := _NUMBER.match(text):
            # kept whole, "68/KH-THCS"; "Số:   /KH-THCS" (the number written in by hand) keeps its "/KH-THCS"
            number = m.group("number") or ""
            plan.number = number if re.search(r"[\d/]", number) else ""
            continue
        if "cộng hòa" in key or "cộng hoà" in key or "độc lập" in key:
            continue
        if m := _DATE_LINE.match(text):
            _date_line(text, m.group("place"), result)
            continue
        left.append(text)
    _school_lines(left, result)
    if title_at is None:
        result.warn(HEADER, "không thấy dòng «KẾ HOẠCH»: chưa đọc được tên kế hoạch.")
        return []
    rest = lines[title_at:]
    first = flat(rest[0].text)
    subject: list[str] = [first[len("kế hoạch"):].strip(" :")] if len(first) > len("kế hoạch:") else []
    preamble_from = 1
    for preamble_from, line in enumerate(rest[1:], 1):
        text = flat(line.text)
        if not text or _RULE.match(text):
            if subject:
                preamble_from += 1
                break
            continue
        if text.casefold().startswith("căn cứ") or section_heading(line) or len(subject) >= 3:
            break
        subject.append(text)
    else:
        preamble_from = len(rest)
    _title(" ".join(s for s in subject if s), result)
    if not school.name:
        result.warn(HEADER, "không thấy tên trường ở đầu văn bản.")
    return rest[preamble_from:]


def _letterhead_cells(lines: list[Line]) -> list[Line]:
    """The lines above the title, a line typed as two columns with tabs split into its cells
    ("Số: 68/KH-THCS<tab><tab>Đồng Minh, ngày 06 tháng 9 năm 2023")."""
    out: list[Line] = []
    for index, line in enumerate(lines):
        key = flat(line.text).casefold()
        if key in ("kế hoạch", "kế hoạch:") or (key.startswith("kế hoạch ") and is_upper(line.text)):
            return out + lines[index:]
        out += [Line(cell, line.bold) for cell in re.split(r"\t+", line.text)] if "\t" in line.text else [line]
    return out


def _date_line(text: str, place: str, result: DocxImport) -> None:
    result.plan.place = flat(place).strip(" ,")
    try:
        result.plan.issued_on = parse_date(text)
    except InputError:
        if re.search(r"\d", text):
            result.warn(HEADER, f"không đọc được ngày ban hành «{text}»: để trống.")


def _school_lines(left: list[str], result: DocxImport) -> None:
    school = result.school
    for i, text in enumerate(left):
        if text.casefold().startswith("trường") or " trường " in f" {text.casefold()} ":
            school.name = title_case(text)
            if i:
                school.governing_body = " ".join(left[:i])
            return
    if left:
        school.governing_body = left[0]


def _title(subject: str, result: DocxImport) -> None:
    match = _YEAR.search(subject)
    if match:
        try:
            result.plan.school_year = parse_school_year(match.group(1))
        except InputError as exc:
            result.warn(HEADER, f"{exc.message}")
        subject = subject[: match.start()].strip(" -–,:")
    if subject:
        result.plan.title = sentence_case(subject)


_SCHOOL_IN_TEXT = re.compile(
    r"\b(trường\s+(?:thcs|thpt|th|mn|ptdtbt|ptdtnt|tiểu học|mầm non|trung học cơ sở|trung học phổ thông|"
    r"th&thcs|thcs&thpt)\s+[^.,;:()\n]*?)(?=\s+(?:năm học|xây dựng|thực hiện|về|như sau)\b|[.,;:()]|$)",
    re.IGNORECASE)
_CIRCULAR = re.compile(r"(?:thông tư|tt)\s*(?:số\s*)?:?\s*(\d{1,3}/\d{4})/tt-bgd", re.IGNORECASE)


def school_name_in_text(lines: list[Line]) -> tuple[str, str] | None:
    """("Trường THCS Đồng Minh", the sentence) from "… của trường THCS Đồng Minh năm học …"."""
    for line in lines:
        text = flat(line.text)
        match = _SCHOOL_IN_TEXT.search(text)
        if match and len(match.group(1).split()) <= 10:
            name = match.group(1).strip()
            name = name[:1].upper() + name[1:]
            around = text[max(0, match.start() - 25):match.end() + 15].strip()
            return title_case(name) if is_upper(name) else name, f"…{around}…"
    return None


def circulars_cited(lines: list[Line]) -> set[str]:
    """"18/2018" for every "Thông tư số 18/2018/TT-BGDĐT" the text cites."""
    return {m.group(1) for line in lines for m in _CIRCULAR.finditer(flat(line.text))}


def find_school_year(lines: list[Line]) -> str | None:
    """The first "năm học 2023-2024" anywhere, for documents whose title has none."""
    for line in lines:
        match = _YEAR.search(flat(line.text))
        if match:
            try:
                return parse_school_year(match.group(1))
            except InputError:
                continue
    return None


_DASH_MARK = re.compile(r"^[-–—•●▪]\s*")


def without_dash(item: str) -> str:
    """An item less its leading dash, the mark a list prints an unmarked item with (list_items.item_line)."""
    return _DASH_MARK.sub("", item)


def list_items(lines: list[Line], *, drop_subheadings: bool = False) -> list[str]:
    """Each non-empty line as an item, as written with its own mark ("- …", "+ …", "1. Mục đích",
    "a) …"). "1. Mục đích"-style sub-headings are optionally dropped."""
    items = []
    for line in lines:
        text = flat(line.text)
        if not text or _RULE.match(text):
            continue
        if drop_subheadings and re.fullmatch(r"\d{1,2}\s*[.)]\s*[^.;:]{1,30}:?", text):
            continue
        items.append(text)
    return items


def is_signer_title(text: str) -> bool:
    key = flat(text).casefold()
    return is_upper(text) and any(key.startswith(w) or key == w for w in _SIGNER_WORDS)


def read_signature(lines: list[Line], result: DocxImport) -> None:
    """Nơi nhận (kept with their dashes, as typed) and the signer's title and name."""
    plan = result.plan
    texts = [flat(line.text) for line in lines]
    texts = [t for t in texts if t and not _RULE.match(t)]
    recipients_from = next((i for i, t in enumerate(texts) if t.casefold().startswith("nơi nhận")), None)
    signer_at = next((i for i, t in enumerate(texts) if is_signer_title(t)), None)
    if recipients_from is not None:
        head = texts[recipients_from].split(":", 1)
        items = [head[1].strip()] if len(head) > 1 and head[1].strip() else []
        end = signer_at if signer_at is not None and signer_at > recipients_from else len(texts)
        for text in texts[recipients_from + 1:end]:
            if not text.startswith(("-", "–", "+", "•")) and items and items[-1].rstrip().endswith("."):
                break
            items.append(text)
        plan.recipients = items
    else:
        result.warn(SIGNATURE, "không thấy «Nơi nhận».")
    if signer_at is None:
        result.warn(SIGNATURE, "không thấy chức danh người ký (ví dụ «HIỆU TRƯỞNG»).")
        return
    title = [texts[signer_at]]
    rest = texts[signer_at + 1:]
    while rest and is_signer_title(rest[0]):
        title.append(rest.pop(0))
    plan.signer_title = "\n".join(title)
    names = [t for t in rest if not _SIGN_NOISE.match(t) and not t.casefold().startswith("nơi nhận")
             and not t.startswith(("-", "–", "+"))]
    if names:
        plan.signer_name = names[-1]
        if len(names) > 1:
            result.warn(SIGNATURE, f"dưới chức danh có nhiều dòng; lấy dòng cuối «{names[-1]}» làm tên người ký.")
    else:
        result.warn(SIGNATURE, "không thấy tên người ký.")
