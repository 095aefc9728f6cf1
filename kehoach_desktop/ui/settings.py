"""What the program remembers between runs (QSettings): language, recent files, window layout."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 8
LANGUAGES = ("vi", "en")


class AppSettings:
    def __init__(self, settings: QSettings | None = None) -> None:
        self.qs = settings or QSettings("KeHoach", "KeHoachDesktop")

    # -- language ---------------------------------------------------------------------
    @property
    def language(self) -> str:
        lang = str(self.qs.value("ui/language", "vi"))
        return lang if lang in LANGUAGES else "vi"

    @language.setter
    def language(self, lang: str) -> None:
        self.qs.setValue("ui/language", lang if lang in LANGUAGES else "vi")

    # -- recent files -----------------------------------------------------------------
    def recent_files(self) -> list[str]:
        value = self.qs.value("files/recent", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in (value or [])]

    def add_recent(self, path: str | Path) -> None:
        path = str(Path(path).resolve())
        files = [path] + [f for f in self.recent_files() if f != path]
        self.qs.setValue("files/recent", files[:MAX_RECENT])

    def remove_recent(self, path: str | Path) -> None:
        path = str(Path(path).resolve())
        self.qs.setValue("files/recent", [f for f in self.recent_files() if f != path])

    def last_file(self) -> str | None:
        existing = [f for f in self.recent_files() if Path(f).exists()]
        return existing[0] if existing else None

    # -- window layout ----------------------------------------------------------------
    def geometry(self, key: str) -> QByteArray | None:
        value = self.qs.value(f"window/{key}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_geometry(self, key: str, value: QByteArray) -> None:
        self.qs.setValue(f"window/{key}", value)
