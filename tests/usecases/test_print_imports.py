"""`kehoach print plan` loads what printing needs and nothing of Word, Excel, the window or .docx reading.

The print use case imports ReportLab and the store's readers when called; python-docx,
openpyxl, Qt and the Word import's parsers stay out of the process (they cost start-up
time a principal waiting for paper would pay for nothing).
"""
from __future__ import annotations

import json
import subprocess
import sys

NEVER_FOR_PRINTING = ("docx", "openpyxl", "PySide6", "pypdf", "kehoach_desktop.ui",
                      "kehoach_desktop.domain.docx_import", "kehoach_desktop.reports.docx_plan",
                      "kehoach_desktop.reports.xlsx_plan", "kehoach_desktop.usecases.import_word",
                      "kehoach_desktop.usecases.export_excel", "kehoach_desktop.usecases.export_word")

SCRIPT = """
import json, sys
from kehoach_desktop.cli import main
code = main(["print", "plan", sys.argv[1], "-o", sys.argv[2]])
print(json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""


def test_printing_the_plan_loads_no_word_excel_or_window_module(demo_file, tmp_path):
    out = tmp_path / "ke-hoach.pdf"
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(demo_file), str(out)], capture_output=True,
                          text=True, check=True, encoding="utf-8")
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["code"] == 0 and out.read_bytes()[:5] == b"%PDF-"
    loaded = [m for m in report["modules"] if m.split(".")[0] in {"docx", "openpyxl", "PySide6", "pypdf"}
              or any(m == n or m.startswith(n + ".") for n in NEVER_FOR_PRINTING)]
    assert loaded == []
    assert "kehoach_desktop.usecases.print_document" in report["modules"]   # it went through the use case
