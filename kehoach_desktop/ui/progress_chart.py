"""Painted bars per standard: percent complete, and budget spent against planned.

Painted rather than QtCharts: a handful of bars needs no scene graph, draws in
well under a millisecond and loads no extra Qt module when the window starts.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from kehoach_desktop.domain.progress import StandardProgress, format_number

PROGRESS_COLOR = QColor("#1e7b4f")
TRACK_COLOR = QColor("#e6e9ee")
PLANNED_COLOR = QColor("#c9d6e8")
SPENT_COLOR = QColor("#3b6fb6")
LATE_COLOR = QColor("#c0392b")
TEXT_COLOR = QColor("#1f2933")
MUTED_COLOR = QColor("#5f6b7a")


_tr = QCoreApplication.translate   # lupdate: -tr-function-alias translate+=_tr


def money(amount: int) -> str:
    """Short Vietnamese amounts for charts: 1 250 000 000 → "1,25 tỷ", 473 100 000 → "473,1 triệu"."""
    if amount >= 1_000_000_000:
        return _tr("ProgressChart", "{0} tỷ").format(format_number(round(amount / 1_000_000_000, 2)))
    if amount >= 1_000_000:
        return _tr("ProgressChart", "{0} triệu").format(format_number(round(amount / 1_000_000, 1)))
    if amount == 0:
        return "0"
    return _tr("ProgressChart", "{0} nghìn").format(format_number(round(amount / 1_000, 1)))


@dataclass(frozen=True)
class Bar:
    label: str                 # "TC 3"
    title: str                 # "Cơ sở vật chất và thiết bị dạy học"
    percent: float
    rows: int
    late: int
    planned: int
    spent: int


class StandardBars(QWidget):
    """One block per standard: its name, a progress bar with the percent, a budget bar under it."""

    ROW_HEIGHT = 58
    MIN_WIDTH = 260      # titles and budget lines elide below their natural width; the bars still read

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.bars: list[Bar] = []
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Preferred)
        self.setMinimumWidth(self.MIN_WIDTH)

    def set_standards(self, standards: list[StandardProgress]) -> None:
        other = _tr("ProgressChart", "Nội dung không gắn tiêu chí")
        self.bars = [Bar(self._label(s), (s.title or self._label(s)) if s.no else other, s.summary.percent,
                         s.summary.rows, s.summary.late, s.summary.budget_planned, s.summary.budget_spent)
                     for s in standards]
        self.setToolTip("\n".join(
            _tr("ProgressChart", "{0}: {1}% · {2} dòng · đã chi {3} / {4}").format(
                b.label, format_number(b.percent), b.rows, money(b.spent), money(b.planned)) for b in self.bars))
        self.updateGeometry()
        self.update()

    @staticmethod
    def _label(standard: StandardProgress) -> str:
        """"Tiêu chuẩn 3" in the user's language (the catalog's titles stay as the circular words them)."""
        return _tr("ProgressChart", "Tiêu chuẩn {0}").format(standard.no) if standard.no else _tr("ProgressChart", "Khác")

    def sizeHint(self) -> QSize:
        return QSize(480, max(1, len(self.bars)) * self.ROW_HEIGHT + 34)

    def minimumSizeHint(self) -> QSize:
        return QSize(self.MIN_WIDTH, max(1, len(self.bars)) * self.ROW_HEIGHT + 34 + 36)   # legend on 3 lines

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        if not self.bars:
            painter.setPen(MUTED_COLOR)
            painter.drawText(self.rect(), Qt.AlignCenter, _tr("ProgressChart", "Kế hoạch chưa có dòng nào."))
            return
        base = QFont(self.font())
        bold = QFont(base)
        bold.setBold(True)
        metrics = QFontMetrics(base)
        width = self.width() - 8
        value_width = metrics.horizontalAdvance("100,0%") + 12
        legend = self._legend_places(metrics)
        legend_height = 22 + 18 * legend[-1][1]
        # spread the blocks over the height the tab gives, within reason
        step = max(self.ROW_HEIGHT, min(90, (self.height() - legend_height - 8) // len(self.bars)))
        y = 4
        for bar in self.bars:
            self._heading(painter, bar, y, width, base, bold, metrics)
            track = QRectF(4, y + 21, width - value_width, 12)
            self._bar(painter, track, TRACK_COLOR, 1.0)
            self._bar(painter, track, PROGRESS_COLOR, bar.percent / 100)
            painter.setPen(TEXT_COLOR)
            painter.setFont(bold)
            painter.drawText(QRectF(track.right() + 6, y + 17, value_width, 20), Qt.AlignLeft | Qt.AlignVCenter,
                             f"{format_number(bar.percent)}%")
            painter.setFont(base)
            # the budget: spent against this standard's own planned amount
            budget = QRectF(4, y + 40, (width - value_width) * 0.4, 7)
            if bar.planned or bar.spent:
                self._bar(painter, budget, PLANNED_COLOR, 1.0)
                self._bar(painter, budget, SPENT_COLOR, bar.spent / max(bar.planned, bar.spent))
                text = _tr("ProgressChart", "Kinh phí: đã chi {0} / dự kiến {1}").format(money(bar.spent), money(bar.planned))
                left = budget.right() + 10
            else:
                text = _tr("ProgressChart", "Kinh phí: không dự kiến")
                left = budget.left()
            painter.setPen(MUTED_COLOR)
            room = int(width - left)
            painter.drawText(QRectF(left, y + 35, room, 16), Qt.AlignLeft | Qt.AlignVCenter,
                             metrics.elidedText(text, Qt.ElideRight, room))
            y += step
        self._legend(painter, y + 4, legend)
        painter.end()

    def _heading(self, painter, bar: Bar, y: float, width: float, base, bold, metrics) -> None:
        """"Tiêu chuẩn 3  Cơ sở vật chất…" and, on the right, its late rows if any."""
        painter.setFont(bold)
        painter.setPen(TEXT_COLOR)
        head = QFontMetrics(bold).horizontalAdvance(bar.label + "  ")
        painter.drawText(QRectF(4, y, head, 18), Qt.AlignLeft | Qt.AlignVCenter, bar.label)
        painter.setFont(base)
        late_text = _tr("ProgressChart", "{0} trễ hạn").format(bar.late) if bar.late else ""
        late_width = metrics.horizontalAdvance(late_text) + 8 if late_text else 0
        title = metrics.elidedText(bar.title, Qt.ElideRight, int(width - head - late_width))
        painter.setPen(MUTED_COLOR)
        painter.drawText(QRectF(4 + head, y, width - head - late_width, 18), Qt.AlignLeft | Qt.AlignVCenter, title)
        if late_text:
            painter.setPen(LATE_COLOR)
            painter.drawText(QRectF(width - late_width, y, late_width, 18), Qt.AlignRight | Qt.AlignVCenter,
                             late_text)

    def _legend_places(self, metrics: QFontMetrics) -> list[tuple[float, int, QColor, str, int]]:
        """(x, line, colour, text, width) of each legend entry; a narrow chart wraps the legend."""
        places, x, line = [], 4.0, 0
        for color, text in ((PROGRESS_COLOR, _tr("ProgressChart", "Tiến độ (% trung bình các dòng)")),
                            (SPENT_COLOR, _tr("ProgressChart", "Kinh phí đã chi")), (PLANNED_COLOR, _tr("ProgressChart", "Kinh phí dự kiến"))):
            advance = metrics.horizontalAdvance(text)
            if x > 4 and x + 24 + advance > self.width():
                x, line = 4.0, line + 1
            places.append((x, line, color, text, advance))
            x += 24 + advance + 18
        return places

    def _legend(self, painter: QPainter, y: float, places) -> None:
        for x, line, color, text, advance in places:
            top = y + line * 18
            self._bar(painter, QRectF(x, top + 4, 18, 8), color, 1.0)
            painter.setPen(MUTED_COLOR)
            painter.drawText(QRectF(x + 24, top, advance + 4, 16), Qt.AlignLeft | Qt.AlignVCenter, text)

    @staticmethod
    def _bar(painter: QPainter, rect: QRectF, color: QColor, share: float) -> None:
        share = max(0.0, min(1.0, share))
        if share <= 0 or rect.width() <= 0:
            return
        painter.setPen(QPen(Qt.NoPen))
        painter.setBrush(color)
        filled = QRectF(rect.x(), rect.y(), max(rect.height(), rect.width() * share), rect.height())
        painter.drawRoundedRect(filled, rect.height() / 2, rect.height() / 2)
