"""The table of schools in the district window: one row a school, its progress side by side.

Columns are fixed (commune, code, school, year, self-assessed level, plans, rows, done, progress, late,
last import) followed by one column per standard found in any school's plan, so schools can be
compared standard by standard. A school with no plan of the school year looked at shows
"—" and empty figures, not a 0 % plan. «Mức tự đánh giá» is the level the office counted at import from
the school's self-assessment of that year (store.district_assessment), blank when it sent none; its
tooltip says why, the header's tooltip counts the schools at each level, and it sorts Mức 2 above Mức 1
above «Chưa đạt Mức 1» above the blanks.

The commune is the one the school's file came through (a commune office's bundle), else the one
its own file names, else «Trường nhập trực tiếp». Sorted by it (SORT_ROLE, what the window's proxy
sorts by), schools stand by commune, then by name, the direct ones last; numbers sort as numbers.
The model sorts itself (``sort``), so a Sở's 3,000 rows are sorted in one Python sort.
"""
from __future__ import annotations

import math

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor

from kehoach_desktop.domain.values import nfc
from kehoach_desktop.store.district_progress import SchoolProgress, commune_key, local_time

PERCENT_ROLE = Qt.UserRole + 1     # the progress column's value for its bar delegate
SORT_ROLE = Qt.UserRole + 2        # what a column sorts by (the window's proxy sorts by this role)
# Roles as plain ints: data() runs for every cell the view sizes, sorts or paints, and comparing an
# int with a Qt enum costs more than the lookup itself.
DISPLAY, ALIGNMENT, FOREGROUND, TOOLTIP = (int(r.value) for r in (
    Qt.DisplayRole, Qt.TextAlignmentRole, Qt.ForegroundRole, Qt.ToolTipRole))
PERCENT, SORT = int(PERCENT_ROLE), int(SORT_ROLE)
CENTRE = int(Qt.AlignCenter.value)
LEFT = ("name", "code", "commune")
LATE_COLOR = QColor("#c0392b")


