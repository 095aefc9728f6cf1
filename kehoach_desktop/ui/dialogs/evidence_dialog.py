"""The year's evidence register (Danh mục minh chứng) on screen: find, add, change, remove, carry over.

Every change is written to the file at once through the window's document, and the table and the
warnings are read again from the file: the codes are the store's (``add_item`` gives the next code of
the criterion across every year, so two windows cannot give one code twice). A refusal is shown in
the item's form, which stays open with what was typed.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QMessageBox, QPushButton, QSplitter, QTableView, QVBoxLayout,
    QWidget,
)

from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.evidence_register import (
    UNKNOWN, EvidenceItem, code_sort_key, next_code, register_warnings,
)
from kehoach_desktop.domain.parse import parse_school_year
from kehoach_desktop.store import evidence_items
from kehoach_desktop.ui.criteria_tree import fold
from kehoach_desktop.ui.dialogs.evidence_item_dialog import EvidenceItemDialog, day_text
from kehoach_desktop.ui.errors import error_text
from kehoach_desktop.ui.screen_fit import fit_to_screen
from kehoach_desktop.usecases.assessment_context import assessment_context
from kehoach_desktop.usecases.school_file import SchoolFile

SORT_ROLE = Qt.UserRole + 1
CODE_ROLE = Qt.UserRole + 2
CRITERIA_ROLE = Qt.UserRole + 3
ICONS = {UNKNOWN: "✗"}     # the rest "⚠" (⌛ is missing from common Windows fonts)


def previous_school_year(school_year: str) -> str:
    first = int(parse_school_year(school_year)[:4]) - 1
    return f"{first}-{first + 1}"


class RegisterFilter(QSortFilterProxyModel):
    """Rows whose text holds what was typed (without accents, as people type) and, when one is chosen,
    that belong to or are cited by a criterion."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.words, self.criterion = "", ""
        self.setSortRole(SORT_ROLE)

    def set_filter(self, words: str, criterion: str) -> None:
        if hasattr(self, "beginFilterChange"):      # Qt ≥ 6.9; invalidateFilter is deprecated there
            self.beginFilterChange()
            self.words, self.criterion = fold(words.strip()), criterion
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.words, self.criterion = fold(words.strip()), criterion
            self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent) -> bool:
        model = self.sourceModel()
        first = model.index(row, 0, parent)
        if self.criterion and self.criterion not in (first.data(CRITERIA_ROLE) or ()):
            return False
        if not self.words:
            return True
        return self.words in fold(" ".join(model.index(row, c, parent).data() or "" for c in range(model.columnCount())))


