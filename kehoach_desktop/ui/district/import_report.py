"""After importing: one line per file, what happened to it and why, in the officer's words.

Files held for the officer's confirmation (store.district_trust) are told apart from refused ones: not
imported yet, listed after the others, and counted on their own.
"""
from __future__ import annotations

from collections import Counter

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableWidget, QTableWidgetItem,
    QVBoxLayout,
)

from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.store.district import ADDED, HELD, REFUSED, REPLACED, UNCHANGED, ImportReport
from kehoach_desktop.ui.errors import error_text
from kehoach_desktop.ui.screen_fit import fit_to_screen

COLORS = {ADDED: "#1e7b4f", REPLACED: "#3b6fb6", UNCHANGED: "#5f6b7a", REFUSED: "#c0392b", HELD: "#b36b00"}


class ImportReportDialog(QDialog):
    def __init__(self, reports: list[ImportReport], parent=None) -> None:
        super().__init__(parent)
        reports = [r for r in reports if r.outcome != HELD] + [r for r in reports if r.outcome == HELD]
        self.setWindowTitle(self.tr("Kết quả nhập tệp"))
        fit_to_screen(self, (900, 420))
        outcomes = {ADDED: self.tr("Thêm mới"), REPLACED: self.tr("Cập nhật"),
                    UNCHANGED: self.tr("Không đổi"), REFUSED: self.tr("Bị từ chối"), HELD: self.tr("Chờ xác nhận")}
        counts = Counter(r.outcome for r in reports)
        layout = QVBoxLayout(self)
        summary = self.tr("{0} tệp: {1} thêm mới, {2} cập nhật, {3} không đổi, {4} bị từ chối.").format(
            len(reports), counts[ADDED], counts[REPLACED], counts[UNCHANGED], counts[REFUSED])
        if counts[REFUSED]:
            summary += " " + self.tr("Tệp bị từ chối không làm thay đổi dữ liệu của Phòng.")
        if counts[HELD]:
            summary += " " + self.tr("{0} tệp chờ xác nhận, chưa được nhập (cuối bảng).").format(counts[HELD])
        self.summary = QLabel(summary, wordWrap=True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(len(reports), 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Tệp"), self.tr("Kết quả"), self.tr("Chi tiết")])
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        for row, report in enumerate(reports):
            if report.refusal is not None:      # the reason alone: the file is named in its own column
                reason = report.refusal.values.get("reason")
                detail = error_text(reason if isinstance(reason, InputError) else report.refusal)
                whole = error_text(report.refusal)
            else:
                detail = report.message.split(": ", 1)[-1] if report.message.startswith("Tệp «") else report.message
                whole = report.message
            detail = detail[:1].upper() + detail[1:]
            outcome = QTableWidgetItem(outcomes.get(report.outcome, report.outcome))
            outcome.setForeground(QColor(COLORS.get(report.outcome, "#1f2933")))
            for column, item in enumerate((QTableWidgetItem(report.file.name), outcome, QTableWidgetItem(detail))):
                item.setToolTip(whole)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.Stretch)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def note_not_imported(self, count: int) -> None:
        """The officer stopped the import: ``count`` files were never read."""
        self.summary.setText(self.summary.text() + " " + self.tr(
            "Đã dừng theo yêu cầu: {0} tệp chưa nhập; các tệp trên đã được lưu.").format(count))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.table.resizeRowsToContents()   # once the detail column has its real width
