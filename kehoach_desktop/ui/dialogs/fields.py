"""Small editors the dialogs share: a list of lines, and a table of records with add/remove."""
from __future__ import annotations

import re
from dataclasses import fields as dc_fields

from PySide6.QtWidgets import (
    QDialogButtonBox, QHBoxLayout, QHeaderView, QPlainTextEdit, QPushButton, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from kehoach_desktop.domain.values import nfc


def ok_cancel(dialog, ok_text: str, cancel_text: str) -> QDialogButtonBox:
    """OK/Cancel with our own translated labels (Qt ships no Vietnamese for its buttons)."""
    buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, dialog)
    buttons.button(QDialogButtonBox.Ok).setText(ok_text)
    buttons.button(QDialogButtonBox.Cancel).setText(cancel_text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class LinesEdit(QPlainTextEdit):
    """A list of items, one per line (purposes, bases, recipients …)."""

    def __init__(self, lines: list[str] | None = None, parent=None) -> None:
        super().__init__(parent)
        self.setLineWrapMode(QPlainTextEdit.WidgetWidth)
        self.set_lines(lines or [])

    def set_lines(self, lines: list[str]) -> None:
        self.setPlainText("\n".join(lines))

    def lines(self) -> list[str]:
        return [nfc(line).strip() for line in self.toPlainText().splitlines() if line.strip()]


def _to_cell(value) -> str:
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return str(value)


def _from_cell(text: str, is_list: bool, integers: bool):
    text = nfc(text).strip()
    if integers:
        return [int(p) for p in re.split(r"[;,\s]+", text) if p.isdigit()]
    if is_list:
        return [p.strip() for p in text.split(";") if p.strip()]
    return text


class RecordTable(QWidget):
    """Rows of one dataclass (working groups, monitoring team, priority problems …)."""

    def __init__(self, cls, headers: list[str], add_text: str, remove_text: str,
                 int_lists: tuple[str, ...] = (), parent=None) -> None:
        super().__init__(parent)
        self.cls = cls
        self.names = [f.name for f in dc_fields(cls)]
        self.int_lists = int_lists
        self.table = QTableWidget(0, len(self.names), self)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.table.setWordWrap(True)
        self.table.setMinimumHeight(120)
        add, remove = QPushButton(add_text, self), QPushButton(remove_text, self)
        add.clicked.connect(lambda: self.table.insertRow(self.table.rowCount()))
        remove.clicked.connect(lambda: self.table.removeRow(self.table.currentRow()))
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def set_records(self, records: list) -> None:
        self.table.setRowCount(0)
        for record in records:
            row = self.table.rowCount()
            self.table.insertRow(row)
            for column, name in enumerate(self.names):
                self.table.setItem(row, column, QTableWidgetItem(_to_cell(getattr(record, name))))
        self.table.resizeRowsToContents()

    def records(self) -> list:
        lists = {f.name for f in dc_fields(self.cls) if f.default_factory is list}
        records = []
        for row in range(self.table.rowCount()):
            values = {}
            for column, name in enumerate(self.names):
                item = self.table.item(row, column)
                values[name] = _from_cell(item.text() if item else "", name in lists, name in self.int_lists)
            if any(values.values()):
                records.append(self.cls(**values))
        return records
