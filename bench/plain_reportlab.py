"""The baseline for `kehoach print plan`: a plain ReportLab script printing the same table.

It reads a 60-row, 9-column table (the cells' text, written by bench_print.py from the same
60-row plan) from a JSON file and prints it as a landscape A4 table with a repeated header, in
the same four Liberation Serif fonts, with nothing else: no database, no catalogs, no letterhead,
no stamp. bench_print.py times this whole process next to the program's whole process.

Run: python bench/plain_reportlab.py cells.json out.pdf
"""
import json
import sys
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, TableStyle

FONTS = Path(__file__).resolve().parent.parent / "resources" / "fonts"


def main(cells_json: str, out: str) -> None:
    for name in ("Regular", "Bold", "Italic", "BoldItalic"):
        pdfmetrics.registerFont(TTFont(f"LiberationSerif-{name}", str(FONTS / f"LiberationSerif-{name}.ttf")))
    style = ParagraphStyle("cell", fontName="LiberationSerif-Regular", fontSize=11, leading=13)
    head = ParagraphStyle("head", parent=style, fontName="LiberationSerif-Bold", alignment=1)
    table = json.loads(Path(cells_json).read_text(encoding="utf-8"))
    data = [[Paragraph(text, head) for text in table["header"]]]
    data += [[Paragraph(text, style) for text in row] for row in table["rows"]]
    width = landscape(A4)[0] - 50 * mm
    widths = [width * w / sum(table["weights"]) for w in table["weights"]]
    grid = LongTable(data, colWidths=widths, repeatRows=1, splitInRow=1)
    grid.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "black"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    SimpleDocTemplate(out, pagesize=landscape(A4), leftMargin=30 * mm, rightMargin=20 * mm,
                      topMargin=20 * mm, bottomMargin=20 * mm).build([grid])


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
