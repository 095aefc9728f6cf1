"""The installers' promises, checked in their scripts (they can only be run on their platforms).

A principal installs without an administrator password, finds "Kế hoạch CLGD" in the menu,
and an uninstall never takes the school's files with it.
"""
from __future__ import annotations

import configparser
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ISS = (ROOT / "packaging" / "windows" / "kehoach.iss").read_text(encoding="utf-8")


def _sections(script: str) -> set[str]:
    return set(re.findall(r"^\[(\w+)\]", script, re.MULTILINE))


def test_windows_install_needs_no_administrator_and_speaks_vietnamese():
    assert re.search(r"^PrivilegesRequired=lowest$", ISS, re.MULTILINE)
    assert re.search(r'^Name: "vi"; MessagesFile: "Vietnamese.isl"$', ISS, re.MULTILINE)
    assert re.search(r"^MinVersion=10\.0\.17763$", ISS, re.MULTILINE)     # Qt 6: Windows 10 1809+


def test_windows_shortcuts_are_named_for_the_principal_and_start_in_documents():
    assert '#define AppName "Kế hoạch CLGD"' in ISS
    icons = ISS.split("[Icons]")[1].split("[Run]")[0]
    assert '{autoprograms}\\{#AppName}' in icons and '{autodesktop}\\{#AppName}' in icons
    assert icons.count('WorkingDir: "{userdocs}"') == 2


def test_the_windows_uninstaller_deletes_only_what_it_installed():
    assert not {"UninstallDelete", "UninstallRun", "Registry", "InstallDelete"} & _sections(ISS)
    assert 'Source: "..\\..\\dist\\kehoach\\*"; DestDir: "{app}"' in ISS


def test_the_linux_menu_entry_runs_the_built_program_with_its_icon():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(ROOT / "packaging" / "linux" / "kehoach.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Name"] == "Kế hoạch CLGD"
    assert desktop["Exec"] == "kehoach gui %f"          # install.sh makes the path absolute
    assert desktop["Icon"] == "kehoach"
    assert (ROOT / "resources" / "icons" / "kehoach-256.png").exists()
