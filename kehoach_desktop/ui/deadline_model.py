"""The late and due-soon rows as a table model: a reset per refresh, whatever the number of rows."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor

from kehoach_desktop.domain.progress import DUE_SOON, LATE, DeadlineRow
from kehoach_desktop.ui.progress_words import status_name

ROW_ID_ROLE = Qt.UserRole + 1
_COLORS = {LATE: QColor("#c0392b"), DUE_SOON: QColor("#b26a00")}
_CENTER = int(Qt.AlignCenter)


_tr = QCoreApplication.translate   # lupdate: -tr-function-alias translate+=_tr


class DeadlineModel(QAbstractTableModel):
    COLUMNS = ("Dòng", "Nội dung", "Hạn", "Tiến độ", "Tình trạng")

    @staticmethod
    def headers() -> tuple[str, ...]:
        """COLUMNS as the user reads them (literal strings, so lupdate sees each one)."""
        return (_tr("DeadlineModel", "Dòng"), _tr("DeadlineModel", "Nội dung"), _tr("DeadlineModel", "Hạn"),
                _tr("DeadlineModel", "Tiến độ"), _tr("DeadlineModel", "Tình trạng"))

    @staticmethod
    def states() -> dict[str, str]:
        return {LATE: _tr("DeadlineModel", "Trễ hạn"), DUE_SOON: _tr("DeadlineModel", "Sắp đến hạn")}

    @classmethod
    def widest(cls) -> dict[int, str]:
        """The widest text each short column can show (row number, month, percent, state), for its width."""
        return {0: "9999", 2: "12/2027", 3: "100%", 4: max(cls.states().values(), key=len)}

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.items: list[tuple[str, DeadlineRow]] = []
        self.cells: list[tuple[str, ...]] = []

    def set_rows(self, late: list[DeadlineRow], due_soon: list[DeadlineRow]) -> None:
        self.beginResetModel()
        self.items = [(LATE, d) for d in late] + [(DUE_SOON, d) for d in due_soon]
        # Texts are made here once: views ask data() for every visible cell and role on each paint.
        words = self.states()
        self.cells = [(str(d.number), d.label, str(d.end), f"{d.percent}%", words[kind]) for kind, d in self.items]
        self.endResetModel()

    def row_id(self, row: int) -> int:
        return self.items[row][1].row_id

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: QModelIndex, role=Qt.DisplayRole):
        if role == Qt.DisplayRole:
            return self.cells[index.row()][index.column()]
        column = index.column()
        if role == Qt.ForegroundRole:
            return _COLORS[self.items[index.row()][0]] if column == 4 else None
        if role == Qt.TextAlignmentRole:
            return _CENTER if column in (0, 2, 3) else None
        if role == ROW_ID_ROLE:
            return self.items[index.row()][1].row_id
        if role == Qt.ToolTipRole:
            item = self.items[index.row()][1]
            return _tr("DeadlineModel", "{0}\nHạn: tháng {1} · {2}, {3}%\nBấm để mở dòng này trong bảng kế hoạch.").format(
                item.label, item.end, status_name(item.status), item.percent)
        return None
