"""The row detail panel: every field of the selected row as a real form.

The panel never writes: it emits ``fieldEdited(field, value)`` and the window
answers with ``show_problem`` when the value was refused (the field turns red
with the Vietnamese message and nothing is written) or with ``show_row`` when
it was accepted. After an accepted edit the panel also reads the row back from
the window's session, so its title and fields follow the edit even when the
edited row moved in the table (a changed criterion).

The fields flow into as many columns as the panel's width allows (two on a
1024-pixel screen), in reading order, which is also the Tab order.
"""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QScrollArea, QVBoxLayout,
    QWidget,
)

from kehoach_desktop.domain.catalog import Framework
from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.parse import format_amount, parse_budget
from kehoach_desktop.domain.fields import TEXT, plan_fields, value_of
from kehoach_desktop.domain.plan import STATUSES, PlanRow
from kehoach_desktop.ui.errors import error_text
from kehoach_desktop.ui.month_picker import RED, TimeframeField
from kehoach_desktop.ui.plan_columns import form_field_label, status_label

LEVELS = ("current_level", "target_level")
TEXT_HEIGHT = 84            # about four lines
COLUMN_WIDTHS = (560, 1000, 1400)   # below 560 px one column, below 1000 two, below 1400 three, else four


def form_fields(form: str) -> tuple[list[str], list[str]]:
    """The form's fields from the registry: (small ones first: pickers and one-line boxes; then texts)."""
    fields = plan_fields().on_form(form)
    return [f.name for f in fields if f.kind != TEXT], [f.name for f in fields if f.kind == TEXT]


def columns_for(width: int) -> int:
    return 1 + sum(width >= limit for limit in COLUMN_WIDTHS)


class CommitTextEdit(QPlainTextEdit):
    """A multi-line box that reports its text when the user leaves it."""

    committed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setFixedHeight(TEXT_HEIGHT)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.committed.emit()


