"""The interface language: our own strings, Qt's own strings and the locale, installed together.

Our strings come from ``kehoach_<language>.qm``. Qt's standard texts (dialog buttons, the
edit context menus, the file and print dialogs) are English unless a ``qtbase_*.qm`` is
installed, and PySide6 ships none for Vietnamese, so ``translations/qtbase_vi.ts`` is ours.
In Vietnamese the default QLocale is vi_VN as well, so calendars and date pickers show
Vietnamese month and day names. English leaves Qt's English and the system locale alone.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from kehoach_desktop.resources_path import translations_dir

VIETNAMESE = QLocale(QLocale.Vietnamese, QLocale.Vietnam)
_LANGUAGE = "kehoach_language"        # the application property naming the installed language


def _load(app: QCoreApplication, name: str, attribute: str) -> bool:
    """Install translations/<name>.qm, kept alive as ``app.<attribute>``; False when it is missing."""
    translator = QTranslator(app)
    if not translator.load(name, str(Path(str(translations_dir())))):
        return False
    app.installTranslator(translator)
    setattr(app, attribute, translator)
    return True


def install_language(app: QCoreApplication, language: str) -> bool:
    """Our strings in ``language``; for "vi" also Qt's strings and the locale. False if not available.

    The source strings are Vietnamese, so "vi" counts as available even without its .qm.
    """
    ours = _load(app, f"kehoach_{language}", "_kehoach_translator")
    if language != "vi":
        if ours:
            app.setProperty(_LANGUAGE, language)
        return ours
    _load(app, "qtbase_vi", "_qt_translator")
    QLocale.setDefault(VIETNAMESE)
    return True


def remove_language(app: QCoreApplication) -> None:
    """Undo :func:`install_language`: back to the source strings, Qt's English and the system locale."""
    for attribute in ("_kehoach_translator", "_qt_translator"):
        translator = getattr(app, attribute, None)
        if translator is not None:
            app.removeTranslator(translator)
            delattr(app, attribute)
    QLocale.setDefault(QLocale.system())
    app.setProperty(_LANGUAGE, None)


def interface_language() -> str:
    """The language the interface speaks now: "vi" (the source strings) unless another was installed."""
    app = QCoreApplication.instance()
    language = app.property(_LANGUAGE) if app is not None else None
    return language or "vi"
