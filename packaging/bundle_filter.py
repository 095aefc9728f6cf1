"""What the frozen folder leaves out: the part of packaging/kehoach.spec that can be tested.

PyInstaller's hooks collect every Qt plugin, translation and system library a module might
want. These rules drop what this program never loads (QML, 3D, multimedia, WebEngine, extra
platforms and image formats, the GTK theme and the libraries only it needed), so the folder
stays under 150 MB. Pure functions over PyInstaller's TOC entries ``(dest, src, kind)``;
tests/packaging/ checks them without running PyInstaller.
"""
from __future__ import annotations

import posixpath
import subprocess
import sys
from pathlib import PurePosixPath

LINUX = sys.platform.startswith("linux")

# Qt modules and Python packages never used: without these lines a stray import
# (or a hook's guess) drags in WebEngine, QML, 3D or multimedia and doubles the folder.
QT_UNUSED = [
    "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender",
    "QtBluetooth", "QtConcurrent", "QtDataVisualization", "QtDesigner", "QtGraphs", "QtGraphsWidgets",
    "QtHelp", "QtHttpServer", "QtLocation", "QtMultimedia", "QtMultimediaWidgets", "QtNetworkAuth",
    "QtNfc", "QtOpenGL", "QtOpenGLWidgets", "QtPositioning", "QtQml", "QtQuick", "QtQuick3D",
    "QtQuickControls2", "QtQuickWidgets", "QtRemoteObjects", "QtScxml", "QtSensors", "QtSerialBus",
    "QtSerialPort", "QtSpatialAudio", "QtSql", "QtStateMachine", "QtSvgWidgets", "QtTest",
    "QtTextToSpeech", "QtUiTools", "QtWebChannel", "QtWebEngineCore", "QtWebEngineQuick",
    "QtWebEngineWidgets", "QtWebSockets", "QtWebView", "QtXml", "QtAxContainer", "QtCanvasPainter",
]
excludes = [f"PySide6.{name}" for name in QT_UNUSED] + [
    "tkinter", "_tkinter", "unittest", "pydoc", "pytest", "_pytest", "hypothesis", "pytestqt",
    "pypdf", "PyInstaller", "setuptools", "pip", "numpy", "pandas", "IPython", "matplotlib",
    # ReportLab imports Pillow's core; its AVIF/WebP/colour-profile/font/Tk parts stay out (8 MB).
    "PIL._avif", "PIL._webp", "PIL._imagingcms", "PIL._imagingft", "PIL._imagingtk", "PIL.ImageTk",
    "PIL.ImageQt", "PIL._imagingmath", "PIL._imagingmorph", "readline",
    # No network: without ssl/_hashlib the 5 MB OpenSSL stays out (hashlib falls back to its
    # built-in md5/sha, which is all ReportLab uses). lxml: python-docx needs only etree.
    "ssl", "_ssl", "_hashlib", "lxml.objectify", "lxml.html", "lxml.isoschematron", "lxml.sax",
]


# What a hook collected that the program never loads. Names are matched on the file name
# (Qt libraries, plugins and the system libraries only they pull in) or on the plugin folder.
UNUSED_NAME_PARTS = (
    # Qt parts: QML, 3D, multimedia, web, virtual keyboard, location, sensors…
    "Qml", "Quick", "3D", "Multimedia", "WebEngine", "Designer", "irtualkeyboard", "VirtualKeyboard",
    "Location", "Positioning", "Graphs", "DataVisualization", "Bluetooth", "Sensors", "SerialPort",
    "FFmpeg", "Lottie", "Labs", "TextToSpeech", "WebView", "Scxml", "RemoteObjects", "StateMachine",
    "EglFS", "EglFs",
    # GTK platform theme (libqgtk3) and its cairo/pango stack: Qt's own style and dialogs are used.
    "libqgtk3", "libcairo", "libpango", "libatk-", "libgdk_pixbuf", "libgdk-", "libgtk-", "libfribidi",
    "libthai", "libdatrie", "libgraphite2", "libpixman", "libharfbuzz",
    # Unused platforms: framebuffer, VNC, EGL full-screen, Vulkan display.
    "libqeglfs", "libqlinuxfb", "libqminimalegl", "libqvnc", "libqvkkhrdisplay",
)
UNUSED_PLUGIN_DIRS = (
    "multimedia", "qmltooling", "qmllint", "sceneparsers", "geometryloaders", "renderers",
    "renderplugins", "position", "geoservices", "sensors", "texttospeech", "webview", "designer",
    "sqldrivers", "virtualkeyboard", "canbus", "scxmldatamodel", "egldeviceintegrations", "generic",
    "networkinformation", "tls",
)
# Image formats: icons are PNG/SVG/ICO; nothing reads TIFF, WebP, TGA, WBMP, ICNS or PDF-as-image.
# Plugin names without "lib" and suffix: libqtiff.so on Linux, qtiff.dll on Windows.
UNUSED_IMAGE_FORMATS = {"qtiff", "qwebp", "qtga", "qwbmp", "qicns", "qpdf"}


def _plugin_stem(name):
    stem = name.split(".", 1)[0]
    return stem[3:] if stem.startswith("lib") else stem


