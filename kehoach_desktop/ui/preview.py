"""Xem trước bản in: a PDF built by reports/ shown in the window, printed or saved from there.

The dialog gets the path of a finished PDF (the window builds it with the same
functions as `kehoach print`), so what is previewed is byte for byte what is
printed or saved. Printing renders each page with QtPdf at the printer's
resolution, landscape pages included, so no external PDF viewer is needed.
"""
from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog, QFileDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout,
)
from kehoach_desktop.ui.screen_fit import fit_to_screen


PRINT_DPI = 300   # sharp on paper; a 1200 dpi printer would otherwise get ~5 MB per page


_tr = QCoreApplication.translate   # lupdate: -tr-function-alias translate+=_tr


def print_pdf(document: QPdfDocument, printer: QPrinter) -> int:
    """Send every page of ``document`` to ``printer``, each in its own orientation; the page count."""
    painter = QPainter()
    for page in range(document.pageCount()):
        size_pt = document.pagePointSize(page)
        orientation = (QPageLayout.Orientation.Landscape if size_pt.width() > size_pt.height()
                       else QPageLayout.Orientation.Portrait)
        printer.setPageOrientation(orientation)
        if page == 0:
            if not painter.begin(printer):
                return 0
        elif not printer.newPage():
            break
        target = painter.viewport()
        dpi = min(printer.resolution(), PRINT_DPI)
        image = document.render(page, QSize(round(size_pt.width() * dpi / 72), round(size_pt.height() * dpi / 72)))
        scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
        painter.drawImage(QRect(target.topLeft(), scaled), image)
    painter.end()
    return document.pageCount()


class PdfPreviewDialog(QDialog):
    """Every page of a PDF, scrolled; zoom, print, save a copy."""

    def __init__(self, pdf_path: str | Path, parent=None, title: str = "") -> None:
        super().__init__(parent)
        self.pdf_path = Path(pdf_path)
        self.setWindowTitle(title or _tr("PdfPreviewDialog", "Xem trước bản in — {name}").format(name=self.pdf_path.name))
        fit_to_screen(self, (900, 1000))
        self.document = QPdfDocument(self)
        self.document.load(str(self.pdf_path))
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.page_label = QLabel(self)
        self.view.pageNavigator().currentPageChanged.connect(self._show_page)

        self.zoom_out = QPushButton(_tr("PdfPreviewDialog", "Thu nhỏ"), self)
        self.zoom_in = QPushButton(_tr("PdfPreviewDialog", "Phóng to"), self)
        self.fit_width = QPushButton(_tr("PdfPreviewDialog", "Vừa chiều rộng"), self)
        self.print_button = QPushButton(_tr("PdfPreviewDialog", "In…"), self)
        self.save_button = QPushButton(_tr("PdfPreviewDialog", "Lưu PDF…"), self)
        self.close_button = QPushButton(_tr("PdfPreviewDialog", "Đóng"), self)
        self.zoom_out.clicked.connect(lambda: self._zoom(1 / 1.25))
        self.zoom_in.clicked.connect(lambda: self._zoom(1.25))
        self.fit_width.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        self.print_button.clicked.connect(lambda: self.print_document())
        self.save_button.clicked.connect(lambda: self.save_copy())   # not clicked(bool) as a file name
        self.close_button.clicked.connect(self.reject)

        bar = QHBoxLayout()
        for widget in (self.zoom_out, self.zoom_in, self.fit_width):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.page_label)
        bar.addStretch(1)
        for widget in (self.print_button, self.save_button, self.close_button):
            bar.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self._show_page(0)

    def page_count(self) -> int:
        return self.document.pageCount()

    def _show_page(self, page: int) -> None:
        self.page_label.setText(_tr("PdfPreviewDialog", "Trang {page} / {count}").format(page=page + 1, count=self.page_count()))

    def _zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.25, min(4.0, self.view.zoomFactor() * factor)))

    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setFullPage(True)   # the PDF carries the Nghị định 30 margins itself
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            print_pdf(self.document, printer)

    def save_copy(self, target: str | Path | None = None) -> Path | None:
        """Copy the previewed PDF to ``target`` (asked for when not given)."""
        if target is None:
            chosen, _ = QFileDialog.getSaveFileName(self, _tr("PdfPreviewDialog", "Lưu bản PDF"), str(self.pdf_path.name),
                                                    _tr("PdfPreviewDialog", "Tệp PDF (*.pdf)"))
            if not chosen:
                return None
            target = chosen
        target = Path(target)
        try:
            shutil.copyfile(self.pdf_path, target)
        except OSError as exc:
            QMessageBox.warning(self, _tr("PdfPreviewDialog", "Không lưu được"),
                                _tr("PdfPreviewDialog", "Không lưu được tệp «{name}»: {why}").format(name=target.name,
                                                                             why=exc.strerror or exc))
            return None
        return target


__all__ = ["PdfPreviewDialog", "print_pdf"]
