"""The plan table as principals read it: wrapped text, rows as tall as their text, headings spanning.

Row heights follow content. Measuring every wrapped cell of a 2,000-row plan
at once would cost the start-up its budget, so rows are measured when they
come into view (and again when their text or the column widths change).
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import (
    QAbstractItemView, QHeaderView, QLineEdit, QPlainTextEdit, QStyle, QStyledItemDelegate, QTableView,
    QWidget,
)

from kehoach_desktop.ui.plan_table import PlanTableModel

CURRENT_CELL_PEN = QPen(QColor("#1a1a1a"), 2)   # the keyboard's cell, visible inside a selected row


class CellDelegate(QStyledItemDelegate):
    """Multi-line editor for long text, a one-line editor for short fields (timeframe, budget)."""

    def createEditor(self, parent, option, index):
        model = index.model()
        column = model.columns[index.column()]
        if column.multiline:
            editor = QPlainTextEdit(parent)
            editor.setTabChangesFocus(True)
            editor.installEventFilter(self)
            return editor
        return QLineEdit(parent)

    def setEditorData(self, editor, index):
        text = index.data(Qt.EditRole) or ""
        if isinstance(editor, QPlainTextEdit):
            editor.setPlainText(text)
        else:
            editor.setText(text)

    def setModelData(self, editor, model, index):
        text = editor.toPlainText() if isinstance(editor, QPlainTextEdit) else editor.text()
        model.setData(index, text, Qt.EditRole)

    def paint(self, painter, option, index):
        super().paint(painter, option, index)
        if option.state & QStyle.State_HasFocus:
            painter.save()
            painter.setPen(CURRENT_CELL_PEN)
            painter.drawRect(option.rect.adjusted(1, 1, -1, -1))
            painter.restore()

    def updateEditorGeometry(self, editor, option, index):
        rect = option.rect
        if isinstance(editor, QPlainTextEdit):
            rect.setHeight(max(rect.height(), 90))
        editor.setGeometry(rect)

    def eventFilter(self, editor, event):
        """As in Excel: Enter finishes the cell, Alt+Enter (or Shift+Enter) starts a new line in it."""
        if (isinstance(editor, QPlainTextEdit) and event.type() == QEvent.KeyPress
                and event.key() in (Qt.Key_Return, Qt.Key_Enter)):
            if event.modifiers() & (Qt.AltModifier | Qt.ShiftModifier):
                editor.insertPlainText("\n")
            else:
                self.commitData.emit(editor)
                self.closeEditor.emit(editor)
            return True
        return super().eventFilter(editor, event)


class PlanTableView(QTableView):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setItemDelegate(CellDelegate(self))
        self.setWordWrap(True)
        self.setTextElideMode(Qt.ElideNone)
        self.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.setSelectionMode(QAbstractItemView.SingleSelection)
        self.setEditTriggers(QAbstractItemView.DoubleClicked | QAbstractItemView.EditKeyPressed
                             | QAbstractItemView.AnyKeyPressed)
        self.setVerticalScrollMode(QAbstractItemView.ScrollPerPixel)
        self.setAlternatingRowColors(False)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.Interactive)
        self.verticalHeader().setDefaultSectionSize(28)
        head = self.horizontalHeader()
        head.setDefaultAlignment(Qt.AlignCenter | Qt.TextWordWrap)
        head.setSectionResizeMode(QHeaderView.Interactive)
        head.setMinimumHeight(44)
        head.setStretchLastSection(True)   # no horizontal scroll bar when a vertical one appears
        self._measured: set[int] = set()
        self._fit_timer = QTimer(self, singleShot=True, interval=0, timeout=self._fit_visible_rows)
        self.verticalScrollBar().valueChanged.connect(self._schedule_fit)
        head.sectionResized.connect(self._widths_changed)

    def setModel(self, model: PlanTableModel | None) -> None:
        super().setModel(model)
        if model is None:
            return
        model.layoutRebuilt.connect(self._after_rebuild)
        model.dataChanged.connect(self._rows_changed)
        model.editRejected.connect(self._reopen_refused)
        self._after_rebuild()

    # -- keyboard ---------------------------------------------------------------------
    def _reopen_refused(self, index, _message: str) -> None:
        """The refused text comes back in an editor on its cell, ready to be corrected."""
        kept = QPersistentModelIndex(index)

        def reopen() -> None:
            if kept.isValid() and self.state() != QAbstractItemView.EditingState:
                self.setCurrentIndex(self.model().index(kept.row(), kept.column()))
                self.edit(self.currentIndex())
        QTimer.singleShot(0, reopen)

    def keyPressEvent(self, event) -> None:
        """Delete clears the cell (one undo step); Tab past the last column and Shift+Tab before
        the first leave the table, so the row form is reached without a mouse."""
        index = self.currentIndex()
        key, mods = event.key(), event.modifiers()
        if key == Qt.Key_Delete and not mods and index.isValid() and index.flags() & Qt.ItemIsEditable:
            self.model().setData(index, "", Qt.EditRole)
            return
        last = self.model() is not None and index.column() >= self.model().columnCount() - 1
        if (key == Qt.Key_Tab and not mods & Qt.ControlModifier and last) or \
                (key == Qt.Key_Backtab and index.column() <= 0):
            QWidget.focusNextPrevChild(self, key == Qt.Key_Tab)   # the next widget, not the next cell
            return
        super().keyPressEvent(event)


    # -- layout -----------------------------------------------------------------------
    def _after_rebuild(self) -> None:
        self.clearSpans()
        model = self.model()
        for visual in model.heading_rows():
            self.setSpan(visual, 1, 1, model.columnCount() - 1)
        self._measured.clear()
        self.fit_columns()
        self._schedule_fit()

    def fit_columns(self) -> None:
        """Share the visible width between columns by their weights (the user may then drag them)."""
        if self.model() is None:            # the welcome page: no plan open yet
            return
        columns = self.model().columns
        total = sum(c.weight for c in columns)
        width = self.viewport().width() - 2     # the grid line at the right edge
        if not self.verticalScrollBar().isVisible():   # leave room for the bar that tall rows will bring
            width -= self.style().pixelMetric(QStyle.PM_ScrollBarExtent)
        if not total or width < 100:
            return
        sizes = [max(36, width * column.weight // total) for column in columns]
        widest = sizes.index(max(sizes))
        sizes[widest] -= max(0, sum(sizes) - width)   # the 36 px floors must not push a scroll bar in
        head = self.horizontalHeader()
        head.blockSignals(True)
        for index, size in enumerate(sizes):
            head.resizeSection(index, size)
        head.blockSignals(False)
        head.viewport().update()
        self._measured.clear()
        self._schedule_fit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.fit_columns()
        self._schedule_fit()

    def _widths_changed(self, *_args) -> None:
        self._measured.clear()
        self._schedule_fit()

    def _rows_changed(self, top, bottom, _roles=()) -> None:
        for visual in range(top.row(), bottom.row() + 1):
            self._measured.discard(visual)
        self._schedule_fit()

    def _schedule_fit(self, *_args) -> None:
        self._fit_timer.start()

    def _fit_visible_rows(self) -> None:
        """Measure rows in (and just below) the viewport that have not been measured yet."""
        model = self.model()
        if model is None or not model.rowCount():
            return
        first = max(0, self.rowAt(0))
        height = self.viewport().height()
        visual = first
        while visual < model.rowCount():
            self._measure(visual)
            if self.rowViewportPosition(visual) > height * 2:
                break
            visual += 1

    def fit_all_rows(self) -> None:
        """Measure every row now (screenshots, printing previews)."""
        if self.model() is None:
            return
        for visual in range(self.model().rowCount()):
            self._measure(visual)

    def _measure(self, visual: int) -> None:
        if visual in self._measured:
            return
        self._measured.add(visual)
        if self.model().row_at(visual) is None:   # a heading: one line across the table
            self.setRowHeight(visual, 30)
        else:
            self.resizeRowToContents(visual)

    def select_visual(self, visual: int, column: int = 1) -> None:
        if visual < 0:
            return
        self.setCurrentIndex(self.model().index(visual, column))
        self.selectRow(visual)
        self.scrollTo(self.model().index(visual, 0), QAbstractItemView.PositionAtTop)
