"""The framework's standards and criteria on the left, with each criterion's rows and levels.

Each criterion shows how many plan rows it has and the levels they take it
from and to; criteria with no row are greyed. The filter box matches with or
without Vietnamese accents ("ve sinh" finds "vệ sinh").
"""
from __future__ import annotations

import unicodedata

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QLineEdit, QMenu, QTreeView, QVBoxLayout, QWidget

from kehoach_desktop.domain.catalog import Framework
from kehoach_desktop.domain.plan import PlanRow
from kehoach_desktop.domain.parse_refs import criterion_code

CODE_ROLE = Qt.UserRole + 1      # "3.4" for a criterion, "" for a standard
STANDARD_ROLE = Qt.UserRole + 2
FOLDED_ROLE = Qt.UserRole + 3
GREY = QBrush(QColor("#8a8a8a"))


def fold(text: str) -> str:
    """Lower case without accents, đ → d: what people type in a filter box."""
    decomposed = unicodedata.normalize("NFD", text.casefold().replace("đ", "d"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def criterion_summary(rows: list[PlanRow]) -> dict[str, tuple[int, int | None, int | None]]:
    """code → (row count, lowest current level, highest target level)."""
    summary: dict[str, tuple[int, int | None, int | None]] = {}
    for row in rows:
        code = criterion_code(row.criterion_code)    # "TC 2.1" counts under 2.1, as the table groups it
        if code is None:
            continue
        count, low, high = summary.get(code, (0, None, None))
        if row.current_level is not None:
            low = row.current_level if low is None else min(low, row.current_level)
        if row.target_level is not None:
            high = row.target_level if high is None else max(high, row.target_level)
        summary[code] = (count + 1, low, high)
    return summary


class _FoldedFilter(QSortFilterProxyModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.needle = ""
        self.setRecursiveFilteringEnabled(True)

    def set_needle(self, text: str) -> None:
        if hasattr(self, "beginFilterChange"):      # Qt ≥ 6.9; invalidateFilter is deprecated there
            self.beginFilterChange()
            self.needle = fold(text.strip())
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.needle = fold(text.strip())
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row, source_parent) -> bool:
        if not self.needle:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        return self.needle in (index.data(FOLDED_ROLE) or "")


class CriteriaTree(QWidget):
    criterionActivated = Signal(str)
    standardActivated = Signal(int)
    addRowRequested = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.filter_box = QLineEdit(self)
        self.filter_box.setPlaceholderText(self.tr("Lọc tiêu chí…"))
        self.filter_box.setClearButtonEnabled(True)
        self.model = QStandardItemModel(self)
        self.proxy = _FoldedFilter(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTreeView(self)
        self.view.setModel(self.proxy)
        self.view.setUniformRowHeights(True)
        self.view.setContextMenuPolicy(Qt.CustomContextMenu)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.ElideRight)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_box)
        layout.addWidget(self.view)
        self.filter_box.textChanged.connect(self._filter)
        self.view.clicked.connect(self._clicked)
        self.view.activated.connect(self._clicked)
        self.view.customContextMenuRequested.connect(self._menu)
        self._items: dict[str, tuple[QStandardItem, QStandardItem]] = {}
        self.framework: Framework | None = None

    def set_framework(self, framework: Framework | None) -> None:
        if framework is self.framework:
            return
        self.framework = framework
        self.model.clear()
        self._items.clear()
        self.model.setHorizontalHeaderLabels([self.tr("Tiêu chuẩn, tiêu chí"), self.tr("Dòng · Mức")])
        if framework is None:
            return
        for standard in framework.standards:
            label = self.tr("Tiêu chuẩn {0}: {1}").format(standard.no, standard.title)
            parent = QStandardItem(label)
            parent.setData("", CODE_ROLE)
            parent.setData(standard.no, STANDARD_ROLE)
            parent.setData(fold(label), FOLDED_ROLE)
            parent.setToolTip(label)
            font = parent.font()
            font.setBold(True)
            parent.setFont(font)
            parent.setEditable(False)
            spare = QStandardItem("")
            spare.setEditable(False)
            for criterion in standard.criteria:
                text = f"{criterion.code} {criterion.title}"
                item = QStandardItem(text)
                item.setEditable(False)
                item.setToolTip(criterion.label())
                item.setData(criterion.code, CODE_ROLE)
                item.setData(standard.no, STANDARD_ROLE)
                item.setData(fold(text) + " " + fold(label), FOLDED_ROLE)
                info = QStandardItem("")
                info.setEditable(False)
                info.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                parent.appendRow([item, info])
                self._items[criterion.code] = (item, info)
            self.model.appendRow([parent, spare])
        head = self.view.header()
        head.setStretchLastSection(False)
        head.setSectionResizeMode(0, QHeaderView.Stretch)
        head.setSectionResizeMode(1, QHeaderView.ResizeToContents)
        self.view.expandAll()

    def update_counts(self, rows: list[PlanRow]) -> None:
        summary = criterion_summary(rows)
        for code, (item, info) in self._items.items():
            count, low, high = summary.get(code, (0, None, None))
            levels = ""
            if high is not None:
                levels = f" · {low} → {high}" if low is not None else f" · → {high}"
            info.setText(f"{count}{levels}" if count else "")
            info.setToolTip(self.tr("{0} dòng kế hoạch").format(count))
            brush = QBrush() if count else GREY
            item.setForeground(brush)
            info.setForeground(brush)

    def select_code(self, code: str) -> None:
        pair = self._items.get(code)
        if pair:
            index = self.proxy.mapFromSource(pair[0].index())
            if index.isValid():
                self.view.setCurrentIndex(index)
                self.view.scrollTo(index)

    def _filter(self, text: str) -> None:
        self.proxy.set_needle(text)
        self.view.expandAll()

    def _clicked(self, index) -> None:
        code = index.siblingAtColumn(0).data(CODE_ROLE)
        if code:
            self.criterionActivated.emit(code)
        else:
            self.standardActivated.emit(index.siblingAtColumn(0).data(STANDARD_ROLE))

    def _menu(self, pos) -> None:
        index = self.view.indexAt(pos)
        code = index.siblingAtColumn(0).data(CODE_ROLE) if index.isValid() else ""
        if not code:
            return
        menu = QMenu(self)
        action = menu.addAction(self.tr("Thêm dòng cho tiêu chí này"))
        action.triggered.connect(lambda: self.addRowRequested.emit(code))
        menu.exec(self.view.viewport().mapToGlobal(pos))
