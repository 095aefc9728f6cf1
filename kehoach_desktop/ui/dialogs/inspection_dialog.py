"""The inspection editor (biên bản kiểm tra): who came, who received them, a finding per row, comments.

The dialog edits one ``Inspection`` of the plan on screen and gives it back checked
(domain.inspection.check_inspection); the caller writes it. Comments are typed one
per line; a line "Tiêu chuẩn 2: …" is the team's comment on that standard, as the
printed record shows them.
"""
from __future__ import annotations

import copy
import re
from datetime import datetime

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QComboBox, QDateTimeEdit, QDialog, QFormLayout, QHeaderView, QLabel, QLineEdit, QTableWidget,
    QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget,
)

from kehoach_desktop.domain.catalog import Framework
from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.inspection import (
    Comment, Inspection, RowFinding, SchoolMember, TeamMember, check_against_plan,
)
from kehoach_desktop.domain.inspection import new_inspection as domain_new_inspection
from kehoach_desktop.domain.inspection_fields import (
    InspectionColumn, finding_from_values, inspection_columns, value_of, with_value,
)
from kehoach_desktop.domain.plan import Plan, School
from kehoach_desktop.domain.values import nfc
from kehoach_desktop.ui.dialogs.fields import LinesEdit, RecordTable, ok_cancel
from kehoach_desktop.ui.screen_fit import fit_to_screen

_STANDARD_LINE = re.compile(r"^\s*Tiêu chuẩn\s+(\d+)\s*:\s*(.+)$", re.IGNORECASE)


def new_inspection(plan: Plan, school: School | None) -> Inspection:
    """A fresh record for ``plan`` in the school's own file: at the school, every row as it reports it."""
    return domain_new_inspection(plan, place=school.name if school else "",
                                 authority=school.governing_body if school else "")


def comments_to_lines(comments: list[Comment]) -> list[str]:
    return [f"Tiêu chuẩn {c.standard}: {c.text}" if c.standard is not None else c.text for c in comments]


def lines_to_comments(lines: list[str]) -> list[Comment]:
    comments = []
    for line in lines:
        found = _STANDARD_LINE.match(line)
        comments.append(Comment(found.group(2).strip(), int(found.group(1))) if found else Comment(line))
    return comments


def _qt(moment: datetime | None) -> QDateTime:
    return QDateTime(moment) if moment else QDateTime.currentDateTime()


def _py(edit: QDateTimeEdit) -> datetime:
    value = edit.dateTime().toPython()
    return value.replace(second=0, microsecond=0)


