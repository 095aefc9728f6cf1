"""Starting the window: QApplication, translations, settings, the exception hook, the first file.

``kehoach gui [FILE] [--demo] [--lang en] [--screenshot OUT.png]`` lands here; without a
file the window opens the last file used; on the very first run (no file yet) it shows
the welcome page (new school, open a file, the demo school). A screenshot without a
file shows the demo school.
Vietnamese is what users see unless they chose English in the settings (or
with --lang). ``KEHOACH_STARTUP_PROBE=1`` prints the wall-clock time once the
window is on screen and quits: bench/bench_startup.py measures start-up with it.
"""
from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.paths import user_data_dir
from kehoach_desktop.ui import crash
from kehoach_desktop.ui.errors import error_text
from kehoach_desktop.ui.language import install_language
from kehoach_desktop.ui.screen_fit import fit_to_screen
from kehoach_desktop.ui.settings import AppSettings

SCREEN_SIZE = (1366, 768)


def default_settings() -> AppSettings:
    """Settings live in an INI file in the user data folder (portable, and private in tests)."""
    folder = user_data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return AppSettings(QSettings(str(folder / "settings.ini"), QSettings.IniFormat))


def install_translation(app: QCoreApplication, language: str) -> bool:
    """Our strings in ``language``; in Vietnamese also Qt's own strings and the vi_VN locale."""
    return install_language(app, language)


def make_app() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Kế hoạch")
    app.setOrganizationName("KeHoach")
    # The same icon as the Start-menu entry; the desktop file name lets Linux/Wayland match them.
    from kehoach_desktop.ui.app_icon import app_icon
    app.setWindowIcon(app_icon())
    app.setDesktopFileName("kehoach")
    return app


def _initial_path(window, file: str | None, demo: bool) -> Path | None:
    """The file to open at start; None on a first run, where the welcome page offers the ways in."""
    from kehoach_desktop.ui.file_ops import demo_path
    if demo:
        return demo_path()
    if file:
        return Path(file)
    last = window.settings.last_file()
    return Path(last) if last else None


def _is_district(path: Path) -> bool:
    from kehoach_desktop.store.district import is_district_file
    return is_district_file(path)


def take_screenshot(window, out: str | os.PathLike, size: tuple[int, int] = SCREEN_SIZE) -> Path:
    """The main window at ``size`` (logical pixels) with the first plan open, as a PNG."""
    window.resize(*size)
    window.show()
    if window.session is not None:
        plans = window.document.list_plans()
        if plans:
            window.session.load(min(p.id for p in plans))
    QApplication.processEvents()
    window.table.fit_columns()
    window.table.fit_all_rows()
    if window.session is not None and window.session.model.rows:
        window.table.select_visual(window.session.model.visual_of(window.session.model.rows[0].id))
        window.table.scrollToTop()
    QApplication.processEvents()
    out = Path(out)
    window.grab().save(str(out))
    return out


def run_app(file: str | None, demo: bool = False, lang: str | None = None,
            screenshot: str | None = None, size: tuple[int, int] = SCREEN_SIZE) -> int:
    from kehoach_desktop.ui.main_window import MainWindow
    app = make_app()
    settings = default_settings()
    install_translation(app, lang or settings.language)
    crash.install()
    from kehoach_desktop.catalogs import load_installed
    catalog_notices = load_installed()[1]     # a broken installed catalog is set aside here, told once below
    window = MainWindow(settings)
    problem: InputError | None = None
    path = _initial_path(window, file, demo or bool(screenshot and not file))
    if path is not None:
        try:
            window.open_document(path)
            settings.add_recent(path)
        except InputError as exc:
            problem = exc
            if file and not screenshot and _is_district(path):   # `kehoach gui phong.db`: the district window
                district = window.exchange.open_district(path)
                if district is not None:
                    return app.exec()
    if screenshot:
        if problem:
            raise InputError(problem.template, field="file", row=problem.row, **problem.values)
        print(take_screenshot(window, screenshot, size))
        return 0
    window.show()
    if problem:
        QTimer.singleShot(0, lambda: window.files.warn(error_text(problem)))
    for notice in catalog_notices:
        QTimer.singleShot(0, lambda notice=notice: window.files.warn(error_text(notice)))
    if os.environ.get("KEHOACH_STARTUP_PROBE"):
        QTimer.singleShot(0, lambda: (print(f"shown {time.time():.4f}", flush=True), app.quit()))
    return app.exec()


def run_district_app(file: str, screenshot: str | None = None) -> int:
    """`kehoach district gui`: the district office's window on a district file."""
    from kehoach_desktop.ui.district.window import DistrictWindow
    app = make_app()
    install_translation(app, default_settings().language)
    crash.install()
    window = DistrictWindow(Path(file))
    if screenshot:
        window.resize(1366, 640)          # the README's picture, whatever this screen is
    else:
        fit_to_screen(window, (1366, 640))
    window.show()
    if screenshot:
        app.processEvents()
        window.grab().save(screenshot)
        window.close()
        print(f"Đã lưu ảnh cửa sổ: {screenshot}")
        return 0
    return app.exec()
