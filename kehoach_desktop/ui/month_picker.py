"""A month picker ("9/2024") that can also be empty (shown as "—")."""
from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit

from kehoach_desktop.domain.values import Month

_EMPTY = QDate(2000, 1, 1)   # the minimum stands for "no month"; real plans start later


class MonthPicker(QDateEdit):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setDisplayFormat("M/yyyy")
        self.setMinimumDate(_EMPTY)
        self.setMaximumDate(QDate(2100, 12, 1))
        self.setSpecialValueText("—")
        self.setCalendarPopup(False)
        self.setCurrentSection(QDateEdit.MonthSection)

    def month(self) -> Month | None:
        value = self.date()
        return None if value == _EMPTY else Month(value.year(), value.month())

    def set_month(self, month: Month | None) -> None:
        self.setDate(_EMPTY if month is None else QDate(month.year, month.month, 1))
