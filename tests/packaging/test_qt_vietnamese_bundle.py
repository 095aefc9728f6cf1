"""The frozen folder carries our own Vietnamese for Qt (translations/qtbase_vi.qm) and finds it."""
from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale

from kehoach_desktop.ui.language import install_language, remove_language

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("bundle_filter", ROOT / "packaging" / "bundle_filter.py")
bundle_filter = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bundle_filter)


def test_our_qtbase_vi_survives_the_filter_while_pyside6s_other_languages_go():
    toc = [(dest, f"/src/{dest}", "DATA") for dest in
           ("translations/qtbase_vi.qm", "translations/kehoach_vi.qm", "PySide6/Qt/translations/qtbase_de.qm")]
    kept = [entry[0] for entry in bundle_filter.drop_unused(toc)]
    assert kept == ["translations/qtbase_vi.qm", "translations/kehoach_vi.qm"]


def test_the_spec_bundles_every_compiled_translation():
    spec = (ROOT / "packaging" / "kehoach.spec").read_text(encoding="utf-8")
    assert '".qm"' in spec and 'data_files("translations")' in spec


def test_frozen_the_vietnamese_qt_strings_come_from_next_to_the_program(qapp, tmp_path, monkeypatch):
    subprocess.run([sys.executable, str(ROOT / "packaging" / "build_translations.py")], check=True)
    bundle = tmp_path / "_internal"
    (bundle / "translations").mkdir(parents=True)
    shutil.copy(ROOT / "translations" / "qtbase_vi.qm", bundle / "translations")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    try:
        assert install_language(qapp, "vi")
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Hủy"
        assert QLocale().language() == QLocale.Vietnamese
    finally:
        remove_language(qapp)
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
