"""Plain paragraphs written straight onto a canvas: most of the text of a printed table.

Paragraph.drawOn pushes the canvas state twice, translates, builds a text object and passes
every line through ReportLab's general text machinery; for a table's thousands of small cells
that was a third of the time to print a plan. ``TextRun`` writes the same operators that
Paragraph.drawPara writes for a paragraph of one plain font (its text object: the origin, each
line moved by its alignment's share of the spare width and back, shown, ended with T*), at the
same place, with the text encoded by the font's subsets as ReportLab encodes it. Anything else
(runs in several fonts, colour, links, a line squeezed by word spacing, justified text) is left
to the paragraph to draw itself.
"""
from __future__ import annotations

from codecs import charmap_build, charmap_encode
from weakref import WeakKeyDictionary

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.rl_accel import escapePDF as escape_pdf
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.platypus import Paragraph
from reportlab.rl_config import paraFontSizeHeightOffset

from kehoach_desktop.reports.styles import PlainParagraph

_SHIFT = {TA_LEFT: 0.0, TA_CENTER: 0.5, TA_RIGHT: 1.0}    # of a line's spare width, before it


class TextRun:
    """Plain paragraphs written as bare PDF text objects onto ``canvas``.

    The operators Paragraph.drawPara writes for a one-font paragraph (its text object: the
    origin, each line moved by the alignment's share of its spare width and back, shown and
    ended with T*), less its two canvas state pushes, its translation and ReportLab's text
    object bookkeeping. One text object per paragraph as before: readers of the PDF (pypdf,
    pdftotext) take each for a block of text.
    """

    def __init__(self, canvas) -> None:
        self.canvas, self.doc = canvas, canvas._doc
        self._fonts: dict[tuple, str] = {}
        self._moves: dict[float, str] = {}

    def paragraph(self, para: Paragraph, x: float, y: float) -> bool:
        """Write ``para`` with its bottom-left corner at (x, y); False (nothing written) if it is
        not plain one-font text, for the paragraph to draw itself."""
        plain = _plain_lines(para)
        if plain is None:
            return False
        font, size, lines = plain
        style = para.style
        shift, doc, fonts, moves = _SHIFT[style.alignment], self.doc, self._fonts, self._moves
        # drawPara's origin: the paragraph's top less the font size
        code = ["BT", f"1 0 0 1 {fp_str(x + style.leftIndent, y + para.height - size)} Tm"]
        current = None
        back = None                 # the move back after the last line, if it is the last operator
        for number, ((spare, _), runs) in enumerate(zip(lines, _encode_lines(font, [t for _, t in lines], doc))):
            move = (style.firstLineIndent if number == 0 else 0) + shift * spare
            if move > 1e-6 or move < -1e-6:
                if back is not None:    # a move right after a move is one move (PDFTextObject.moveCursor)
                    code.pop()
                    move_now = move + back
                else:
                    move_now = move
                code.append(_move(moves, move_now))
            for subset, data in runs:
                name = fonts.get((font, subset, size))
                if name is None:
                    name = fonts[font, subset, size] = (f"{font.getSubsetInternalName(subset, doc)} "  # type: ignore[attr-defined]
                                                        f"{fp_str(size)} Tf {fp_str(style.leading)} TL")
                if name is not current:
                    code.append(name)
                    current = name
                if data:
                    code.append(f"({escape_pdf(data)}) Tj")
            code.append("T*")
            if move > 1e-6 or move < -1e-6:
                code.append(_move(moves, -move))
                back = float(fp_str(-move))       # as moveCursor reads it back
            else:
                back = None
        code.append("ET")
        self.canvas._code.append(" ".join(code))
        return True


def _move(moves: dict[float, str], dx: float) -> str:
    text = moves.get(dx)
    if text is None:
        text = moves[dx] = f"{fp_str(dx, 0)} Td"
    return text


_PLAIN_STYLES: WeakKeyDictionary = WeakKeyDictionary()     # style → whether TextRun can follow it


