"""Giới thiệu (About): the version, the licences of everything bundled, the installed catalogs.

The licence list is part of what the LGPL (Qt/PySide6) and the OFL (Liberation fonts)
ask of a program that ships them: say what is inside and under which terms. The
catalog list repeats the provisional/unverified marks, so a principal who asks
"which circular is this?" sees the same caution the framework chooser shows.
"""
from __future__ import annotations

import platform
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QPlainTextEdit, QTabWidget, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from kehoach_desktop import __version__
from kehoach_desktop.domain.catalog import Framework
from kehoach_desktop.resources_path import resource_dir
from kehoach_desktop.ui.app_icon import app_icon, app_pixmap
from kehoach_desktop.ui.screen_fit import fit_to_screen

FONT_LICENCE = "LICENSE-LiberationSerif.txt"


_tr = QCoreApplication.translate   # lupdate: -tr-function-alias translate+=_tr


@dataclass(frozen=True)
class Component:
    name: str
    distribution: str       # the package name importlib.metadata knows ("" for none)
    licence: str
    use: str

    def version(self) -> str:
        known = {"kehoach-desktop": __version__, "Qt": qVersion(), "PySide6": PySide6.__version__,
                 "Python": platform.python_version()}
        if self.distribution in known:
            return known[self.distribution]
        if not self.distribution:
            return ""
        try:
            return metadata.version(self.distribution)
        except metadata.PackageNotFoundError:   # a frozen build may carry no metadata
            return ""


# What the installer ships, with the licence each is used under.
COMPONENTS = (
    Component("Kế hoạch CLGD", "kehoach-desktop", "MIT", "chương trình này"),
    Component("Qt 6", "Qt", "LGPL v3", "giao diện cửa sổ"),
    Component("PySide6 (Qt for Python)", "PySide6", "LGPL v3", "nối Python với Qt"),
    Component("Python", "Python", "PSF License", "ngôn ngữ lập trình"),
    Component("ReportLab, rl_accel", "reportlab", "BSD", "in văn bản PDF"),
    Component("sqlite-utils", "sqlite-utils", "Apache 2.0", "tệp dữ liệu của trường"),
    Component("SQLite", "", "Public domain", "cơ sở dữ liệu trong tệp .db"),
    Component("python-docx", "python-docx", "MIT", "đọc và xuất tệp Word"),
    Component("openpyxl, et_xmlfile", "openpyxl", "MIT", "xuất tệp Excel"),
    Component("lxml", "lxml", "BSD", "đọc tệp Word"),
    Component("Pillow", "pillow", "MIT-CMU (HPND)", "ảnh trong ReportLab"),
    Component("platformdirs", "platformdirs", "MIT", "thư mục của người dùng"),
    Component("click, python-dateutil", "click", "BSD", "dùng bởi sqlite-utils"),
    Component("tabulate, pluggy", "tabulate", "MIT", "dùng bởi sqlite-utils"),
    Component("sqlite-fts4", "sqlite-fts4", "Apache 2.0", "dùng bởi sqlite-utils"),
    Component("PyInstaller (bộ khởi động)", "", "GPL 2.0 + ngoại lệ bootloader", "chạy chương trình đã đóng gói"),
    Component("Liberation Serif 2.x", "", "SIL Open Font License 1.1", "phông chữ in văn bản"),
)


def catalog_status(framework: Framework) -> str:
    """Chính thức / tạm thời, how many titles come from a single source, and the later circulars
    that amended it (with a caution while what they changed in the criteria is not verified)."""
    status = _tr("AboutDialog", "Tạm thời — chưa có bản chính thức") if framework.provisional else _tr("AboutDialog", "Chính thức")
    unverified = sum(1 for criterion in framework.criteria() if criterion.unverified)
    if unverified:
        status += _tr("AboutDialog", "; {0} tiêu chí chưa đối chiếu đủ nguồn").format(unverified)
    standards = sum(1 for standard in framework.standards if standard.unverified)
    if standards:    # a standard's title can be the only one-source title left (TT19 standard 2)
        status += _tr("AboutDialog", "; {0} tên tiêu chuẩn chưa đối chiếu đủ nguồn").format(standards)
    for amendment in framework.amendments:
        if amendment.verified:
            status += _tr("AboutDialog", "; sửa đổi bởi Thông tư {0}").format(amendment.circular)
        else:
            status += _tr("AboutDialog", "; sửa đổi bởi Thông tư {0} (chưa xác minh ảnh hưởng đến tiêu chí)").format(
                amendment.circular)
    return status


