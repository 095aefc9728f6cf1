"""New, Open, Open recent, Save a copy, Close: the file menu's work, with Vietnamese messages."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.paths import default_school_dir, user_data_dir
from kehoach_desktop.store.demo import write_demo
from kehoach_desktop.ui.errors import error_text
from kehoach_desktop.ui.text import literal



def demo_path() -> Path:
    """The demo school lives in the user data folder; it is written on first use and then kept."""
    path = user_data_dir() / "truong-mau.db"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        write_demo(path)
    return path


class FileOps(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window

    def _filter(self) -> str:
        return self.tr("Tệp kế hoạch (*.db);;Mọi tệp (*)")

    def warn(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Warning, self.tr("Kế hoạch"), text, QMessageBox.NoButton, self.window)
        box.addButton(self.tr("Đóng"), QMessageBox.AcceptRole)
        box.exec()

    def open_path(self, path: str | Path, *, create: bool = False) -> bool:
        try:
            self.window.open_document(path, create=create)
        except InputError as exc:
            from kehoach_desktop.store.district import is_district_file
            if not create and is_district_file(path):   # the district's own file: its own window
                return self.window.exchange.open_district(path) is not None
            self.window.settings.remove_recent(path)
            self.warn(error_text(exc))
            return False
        self.window.settings.add_recent(path)
        return True

    def new_file(self) -> None:
        folder = default_school_dir()   # Documents, never the program folder
        folder.mkdir(parents=True, exist_ok=True)
        name, _ = QFileDialog.getSaveFileName(self.window, self.tr("Tạo tệp trường mới"),
                                              str(folder / "truong.db"), self._filter())
        if not name:
            return
        path = Path(name if name.endswith(".db") else name + ".db")
        if path.exists():
            self.warn(self.tr("Tệp «{0}» đã có. Hãy chọn tên khác để không ghi đè dữ liệu.").format(path.name))
            return
        self.open_path(path, create=True)

    def open_file(self) -> None:
        start = default_school_dir()
        name, _ = QFileDialog.getOpenFileName(self.window, self.tr("Mở tệp trường"),
                                              str(start if start.is_dir() else Path.home()),
                                              self._filter())
        if name:
            self.open_path(name)

    def open_demo(self) -> None:
        try:
            path = demo_path()
        except InputError as exc:
            self.warn(error_text(exc))
            return
        self.open_path(path)

    def fill_recent_menu(self) -> None:
        menu = self.window.menu_actions.recent_menu
        menu.clear()
        files = self.window.settings.recent_files()
        if not files:
            menu.addAction(self.tr("(chưa có)")).setEnabled(False)
        for index, name in enumerate(files, start=1):
            action = menu.addAction(f"&{index} {literal(name)}")   # a folder "GD&ĐT" shows its "&"
            action.triggered.connect(lambda _c=False, n=name: self.open_path(n))

    def save_copy(self, target: str | None = None) -> bool:
        window = self.window
        if window.document is None:
            return False
        if target is None:
            suggested = window.document.path.with_name(window.document.path.stem + "-ban-sao.db")
            if not suggested.parent.is_dir():
                suggested = Path.home() / suggested.name
            target, _ = QFileDialog.getSaveFileName(window, self.tr("Lưu bản sao"), str(suggested), self._filter())
            if not target:
                return False
        if Path(target).resolve() == window.document.path:
            self.warn(self.tr("Hãy chọn một tệp khác với tệp đang mở."))
            return False
        try:
            path = window.document.save_copy(target, window.session.memory_plan() if window.session else None)
        except InputError as exc:
            self.warn(error_text(exc))
            return False
        window.statusBar().showMessage(self.tr("Đã lưu bản sao vào {0}").format(str(path)), 8000)
        return True

    def close_file(self) -> None:
        self.window.close_document()
