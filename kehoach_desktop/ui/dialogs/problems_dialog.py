"""Section IV's priority problems proposed from the self-assessment, for the principal to choose.

The candidates (domain.assessment_plan.proposed_problems: each standard's key weaknesses, then every
criterion short of a level) come unticked: the form says a plan does not improve every criterion but
the priority problems. Their words may be changed here before they go into the plan.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QDialog, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout,
)

from kehoach_desktop.domain.plan import PriorityProblem
from kehoach_desktop.domain.values import nfc
from kehoach_desktop.ui.dialogs.council_dialog import RefusalLabel
from kehoach_desktop.ui.dialogs.fields import ok_cancel
from kehoach_desktop.ui.screen_fit import fit_to_screen

COLUMNS = ("standard", "criteria", "current_state", "weakness", "cause")
MAX_LINES = 5      # a candidate's row at most; the whole text is in the cell's tooltip


def _same(a: PriorityProblem, b: PriorityProblem) -> bool:
    return (a.standard, a.criteria, nfc(a.weakness).strip()) == (b.standard, b.criteria, nfc(b.weakness).strip())


def first_criterion(problem: PriorityProblem) -> str:
    """The first criterion a problem names ("3.3" of "3.3, 3.5"): the plan row's criterion."""
    return next((c.strip() for c in problem.criteria.replace(";", ",").split(",") if c.strip()), "")


class ProblemsDialog(QDialog):
    def __init__(self, candidates: list[PriorityProblem], existing: list[PriorityProblem], source_year: str,
                 offer_rows: bool = True, parent=None) -> None:
        super().__init__(parent)
        self.candidates = candidates
        self.chosen: list[PriorityProblem] = []
        self.taken = 0          # candidates already in section IV
        self.setWindowTitle(self.tr("Đề xuất vấn đề ưu tiên từ báo cáo tự đánh giá năm học {0}").format(source_year))
        intro = QLabel(self.tr("Đánh dấu những vấn đề kế hoạch sẽ cải tiến. Theo mẫu, kế hoạch không cải tiến toàn bộ "
                               "tiêu chí mà tập trung vào các vấn đề ưu tiên. Có thể sửa lời trước khi thêm."), self)
        intro.setWordWrap(True)
        self.table = QTableWidget(len(candidates), 1 + len(COLUMNS), self)
        self.table.setHorizontalHeaderLabels([
            self.tr("Chọn"), self.tr("Tiêu chuẩn"), self.tr("Tiêu chí"), self.tr("Hiện trạng"),
            self.tr("Điểm hạn chế"), self.tr("Nguyên nhân")])
        self.table.setWordWrap(True)
        self.table.setSelectionMode(QAbstractItemView.NoSelection)
        header = self.table.horizontalHeader()
        for column, width in ((0, 46), (1, 90), (2, 70)):
            self.table.setColumnWidth(column, width)
        for column in (3, 4, 5):
            header.setSectionResizeMode(column, QHeaderView.Stretch)
        for row, problem in enumerate(candidates):
            tick = QTableWidgetItem()
            tick.setFlags(Qt.ItemIsUserCheckable | Qt.ItemIsEnabled)
            tick.setCheckState(Qt.Unchecked)
            taken = any(_same(problem, old) for old in existing)
            if taken:
                tick.setFlags(Qt.ItemIsUserCheckable)       # shown, not offered twice
                tick.setToolTip(self.tr("Đã có ở mục IV của kế hoạch"))
                self.taken += 1
            self.table.setItem(row, 0, tick)
            for column, name in enumerate(COLUMNS, 1):
                cell = QTableWidgetItem(getattr(problem, name))
                cell.setToolTip(cell.text())
                if taken:
                    cell.setForeground(QColor("#808080"))
                self.table.setItem(row, column, cell)
        self.table.itemChanged.connect(lambda _item: self._count())
        header.sectionResized.connect(lambda *_: self._fit_rows())
        self.count = QLabel(self)
        self.make_rows = QCheckBox(self.tr("Tạo dòng kế hoạch cho vấn đề đã chọn (nội dung cải tiến là điểm hạn chế, "
                                           "tiêu chí là tiêu chí đầu tiên)"), self)
        self.make_rows.setVisible(offer_rows)
        self.error = RefusalLabel(self)
        buttons = ok_cancel(self, self.tr("Thêm vào mục IV"), self.tr("Hủy"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.make_rows)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._count()
        fit_to_screen(self, (1000, 620))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._fit_rows()

    def _fit_rows(self) -> None:
        """Each row as tall as its text, up to a few lines: a long «Hiện trạng» is read whole in its tooltip."""
        tallest = self.fontMetrics().lineSpacing() * MAX_LINES + 8
        for row in range(self.table.rowCount()):
            self.table.resizeRowToContents(row)
            if self.table.rowHeight(row) > tallest:
                self.table.setRowHeight(row, tallest)

    def set_ticked(self, row: int, ticked: bool = True) -> None:
        self.table.item(row, 0).setCheckState(Qt.Checked if ticked else Qt.Unchecked)

    def ticked_rows(self) -> list[int]:
        return [row for row in range(self.table.rowCount())
                if self.table.item(row, 0).checkState() == Qt.Checked
                and self.table.item(row, 0).flags() & Qt.ItemIsEnabled]

    def _count(self) -> None:
        text = self.tr("Đã chọn {0}/{1} vấn đề.").format(len(self.ticked_rows()), self.table.rowCount())
        if self.taken:
            text += " " + self.tr("{0} vấn đề (chữ xám) đã có ở mục IV của kế hoạch.").format(self.taken)
        self.count.setText(text)

    def problems(self) -> list[PriorityProblem]:
        """The ticked problems as their cells now read."""
        return [PriorityProblem(**{name: nfc(self.table.item(row, column).text()).strip()
                                   for column, name in enumerate(COLUMNS, 1)}) for row in self.ticked_rows()]

    def accept(self) -> None:
        chosen = self.problems()
        if not chosen:
            self.error.setText(self.tr("Chưa chọn vấn đề nào."))
            return
        self.chosen = chosen
        super().accept()
