"""The UI tests share one QApplication: a test that starts the app (``kehoach gui --screenshot``)
installs its translators and locale, so they are taken away again after every test."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from kehoach_desktop.ui.language import remove_language


@pytest.fixture(autouse=True)
def no_language_left_behind():
    yield
    app = QCoreApplication.instance()
    if app is not None:
        remove_language(app)
