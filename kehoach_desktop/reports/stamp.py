"""The fingerprint footer: on every page, the revision's short code in small type and its QR code.

Nghị định 30 puts page numbers in the top margin; the bottom margin (25 mm)
is free, so the stamp lives there, under the frame, on the right like a
document reference: the text line on the left of the QR code, both inside the
frame's width. The QR code is drawn once per document as a PDF form XObject
and placed on each page by reference — the same bytes in the file once, and no
per-page barcode work. The matrix comes from ReportLab's QR encoder.
"""
from __future__ import annotations

import itertools

from reportlab.graphics.barcode import qrencoder
from reportlab.lib.units import mm

from kehoach_desktop.domain.fingerprint import PrintStamp
from kehoach_desktop.domain.values import nfc
from kehoach_desktop.reports.fonts import ITALIC

QR_SIZE = 14 * mm           # 31 modules of 0.45 mm: read from a 150 dpi scan, blurred too (tests/reports)
QR_LEVEL = "M"              # survives a stamp's ink over a corner
QR_MASK = 0                 # any of the 8 is valid; see qr_matrix
QR_BORDER = 1               # quiet zone in modules: the margin around it is white paper anyway
QR_BOTTOM = 10 * mm         # 10–24 mm from the paper's edge: a scanner's or printer's edge never clips
                            # it, and it stays under the frame (document.BOTTOM is 25 mm)
TEXT_SIZE = 9
FORM = "kehoach-stamp-qr"


def qr_matrix(text: str) -> list[list[bool]]:
    """The QR code's modules, from ReportLab's encoder with a fixed mask pattern.

    The standard lets an encoder use any of its 8 mask patterns (readers are told which);
    trying all 8 for the "best" one took 65 ms of every print, for a code that is 2 cm wide
    and read by a phone. Pattern 0 reads as well.
    """
    code = qrencoder.QRCode(None, getattr(qrencoder.QRErrorCorrectLevel, QR_LEVEL))
    code.addData(text)
    code.version = code.calculate_version()
    code.makeImpl(False, QR_MASK)
    return code.modules


def qr_runs(text: str) -> tuple[int, list[tuple[int, int, int]]]:
    """(modules per side including the quiet zone, dark runs as (row from top, first column, length)).

    Drawing the runs as one filled path is several times faster than rendering ReportLab's
    widget shape by shape.
    """
    modules = qr_matrix(text)
    runs = []
    for r, row in enumerate(modules):
        column = 0
        for dark, group in itertools.groupby(map(bool, row)):
            length = len(list(group))
            if dark:
                runs.append((r + QR_BORDER, column + QR_BORDER, length))
            column += length
    return len(modules) + 2 * QR_BORDER, runs


class StampFooter:
    """``onPage`` work for one document: call with (canvas, page right edge x)."""

    def __init__(self, stamp: PrintStamp) -> None:
        self.stamp = stamp
        self.label = nfc(stamp.label)
        self._qr = qr_runs(stamp.qr_text)
        self._canvas = None   # the canvas the form was defined on (the object itself: an id could be reused)

    def _form(self, canvas) -> None:
        if self._canvas is canvas:
            return
        count, runs = self._qr
        box = QR_SIZE / count
        canvas.beginForm(FORM, lowerx=0, lowery=0, upperx=QR_SIZE, uppery=QR_SIZE)
        path = canvas.beginPath()
        for row, column, length in runs:
            path.rect(column * box, QR_SIZE - (row + 1) * box, length * box, box)
        canvas.setFillGray(0)
        canvas.drawPath(path, stroke=0, fill=1)
        canvas.endForm()
        self._canvas = canvas

    def draw(self, canvas, right: float) -> None:
        self._form(canvas)
        canvas.saveState()
        canvas.translate(right - QR_SIZE, QR_BOTTOM)
        canvas.doForm(FORM)
        canvas.restoreState()
        canvas.saveState()
        canvas.setFont(ITALIC, TEXT_SIZE)
        canvas.setFillGray(0.25)
        canvas.drawRightString(right - QR_SIZE - 2 * mm, QR_BOTTOM + QR_SIZE / 2 - TEXT_SIZE / 3, self.label)
        canvas.restoreState()
