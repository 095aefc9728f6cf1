"""The row detail panel: every field of the selected row as a real form.

The panel never writes: it emits ``fieldEdited(field, value)`` and the window
answers with ``show_problem`` when the value was refused (the field turns red
with the Vietnamese message and nothing is written) or with ``show_row`` when
it was accepted.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QScrollArea, QVBoxLayout,
    QWidget,
)

from kehoach_desktop.domain.catalog import Framework
from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.parse import format_amount, parse_budget
from kehoach_desktop.domain.plan import FORM_FIELDS, STATUSES, PlanRow
from kehoach_desktop.domain.values import Timeframe
from kehoach_desktop.ui.month_picker import MonthPicker
from kehoach_desktop.ui.plan_columns import form_field_label, status_label

RED = "background-color: #f8c4c4;"
SMALL_FIELDS = ("criterion_code", "current_level", "target_level", "timeframe", "budget", "status")


class CommitTextEdit(QPlainTextEdit):
    """A multi-line box that reports its text when the user leaves it."""

    committed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setFixedHeight(62)

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
        self._body = QWidget()
        self.setWidget(self._body)
        self._layout = QVBoxLayout(self._body)
        self._layout.setContentsMargins(8, 4, 8, 4)
        self._layout.setSpacing(4)
        self.title = QLabel(self._body)
        self.title.setStyleSheet("font-weight: bold;")
        self.message = QLabel(self._body)
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        self._fields_host = QWidget(self._body)
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
        self._layout.insertWidget(1, self._fields_host)
        self.widgets = {}
        if framework is None:
            return
        fields = FORM_FIELDS[framework.plan_form]
        small_row = QHBoxLayout()
        grid = QGridLayout()
        texts = [f for f in fields if f not in SMALL_FIELDS]
        per_row = 6 if len(texts) > 5 else 5
        for name in fields:
            if name in SMALL_FIELDS:
                small_row.addLayout(self._labelled(name, self._small_widget(name)), 1 if name != "criterion_code" else 3)
        for i, name in enumerate(texts):
            box = CommitTextEdit(self._fields_host)
            box.committed.connect(lambda n=name, b=box: self._text_committed(n, b))
            self.widgets[name] = box
            grid.addLayout(self._labelled(name, box), i // per_row, i % per_row)
        outer = QVBoxLayout(self._fields_host)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(small_row)
        outer.addLayout(grid)

    def _labelled(self, name: str, widget: QWidget) -> QVBoxLayout:
        box = QVBoxLayout()
        box.setSpacing(2)
        label = QLabel(form_field_label(self.framework.plan_form, name), self._fields_host)
        label.setBuddy(widget)
        box.addWidget(label)
        box.addWidget(widget)
        return box

    def _small_widget(self, name: str) -> QWidget:
        fw = self.framework
        if name == "criterion_code":
            combo = QComboBox(self._fields_host)
            if fw.plan_form != "tt18-9col":
                combo.addItem(self.tr("(không gắn tiêu chí)"), "")
            for criterion in fw.criteria():
                combo.addItem(f"{criterion.code} {criterion.title}", criterion.code)
            combo.setMinimumContentsLength(18)
            combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            combo.activated.connect(lambda _i, c=combo: self.fieldEdited.emit(name, c.currentData()))
            self.widgets[name] = combo
            return combo
        if name in ("current_level", "target_level"):
            combo = QComboBox(self._fields_host)
            combo.addItem("—", None)
            for level in fw.levels():
                combo.addItem(self.tr("Mức {0}").format(level), level)
            combo.activated.connect(lambda _i, c=combo: self.fieldEdited.emit(name, c.currentData()))
            self.widgets[name] = combo
            return combo
        if name == "status":
            combo = QComboBox(self._fields_host)
            for key in STATUSES:
                combo.addItem(status_label(key), key)
            combo.activated.connect(lambda _i, c=combo: self.fieldEdited.emit(name, c.currentData()))
            self.widgets[name] = combo
            return combo
        if name == "timeframe":
            return self._timeframe_widget()
        return self._budget_widget()

    def _timeframe_widget(self) -> QWidget:
        host = QWidget(self._fields_host)
        line = QHBoxLayout(host)
        line.setContentsMargins(0, 0, 0, 0)
        self.start_picker, self.end_picker = MonthPicker(host), MonthPicker(host)
        self.start_picker.setToolTip(self.tr("Tháng bắt đầu"))
        self.end_picker.setToolTip(self.tr("Tháng kết thúc"))
        line.addWidget(self.start_picker)
        line.addWidget(QLabel("→", host))
        line.addWidget(self.end_picker)
        for picker in (self.start_picker, self.end_picker):
            picker.editingFinished.connect(self._months_picked)
        self.widgets["timeframe"] = host
        return host

    def _budget_widget(self) -> QWidget:
        host = QWidget(self._fields_host)
        column = QVBoxLayout(host)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.budget_edit = QLineEdit(host)
        self.budget_edit.setPlaceholderText(self.tr("ví dụ: 5 triệu"))
        self.budget_amount = QLabel(host)
        self.budget_amount.setStyleSheet("color: #505050;")
        self.budget_amount.setWordWrap(True)
        self.budget_edit.textEdited.connect(self._budget_preview)
        self.budget_edit.editingFinished.connect(lambda: self.fieldEdited.emit("budget", self.budget_edit.text()))
        column.addWidget(self.budget_edit)
        column.addWidget(self.budget_amount)
        self.widgets["budget"] = host
        return host

    # -- showing a row ----------------------------------------------------------------
    def show_row(self, row: PlanRow | None, heading: str = "") -> None:
        self.row = row
        self.setEnabled(row is not None and self.framework is not None)
        self.title.setText(heading if row is not None else self.tr("Chọn một dòng trong bảng để sửa chi tiết."))
        self.message.clear()
        if row is None or self.framework is None:
            return
        for name, widget in self.widgets.items():
            widget.blockSignals(True)
            widget.setStyleSheet("")
            widget.setToolTip("")
            if isinstance(widget, CommitTextEdit):
                if widget.toPlainText() != getattr(row, name):
                    widget.setPlainText(getattr(row, name))
            elif isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(getattr(row, name))))
            widget.blockSignals(False)
        if "timeframe" in self.widgets:
            for picker, month in ((self.start_picker, row.timeframe.start), (self.end_picker, row.timeframe.end)):
                picker.blockSignals(True)
                picker.set_month(month)
                picker.blockSignals(False)
        if "budget" in self.widgets:
            self.budget_edit.setText(row.budget.display())
            self._budget_preview(self.budget_edit.text())

    def show_problem(self, name: str, message: str) -> None:
        widget = self.widgets.get(name)
        target = self.budget_edit if name == "budget" else widget
        if target is not None:
            target.setStyleSheet(RED)
            target.setToolTip(message)
        self.message.setText(message)

    # -- edits ------------------------------------------------------------------------
    def _text_committed(self, name: str, box: CommitTextEdit) -> None:
        if self.row is not None and box.toPlainText() != getattr(self.row, name):
            self.fieldEdited.emit(name, box.toPlainText())

    def _months_picked(self) -> None:
        if self.row is None:
            return
        start, end = self.start_picker.month(), self.end_picker.month()
        if (start, end) != (self.row.timeframe.start, self.row.timeframe.end):
            self.fieldEdited.emit("timeframe", Timeframe(start, end, ""))

    def _budget_preview(self, text: str) -> None:
        try:
            budget = parse_budget(text)
        except InputError as exc:
            self.budget_edit.setStyleSheet(RED)
            self.budget_amount.setText(exc.message)
            return
        self.budget_edit.setStyleSheet("")
        if budget.amount is None:
            self.budget_amount.setText(self.tr("số tiền: chưa rõ") if text.strip() else "")
        else:
            self.budget_amount.setText(self.tr("= {0} đồng").format(format_amount(budget.amount)))
