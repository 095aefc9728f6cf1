"""The school's self-assessment in the office's read-only view of it: the level with why, the council, the day
the report was approved, the evidence register's size, and each criterion's result.

Read from the office file's summary of the import (store.district_assessment): the level the office counted from
the school's findings by the rule, never one the file claims. A school whose file has no self-assessment (an older
program, or none made yet) is told so in one line.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from kehoach_desktop.store.district_assessment import SchoolAssessment


def _day(iso: str | None) -> str:
    try:
        return date.fromisoformat(iso).strftime("%d/%m/%Y") if iso else ""
    except (TypeError, ValueError):
        return ""


class AssessmentPanel(QWidget):
    """One school year's assessment (``show``); the view picks the year."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.heading = QLabel(objectName="assessment_level", wordWrap=True)
        self.heading.setStyleSheet("font-weight: bold;")
        self.heading.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.details = QLabel(objectName="assessment_details", wordWrap=True)
        self.details.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.criteria = QTableWidget(0, 3, objectName="assessment_criteria")
        self.criteria.setHorizontalHeaderLabels([self.tr("Tiêu chí"), self.tr("Nội dung"), self.tr("Kết quả")])
        self.criteria.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.criteria.verticalHeader().hide()
        header = self.criteria.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.Stretch)
        layout.addWidget(self.heading)
        layout.addWidget(self.details)
        layout.addWidget(self.criteria, 1)

    def level_text(self, level: int | None) -> str:
        if level is None:
            return self.tr("chưa xếp mức")
        return self.tr("Mức {0}").format(level) if level else self.tr("Chưa đạt Mức 1")

    def show_assessment(self, assessment: SchoolAssessment | None, titles: dict[str, tuple[str, bool]]) -> None:
        """``titles``: criterion code → (its title, mandatory) from the installed framework ({} when absent)."""
        if assessment is None:
            self.heading.setText(self.tr("Trường chưa gửi báo cáo tự đánh giá của năm học này."))
            self.details.setText(self.tr("Tệp trường gửi lên không có phần tự đánh giá (chưa làm, hoặc lập bằng "
                                         "phiên bản cũ của chương trình)."))
            self.criteria.setRowCount(0)
            self.criteria.hide()
            return
        a = assessment
        self.heading.setText(self.tr("Tự đánh giá năm học {0}: {1}").format(a.school_year, self.level_text(a.level)))
        council = self.tr("Hội đồng tự đánh giá: {0} thành viên").format(a.council_members)
        if a.council_decision or a.council_date:
            council += " " + self.tr("(Quyết định số {0} ngày {1})").format(a.council_decision or "…",
                                                                           _day(a.council_date) or "…")
        approved = (self.tr("Phê duyệt báo cáo ngày {0}").format(_day(a.approved_on)) if _day(a.approved_on)
                    else self.tr("Báo cáo chưa ghi ngày phê duyệt"))
        lines = [*a.why, " · ".join([council, approved, self.tr("{0} minh chứng").format(a.evidence_items)])]
        if a.unjudged:
            lines.append(self.tr("{0} tiêu chí hội đồng chưa đánh giá (tính là chưa đạt).").format(a.unjudged))
        self.details.setText("\n".join(lines))
        self.criteria.show()
        self.criteria.setRowCount(len(a.reached))
        for number, (code, level) in enumerate(a.reached.items()):
            title, mandatory = titles.get(code, ("", False))
            if mandatory:
                title = self.tr("{0} (bắt buộc)").format(title)
            for column, text in enumerate((code, title, self.level_text(level))):
                item = QTableWidgetItem(text)
                if column != 1:
                    item.setTextAlignment(Qt.AlignCenter)
                self.criteria.setItem(number, column, item)
