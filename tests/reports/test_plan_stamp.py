"""Every page of a printed plan carries the content's code in small type and its QR code, in the free bottom margin."""
from __future__ import annotations

from pypdf import PdfReader
from reportlab.lib.units import mm as MM

from kehoach_desktop.catalogs import framework
from kehoach_desktop.domain.canonical import content_stamp
from kehoach_desktop.domain.fingerprint import PrintStamp, plan_fingerprint
from kehoach_desktop.reports.plan import print_plan
from kehoach_desktop.reports.stamp import QR_BORDER, qr_runs
from tests.reports.pdftext import pages_text
from tests.reports.sample import SCHOOL, plan_tt18 as sample_plan


def test_a_draft_prints_the_draft_mark_and_its_code_on_every_page(tmp_path):
    plan = sample_plan()
    out = tmp_path / "du-thao.pdf"
    print_plan(plan, SCHOOL, framework("tt18"), out)
    code = content_stamp(plan, SCHOOL, framework("tt18")).code
    pages = pages_text(out)
    assert len(pages) > 1
    assert all(f"Bản dự thảo – chưa ban hành · Mã nội dung: {code}" in p for p in pages)


def test_an_issued_revision_prints_its_number_and_the_qr_code_is_stored_once(tmp_path):
    plan = sample_plan()
    stamp = PrintStamp(plan_fingerprint(plan), 3, SCHOOL.code, plan.school_year, draft=False)
    out = tmp_path / "ban-hanh.pdf"
    print_plan(plan, SCHOOL, framework("tt18"), out, stamp)
    pages = pages_text(out)
    assert all(f"Bản ban hành lần 3 · Mã xác thực: {stamp.code}" in p for p in pages)
    reader = PdfReader(str(out))
    forms = {ref.idnum for page in reader.pages
             for ref in ((page["/Resources"].get("/XObject") or {}).values())}
    assert len(forms) == 1     # one QR drawing, referenced by every page


def test_the_qr_code_has_its_three_finder_squares():
    count, runs = qr_runs("KEHOACH|THCS-AP-017|2024-2025|r1|KH-E2554938C4")
    top = [(column, length) for row, column, length in runs if row == QR_BORDER]
    assert top[0] == (QR_BORDER, 7) and top[-1] == (count - QR_BORDER - 7, 7)
    bottom = [(column, length) for row, column, length in runs if row == count - QR_BORDER - 1]
    assert bottom[0] == (QR_BORDER, 7)


def test_a_150_dpi_scan_reads_the_whole_fingerprint_from_a_qr_code_10_mm_clear_of_the_edges(tmp_path):
    """Each page as a 150 dpi scan (sharp, and blurred as a cheap scanner blurs), decoded by ZXing:
    the QR code gives the whole SHA-256, which `kehoach verify` accepts, and sits at least 10 mm from
    the paper's bottom and right edges (a printer's or scanner's edge never clips it)."""
    import subprocess

    import zxingcpp
    from PIL import Image, ImageFilter

    from kehoach_desktop.domain.fingerprint import parse_code
    from kehoach_desktop.reports.document import BOTTOM
    from kehoach_desktop.reports.stamp import QR_BOTTOM, QR_SIZE
    assert QR_BOTTOM >= 10 * MM and QR_BOTTOM + QR_SIZE <= BOTTOM          # under the text frame
    plan = sample_plan()
    stamp = PrintStamp(plan_fingerprint(plan), 3, SCHOOL.code, plan.school_year, draft=False)
    out = tmp_path / "ban-hanh.pdf"
    print_plan(plan, SCHOOL, framework("tt18"), out, stamp)
    subprocess.run(["pdftoppm", "-r", "150", "-gray", "-png", str(out), str(tmp_path / "scan")], check=True)
    scans = sorted(tmp_path.glob("scan*.png"))
    assert len(scans) > 2                                         # portrait and landscape pages
    px_per_mm = 150 / 25.4
    for path in scans:
        page = Image.open(path)
        for blur in (0, 1.0):
            scan = page.filter(ImageFilter.GaussianBlur(blur)) if blur else page
            [code] = [c for c in zxingcpp.read_barcodes(scan) if c.format == zxingcpp.BarcodeFormat.QRCode]
            assert code.text == stamp.qr_text and parse_code(code.text) == stamp.fingerprint, path.name
        corners = [(p.x, p.y) for p in (code.position.top_left, code.position.top_right,
                                        code.position.bottom_left, code.position.bottom_right)]
        right_gap = (page.width - max(x for x, _ in corners)) / px_per_mm
        bottom_gap = (page.height - max(y for _, y in corners)) / px_per_mm
        assert right_gap >= 10 and bottom_gap >= 10, (path.name, right_gap, bottom_gap)