def _plain_style(style) -> bool:
    plain = _PLAIN_STYLES.get(style)
    if plain is None:
        plain = _PLAIN_STYLES[style] = bool(
            style.alignment in _SHIFT and not style.backColor and paraFontSizeHeightOffset
            and not (getattr(style, "borderWidth", None) and getattr(style, "borderColor", None))
            and style.wordWrap != "RTL" and not getattr(style, "autoLeading", ""))
    return plain


def _plain_lines(para) -> tuple[object, float, list[tuple[float, str]]] | None:
    """(font, size, [(spare width, text) per line]) if TextRun can write the paragraph as drawPara
    would: one font, black, nothing but text, no line squeezed by word spacing. Else None."""
    if type(para) not in _PARAGRAPHS and (not isinstance(para, Paragraph)
                                          or "preformatted" in type(para).__name__.lower()):
        return None
    frag, attributes = getattr(para, "blPara", None), para.__dict__
    if (frag is None or not frag.lines or not _plain_style(para.style) or para.bulletText
            or attributes.get("_offsets") or attributes.get("autoLeading")):
        return None
    if frag.kind == 0:
        name, size = frag.fontName, frag.fontSize
        if not _plain_run(frag, name, size):
            return None
        lines = []
        for spare, words in frag.lines:
            text = " ".join(words)
            if spare < -1e-8 and (len(words) > 1 or "\xa0" in text):
                return None             # an over-full line of several words: drawPara squeezes it
            lines.append((spare, text))
    else:
        # several runs (a line break in the text makes them): plain if all are the same plain text
        if not frag.lines[0].words:
            return None
        first = frag.lines[0].words[0]
        name, size = getattr(first, "fontName", None), getattr(first, "fontSize", None)
        lines = []
        for line in frag.lines:
            if not all(_plain_run(w, name, size) for w in line.words):
                return None
            text = "".join(w.text for w in line.words)
            if line.extraSpace < -1e-8 and line.wordCount + text.count("\xa0") > 1:
                return None
            lines.append((line.extraSpace, text))
    font = getFont(name)
    return (font, size, lines) if font._dynamicFont else None


_PARAGRAPHS = {Paragraph, PlainParagraph}


def _plain_run(frag, name: str | None, size: float | None) -> bool:
    return (not hasattr(frag, "cbDefn") and getattr(frag, "fontName", None) == name and frag.fontSize == size
            and _black(frag.textColor) and not getattr(frag, "rise", 0) and not getattr(frag, "link", None)
            and not getattr(frag, "us_lines", None) and not getattr(frag, "backColor", None))


def _black(color) -> bool:
    return color is colors.black or color == colors.black


def _encode_lines(font, texts: list[str], doc) -> list[list[tuple[int, bytes]]]:
    """``font.splitString`` of each text: (subset, bytes) runs. Once every character of a paragraph
    has its code in this document's first subset (all but the first few lines), a charmap codec
    encodes the paragraph at once."""
    state = font.state.get(doc)
    if state is not None:
        whole = "".join(texts)
        try:
            data = charmap_encode(whole.replace("\xa0", " ") if "\xa0" in whole else whole, "strict",
                                  _first_subset(state))[0]
        except UnicodeEncodeError:        # a character new to the document, or past the first subset
            pass
        else:
            encoded, start = [], 0
            for text in texts:            # one code per character
                encoded.append([(0, data[start:start + len(text)])])
                start += len(text)
            return encoded
    return [font.splitString(text, doc) for text in texts]


_SUBSETS: WeakKeyDictionary = WeakKeyDictionary()    # a font's state in a document → (codes, codec map)


def _first_subset(state):
    """A charmap codec map of the characters with a code in the font's first subset: rebuilt when
    splitString has given codes to new characters (assignments only grow)."""
    known = _SUBSETS.get(state)
    if known is None or known[0] != len(state.assignments):
        table = ["\ufffe"] * 256                 # undefined: the codec raises, splitString decides
        for char, code in state.assignments.items():
            if code < 256:
                table[code] = chr(char)
        known = _SUBSETS[state] = (len(state.assignments), charmap_build("".join(table)))
    return known[1]
