"""`kehoach office export` at the commune, `kehoach office import|list|summary` at the Sở: the schools by
commune, and a refused bundle is exit 2 with a Vietnamese reason, never a traceback."""
from __future__ import annotations

import json

from pypdf import PdfReader

from kehoach_desktop.cli import EXIT_OK, EXIT_REFUSED, main
from tests.store.bundle_helpers import new_commune, new_province
from tests.store.exchange_helpers import digest, exported_school


def test_the_commune_exports_and_the_so_lists_its_schools_under_the_commune(tmp_path, capsys):
    commune = new_commune(tmp_path / "xa")
    schools = [exported_school(tmp_path / "a", "79760101", "Trường THCS Hòa Bình"),
               exported_school(tmp_path / "b", "79760202", "Trường Tiểu học An Lạc")]
    assert main(["office", "import", str(commune), *map(str, schools)]) == EXIT_OK
    (tmp_path / "usb").mkdir()
    assert main(["office", "export", str(commune), "-o", str(tmp_path / "usb")]) == EXIT_OK
    out = capsys.readouterr().out
    assert "Đã xuất tệp tổng hợp 2 trường" in out
    [bundle] = (tmp_path / "usb").glob("*.kehoach-tonghop.zip")
    so = new_province(tmp_path / "so")
    direct = exported_school(tmp_path / "c", "79760303", "Trường THPT Ngô Quyền")
    assert main(["district", "import", str(so), str(bundle), str(direct)]) == EXIT_OK
    out = capsys.readouterr().out
    assert out.count("✓") == 3 and "qua Phòng Văn hóa - Xã hội xã Vĩnh Hải" in out
    assert main(["office", "list", str(so), "--year", "2025-2026"]) == EXIT_OK
    lines = capsys.readouterr().out.splitlines()
    at = [i for i, line in enumerate(lines) if line.startswith("▸")]
    assert [lines[i] for i in at] == ["▸ xã Vĩnh Hải (2 trường)", "▸ Trường nhập trực tiếp (1 trường)"]
    assert "Trường THCS Hòa Bình" in lines[at[0] + 1] and "Trường THPT Ngô Quyền" in lines[at[1] + 1]
    assert main(["office", "list", str(so), "--json"]) == EXIT_OK
    listed = json.loads(capsys.readouterr().out)["schools"]
    assert [(s["commune"], s["through"]) for s in listed] == [("xã Vĩnh Hải", "xã Vĩnh Hải")] * 2 + [("", "")]
    pdf = tmp_path / "tong-hop.pdf"
    assert main(["office", "summary", str(so), "--year", "2025-2026", "--pdf", str(pdf)]) == EXIT_OK
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(pdf).pages).split())
    assert "xã Vĩnh Hải (2 trường)" in text and "Trường nhập trực tiếp (1 trường)" in text
    assert text.index("xã Vĩnh Hải (2 trường)") < text.index("Trường THCS Hòa Bình") < text.index(
        "Trường nhập trực tiếp (1 trường)") < text.index("Trường THPT Ngô Quyền")
    xlsx = tmp_path / "so.xlsx"
    assert main(["excel", "district", str(so), "-o", str(xlsx)]) == EXIT_OK
    from openpyxl import load_workbook
    sheet = load_workbook(xlsx).active
    header = [c.value for c in sheet[1]]
    column = header.index("Xã/phường")
    assert [row[column].value for row in sheet.iter_rows(min_row=2)] == ["xã Vĩnh Hải", "xã Vĩnh Hải", None]


def test_a_refused_bundle_is_exit_2_with_the_reason_and_the_office_unchanged(tmp_path, capsys):
    so = new_province(tmp_path / "so")
    before = digest(so)
    junk = tmp_path / "xa.kehoach-tonghop.zip"
    junk.write_bytes(b"PK\x05\x06" + bytes(18) + b"not really")
    assert main(["office", "import", str(so), str(junk)]) == EXIT_REFUSED
    captured = capsys.readouterr()
    assert "Tệp tổng hợp «xa.kehoach-tonghop.zip» bị từ chối" in captured.out
    assert "1 tệp bị từ chối" in captured.err and "Traceback" not in captured.err
    assert digest(so) == before


def test_export_refusals_are_exit_2(tmp_path, capsys):
    commune = new_commune(tmp_path / "xa")
    assert main(["office", "export", str(commune), "-o", str(tmp_path)]) == EXIT_REFUSED
    assert "chưa có trường nào" in capsys.readouterr().err
    assert main(["office", "export", str(commune), "-o", str(tmp_path / "khong-co" / "x.zip")]) == EXIT_REFUSED
    assert "không tồn tại" in capsys.readouterr().err


def test_office_history_says_which_commune_office_a_school_came_through(tmp_path, capsys):
    from kehoach_desktop.cli import main
    from tests.store.bundle_helpers import commune_bundle, new_commune, new_province
    from tests.store.exchange_helpers import exported_school
    so = new_province(tmp_path / "so")
    bundle = commune_bundle(new_commune(tmp_path / "xa"), [exported_school(tmp_path / "a")], tmp_path / "usb")
    assert main(["office", "import", str(so), str(bundle)]) == 0
    capsys.readouterr()
    assert main(["office", "history", str(so), "79760101"]) == 0
    assert "qua Phòng Văn hóa - Xã hội xã Vĩnh Hải" in capsys.readouterr().out