class RowForm(QScrollArea):
    fieldEdited = Signal(str, object)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.row: PlanRow | None = None
        self.framework: Framework | None = None
        self.widgets: dict[str, QWidget] = {}
        self.timeframe: TimeframeField | None = None
        self._cells: list[QWidget] = []
        self._columns = 0
        self._refused = False
        self._body = QWidget()
        self.setWidget(self._body)
        self._layout = QVBoxLayout(self._body)
        self._layout.setContentsMargins(8, 4, 8, 4)
        self._layout.setSpacing(4)
        self.title = QLabel(self._body)
        self.title.setStyleSheet("font-weight: bold;")
        self.title.setWordWrap(True)
        self.message = QLabel(self._body)
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        self._fields_host = QWidget(self._body)
        self._grid = QGridLayout(self._fields_host)
        self._layout.addWidget(self.title)
        self._layout.addWidget(self._fields_host)
        self._layout.addWidget(self.message)
        self._layout.addStretch(1)
        self.setEnabled(False)

    # -- building the fields for a framework --------------------------------------------
    def set_framework(self, framework: Framework | None) -> None:
        if framework is self.framework:
            return
        self.framework = framework
        self._fields_host.hide()
        self._fields_host.setParent(None)
        self._fields_host.deleteLater()
        self._fields_host = QWidget(self._body)
        self._grid = QGridLayout(self._fields_host)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(10)
        self._layout.insertWidget(1, self._fields_host)
        self.widgets, self._cells, self.timeframe = {}, [], None
        if framework is None:
            return
        small, texts = form_fields(framework.plan_form)
        for name in small:
            if name == LEVELS[1] and LEVELS[0] in small:
                continue                    # the two levels share one cell
            if name == LEVELS[0] and LEVELS[1] in small:
                self._cells.append(self._levels_cell())
            else:
                self._cells.append(self._cell(name, self._small_widget(name)))
        for name in texts:
            box = CommitTextEdit(self._fields_host)
            box.committed.connect(lambda n=name, b=box: self._text_committed(n, b))
            self.widgets[name] = box
            self._cells.append(self._cell(name, box))
        self._columns = 0
        self._arrange()
        self._set_tab_order()

    def _cell(self, name: str, widget: QWidget) -> QWidget:
        """A field under its label."""
        cell = QWidget(self._fields_host)
        box = QVBoxLayout(cell)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        label = QLabel(form_field_label(self.framework.plan_form, name), cell)
        label.setBuddy(widget.focusProxy() or widget)
        label.setWordWrap(True)
        box.addWidget(label)
        box.addWidget(widget)
        box.addStretch(1)
        return cell

    def _levels_cell(self) -> QWidget:
        cell = QWidget(self._fields_host)
        line = QHBoxLayout(cell)
        line.setContentsMargins(0, 0, 0, 0)
        for name in LEVELS:
            line.addWidget(self._cell(name, self._small_widget(name)), 1)
        return cell

    def _combo(self, name: str, items) -> QComboBox:
        combo = QComboBox(self._fields_host)
        combo.setObjectName(name)
        for text, data in items:
            combo.addItem(text, data)
        combo.activated.connect(lambda _i, c=combo: self._emit(name, c.currentData()))
        self.widgets[name] = combo
        return combo

    def _small_widget(self, name: str) -> QWidget:
        fw = self.framework
        if name == "criterion_code":
            items = [] if fw.plan_form == "tt18-9col" else [(self.tr("(không gắn tiêu chí)"), "")]
            combo = self._combo(name, items + [(f"{c.code} {c.title}", c.code) for c in fw.criteria()])
            combo.setMinimumContentsLength(16)
            combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            return combo
        if name in LEVELS:
            return self._combo(name, [("—", None)] + [(self.tr("Mức {0}").format(lv), lv) for lv in fw.levels()])
        if name == "status":
            return self._combo(name, [(status_label(key), key) for key in STATUSES])
        if name == "timeframe":
            self.timeframe = TimeframeField(self._fields_host)
            self.timeframe.edited.connect(lambda value: self._emit("timeframe", value))
            self.widgets["timeframe"] = self.timeframe
            return self.timeframe
        return self._budget_widget()

    def _budget_widget(self) -> QWidget:
        host = QWidget(self._fields_host)
        column = QVBoxLayout(host)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.budget_edit = QLineEdit(host)
        self.budget_edit.setObjectName("budget")
        self.budget_edit.setPlaceholderText(self.tr("ví dụ: 5 triệu"))
        self.budget_amount = QLabel(host)
        self.budget_amount.setStyleSheet("color: #505050;")
        self.budget_amount.setWordWrap(True)
        self.budget_edit.textEdited.connect(self._budget_preview)
        self.budget_edit.editingFinished.connect(lambda: self._emit("budget", self.budget_edit.text()))
        column.addWidget(self.budget_edit)
        column.addWidget(self.budget_amount)
        host.setFocusProxy(self.budget_edit)
        self.widgets["budget"] = host
        return host

    # -- columns and Tab order --------------------------------------------------------
    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._arrange()

    def _arrange(self) -> None:
        """Flow the cells into the columns the width allows, in reading order."""
        # the whole width less a scroll bar, so the count doesn't flip when the scroll bar comes and goes
        columns = columns_for(self.width() - self.verticalScrollBar().sizeHint().width())
        if columns == self._columns or not self._cells:
            return
        self._columns = columns
        for cell in self._cells:
            self._grid.removeWidget(cell)
        for i, cell in enumerate(self._cells):
            self._grid.addWidget(cell, i // columns, i % columns)
        for column in range(max(4, self._grid.columnCount())):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)

    def focus_chain(self) -> list[QWidget]:
        """The fields in the order Tab visits them: the reading order of the cells."""
        chain: list[QWidget] = []
        for name in self._field_order():
            widget = self.widgets[name]
            if isinstance(widget, TimeframeField):
                chain.extend(widget.pickers())
            else:
                chain.append(widget.focusProxy() or widget)
        return chain

    def _field_order(self) -> list[str]:
        small, texts = form_fields(self.framework.plan_form)
        if LEVELS[0] in small and LEVELS[1] in small:    # the shared cell reads current, then target
            small.remove(LEVELS[1])
            small.insert(small.index(LEVELS[0]) + 1, LEVELS[1])
        return small + texts

    def _set_tab_order(self) -> None:
        chain = self.focus_chain()
        for before, after in zip(chain, chain[1:]):
            QWidget.setTabOrder(before, after)

    # -- showing a row ----------------------------------------------------------------
    def _school_year(self) -> str:
        """The school year of the plan on screen, from the window's session ("" when unknown)."""
        plan = getattr(getattr(self.window(), "session", None), "plan", None)
        return getattr(plan, "school_year", "") or ""

    def heading(self, row: PlanRow, fallback: str = "") -> str:
        """"Tiêu chí 3.4: …" from the row's own criterion, so the title follows a changed criterion."""
        criterion = self.framework.criterion(row.criterion_code) if row.criterion_code else None
        if criterion is not None:
            return self.tr("Tiêu chí {0}: {1}").format(criterion.code, criterion.title)
        first_line = row.content.strip().split("\n", 1)[0]
        return first_line or fallback or self.tr("Dòng {0}").format(row.position + 1)

    def show_row(self, row: PlanRow | None, heading: str = "") -> None:
        self.row = row
        self.setEnabled(row is not None and self.framework is not None)
        self.message.clear()
        if row is None or self.framework is None:
            self.title.setText(self.tr("Chọn một dòng trong bảng để sửa chi tiết."))
            return
        self.title.setText(self.heading(row, heading))
        registry = plan_fields()
        for name, widget in self.widgets.items():
            widget.blockSignals(True)
            widget.setStyleSheet("")
            widget.setToolTip("")
            if isinstance(widget, CommitTextEdit):
                text = value_of(row, registry[name]) or ""
                if widget.toPlainText() != text:
                    widget.setPlainText(text)
            elif isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(value_of(row, registry[name]))))
            widget.blockSignals(False)
        if self.timeframe is not None:
            self.timeframe.show_timeframe(row.timeframe, self._school_year())
        if "budget" in self.widgets:
            self.budget_edit.setText(row.budget.display())
            self._budget_preview(self.budget_edit.text())

    def show_problem(self, name: str, message: str) -> None:
        self._refused = True
        if name == "timeframe" and self.timeframe is not None:
            self.timeframe.show_problem(message)
        else:
            widget = self.widgets.get(name)
            target = self.budget_edit if name == "budget" else widget
            if target is not None:
                target.setStyleSheet(RED)
                target.setToolTip(message)
        self.message.setText(message)

    # -- edits ------------------------------------------------------------------------
    def _emit(self, name: str, value) -> None:
        """Hand one edit to the window; when it was accepted, show the row as it now is."""
        if self.row is None:
            return
        self._refused = False
        self.fieldEdited.emit(name, value)
        if self._refused or self.row is None:
            return
        session = getattr(self.window(), "session", None)
        fresh = session.row(self.row.id) if session is not None and self.row.id is not None else None
        if fresh is not None and fresh != self.row:
            self.show_row(fresh)

    def _text_committed(self, name: str, box: CommitTextEdit) -> None:
        if self.row is not None and box.toPlainText() != (value_of(self.row, plan_fields()[name]) or ""):
            self._emit(name, box.toPlainText())

    def _budget_preview(self, text: str) -> None:
        try:
            budget = parse_budget(text)
        except InputError as exc:
            self.budget_edit.setStyleSheet(RED)
            self.budget_amount.setText(error_text(exc))
            return
        self.budget_edit.setStyleSheet("")
        if budget.amount is None:
            self.budget_amount.setText(self.tr("số tiền: chưa rõ") if text.strip() else "")
        else:
            self.budget_amount.setText(self.tr("= {0} đồng").format(format_amount(budget.amount)))
