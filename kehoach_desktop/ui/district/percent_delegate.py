"""A progress cell drawn as a thin bar with its percent, like the school's own dashboard."""
from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate

from kehoach_desktop.ui.district.school_model import PERCENT_ROLE

TRACK, DONE = QColor("#e6e9ee"), QColor("#1e7b4f")


class PercentDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option, index) -> None:
        percent = index.data(PERCENT_ROLE)
        if percent is None:
            super().paint(painter, option, index)
            return
        painter.save()
        if option.state & QStyle.State_Selected:
            painter.fillRect(option.rect, option.palette.highlight())
        rect = option.rect.adjusted(8, 0, -8, 0)
        text_width = 44
        bar = QRectF(rect.left(), rect.center().y() - 4, max(rect.width() - text_width, 10), 8)
        painter.setRenderHint(QPainter.Antialiasing)
        painter.setPen(Qt.NoPen)
        painter.setBrush(TRACK)
        painter.drawRoundedRect(bar, 4, 4)
        filled = QRectF(bar.left(), bar.top(), bar.width() * max(0.0, min(percent, 100.0)) / 100, bar.height())
        painter.setBrush(DONE)
        painter.drawRoundedRect(filled, 4, 4)
        painter.setPen(option.palette.highlightedText().color() if option.state & QStyle.State_Selected
                       else option.palette.text().color())
        painter.drawText(QRectF(bar.right() + 4, rect.top(), text_width - 4, rect.height()),
                         Qt.AlignVCenter | Qt.AlignRight, f"{percent:.0f}%")
        painter.restore()
