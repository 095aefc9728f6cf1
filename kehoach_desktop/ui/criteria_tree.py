"""The framework's standards and criteria on the left, with each criterion's rows and levels.

Each criterion shows how many plan rows it has and the levels they take it
from and to; criteria with no row are greyed. Beside the «Tự đánh giá» tab the
same tree shows instead the result each criterion reached in the year's
self-assessment, mandatory criteria marked «*». The filter box matches with or
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
from kehoach_desktop.domain.self_assessment import CriterionAssessment, SelfAssessment
from kehoach_desktop.ui.level_banner import judged_fully

CODE_ROLE = Qt.UserRole + 1      # "3.4" for a criterion, "" for a standard
STANDARD_ROLE = Qt.UserRole + 2
FOLDED_ROLE = Qt.UserRole + 3
GREY = QBrush(QColor("#8a8a8a"))
COUNTS, ASSESSED = 1, 2      # columns: the plan's rows and levels; the self-assessment's result
#: a criterion's result by the level it reached (0: not Mức 1); not judged yet stays grey
RESULT_BRUSHES = {2: QBrush(QColor("#2e7d32")), 1: QBrush(QColor("#8a6d00")), 0: QBrush(QColor("#b00020"))}


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
        self._assessed: dict[str, QStandardItem] = {}      # code → its result in the self-assessment
        self._has_rows: dict[str, bool] = {}
        self.framework: Framework | None = None
        self.assessment_mode = False       # True beside the «Tự đánh giá» tab
        self.assessment_updates = 0        # how many times a criterion's result was redrawn (tests count them)

    def set_framework(self, framework: Framework | None) -> None:
        if framework is self.framework:
            return
        self.framework = framework
        self._items.clear()
        self._assessed.clear()
        self._has_rows.clear()
        # A new model rather than clear(): clear() deletes the items in C++ while PySide keeps their wrappers
        # (each held by its parent's), and a new object at a freed address could be handed back as one of them
        # (a test once got a QStandardItem from selectionModel()). Deleting the old model as a QObject lets
        # PySide invalidate its items' wrappers with it.
        old, self.model = self.model, QStandardItemModel(self)
        self.proxy.setSourceModel(self.model)
        old.deleteLater()
        self.model.setHorizontalHeaderLabels([self.tr("Tiêu chuẩn, tiêu chí"), self.tr("Dòng · Mức"),
                                              self.tr("Mức đạt")])
        self.model.horizontalHeaderItem(ASSESSED).setToolTip(
            self.tr("Mức tiêu chí đạt trong báo cáo tự đánh giá; «…»: chưa đánh giá xong; * tiêu chí bắt buộc"))
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
            spares = [QStandardItem(""), QStandardItem("")]
            for spare in spares:
                spare.setEditable(False)
            for criterion in standard.criteria:
                item = QStandardItem("")
                item.setEditable(False)
                item.setToolTip(criterion.label())
                item.setData(criterion.code, CODE_ROLE)
                item.setData(standard.no, STANDARD_ROLE)
                info = QStandardItem("")
                info.setEditable(False)
                info.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                assessed = QStandardItem("…")
                assessed.setEditable(False)
                assessed.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                assessed.setForeground(GREY)
                parent.appendRow([item, info, assessed])
                self._items[criterion.code] = (item, info)
                self._assessed[criterion.code] = assessed
            self.model.appendRow([parent] + spares)
        self._label_criteria()
        head = self.view.header()
        head.setStretchLastSection(False)
        head.setSectionResizeMode(0, QHeaderView.Stretch)
        head.setSectionResizeMode(COUNTS, QHeaderView.ResizeToContents)
        head.setSectionResizeMode(ASSESSED, QHeaderView.ResizeToContents)
        self._show_columns()
        self.view.expandAll()

    def set_assessment_mode(self, on: bool) -> None:
        """Beside the «Tự đánh giá» tab: each criterion's assessed result instead of its plan rows."""
        if on == self.assessment_mode:
            return
        self.assessment_mode = on
        self._label_criteria()
        self._show_columns()

    def _show_columns(self) -> None:
        self.view.setColumnHidden(COUNTS, self.assessment_mode)
        self.view.setColumnHidden(ASSESSED, not self.assessment_mode)

    def _label_criteria(self) -> None:
        """«1.3* Quản lý kế hoạch…» beside the self-assessment, where which criteria are mandatory decides the
        school's level; the plan's criteria greyed where they have no row."""
        if self.framework is None:
            return
        for standard in self.framework.standards:
            label = self.tr("Tiêu chuẩn {0}: {1}").format(standard.no, standard.title)
            for criterion in standard.criteria:
                item = self._items[criterion.code][0]
                mark = "*" if self.assessment_mode and criterion.mandatory else ""
                text = f"{criterion.code}{mark} {criterion.title}"
                item.setText(text)
                item.setData(fold(text) + " " + fold(label), FOLDED_ROLE)
                grey = not self.assessment_mode and not self._has_rows.get(criterion.code, True)
                item.setForeground(GREY if grey else QBrush())

    def update_counts(self, rows: list[PlanRow]) -> None:
        summary = criterion_summary(rows)
        for code, (item, info) in self._items.items():
            count, low, high = summary.get(code, (0, None, None))
            levels = ""
            if high is not None:
                levels = f" · {low} → {high}" if low is not None else f" · → {high}"
            info.setText(f"{count}{levels}" if count else "")
            info.setToolTip(self.tr("{0} dòng kế hoạch").format(count))
            self._has_rows[code] = bool(count)
            brush = QBrush() if count else GREY
            if not self.assessment_mode:
                item.setForeground(brush)
            info.setForeground(brush)

    def show_assessment(self, assessment: SelfAssessment | None) -> None:
        """Every criterion's result in ``assessment`` (None: no self-assessment of the year)."""
        for code in self._assessed:
            self.show_result(code, assessment.criterion(code) if assessment else None)

    def show_result(self, code: str, result: CriterionAssessment | None) -> None:
        """One criterion's result, redrawn when its finding changed."""
        cell = self._assessed.get(code)
        if cell is None:
            return
        self.assessment_updates += 1
        criterion = self.framework.criterion(code) if self.framework else None
        mandatory = self.tr(" Tiêu chí bắt buộc.") if criterion is not None and criterion.mandatory else ""
        level_max = self.framework.level_max if self.framework else 2
        if result is None or not judged_fully(result, level_max):
            reached = result.reached if result is not None else 0
            cell.setText(self.tr("Mức {0}…").format(reached) if reached else "…")
            cell.setForeground(GREY)
            cell.setToolTip((self.tr("Đạt Mức {0}; mức tiếp theo chưa đánh giá.").format(reached) if reached
                             else self.tr("Chưa đánh giá.")) + mandatory)
        else:
            cell.setText(self.tr("Mức {0}").format(result.reached) if result.reached else self.tr("Chưa đạt"))
            cell.setForeground(RESULT_BRUSHES.get(result.reached, QBrush()))
            cell.setToolTip((self.tr("Tiêu chí đạt Mức {0}.").format(result.reached) if result.reached
                             else self.tr("Tiêu chí không đạt Mức 1.")) + mandatory)
        font = cell.font()
        font.setBold(bool(mandatory))
        cell.setFont(font)

    def assessed_text(self, code: str) -> str:
        cell = self._assessed.get(code)
        return cell.text() if cell is not None else ""

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
        if not code or self.assessment_mode:     # beside the self-assessment the tree is not the plan's
            return
        menu = QMenu(self)
        action = menu.addAction(self.tr("Thêm dòng cho tiêu chí này"))
        action.triggered.connect(lambda: self.addRowRequested.emit(code))
        menu.exec(self.view.viewport().mapToGlobal(pos))
