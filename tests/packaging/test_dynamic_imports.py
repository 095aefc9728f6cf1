"""The frozen program has every module printing loads, including those loaded by computed names.

The frozen folder holds what PyInstaller's import analysis finds plus the spec's hidden imports
(packaging/dynamic_imports.py). A principal's first «In kế hoạch» once failed in the installed
program because ReportLab's QR widget loads ``reportlab.graphics.barcode.code128`` through exec(),
which no analysis sees. This test prints every document in a fresh interpreter, then checks
that each module it loaded is either reachable by import statements (the standard library's
modulefinder, a stand-in for PyInstaller's analysis) or a hidden import.
"""
from __future__ import annotations

import importlib.util
import json
import modulefinder
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("dynamic_imports", ROOT / "packaging" / "dynamic_imports.py")
dynamic_imports = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(dynamic_imports)

# Qt is bundled by PyInstaller's own hooks, whole modules at a time; the encodings are always there.
BUNDLED_WHOLE = ("PySide6", "shiboken6")
# Bundled otherwise: resources/ and translations/ as data folders (the wheel maps them in as
# packages), the interpreter's build settings by PyInstaller's sysconfig hook.
BUNDLED_OTHERWISE = ("kehoach_desktop.resources", "kehoach_desktop.translations", "_sysconfigdata_")

PRINT_EVERYTHING = r"""
import json, sys
started_with = set(sys.modules)   # the interpreter's own start-up, not the program's
from pathlib import Path
from kehoach_desktop.cli import main
out = Path(sys.argv[1])
runs = [["demo", str(out / "d.db")],
        ["print", "plan", str(out / "d.db"), "--year", "2024-2025", "-o", str(out / "a.pdf")],
        ["print", "plan", str(out / "d.db"), "--year", "2026-2027", "-o", str(out / "b.pdf")],
        ["print", "inspection", str(out / "d.db"), "--year", "2024-2025", "-o", str(out / "c.pdf")],
        ["print", "progress", str(out / "d.db"), "--year", "2024-2025", "--as-of", "2025-04", "-o", str(out / "e.pdf")],
        ["word", "export", str(out / "d.db"), "--year", "2024-2025", "-o", str(out / "f.docx")],
        ["word", "import", str(out / "f.docx"), str(out / "g.db"), "--dry-run"],
        ["excel", "export", str(out / "d.db"), "-o", str(out / "h.xlsx")]]
for args in runs:
    code = main(args)
    assert code == 0, (args, code)
# Modules from a file; pyexpat.errors & co. are made by their C parent, namespaces have no file.
print(json.dumps(sorted(name for name, module in list(sys.modules.items())
                        if name not in started_with and getattr(module, "__file__", None))))
"""


def _loaded_while_printing(tmp_path) -> set[str]:
    done = subprocess.run([sys.executable, "-c", PRINT_EVERYTHING, str(tmp_path)], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    return set(json.loads(done.stdout.strip().splitlines()[-1]))


def _reachable_by_imports() -> set[str]:
    finder = modulefinder.ModuleFinder(path=[str(ROOT), *sys.path], excludes=list(BUNDLED_WHOLE))
    finder.run_script(str(ROOT / "kehoach_desktop" / "__main__.py"))
    for name in dynamic_imports.package_modules("encodings"):   # PyInstaller bundles every codec
        finder.import_hook(name)
    # Hidden imports are analysed like the script: what they import is bundled too (the program's
    # command modules are imported by name, kehoach_desktop.commands.COMMANDS).
    for name in dynamic_imports.hidden_imports(ROOT):
        if not name.startswith(BUNDLED_WHOLE):
            finder.import_hook(name)
    return set(finder.modules)


def test_every_module_printing_loads_is_in_the_frozen_program(tmp_path):
    loaded = _loaded_while_printing(tmp_path)
    bundled = _reachable_by_imports() | set(dynamic_imports.hidden_imports(ROOT)) | set(sys.builtin_module_names)
    missing = sorted(name for name in loaded - bundled
                     if name.split(".")[0] not in BUNDLED_WHOLE and not name.startswith(BUNDLED_OTHERWISE))
    assert missing == [], f"loaded by computed names, add to packaging/dynamic_imports.py: {missing}"


def test_the_qr_footers_barcode_modules_are_hidden_imports():
    names = set(dynamic_imports.hidden_imports(ROOT))
    assert {"reportlab.graphics.barcode.code128", "reportlab.graphics.barcode.qr"} <= names
    assert "kehoach_desktop.commands.printing" in names
