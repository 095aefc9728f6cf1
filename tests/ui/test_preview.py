"""The principal previews the printed plan inside the program, prints it and saves a copy."""
from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from kehoach_desktop.cli import main
from kehoach_desktop.ui.preview import PdfPreviewDialog, print_pdf


def _printed_plan(demo_file, tmp_path):
    out = tmp_path / "ke-hoach.pdf"
    assert main(["print", "plan", str(demo_file), "--year", "2024-2025", "-o", str(out)]) == 0
    return out


def test_the_preview_shows_every_page_of_the_printed_plan(qtbot, demo_file, tmp_path):
    pdf = _printed_plan(demo_file, tmp_path)
    dialog = PdfPreviewDialog(pdf)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.document.status() == QPdfDocument.Status.Ready)
    pages = len(PdfReader(str(pdf)).pages)
    assert dialog.page_count() == pages > 1
    assert dialog.page_label.text() == f"Trang 1 / {pages}"
    assert "ke-hoach.pdf" in dialog.windowTitle()
    zoom = dialog.view.zoomFactor()
    dialog.zoom_in.click()
    assert dialog.view.zoomFactor() > zoom


def test_printing_sends_every_page_in_its_own_orientation(qtbot, demo_file, tmp_path):
    pdf = _printed_plan(demo_file, tmp_path)
    dialog = PdfPreviewDialog(pdf)
    qtbot.addWidget(dialog)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "may-in.pdf"
    printer.setOutputFileName(str(printed))
    assert print_pdf(dialog.document, printer) == dialog.page_count()
    reader = PdfReader(str(printed))
    assert len(reader.pages) == dialog.page_count()
    first, second = reader.pages[0].mediabox, reader.pages[1].mediabox
    assert first.height > first.width and second.width > second.height   # portrait text, landscape table


def test_save_pdf_writes_the_same_bytes_and_a_bad_place_is_refused(qtbot, demo_file, tmp_path, monkeypatch):
    pdf = _printed_plan(demo_file, tmp_path)
    dialog = PdfPreviewDialog(pdf)
    qtbot.addWidget(dialog)
    copy = dialog.save_copy(tmp_path / "ban-sao.pdf")
    assert copy.read_bytes() == pdf.read_bytes()
    warnings = []
    monkeypatch.setattr("kehoach_desktop.ui.preview.QMessageBox.warning", lambda *args: warnings.append(args[2]))
    assert dialog.save_copy(tmp_path / "khong-co" / "x.pdf") is None
    assert warnings and "Không lưu được" in warnings[0]
