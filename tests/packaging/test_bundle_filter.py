"""What the frozen folder keeps and leaves out (packaging/bundle_filter.py, used by the spec).

The frozen program must still open its window on X11, Wayland and offscreen, print, and show
its icons, while QML, 3D, multimedia and the libraries only they needed stay out of the
folder a school downloads.
"""
from __future__ import annotations

import importlib.util
import re
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("bundle_filter", ROOT / "packaging" / "bundle_filter.py")
bundle_filter = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bundle_filter)

PLUGINS = "PySide6/Qt/plugins"


def kept(dests, linux=True):
    toc = [(dest, f"/src/{dest}", "BINARY") for dest in dests]
    return [entry[0] for entry in bundle_filter.drop_unused(toc, linux=linux)]


def test_the_window_still_opens_on_x11_wayland_and_offscreen_and_can_print():
    needed = [
        f"{PLUGINS}/platforms/libqxcb.so", f"{PLUGINS}/platforms/libqwayland.so",
        f"{PLUGINS}/platforms/libqoffscreen.so", f"{PLUGINS}/printsupport/libcupsprintersupport.so",
        f"{PLUGINS}/imageformats/libqico.so", f"{PLUGINS}/imageformats/libqsvg.so",
        f"{PLUGINS}/iconengines/libqsvgicon.so", f"{PLUGINS}/platformthemes/libqxdgdesktopportal.so",
        "PySide6/Qt/lib/libQt6Widgets.so.6", "PySide6/Qt/lib/libQt6Pdf.so.6", "PySide6/Qt/lib/libicudata.so.73",
    ]
    assert kept(needed) == needed


def test_qml_3d_multimedia_vnc_the_gtk_theme_and_tiff_stay_out():
    unwanted = [
        "PySide6/Qt/lib/libQt6Qml.so.6", "PySide6/Qt/lib/libQt6Quick.so.6", "PySide6/Qt/lib/libQt63DCore.so.6",
        "PySide6/Qt/lib/libQt6Multimedia.so.6", f"{PLUGINS}/multimedia/libffmpegmediaplugin.so",
        f"{PLUGINS}/platforms/libqvnc.so", f"{PLUGINS}/platforms/libqeglfs.so",
        f"{PLUGINS}/platformthemes/libqgtk3.so", f"{PLUGINS}/imageformats/libqtiff.so",
        f"{PLUGINS}/platforminputcontexts/libqtvirtualkeyboardplugin.so", f"{PLUGINS}/tls/libqopensslbackend.so",
        "libcairo.so.2", "libpango-1.0.so.0",
    ]
    assert kept(unwanted) == []


def test_the_same_rules_hold_for_the_windows_folder_layout():
    windows = ["PySide6/plugins/imageformats/qtiff.dll", "PySide6/plugins/imageformats/qico.dll",
               "PySide6/Qt6Qml.dll", "PySide6/Qt6Widgets.dll", "PySide6/plugins/platforms/qwindows.dll",
               "PySide6/translations/qtbase_en.qm", "PySide6/translations/qtbase_fr.qm"]
    assert kept(windows, linux=False) == [
        "PySide6/plugins/imageformats/qico.dll", "PySide6/Qt6Widgets.dll",
        "PySide6/plugins/platforms/qwindows.dll", "PySide6/translations/qtbase_en.qm"]


def test_only_qts_own_english_strings_are_carried():
    translations = [f"PySide6/Qt/translations/{name}.qm" for name in
                    ("qtbase_en", "qt_en", "qtbase_de", "qtmultimedia_en", "qt_help_en", "designer_en")]
    assert kept(translations) == translations[:2]


def test_libraries_every_linux_desktop_has_are_left_to_it_but_not_on_windows():
    host = ["libstdc++.so.6", "libcups.so.2", "libexpat.so.1"]
    assert kept(host, linux=True) == []
    assert kept(host, linux=False) == host


def test_a_library_only_a_dropped_plugin_needed_goes_too_and_what_qt_links_stays():
    links = {
        "/src/PySide6/Qt/lib/libQt6Core.so.6": {"libglib-2.0.so.0", "libicuuc.so.73"},
        "/src/PySide6/Qt/lib/libicuuc.so.73": {"libicudata.so.73"},
        "/src/PySide6/Qt/lib/libicudata.so.73": set(),
        "/src/libglib-2.0.so.0": set(),
        "/src/libgio-2.0.so.0": {"libmount.so.1"},       # wanted only by the GTK theme, now gone
        "/src/libmount.so.1": set(),
        "/src/PySide6/Qt/plugins/platforms/libqxcb.so": {"libQt6Core.so.6"},   # dlopen()ed: never an orphan
    }
    toc = [(src.removeprefix("/src/"), src, "BINARY") for src in links]
    left = bundle_filter.drop_orphan_libraries(toc, linux=True, needs=lambda src: links[src])
    assert sorted(entry[0] for entry in left) == sorted([
        "PySide6/Qt/lib/libQt6Core.so.6", "PySide6/Qt/lib/libicuuc.so.73", "PySide6/Qt/lib/libicudata.so.73",
        "libglib-2.0.so.0", "PySide6/Qt/plugins/platforms/libqxcb.so"])


def test_a_symlink_to_a_dropped_library_is_dropped_with_it():
    toc = [("libQt6Pdf.so.6", "PySide6/Qt/lib/libQt6Pdf.so.6", "SYMLINK"),
           ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK")]
    left = bundle_filter.drop_dangling_symlinks(toc, kept={"PySide6/Qt/lib/libQt6Core.so.6"})
    assert [entry[0] for entry in left] == ["libQt6Core.so.6"]


@pytest.mark.skipif(shutil.which("objdump") is None, reason="objdump (binutils) not installed")
def test_the_elf_reader_sees_what_qt_widgets_links_to():
    import PySide6
    widgets = Path(PySide6.__file__).parent / "Qt" / "lib" / "libQt6Widgets.so.6"
    if not widgets.exists():
        pytest.skip("not a Linux PySide6 wheel")
    assert {"libQt6Gui.so.6", "libQt6Core.so.6"} <= bundle_filter.direct_needs(str(widgets))


def _program_imports() -> set[str]:
    names = set()
    pattern = re.compile(r"^\s*(?:from|import)\s+([\w.]+)", re.MULTILINE)
    for source in (ROOT / "kehoach_desktop").rglob("*.py"):
        text = source.read_text(encoding="utf-8")
        names.update(pattern.findall(text))
        names.update(f"PySide6.{m}" for m in re.findall(r"PySide6\.(Qt\w+)", text))
    return names


def test_the_program_imports_nothing_the_frozen_folder_leaves_out():
    imported = _program_imports()
    left_out = {name for name in imported
                if any(name == ex or name.startswith(ex + ".") for ex in bundle_filter.excludes)}
    assert left_out == set(), f"excluded in packaging/bundle_filter.py but imported: {sorted(left_out)}"
