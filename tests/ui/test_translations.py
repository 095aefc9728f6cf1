"""English for every window string: lupdate must see each one, and each must have its English."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# translate("Context", some_variable): lupdate cannot read the text, so it never reaches the .ts files
HIDDEN = re.compile(r"""(?:translate|_tr)\(\s*["'][^"']+["']\s*,\s*(?!["'])[A-Za-z_]""")


def test_every_translated_string_in_the_window_is_a_literal_lupdate_can_see():
    hidden = [f"{path.relative_to(ROOT)}:{n}" for path in (ROOT / "kehoach_desktop" / "ui").rglob("*.py")
              for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if HIDDEN.search(line)]
    assert hidden == []


def test_every_string_has_its_english():
    tree = ET.parse(ROOT / "translations" / "kehoach_en.ts")
    missing = [m.findtext("source") for m in tree.iter("message")
               if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
               or not (m.findtext("translation") or "").strip()]
    assert missing == []


def test_the_new_menus_are_in_the_english_file():
    tree = ET.parse(ROOT / "translations" / "kehoach_en.ts")
    actions = {m.findtext("source"): m.findtext("translation") for c in tree.iter("context")
               if c.findtext("name") == "Actions" for m in c.iter("message")}
    assert actions["&In"] == "&Print" and actions["Trợ &giúp"] == "&Help"
    assert actions["Xuất file gửi cơ quan quản lý…"] == "Export file for the managing office…"
