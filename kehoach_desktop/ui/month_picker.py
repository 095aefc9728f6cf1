"""A month box that reads what principals type ("9/2025", "T9/2025", "Tháng 9/2025") and steps with ▲/▼.

The text is read by the plan table's own timeframe parser (``parse_timeframe``), so a
whole range ("Tháng 9/2025 - 5/2026") can be typed into one box too; the row form
decides what to do with it. The box may be empty. An empty box stepped with ▲/▼ (or
the arrow keys) starts from its ``anchor``, a month of the plan's school year.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.parse_timeframe import months_outside_school_year, parse_timeframe, school_year_span
from kehoach_desktop.domain.values import Month, Timeframe
from kehoach_desktop.ui.errors import error_text

RED = "background-color: #f8c4c4;"
PROBLEM_COLOR = "#b00020"
WARNING_COLOR = "#9a5b00"


class MonthPicker(QAbstractSpinBox):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.school_year = ""              # reads "tháng 9" and anchors the first step
        self.anchor: Month | None = None   # where an empty box starts when stepped
        self.lineEdit().setPlaceholderText("—")
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("12/2026") + 40)

    # -- what is typed ----------------------------------------------------------------
    def typed(self) -> Timeframe:
        """The text as read by the timeframe parser; raises InputError naming what is wrong."""
        return parse_timeframe(self.text(), school_year=self.school_year or None)

    def month(self) -> Month | None:
        """The (first) month in the box; None when it is empty or can't be read."""
        try:
            return self.typed().start
        except InputError:
            return None

    def set_month(self, month: Month | None) -> None:
        self.lineEdit().setText("" if month is None else str(month))

    # -- QAbstractSpinBox -------------------------------------------------------------
    def validate(self, text: str, pos: int):
        return QValidator.Acceptable    # anything may be typed; the form reads it when the box is left

    def stepEnabled(self):
        return QAbstractSpinBox.StepUpEnabled | QAbstractSpinBox.StepDownEnabled

    def stepBy(self, steps: int) -> None:
        current = self.month()
        if current is None:
            current = self.anchor or Month.of(date.today())
        else:
            current = current.plus(steps)
        self.set_month(current)
        self.selectAll()

    def clear(self) -> None:
        self.lineEdit().clear()

    def wheelEvent(self, event) -> None:
        if not self.hasFocus():      # scrolling the form over a box must not change its month
            event.ignore()
            return
        super().wheelEvent(event)


class TimeframeField(QWidget):
    """The row form's "Thời gian thực hiện": a start box → an end box, and a note under them.

    ``edited`` carries what the form hands to the window: a ``Timeframe`` when months were
    typed or stepped in the two boxes, or the typed text when a whole range was typed into
    one box (the window reads it with the same parser as the table's cell, keeping the words).
    Nothing is sent while the focus only moves from one box to the other. A range ending
    before it starts is refused here, with the reason in the note and the typed text kept;
    a month outside the plan's school year is saved, with a warning in the note.
    """

    edited = Signal(object)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.current = Timeframe(None, None, "")
        self.school_year = ""
        self.start_picker, self.end_picker = MonthPicker(self), MonthPicker(self)
        self.start_picker.setObjectName("timeframe_start")
        self.end_picker.setObjectName("timeframe_end")
        self.start_picker.setToolTip(self.tr("Tháng bắt đầu, ví dụ 9/2025; có thể gõ cả khoảng: Tháng 9/2025 - 5/2026"))
        self.end_picker.setToolTip(self.tr("Tháng kết thúc, ví dụ 5/2026"))
        self.note = QLabel(self)
        self.note.setObjectName("timeframe_note")
        self.note.setWordWrap(True)
        self.note.hide()
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.start_picker, 1)
        line.addWidget(QLabel("→", self))
        line.addWidget(self.end_picker, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(line)
        column.addWidget(self.note)
        self.setFocusProxy(self.start_picker)
        for picker in (self.start_picker, self.end_picker):
            picker.editingFinished.connect(lambda p=picker: self._finished(p))

    def pickers(self) -> tuple[MonthPicker, MonthPicker]:
        return self.start_picker, self.end_picker

    # -- showing ----------------------------------------------------------------------
    def show_timeframe(self, timeframe: Timeframe, school_year: str) -> None:
        """Show a row's saved months, with the out-of-year warning when one applies."""
        self.current, self.school_year = timeframe, school_year
        span = school_year_span(school_year)
        for picker, anchor, month in ((self.start_picker, 0, timeframe.start), (self.end_picker, 1, timeframe.end)):
            picker.school_year = school_year
            picker.anchor = span[anchor] if span else None
            picker.set_month(month)
            picker.setStyleSheet("")
        self._warn(timeframe)

    def show_problem(self, message: str) -> None:
        """A refused timeframe: the boxes turn red, the reason shows under them, the text stays."""
        for picker in self.pickers():
            picker.setStyleSheet(RED)
        self._note(message, PROBLEM_COLOR)

    def _warn(self, timeframe: Timeframe) -> None:
        outside = months_outside_school_year(timeframe, self.school_year)
        if outside:
            self._note(self.tr("Tháng {0} nằm ngoài năm học {1}").format(
                ", ".join(str(m) for m in outside), self.school_year), WARNING_COLOR)
        else:
            self.note.clear()
            self.note.hide()

    def _note(self, text: str, color: str) -> None:
        self.note.setStyleSheet(f"color: {color};")
        self.note.setText(text)
        self.note.show()

    # -- reading what was typed -------------------------------------------------------
    def _finished(self, picker: MonthPicker) -> None:
        other = self.end_picker if picker is self.start_picker else self.start_picker
        focus = QApplication.focusWidget()
        if focus is not None and (focus is other or other.isAncestorOf(focus)):
            return                  # on to the other box of this field: read both when the field is left
        try:
            start, end = self.start_picker.typed(), self.end_picker.typed()
        except InputError as exc:
            self.show_problem(error_text(exc))
            return
        whole = next((t for t in (start, end) if t.start != t.end), None)
        if whole is not None:       # a range typed into one box
            months, value = whole, whole.text
        else:
            first, last = start.start or end.start, end.start or start.start
            months = value = Timeframe(first, last, "")
            if first is not None and last < first:
                self.show_problem(self.tr("Tháng kết thúc {0} trước tháng bắt đầu {1}. Hãy sửa một trong "
                                          "hai tháng.").format(last, first))
                return
        if (months.start, months.end) == (self.current.start, self.current.end):
            self.show_timeframe(self.current, self.school_year)    # same months, written another way
            return
        self.edited.emit(value)