def unused(dest):
    """True for a file (its path inside the bundle) the program never loads."""
    dest = dest.replace("\\", "/")
    name = dest.rsplit("/", 1)[-1]
    if any(part in name for part in UNUSED_NAME_PARTS):
        return True
    if "/plugins/imageformats/" in dest and _plugin_stem(name) in UNUSED_IMAGE_FORMATS:
        return True
    if any(f"/plugins/{kind}/" in dest for kind in UNUSED_PLUGIN_DIRS):
        return True
    # Qt's own translations: PySide6 ships none for Vietnamese (qtbase_* exists for ar, bg, ca, cs,
    # da, de, en, es, fa, fi, fr, gd, he, hr, hu, it, ja, ka, kk, ko, lg, lv, nl, nn, pl, pt_BR, ru,
    # sk, sv, tr, uk, zh_CN, zh_TW). Our own translations/qtbase_vi.qm (from qtbase_vi.ts) is
    # bundled with kehoach_*.qm under translations/, not here; keep only qtbase_en of Qt's.
    if "PySide6/" in dest and "/translations/" in dest and dest.endswith(".qm"):
        return not name.startswith(("qtbase_en", "qt_en"))
    return False


# Linux system libraries left to the host, as every desktop has them:
# - CUPS and the TLS stack it drags in (2 MB gnutls, p11-kit…). Qt's print plugin loads the
#   host's libcups; a machine without CUPS still prints to PDF.
# - libstdc++ and libexpat: Debian 12's copies need glibc 2.36, which would stop the folder
#   on Ubuntu 22.04 (glibc 2.35); the host's own copies are always there and new enough.
# - The desktop's own plumbing that Qt's D-Bus and network parts pull in (systemd, gcrypt, Kerberos) and
#   the X11 and GLib libraries every Linux desktop with a display has: 6.5 MB, which keeps the folder
#   under 150 MB now that it carries cryptography's 12 MB (signed files, issue 17).
HOST_LIBRARIES = ("libcups.so", "libstdc++.so", "libexpat.so",
                  "libsystemd.so", "libgcrypt.so", "libgpg-error.so", "liblz4.so",
                  "libkrb5.so", "libkrb5support.so", "libgssapi_krb5.so", "libk5crypto.so", "libcom_err.so",
                  "libkeyutils.so", "libX11.so", "libglib-2.0.so")


def drop_unused(toc, linux=LINUX):
    """Everything :func:`unused`, and on Linux the libraries left to the host."""
    return [entry for entry in toc if not unused(entry[0])
            and not (linux and entry[0].startswith(HOST_LIBRARIES))]


def is_linked_library(dest):
    """A library only ever loaded because another file links to it (never a dlopen()ed plugin)."""
    dest = dest.replace("\\", "/")
    folder, _, name = dest.rpartition("/")
    in_vendored_dir = folder.endswith(".libs") and "/" not in folder     # e.g. pillow.libs/
    linked_dir = folder in ("", "PySide6/Qt/lib") or in_vendored_dir    # Qt/plugins are dlopen()ed
    return linked_dir and name.startswith("lib") and not name.startswith("libpython")


def direct_needs(path):
    """The libraries an ELF file links to by name (objdump, which PyInstaller needs on Linux anyway;
    ldd would list the host's whole closure instead)."""
    out = subprocess.run(["objdump", "-p", path], capture_output=True, text=True).stdout
    return {line.split()[1] for line in out.splitlines() if line.strip().startswith("NEEDED")}


def drop_orphan_libraries(toc, linux=LINUX, needs=direct_needs):
    """Linux: libraries in the bundle that nothing kept still links to.

    They came in for a plugin dropped above (GTK theme, network information, CUPS); a plain
    loop to a fixed point over each file's direct NEEDED list.
    """
    if not linux:
        return toc
    needed_by = {dest: needs(src) for dest, src, kind in toc if kind in ("BINARY", "EXTENSION")}
    while True:
        needed = set().union(*needed_by.values())
        orphans = {dest for dest in needed_by
                   if is_linked_library(dest) and PurePosixPath(dest.replace("\\", "/")).name not in needed}
        if not orphans:
            break
        for dest in orphans:
            del needed_by[dest]
        toc = [entry for entry in toc if entry[0] not in orphans]
    return toc


def drop_dangling_symlinks(toc, kept):
    """PyInstaller's top-level symlinks (libQt6Pdf.so.6 -> PySide6/Qt/lib/…) to a dropped file."""
    return [entry for entry in toc if entry[2] != "SYMLINK"
            or posixpath.normpath(posixpath.join(posixpath.dirname(entry[0]), entry[1])) in kept]


def prune(analysis):
    """Apply every rule to a PyInstaller Analysis, in place."""
    analysis.binaries = drop_orphan_libraries(drop_unused(analysis.binaries))
    analysis.datas = drop_unused(analysis.datas)
    kept = {entry[0] for entry in analysis.binaries + analysis.datas if entry[2] != "SYMLINK"}
    analysis.binaries = drop_dangling_symlinks(analysis.binaries, kept)
    analysis.datas = drop_dangling_symlinks(analysis.datas, kept)