class InspectionDialog(QDialog):
    def __init__(self, plan: Plan, framework: Framework, record: Inspection, parent=None) -> None:
        super().__init__(parent)
        self.plan, self.framework = plan, framework
        self.record = copy.deepcopy(record)
        self.result_inspection: Inspection | None = None
        self.setWindowTitle(self.tr("Biên bản kiểm tra kế hoạch năm học {0}").format(plan.school_year))
        fit_to_screen(self, (980, 660))
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._general(), self.tr("Thông tin chung"))
        self.tabs.addTab(self._people(), self.tr("Thành phần"))
        self.tabs.addTab(self._findings(), self.tr("Kết quả từng dòng"))
        self.tabs.addTab(self._conclusions(), self.tr("Nhận xét, kết luận"))
        self.problem = QLabel(self, objectName="problem")
        self.problem.setStyleSheet("color: #c0392b;")
        self.problem.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.problem)
        layout.addWidget(ok_cancel(self, self.tr("Lưu biên bản"), self.tr("Hủy")))

    # -- tabs ---------------------------------------------------------------------------
    def _general(self) -> QWidget:
        page, record = QWidget(self), self.record
        form = QFormLayout(page)
        self.number = QLineEdit(record.number, objectName="number")
        self.number.setPlaceholderText(self.tr("Ví dụ: 05/BB-PGDĐT"))
        self.authority = QLineEdit(record.authority, objectName="authority")
        self.authority.setPlaceholderText(self.tr("Ví dụ: UBND QUẬN 3"))
        self.office = QLineEdit(record.office, objectName="office")
        self.office_line = QLineEdit(record.office_line, objectName="office_line")
        self.office_line.setPlaceholderText(self.tr("Ví dụ: PHÒNG VĂN HÓA - XÃ HỘI (trống: như tên cơ quan kiểm tra)"))
        self.basis = QLineEdit(record.basis, objectName="basis")
        self.basis.setPlaceholderText(self.tr("Căn cứ Quyết định số … về việc kiểm tra …"))
        self.place = QLineEdit(record.place, objectName="place")
        self.started = QDateTimeEdit(_qt(record.started_at), objectName="started_at")
        self.ended = QDateTimeEdit(_qt(record.ended_at), objectName="ended_at")
        for edit in (self.started, self.ended):
            edit.setDisplayFormat("HH:mm 'ngày' dd/MM/yyyy")
            edit.setCalendarPopup(True)
        for label, widget in ((self.tr("Số biên bản:"), self.number), (self.tr("Cơ quan chủ quản:"), self.authority),
                              (self.tr("Cơ quan kiểm tra:"), self.office),
                              (self.tr("Dòng tên cơ quan trên tiêu đề:"), self.office_line), (self.tr("Căn cứ:"), self.basis),
                              (self.tr("Địa điểm:"), self.place), (self.tr("Bắt đầu:"), self.started),
                              (self.tr("Kết thúc:"), self.ended)):
            form.addRow(label, widget)
        return page

    def _people(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("Đoàn kiểm tra:"), page))
        self.team = RecordTable(TeamMember, [self.tr("Họ và tên"), self.tr("Chức vụ"), self.tr("Nhiệm vụ trong đoàn")],
                                self.tr("Thêm thành viên"), self.tr("Bớt thành viên"), parent=page)
        self.team.setObjectName("team")
        self.team.set_records(self.record.team)
        layout.addWidget(self.team)
        layout.addWidget(QLabel(self.tr("Đại diện nhà trường:"), page))
        self.school_side = RecordTable(SchoolMember, [self.tr("Họ và tên"), self.tr("Chức vụ")],
                                       self.tr("Thêm người"), self.tr("Bớt người"), parent=page)
        self.school_side.setObjectName("school_side")
        self.school_side.set_records(self.record.school_side)
        layout.addWidget(self.school_side)
        for table in (self.team.table, self.school_side.table):
            # one line a person: heights measured before the columns stretch would be several lines
            height = table.fontMetrics().height() + 14
            table.verticalHeader().setDefaultSectionSize(height)
            for row in range(table.rowCount()):
                table.setRowHeight(row, height)
        return page

    def _words(self) -> dict[str, str]:
        """The findings tab's headings and choices (source text of domain.inspection_fields) → translation;
        a word missing here shows untranslated."""
        return {"Kết quả": self.tr("Kết quả"), "Nhận xét": self.tr("Nhận xét"),
                "Đã hoàn thành": self.tr("Đã hoàn thành"), "Đang thực hiện": self.tr("Đang thực hiện"),
                "Không hoàn thành": self.tr("Không hoàn thành"), "Chưa thực hiện": self.tr("Chưa thực hiện")}

    def _findings(self) -> QWidget:
        """The plan's rows, then a column per finding column the registry gives a dialog heading."""
        rows, words = self.plan.rows, self._words()
        self.finding_columns = inspection_columns().dialog_columns()
        table = QTableWidget(len(rows), 1 + len(self.finding_columns), self, objectName="findings")
        table.setHorizontalHeaderLabels([self.tr("Dòng kế hoạch")]
                                        + [words.get(c.dialog, c.dialog) for c in self.finding_columns])
        table.verticalHeader().setVisible(False)
        table.setWordWrap(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        for index, row in enumerate(rows):
            code = row.criterion_code or ""
            label = QTableWidgetItem(f"{index + 1}. {code} {row.content or row.tasks}".strip())
            label.setFlags(label.flags() & ~Qt.ItemIsEditable)
            label.setToolTip(row.tasks or row.content)
            table.setItem(index, 0, label)
            finding = self.record.finding_for(row.id) or finding_from_values(row.id, {})
            for place, column in enumerate(self.finding_columns, 1):
                self._put_cell(table, index, place, column, value_of(finding, column), words)
        for place, column in enumerate(self.finding_columns, 1):
            picked = column.choices is not None
            header.setSectionResizeMode(place, QHeaderView.ResizeToContents if picked else QHeaderView.Stretch)
        self.findings = table
        return table

    def _put_cell(self, table: QTableWidget, index: int, place: int, column: InspectionColumn, value,
                  words: dict[str, str]) -> None:
        """A list to pick from for a column with choices, else a cell to type in."""
        if column.choices is None:
            table.setItem(index, place, QTableWidgetItem(str(value or "")))
            return
        combo = QComboBox(table)
        for key, printed in column.choices.items():
            combo.addItem(words.get(printed, printed), key)
        combo.setCurrentIndex(max(0, combo.findData(value)))
        table.setCellWidget(index, place, combo)

    def _conclusions(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.comments = LinesEdit(comments_to_lines(self.record.comments), page)
        self.comments.setObjectName("comments")
        self.comments.setPlaceholderText(self.tr("Mỗi nhận xét một dòng; «Tiêu chuẩn 2: …» là nhận xét về tiêu chuẩn đó"))
        self.recommendations = LinesEdit(self.record.recommendations, page)
        self.recommendations.setObjectName("recommendations")
        self.recommendations.setPlaceholderText(self.tr("Mỗi kiến nghị một dòng"))
        self.conclusion = LinesEdit(self.record.conclusion.splitlines(), page)
        self.conclusion.setObjectName("conclusion")
        form.addRow(self.tr("Nhận xét của đoàn:"), self.comments)
        form.addRow(self.tr("Kiến nghị:"), self.recommendations)
        form.addRow(self.tr("Kết luận:"), self.conclusion)
        return page

    # -- result -------------------------------------------------------------------------
    def set_finding(self, index: int, status: str, comment: str = "") -> None:
        """What a click in the findings tab does (tests and keyboard users alike)."""
        self.set_value(index, "status", status)
        self.set_value(index, "comment", comment)

    def set_value(self, index: int, name: str, value: str) -> None:
        """Row ``index``'s cell of finding column ``name``: its list picks ``value``, or it is typed."""
        place = 1 + [c.name for c in self.finding_columns].index(name)
        combo = self.findings.cellWidget(index, place)
        if combo is not None:
            combo.setCurrentIndex(combo.findData(value))
        else:
            self.findings.setItem(index, place, QTableWidgetItem(value))

    def _finding(self, index: int, row_id: int | None) -> RowFinding:
        """Row ``index``'s finding as shown (the columns the tab does not show keep their value)."""
        finding = self.record.finding_for(row_id) or finding_from_values(row_id, {})
        for place, column in enumerate(self.finding_columns, 1):
            combo = self.findings.cellWidget(index, place)
            if combo is not None:
                value = combo.currentData()
            else:
                item = self.findings.item(index, place)
                value = nfc(item.text()).strip() if item else ""
            finding = with_value(finding, column, value)
        return finding

    def build(self) -> Inspection:
        record = copy.deepcopy(self.record)
        record.number, record.authority = nfc(self.number.text()).strip(), nfc(self.authority.text()).strip()
        record.office, record.basis = nfc(self.office.text()).strip(), nfc(self.basis.text()).strip()
        record.office_line = nfc(self.office_line.text()).strip()
        record.place = nfc(self.place.text()).strip()
        record.started_at, record.ended_at = _py(self.started), _py(self.ended)
        record.team, record.school_side = self.team.records(), self.school_side.records()
        record.findings = [self._finding(index, row.id) for index, row in enumerate(self.plan.rows)]
        record.comments = lines_to_comments(self.comments.lines())
        record.recommendations = self.recommendations.lines()
        record.conclusion = "\n".join(self.conclusion.lines())
        return check_against_plan(record, self.plan)

    def accept(self) -> None:
        try:
            self.result_inspection = self.build()
        except InputError as exc:
            self.problem.setText(exc.message)
            if exc.field in ("team", "school_side"):
                self.tabs.setCurrentIndex(1)
            elif exc.field in ("started_at", "ended_at"):
                self.tabs.setCurrentIndex(0)
            return
        super().accept()