class EvidenceDialog(QDialog):
    written = Signal()      # the register in the file changed

    def __init__(self, document, school_year: str, framework, parent=None) -> None:
        super().__init__(parent)
        self.document, self.year, self.framework = document, parse_school_year(school_year), framework
        self.file = SchoolFile.of_document(document)
        self.items: list[EvidenceItem] = []
        self.citing: dict[str, list[str]] = {}
        self.setWindowTitle(self.tr("Danh mục minh chứng năm học {0}").format(self.year))

        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Lọc: mã, tên, số văn bản, nơi lưu…"))
        self.filter.setClearButtonEnabled(True)
        self.criterion = QComboBox(self)
        self.criterion.addItem(self.tr("Mọi tiêu chí"), "")
        for c in framework.criteria():
            self.criterion.addItem(self.tr("Tiêu chí {0}").format(c.code), c.code)
        self.count = QLabel(self)
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.criterion)
        top.addWidget(self.count)

        self.model = QStandardItemModel(0, 6, self)
        self.model.setHorizontalHeaderLabels([
            self.tr("Mã"), self.tr("Tên minh chứng"), self.tr("Số, ngày, nơi ban hành"), self.tr("Nơi lưu"),
            self.tr("Hết hạn"), self.tr("Dùng ở tiêu chí")])
        self.proxy = RegisterFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column, width in ((0, 90), (2, 190), (3, 150), (4, 80), (5, 110)):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(1, QHeaderView.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.edit_item())
        self.filter.textChanged.connect(self._filter)
        self.criterion.currentIndexChanged.connect(self._filter)

        self.add_button = QPushButton(self.tr("Thêm…"), self)
        self.edit_button = QPushButton(self.tr("Sửa…"), self)
        self.delete_button = QPushButton(self.tr("Xóa…"), self)
        self.open_button = QPushButton(self.tr("Mở nơi lưu"), self)
        self.carry_button = QPushButton(self.tr("Chép danh mục năm trước"), self)
        self.carry_button.setToolTip(self.tr("Chép các minh chứng của năm học {0} sang năm học này, giữ nguyên mã.")
                                     .format(previous_school_year(self.year)))
        for button, slot in ((self.add_button, self.add_item), (self.edit_button, self.edit_item),
                             (self.delete_button, self.delete_item), (self.open_button, self.open_location),
                             (self.carry_button, self.carry_over)):
            button.clicked.connect(lambda _checked=False, slot=slot: slot())
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button, self.open_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.carry_button)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())

        self.warnings_title = QLabel(self)
        self.warnings = QListWidget(self)
        self.warnings.setWordWrap(True)
        self.warnings.itemClicked.connect(self._warning_clicked)
        self.warnings.itemActivated.connect(self._warning_clicked)
        self.message = QLabel(self, objectName="message")
        self.message.setWordWrap(True)
        upper, lower = QWidget(self), QWidget(self)
        column = QVBoxLayout(upper)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(top)
        column.addWidget(self.table, 1)
        column.addLayout(buttons)
        column = QVBoxLayout(lower)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.warnings_title)
        column.addWidget(self.warnings, 1)
        split = QSplitter(Qt.Vertical, self)
        split.addWidget(upper)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        close = QDialogButtonBox(QDialogButtonBox.Close, self)
        close.button(QDialogButtonBox.Close).setText(self.tr("Đóng"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.reload()
        fit_to_screen(self, (1100, 680))

    # -- reading --------------------------------------------------------------------------
    def reload(self, select: str | None = None) -> None:
        """The register, its citing places and its warnings as the file has them now."""
        try:
            context = assessment_context(self.file, self.year)
            self.items, places, warnings = context.items, context.places, context.warnings()
        except InputError:      # no report this year yet: the register and the plan's citations still count
            self.items = self.file.read(evidence_items.list_items, self.year)
            places = self.file.read(evidence_items.cited_places, self.year, self.framework)
            warnings = register_warnings(self.items, places, date.today())
        self.citing = evidence_items.criteria_citing(places)
        self.model.removeRows(0, self.model.rowCount())
        for item in self.items:
            self.model.appendRow(self._cells(item, places))
        self.warnings.clear()
        for warning in warnings:
            entry = QListWidgetItem(f"{ICONS.get(warning.kind, '⚠')} {warning.text}", self.warnings)
            entry.setData(CODE_ROLE, warning.code)
            entry.setData(Qt.UserRole, warning.kind)
        self.warnings_title.setText(self.tr("Cảnh báo ({0}) — nhấn vào một dòng để chọn minh chứng:")
                                    .format(len(warnings)) if warnings else self.tr("Không có cảnh báo."))
        self._filter()
        if select:
            self.select_code(select)
        self._enable()

    def _cells(self, item: EvidenceItem, places: dict[str, list[str]]) -> list[QStandardItem]:
        criteria = self.citing.get(item.code, [])
        where = [p for p, codes in places.items() if item.code in codes]
        texts = [item.code, item.name, item.document, item.location, day_text(item.expires), ", ".join(criteria)]
        keys = [".".join(f"{n:05d}" for n in code_sort_key(item.code)), fold(item.name), fold(item.document),
                fold(item.location), item.expires.isoformat() if item.expires else "9999", ", ".join(criteria)]
        cells = []
        for text, key in zip(texts, keys):
            cell = QStandardItem(text)
            cell.setData(key, SORT_ROLE)
            cell.setToolTip(text)
            cells.append(cell)
        cells[0].setData(item.code, CODE_ROLE)
        cells[0].setData(tuple({item.criterion, *criteria}), CRITERIA_ROLE)
        cells[5].setToolTip("\n".join(where) or self.tr("Chưa được trích dẫn ở đâu"))
        if item.expires is not None and item.expires < date.today():
            cells[4].setForeground(QColor("#b00020"))
        return cells

    def _filter(self, *_args) -> None:
        self.proxy.set_filter(self.filter.text(), self.criterion.currentData() or "")
        self.count.setText(self.tr("{0}/{1} minh chứng").format(self.proxy.rowCount(), len(self.items)))

    def current_item(self) -> EvidenceItem | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        code = self.proxy.index(rows[0].row(), 0).data(CODE_ROLE)
        return next((i for i in self.items if i.code == code), None)

    def select_code(self, code: str) -> bool:
        for row in range(self.model.rowCount()):
            if self.model.item(row, 0).data(CODE_ROLE) == code:
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                if not index.isValid():             # hidden by the filter: show everything again
                    self.filter.clear()
                    self.criterion.setCurrentIndex(0)
                    index = self.proxy.mapFromSource(self.model.index(row, 0))
                self.table.selectRow(index.row())
                self.table.scrollTo(index)
                return True
        return False

    def _enable(self) -> None:
        item = self.current_item()
        for button in (self.edit_button, self.delete_button):
            button.setEnabled(item is not None)
        self.open_button.setEnabled(item is not None and self.openable(item) is not None)

    def _warning_clicked(self, entry: QListWidgetItem) -> None:
        code = entry.data(CODE_ROLE)
        if not self.select_code(code):
            self.say(self.tr("{0} không có trong danh mục năm học này: thêm minh chứng đó bằng «Thêm…» "
                             "(mã được cấp theo thứ tự) hoặc sửa trích dẫn trong báo cáo.").format(code))

    # -- writing --------------------------------------------------------------------------
    def _write(self, fn, *args):
        result = self.document.write(fn, *args)
        self.written.emit()
        return result

    def code_for(self, criterion: str) -> str:
        return next_code(criterion, self.file.read(evidence_items.all_codes)) if criterion else ""

    def add_item(self) -> EvidenceItem | None:
        current = self.current_item()
        chosen = self.criterion.currentData() or (current.criterion if current else "")
        form = EvidenceItemDialog(self.framework, None, lambda item, criterion: self._write(
            evidence_items.add_item, self.year, item, self.framework, criterion), self.code_for, chosen, self)
        return self._after_form(form, self.tr("Đã thêm minh chứng {0}."))

    def edit_item(self) -> EvidenceItem | None:
        current = self.current_item()
        if current is None:
            return None
        form = EvidenceItemDialog(self.framework, current, lambda item, _criterion: self._write(
            evidence_items.update_item, self.year, item, self.framework), self.code_for, parent=self)
        return self._after_form(form, self.tr("Đã lưu minh chứng {0}."))

    def _after_form(self, form: EvidenceItemDialog, done: str) -> EvidenceItem | None:
        if not self.run_form(form) or form.saved is None:
            return None
        self.reload(select=form.saved.code)
        self.say(done.format(form.saved.code))
        return form.saved

    def run_form(self, form: EvidenceItemDialog) -> bool:
        return bool(form.exec())

    def delete_item(self) -> bool:
        item = self.current_item()
        if item is None:
            return False
        cited = [p for p, codes in self.file.read(evidence_items.cited_places, self.year, self.framework).items()
                 if item.code in codes]
        text = self.tr("Xóa minh chứng {0} ({1}) khỏi danh mục năm học {2}?").format(item.code, item.name, self.year)
        if cited:
            text += "\n\n" + self.tr("⚠ Mã này đang được trích dẫn ở: {0}. Sau khi xóa, các trích dẫn đó sẽ thành mã "
                                     "không có trong danh mục.").format(", ".join(cited))
        if not self.ask(text, self.tr("Xóa")):
            return False
        try:
            self._write(evidence_items.delete_item, self.year, item.code)
        except InputError as exc:
            self.say(error_text(exc), problem=True)
            return False
        self.reload()
        self.say(self.tr("Đã xóa minh chứng {0}; mã này không được cấp lại.").format(item.code))
        return True

    def carry_over(self) -> int | None:
        source = previous_school_year(self.year)
        codes = {i.code for i in self.file.read(evidence_items.list_items, source)}
        count = len(codes)
        if count == 0:
            self.say(self.tr("Năm học {0} chưa có danh mục minh chứng; không có gì để chép.").format(source))
            return 0
        new = codes - {i.code for i in self.file.read(evidence_items.list_items, self.year)}
        if not new:     # nothing a copy would add: no question whose answer changes nothing
            self.say(self.tr("Cả {0} minh chứng của năm học {1} đã có trong danh mục năm học {2}; không có gì mới để "
                             "chép.").format(count, source, self.year))
            return 0
        if not self.ask(self.tr("Chép {0} minh chứng của năm học {1} sang năm học {2}? Các mã được giữ nguyên; mã đã "
                                "có trong năm học {2} không bị thay.").format(len(new), source, self.year),
                        self.tr("Chép")):
            return None
        try:
            copied = self._write(evidence_items.carry_register, source, self.year)
        except InputError as exc:
            self.say(error_text(exc), problem=True)
            return None
        self.reload()
        self.say(self.tr("Đã chép {0} minh chứng của năm học {1} (giữ nguyên mã); {2} mã đã có sẵn.")
                 .format(copied, source, count - copied))
        return copied

    # -- the storage place ----------------------------------------------------------------
    @staticmethod
    def openable(item: EvidenceItem) -> Path | None:
        """The item's place when it is a folder or file on this computer ("Hồ sơ giấy, tủ 2" is not)."""
        text = item.location.strip()
        if not text:
            return None
        try:
            path = Path(text).expanduser()
            return path if path.is_absolute() and path.exists() else None
        except (OSError, ValueError):
            return None

    def open_location(self) -> bool:
        item = self.current_item()
        path = self.openable(item) if item else None
        return path is not None and self.open_url(QUrl.fromLocalFile(str(path)))

    def open_url(self, url: QUrl) -> bool:
        return QDesktopServices.openUrl(url)

    # -- talking --------------------------------------------------------------------------
    def say(self, text: str, problem: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #b00020;" if problem else "color: #2e7d32;")

    def ask(self, text: str, yes_text: str) -> bool:
        box = QMessageBox(QMessageBox.Question, self.windowTitle(), text, parent=self)
        yes = box.addButton(yes_text, QMessageBox.AcceptRole)
        box.addButton(self.tr("Không"), QMessageBox.RejectRole)
        box.exec()
        return box.clickedButton() is yes