class SchoolModel(QAbstractTableModel):
    FIXED = ("commune", "code", "name", "year", "level", "plans", "rows", "done", "percent", "late", "imported")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.schools: list[SchoolProgress] = []
        self.standards: list[str] = []
        self._cells: list[list | None] = []
        self._direct = ""
        self._sorted_by: tuple[int, Qt.SortOrder] | None = None
        self._titles = {
            "commune": self.tr("Xã/phường"), "code": self.tr("Mã trường"), "name": self.tr("Trường"), "year": self.tr("Năm học"),
            "level": self.tr("Mức tự đánh giá"),
            "plans": self.tr("Kế hoạch"), "rows": self.tr("Số dòng"), "done": self.tr("Hoàn thành"),
            "percent": self.tr("Tiến độ"), "late": self.tr("Trễ hạn"), "imported": self.tr("Nhập lúc"),
        }

    def set_schools(self, schools: list[SchoolProgress]) -> None:
        self.beginResetModel()
        self.schools = list(schools)
        found = {s for school in schools for s in school.standards}
        # "10" after "9"; a key that is no plain number (an older file's "²") after them, never an error.
        self.standards = sorted(found, key=lambda s: (not (s.isdecimal() and s.isascii() and len(s) < 10),
                                                      int(s) if s.isdecimal() and s.isascii() and len(s) < 10 else 0,
                                                      s))
        # A Sở's 3,000 schools: a row's cells are made when the view first shows it, then looked up.
        self._direct = self.tr("Trường nhập trực tiếp")
        self.tally = self._tally()
        self._cells = [None] * len(self.schools)
        if self._sorted_by is not None and self._sorted_by[0] < self.columnCount():
            self._reorder(*self._sorted_by)
        self.endResetModel()

    def sort(self, column: int, order=Qt.AscendingOrder) -> None:
        """Sorted here, in one Python sort, rather than by a sorting proxy asking data() for each of a
        Sở's 3,000 rows again and again; the window's proxy passes the header's clicks on."""
        if not 0 <= column < self.columnCount():
            return
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        moved = self._reorder(column, order)
        where = {old: new for new, old in enumerate(moved)}
        self.changePersistentIndexList(before, [self.index(where[i.row()], i.column()) for i in before])
        self.layoutChanged.emit()

    def _reorder(self, column: int, order) -> list[int]:
        self._sorted_by = (column, order)
        keys = [self._sort_key(school, column) for school in self.schools]
        moved = sorted(range(len(self.schools)), key=keys.__getitem__, reverse=order == Qt.DescendingOrder)
        self.schools = [self.schools[i] for i in moved]
        self._cells = [self._cells[i] for i in moved]
        return moved

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.schools)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.FIXED) + len(self.standards)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.ToolTipRole and section == self.FIXED.index("level"):
            return self.tally
        if orientation != Qt.Horizontal or role != Qt.DisplayRole:
            return None
        if section < len(self.FIXED):
            return self._titles[self.FIXED[section]]
        standard = self.standards[section - len(self.FIXED)]
        return self.tr("TC {0}").format(standard) if standard != "-" else self.tr("Không gắn TC")

    def data(self, index, role=DISPLAY):
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == DISPLAY:
            cells = self._cells[row]
            if cells is None:
                school = self.schools[row]
                cells = self._cells[row] = [self._display(school, key, self._direct) for key in self.FIXED] + [
                    _percent_text(school.standards.get(k)) for k in self.standards]
            return cells[column]
        if role == SORT:
            return self._sort_key(self.schools[row], column)
        if role == ALIGNMENT:
            return None if column < len(self.FIXED) and self.FIXED[column] in LEFT else CENTRE
        if role not in (PERCENT, FOREGROUND, TOOLTIP) or column >= len(self.FIXED):
            return None
        school = self.schools[row]
        key = self.FIXED[column]
        if role == PERCENT and key == "percent":
            return school.percent if school.school_year else None
        if role == FOREGROUND and key == "late" and school.late:
            return LATE_COLOR
        if role == TOOLTIP and key == "imported":
            return self.tr("Bản xuất lúc {0}; đã nhập {1} lần").format(local_time(school.exported_at), school.imports)
        if role == TOOLTIP and key == "commune":
            return (self.tr("Nhận qua tệp tổng hợp của {0}").format(school.through) if school.through else
                    self.tr("Trường gửi tệp trực tiếp"))
        if role == TOOLTIP and key == "level":
            return self._level_tip(school)
        if role == TOOLTIP and key == "year" and not school.school_year:
            return self.tr("Tệp trường gửi lên chưa có kế hoạch của năm học này.")
        return None

    def _display(self, school: SchoolProgress, key: str, direct: str):
        if not school.school_year and key in ("rows", "done", "percent"):
            return ""
        if key == "commune":
            return school.commune or direct
        if key == "imported":
            return local_time(school.imported_at)
        if key == "level":
            return self.level_text(school)
        return {
            "code": school.code, "name": school.name, "year": school.school_year or "—",
            "plans": school.plans, "rows": school.rows, "done": school.done,
            "percent": f"{school.percent:.0f}%", "late": school.late or "",
        }[key]

    def _sort_key(self, school: SchoolProgress, column: int):
        """Communes alphabetically and the direct schools last, then names; numbers as numbers."""
        if column >= len(self.FIXED):
            value = school.standards.get(self.standards[column - len(self.FIXED)])
            return -1.0 if value is None else value
        key = self.FIXED[column]
        if key in ("commune", "name"):
            where = commune_key(school.commune) if key == "commune" else (False, "")
            return f"{int(where[0])}{where[1]}\x00{nfc(school.name).casefold()}\x00{school.code}"
        if key in ("rows", "done", "percent", "late"):
            return float(getattr(school, key)) if school.school_year else -1.0
        if key == "plans":
            return float(school.plans)
        if key == "imported":
            return school.imported_at
        if key == "level":      # Mức 2 above Mức 1 above «Chưa đạt», then no level counted, then not sent
            return float(school.assessment_level) if school.assessment_level is not None else (
                -1.0 if school.assessed else -2.0)
        return school.code if key == "code" else school.school_year or "—"


    # -- the self-assessment's level ------------------------------------------------------------------

    def level_text(self, school: SchoolProgress) -> str:
        """«Mức 2», «Mức 1», «Chưa đạt Mức 1»; blank when the school sent no assessment of the year."""
        if not school.assessed:
            return ""
        if school.assessment_level is None:
            return self.tr("Chưa xếp mức")
        label = self.tr("Mức {0}").format(school.assessment_level) if school.assessment_level else self.tr(
            "Chưa đạt Mức 1")
        # A report whose council has not judged every criterion is a draft: its level is not the school's yet.
        return label + self.tr(" (tạm tính)") if school.assessment_unjudged else label

    def _level_tip(self, school: SchoolProgress) -> str:
        if not school.assessed:
            return self.tr("Trường chưa gửi báo cáo tự đánh giá của năm học này.")
        lines = [self.tr("Tự đánh giá năm học {0}, mức tính theo quy định từ kết quả từng tiêu chí:").format(
            school.assessment_year)] + [f"• {why}" for why in school.assessment_why]
        if school.assessment_unjudged:
            lines.append(self.tr("{0} tiêu chí hội đồng chưa đánh giá (tính là chưa đạt).").format(
                school.assessment_unjudged))
        return "\n".join(lines)

    def _tally(self) -> str:
        """How many schools at each level: the column header's tooltip."""
        sent = [s for s in self.schools if s.assessed]
        drafts = sum(1 for s in sent if s.assessment_unjudged)
        levels = [s.assessment_level for s in sent if not s.assessment_unjudged]
        top = max([2, *(v for v in levels if v is not None)])
        parts = [(self.tr("Mức {0}: {1} trường") if n == top else self.tr("Mức {0}: {1}")).format(n, levels.count(n))
                 for n in range(top, 0, -1)]
        parts.append(self.tr("Chưa đạt: {0}").format(levels.count(0)))
        if None in levels:
            parts.append(self.tr("Chưa xếp mức: {0}").format(levels.count(None)))
        if drafts:
            parts.append(self.tr("Chưa đánh giá xong: {0}").format(drafts))
        parts.append(self.tr("Chưa gửi: {0}").format(len(self.schools) - len(sent)))
        return ", ".join(parts)


def _percent_text(value: float | None) -> str:
    return f"{value:.0f}%" if isinstance(value, (int, float)) and math.isfinite(value) else ""
