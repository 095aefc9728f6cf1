"""The table of schools in the district window: one row a school, its progress side by side.

Columns are fixed (code, school, year, plans, rows, done, progress, late, last import)
followed by one column per standard found in any school's plan, so schools can be
compared standard by standard. A school with no plan of the school year looked at shows
"—" and empty figures, not a 0 % plan.
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor

from kehoach_desktop.store.district_progress import SchoolProgress, local_time

PERCENT_ROLE = Qt.UserRole + 1     # the progress column's value for its bar delegate
LATE_COLOR = QColor("#c0392b")


class SchoolModel(QAbstractTableModel):
    FIXED = ("code", "name", "year", "plans", "rows", "done", "percent", "late", "imported")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.schools: list[SchoolProgress] = []
        self.standards: list[str] = []
        self._titles = {
            "code": self.tr("Mã trường"), "name": self.tr("Trường"), "year": self.tr("Năm học"),
            "plans": self.tr("Kế hoạch"), "rows": self.tr("Số dòng"), "done": self.tr("Hoàn thành"),
            "percent": self.tr("Tiến độ"), "late": self.tr("Trễ hạn"), "imported": self.tr("Nhập lúc"),
        }

    def set_schools(self, schools: list[SchoolProgress]) -> None:
        self.beginResetModel()
        self.schools = list(schools)
        found = {s for school in schools for s in school.standards}
        self.standards = sorted(found, key=lambda s: (not s.isdigit(), int(s) if s.isdigit() else 0, s))
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.schools)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.FIXED) + len(self.standards)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation != Qt.Horizontal or role != Qt.DisplayRole:
            return None
        if section < len(self.FIXED):
            return self._titles[self.FIXED[section]]
        standard = self.standards[section - len(self.FIXED)]
        return self.tr("TC {0}").format(standard) if standard != "-" else self.tr("Không gắn TC")

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        school = self.schools[index.row()]
        column = index.column()
        if column >= len(self.FIXED):
            value = school.standards.get(self.standards[column - len(self.FIXED)])
            if role == Qt.DisplayRole:
                return "" if value is None else f"{value:.0f}%"
            if role == Qt.TextAlignmentRole:
                return int(Qt.AlignCenter)
            return None
        key = self.FIXED[column]
        if role == Qt.DisplayRole:
            return self._display(school, key)
        if role == PERCENT_ROLE and key == "percent":
            return school.percent if school.school_year else None
        if role == Qt.ForegroundRole and key == "late" and school.late:
            return LATE_COLOR
        if role == Qt.TextAlignmentRole and key not in ("name", "code"):
            return int(Qt.AlignCenter)
        if role == Qt.ToolTipRole and key == "imported":
            return self.tr("Bản xuất lúc {0}; đã nhập {1} lần").format(local_time(school.exported_at), school.imports)
        if role == Qt.ToolTipRole and key == "year" and not school.school_year:
            return self.tr("Tệp trường gửi lên chưa có kế hoạch của năm học này.")
        return None

    def _display(self, school: SchoolProgress, key: str):
        if not school.school_year and key in ("rows", "done", "percent"):
            return ""
        return {
            "code": school.code, "name": school.name, "year": school.school_year or "—",
            "plans": school.plans, "rows": school.rows, "done": school.done,
            "percent": f"{school.percent:.0f}%", "late": school.late or "",
            "imported": local_time(school.imported_at),
        }[key]
