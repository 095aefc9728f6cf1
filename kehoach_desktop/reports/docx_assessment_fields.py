"""Word pieces the self-assessment report needs beyond the plan's: headings a table of contents can
gather, the TOC field itself, bookmarks and hyperlinks.

python-docx has no API for fields, bookmarks or hyperlinks, so they are written as the
WordprocessingML elements Word itself writes. The table of contents is a real ``TOC`` field over
the Heading 1–3 styles: Word fills its page numbers when it updates fields (the file asks it to on
opening, and F9 does it by hand); until then its cached result is the list of headings with a line
saying how to get the numbers, a line Word's update replaces.

Text from the school file passes ``clean`` first: python-docx refuses control characters, and a
statement pasted from elsewhere may hold them.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from kehoach_desktop.domain.printable import printable_text
from kehoach_desktop.domain.values import nfc
from kehoach_desktop.reports import docx_style as s

LINK_COLOR = RGBColor(0x1F, 0x38, 0x64)     # dark navy: reads as a link on screen, as black on a grey printer
TOC_LEVELS = 3
# Not XML characters at all (lxml refuses them), whatever printable_text keeps.
_NOT_XML = re.compile("[\ud800-\udfff\ufffe\uffff]")


def clean(value: object) -> str:
    """Text of several lines as Word may hold it: NFC, controls out, line breaks as "\\n"."""
    text = printable_text(nfc(value if isinstance(value, str) else str(value or "")))
    return _NOT_XML.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def lines_of(value: object) -> list[str]:
    """The non-blank lines of a text, each a paragraph of its own in Word."""
    return [line.strip() for line in clean(value).split("\n") if line.strip()]


# -- styles ---------------------------------------------------------------------------------

def _plain_font(style, size: float) -> None:
    """The template's headings use theme fonts in blue; the report's are Times New Roman in black."""
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.get_or_add_rFonts()
    for attribute in list(fonts.attrib):
        del fonts.attrib[attribute]
    for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attribute), s.FONT)
    style.font.size = Pt(size)
    style.font.bold = True
    style.font.italic = False
    for color in rpr.findall(qn("w:color")):
        rpr.remove(color)
    style.font.color.rgb = RGBColor(0, 0, 0)


def heading_styles(doc) -> dict:
    """Heading 1 (a Phần, on a new page), 2 (its numbered parts, a standard) and 3 (a criterion), and the
    contents' «toc 1–3»; the style objects by name (python-docx looks a name up through every style)."""
    found = {}
    for level, size, align in ((1, 14, s.CENTER), (2, 13, s.JUSTIFY), (3, 13, s.JUSTIFY)):
        style = doc.styles[f"Heading {level}"]
        _plain_font(style, size)
        fmt = style.paragraph_format
        fmt.alignment = align
        fmt.space_before, fmt.space_after = Pt(12 if level == 1 else 6), Pt(6)
        fmt.keep_with_next = True
        fmt.page_break_before = level == 1
        found[style.name] = style
    for level in range(1, TOC_LEVELS + 1):
        style = doc.styles.add_style(f"toc {level}", WD_STYLE_TYPE.PARAGRAPH)   # Word's own name for it
        style.base_style = doc.styles["Normal"]
        fmt = style.paragraph_format
        fmt.left_indent = Mm(6 * (level - 1))
        fmt.space_after = Pt(3)
        fmt.tab_stops.add_tab_stop(Mm(s.PORTRAIT_FRAME_MM), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        style.font.bold = level == 1
        found[style.name] = style
    return found


def styled_paragraph(doc, text: str, style):
    """A paragraph in ``style`` (a style object), its id set directly: python-docx would compare the style
    with the default one by walking every style, each time."""
    made = doc.add_paragraph(text)
    made._p.style = style.style_id
    return made


def heading(doc, text: str, style):
    return styled_paragraph(doc, clean(text).replace("\n", " "), style)


def keep_row_whole(row) -> None:
    """``w:cantSplit``: the row moves to the next page whole rather than break across two."""
    props = row._tr.get_or_add_trPr()
    if props.find(qn("w:cantSplit")) is None:
        props.insert_element_before(OxmlElement("w:cantSplit"), "w:trHeight", "w:tblHeader", "w:tblCellSpacing",
                                    "w:jc", "w:hidden", "w:ins", "w:del", "w:trPrChange")


def keep_with_next(cells) -> None:
    """Every paragraph of ``cells`` stays on the page of what follows (Word keeps a short table whole so)."""
    for cell in cells:
        for p in cell.paragraphs:
            p.paragraph_format.keep_with_next = True


def page_break(doc) -> None:
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def ask_to_update_fields(doc) -> None:
    """``w:updateFields``: Word offers to update the fields (the TOC's page numbers) on opening."""
    settings = doc.settings.element
    update = OxmlElement("w:updateFields")
    update.set(qn("w:val"), "true")
    for old in settings.findall(update.tag):
        settings.remove(old)
    later = ("w:hdrShapeDefaults", "w:footnotePr", "w:endnotePr", "w:compat", "w:docVars", "w:rsids",
             "m:mathPr", "w:attachedSchema", "w:themeFontLang", "w:clrSchemeMapping", "w:doNotIncludeSubdocsInStats",
             "w:doNotAutoCompressPictures", "w:forceUpgrade", "w:captions", "w:readModeInkLockDown", "w:smartTagType",
             "sl:schemaLibrary", "w:shapeDefaults", "w:doNotEmbedSmartTags", "w:decimalSymbol", "w:listSeparator")
    settings.insert_element_before(update, *later)


# -- fields ---------------------------------------------------------------------------------

def _field_char(paragraph, kind: str, *, dirty: bool = False) -> None:
    run = OxmlElement("w:r")
    char = OxmlElement("w:fldChar")
    char.set(qn("w:fldCharType"), kind)
    if dirty:
        char.set(qn("w:dirty"), "true")
    run.append(char)
    paragraph._p.append(run)


def _instruction(paragraph, code: str) -> None:
    run = OxmlElement("w:r")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {code} "
    run.append(instr)
    paragraph._p.append(run)


def table_of_contents(doc, entries: Iterable[tuple[int, str]], note: str, styles: dict) -> list:
    """A ``TOC \\o "1-3" \\h \\z \\u`` field whose cached result is ``note`` and the headings, unnumbered.

    Its begin mark is dirty, so Word recomputes it (with page numbers) when it updates fields. The
    paragraphs are added at the document's end and returned, for the caller to move where they belong.
    """
    first = styled_paragraph(doc, "", styles["toc 1"])
    _field_char(first, "begin", dirty=True)
    _instruction(first, 'TOC \\o "1-3" \\h \\z \\u')
    _field_char(first, "separate")
    run = first.add_run(clean(note))
    run.italic, run.bold = True, False
    run.font.size = Pt(12)
    added = [first]
    for level, text in entries:
        added.append(styled_paragraph(doc, clean(text).replace("\n", " ") + "\t",
                                      styles[f"toc {min(max(level, 1), TOC_LEVELS)}"]))
    _field_char(added[-1], "end")
    return added


# -- bookmarks and links --------------------------------------------------------------------

def bookmark_names(codes: Iterable[str]) -> dict[str, str]:
    """A Word bookmark name per evidence code: a letter first, letters, digits and "_", at most 40, unique."""
    names: dict[str, str] = {}
    taken: set[str] = set()
    for code in codes:
        if code in names:
            continue
        base = re.sub(r"\W", "_", code, flags=re.ASCII)
        base = (base if re.match(r"[A-Za-z]", base) else "MC_" + base)[:36]
        name, n = base, 1
        while name.casefold() in taken:
            n += 1
            name = f"{base}_{n}"
        taken.add(name.casefold())
        names[code] = name
    return names


class Bookmarks:
    """Hands out the document-wide ids bookmarks need."""

    def __init__(self) -> None:
        self.next_id = 1

    def around(self, p, run, name: str) -> None:
        """The run element ``run`` added to the paragraph element ``p`` inside the bookmark ``name``."""
        start, end = OxmlElement("w:bookmarkStart"), OxmlElement("w:bookmarkEnd")
        start.set(qn("w:id"), str(self.next_id))
        start.set(qn("w:name"), name)
        end.set(qn("w:id"), str(self.next_id))
        self.next_id += 1
        p.append(start)
        p.append(run)
        p.append(end)


def _styled(run, *, size: float | None = None, bold: bool = False, italic: bool = False, link: bool = False):
    if size:
        run.font.size = Pt(size)
    run.bold, run.italic = bold or None, italic or None
    if link:
        run.font.color.rgb = LINK_COLOR
    return run


def _link(paragraph, text: str, *, anchor: str | None = None, target: str | None = None, size: float | None = None):
    """A run inside ``w:hyperlink``: to a bookmark (``anchor``) or to a file or page (``target``)."""
    link = OxmlElement("w:hyperlink")
    if anchor is not None:
        link.set(qn("w:anchor"), anchor)
    else:
        link.set(qn("r:id"), paragraph.part.relate_to(target, RT.HYPERLINK, is_external=True))
    link.set(qn("w:history"), "1")
    run = _styled(paragraph.add_run(text), size=size, link=True)
    link.append(run._r)             # add_run appended it to the paragraph; this moves it into the link
    paragraph._p.append(link)


def linked_text(paragraph, segments: Iterable[tuple[str, str | None]], *, size: float | None = None) -> None:
    """Runs of ``segments`` (text, bookmark or None) in ``paragraph``: a bookmark makes its text a link."""
    for text, anchor in segments:
        if not text:
            continue
        if anchor:
            _link(paragraph, text, anchor=anchor, size=size)
        else:
            _styled(paragraph.add_run(text), size=size)


# A folder on the school PC (D:\MinhChung\TC1, \\MAYCHU\MinhChung) or a web address.
_URL = re.compile(r"(?i)\bhttps?://[^\s<>\"]+")
# Inside other words a folder name may hold spaces, the last one may not: «\\MAYCHU\Minh chung\TC1; tủ 2».
_WINDOWS_PATH = re.compile(r"(?<![\w])(?:[A-Za-z]:\\|\\\\[^\\\s;,]+\\)(?:[^\\;,<>\"|\n]*\\)*[^\\\s;,<>\"|()]*")


def location_link(location: str) -> tuple[str, str, str, str] | None:
    """(before, linked text, after, address) of the folder or web address in ``location``, or None.

    A location that is only a Windows path keeps its spaces («D:\\Minh chứng\\TC 1»); inside other words
    the path's last name ends at a space.
    """
    text = location.strip()
    whole = re.fullmatch(r"(?:[A-Za-z]:\\|\\\\[^\\\s]+\\)[^;<>\"|]*", text)
    found = whole or _URL.search(location) or _WINDOWS_PATH.search(location)
    if not found:
        return None
    linked = found.group().rstrip(".)")
    if whole:
        before, after = "", ""
    else:
        before, after = location[:found.start()], location[found.start() + len(linked):]
    return before, linked, after, linked if linked.lower().startswith(("http://", "https://")) else file_uri(linked)


def file_uri(path: str) -> str:
    """``file:///D:/MinhChung/TC1`` (``file://MAYCHU/…`` for a shared folder). Vietnamese letters stay as
    typed, as Word writes them, so the address reads the same in Word's «Sửa siêu liên kết»; only what
    a URI cannot hold is escaped."""
    slashed = path.replace("\\", "/")
    escaped = "".join(f"%{ord(c):02X}" if c in ' %#?"<>`{}|^[]' else c for c in slashed)
    return "file:" + escaped if escaped.startswith("//") else "file:///" + escaped


def linked_location(paragraph, found: tuple[str, str, str, str], size: float) -> None:
    """A location cell's text as ``location_link`` cut it: its folder or web address a link to click."""
    before, linked, after, address = found
    if before:
        _styled(paragraph.add_run(before), size=size)
    _link(paragraph, linked, target=address, size=size)
    if after:
        _styled(paragraph.add_run(after), size=size)
