"""«Chèn mã minh chứng…»: the year's evidence register to pick codes from, the criterion's own items first.

A principal writing criterion 1.1 mostly cites MC.1.1.NN, sometimes an item numbered from another
criterion (one item, one code, cited again by every criterion it serves): the criterion's items come
first, then the rest in code order. The search box matches code, name and document with or without
accents. Several items can be ticked at once; they go into one bracket.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout,
)

from kehoach_desktop.domain.evidence_register import EvidenceItem, code_sort_key
from kehoach_desktop.ui.criteria_tree import fold
from kehoach_desktop.ui.screen_fit import fit_to_screen

CODE_ROLE = Qt.UserRole + 1


def picker_order(items: list[EvidenceItem], criterion: str) -> list[EvidenceItem]:
    """The criterion's own items first, then the others, each in code order."""
    return sorted(items, key=lambda i: (i.criterion != criterion, code_sort_key(i.code)))


class EvidencePicker(QDialog):
    def __init__(self, items: list[EvidenceItem], criterion: str, school_year: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Chèn mã minh chứng — tiêu chí {0}").format(criterion))
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Tìm theo mã hoặc tên minh chứng…"))
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self.list.setUniformItemSizes(True)
        for item in picker_order(items, criterion):
            text = f"{item.code} — {item.name}"
            row = QListWidgetItem(text, self.list)
            row.setData(CODE_ROLE, item.code)
            row.setFlags(row.flags() | Qt.ItemIsUserCheckable)
            row.setCheckState(Qt.Unchecked)
            row.setToolTip("\n".join(p for p in (text, item.document, item.location) if p))
            row.setData(Qt.UserRole + 2, fold(" ".join((item.code, item.name, item.document))))
        note = QLabel(self.tr("Danh mục minh chứng năm học {0}: {1} mục. Đánh dấu một hoặc nhiều mục rồi nhấn «Chèn» "
                              "(nhấn đúp để chèn một mục).").format(school_year, len(items)) if items else
                      self.tr("Danh mục minh chứng năm học {0} chưa có mục nào: hãy thêm minh chứng trong "
                              "«Danh mục minh chứng…» hoặc gõ mã vào ô bên cạnh nút.").format(school_year), self)
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.insert_button = self.buttons.addButton(self.tr("Chèn"), QDialogButtonBox.AcceptRole)
        self.buttons.addButton(self.tr("Hủy"), QDialogButtonBox.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self.search.textChanged.connect(self._filter)
        self.list.itemDoubleClicked.connect(self._double_clicked)
        self.list.itemChanged.connect(self._update_button)
        self.list.currentItemChanged.connect(self._update_button)
        if self.list.count():
            self.list.setCurrentRow(0)
        self._update_button()
        fit_to_screen(self, (640, 480))

    def _filter(self, text: str) -> None:
        needle = fold(text.strip())
        first = None
        for n in range(self.list.count()):
            row = self.list.item(n)
            hidden = bool(needle) and needle not in row.data(Qt.UserRole + 2)
            row.setHidden(hidden)
            if not hidden and first is None:
                first = row
        if first is not None and (self.list.currentItem() is None or self.list.currentItem().isHidden()):
            self.list.setCurrentItem(first)

    def codes(self) -> list[str]:
        """The ticked codes in the list's order, or the highlighted one when none is ticked."""
        ticked = [self.list.item(n).data(CODE_ROLE) for n in range(self.list.count())
                  if self.list.item(n).checkState() == Qt.Checked]
        if ticked:
            return ticked
        current = self.list.currentItem()
        return [current.data(CODE_ROLE)] if current is not None and not current.isHidden() else []

    def _double_clicked(self, row: QListWidgetItem) -> None:
        for n in range(self.list.count()):
            self.list.item(n).setCheckState(Qt.Unchecked)
        self.list.setCurrentItem(row)
        self.accept()

    def _update_button(self, *_args) -> None:
        self.insert_button.setEnabled(bool(self.codes()))
