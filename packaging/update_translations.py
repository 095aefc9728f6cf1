"""Refresh translations/kehoach_*.ts from the tr() strings in kehoach_desktop/ui (run by hand after UI changes).

Source strings are Vietnamese. kehoach_vi.ts translates each string to itself (so
a Vietnamese .qm exists and nothing shows as unfinished); kehoach_en.ts holds the
English translations, kept by lupdate across runs. `make` compiles both to .qm
(packaging/build_translations.py).
"""
from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def lupdate(ts: Path) -> None:
    tool = Path(sys.executable).parent / "pyside6-lupdate"
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "kehoach_desktop" / "ui").rglob("*.py"))
    subprocess.run([str(tool), *sources, "-no-obsolete", "-tr-function-alias", "translate+=_tr", "-ts", str(ts.relative_to(ROOT))], check=True, cwd=ROOT)


def identity(ts: Path) -> None:
    """Vietnamese is the source language: every message translates to itself."""
    tree = ET.parse(ts)
    for message in tree.iter("message"):
        source, translation = message.find("source"), message.find("translation")
        translation.text = source.text
        translation.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def main() -> int:
    vi, en = ROOT / "translations" / "kehoach_vi.ts", ROOT / "translations" / "kehoach_en.ts"
    for ts in (vi, en):
        lupdate(ts)
    identity(vi)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