def font_licence_text() -> str:
    path = Path(str(resource_dir("fonts"))) / FONT_LICENCE
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return _tr("AboutDialog", "Không tìm thấy tệp giấy phép phông chữ ({0}).").format(FONT_LICENCE)


def _table(headers: list[str], rows: list[list[str]], parent: QWidget) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))
    table.setWordWrap(True)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    table.resizeColumnsToContents()
    table.horizontalHeader().setStretchLastSection(True)
    return table


class AboutDialog(QDialog):
    def __init__(self, catalogs: dict[str, Framework] | None = None, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Giới thiệu Kế hoạch CLGD"))
        self.setWindowIcon(app_icon())
        fit_to_screen(self, (820, 540))
        if catalogs is None:
            from kehoach_desktop.catalogs import installed_catalogs
            catalogs = installed_catalogs()
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._licences(), self.tr("Giấy phép"))
        self.tabs.addTab(self._catalogs(catalogs), self.tr("Danh mục tiêu chí"))
        self.font_licence = QPlainTextEdit(font_licence_text(), self)
        self.font_licence.setReadOnly(True)
        self.tabs.addTab(self.font_licence, self.tr("Giấy phép phông chữ"))
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.tr("Đóng"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addLayout(self._header())
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)

    def _header(self) -> QHBoxLayout:
        logo = QLabel(self)
        logo.setPixmap(app_pixmap(64))
        self.version_label = QLabel(self)
        self.version_label.setTextFormat(self.version_label.textFormat().RichText)
        self.version_label.setText(
            "<b style='font-size:14pt'>{0}</b><br>{1}<br>{2}".format(
                self.tr("Kế hoạch cải tiến chất lượng giáo dục"),
                self.tr("Phiên bản {0}").format(__version__),
                self.tr("Qt {0} · PySide6 {1} · Python {2}").format(
                    qVersion(), PySide6.__version__, platform.python_version())))
        row = QHBoxLayout()
        row.addWidget(logo)
        row.addWidget(self.version_label, 1)
        return row

    def _licences(self) -> QWidget:
        rows = [[c.name, c.version(), c.licence, c.use] for c in COMPONENTS]
        self.licence_table = _table(
            [self.tr("Thành phần"), self.tr("Phiên bản"), self.tr("Giấy phép"), self.tr("Dùng để")], rows, self)
        # What the LGPL asks of a program that ships Qt: say so, and leave Qt replaceable.
        self.lgpl_note = QLabel(self.tr(
            "Qt và PySide6 được dùng theo giấy phép LGPL phiên bản 3. Các thư viện Qt nằm thành tệp riêng "
            "trong thư mục chương trình (_internal) và có thể thay bằng bản tương thích khác; mã nguồn Qt "
            "và PySide6 có tại qt.io. Phông chữ Liberation Serif được phân phối kèm giấy phép SIL OFL 1.1 "
            "(xem thẻ «Giấy phép phông chữ»)."), self)
        self.lgpl_note.setWordWrap(True)
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.licence_table)
        layout.addWidget(self.lgpl_note)
        return page

    def _catalogs(self, catalogs: dict[str, Framework]) -> QTableWidget:
        rows = [[f.id, f.display_name(), str(f.version), catalog_status(f)]
                for f in sorted(catalogs.values(), key=lambda f: f.id)]
        self.catalog_table = _table(
            [self.tr("Mã"), self.tr("Khung tiêu chí"), self.tr("Phiên bản"), self.tr("Tình trạng")], rows, self)
        # Long circular names and statuses wrap instead of hiding behind a scroll bar.
        self.catalog_table.setColumnWidth(1, 300)
        self.catalog_table.setColumnWidth(3, 260)
        self.catalog_table.resizeRowsToContents()
        for row in range(self.catalog_table.rowCount()):   # room for stacked Vietnamese marks
            self.catalog_table.setRowHeight(row, self.catalog_table.rowHeight(row) + 6)
        return self.catalog_table
