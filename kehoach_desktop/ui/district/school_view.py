"""A school's plan as the district sees it: the rows, the progress dashboard and the self-assessment
(ui.district.assessment_panel: the level the office counted, with why, the council, the approval, the
evidence register's size and each criterion's result), read only.

The school's current data is extracted from the district file into a private
temporary school file (store.district_extract), opened read-only and removed
when the dialog closes; nothing here can change the district file.
"""
from __future__ import annotations

import shutil

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QHBoxLayout, QHeaderView, QLabel, QTableWidget, QTableWidgetItem,
    QTabWidget, QVBoxLayout,
)

from kehoach_desktop.domain.plan import STATUSES
from kehoach_desktop.store import plans
from kehoach_desktop.store.database import open_school_file
from kehoach_desktop.store.leftovers import private_folder
from kehoach_desktop.store.district_assessment import school_assessments
from kehoach_desktop.store.district_extract import extract_school
from kehoach_desktop.store.district_progress import local_time
from kehoach_desktop.store.district_trust import school_keys
from kehoach_desktop.ui.district.assessment_panel import AssessmentPanel
from kehoach_desktop.ui.screen_fit import fit_to_screen

try:  # the dashboard is another issue's widget; the view still shows the rows without it
    from kehoach_desktop.ui.dashboard import DashboardWidget
except (ImportError, SyntaxError):
    DashboardWidget = None


class SchoolView(QDialog):
    def __init__(self, district_db, code: str, name: str, parent=None, school_year: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("{0} — kế hoạch (chỉ xem)").format(name))
        fit_to_screen(self, (1200, 700))
        self._folder = private_folder("xem")    # the program's temp folder, cleaned after a power cut
        self.path = extract_school(district_db, code, self._folder / "truong.db")
        self.db = open_school_file(self.path, read_only=True)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Kế hoạch:")))
        self.plans = QComboBox(objectName="plans")
        for plan in plans.list_plans(self.db):
            self.plans.addItem(self.tr("Năm học {0} ({1})").format(plan.school_year, plan.framework_id), plan.id)
            if plan.school_year == school_year:       # the year the office window is looking at
                self.plans.setCurrentIndex(self.plans.count() - 1)
        top.addWidget(self.plans, 1)
        note = QLabel(self.tr("Dữ liệu từ tệp trường gửi lên; chỉ xem, không sửa."))
        note.setStyleSheet("color: #5f6b7a;")
        top.addWidget(note)
        layout.addLayout(top)
        self.key = QLabel(self._key_text(district_db, code), objectName="key")
        self.key.setStyleSheet("color: #5f6b7a;")
        self.key.setTextInteractionFlags(Qt.TextSelectableByMouse)
        layout.addWidget(self.key)
        self._year = school_year
        self.assessments = {a.school_year: a for a in school_assessments(district_db, code)}
        self.level = QLabel(objectName="level")     # the level in one line; the tab says why
        self.level.setTextInteractionFlags(Qt.TextSelectableByMouse)
        layout.addWidget(self.level)
        self.tabs = QTabWidget()
        self.rows = QTableWidget(0, 7, objectName="rows")
        self.rows.setHorizontalHeaderLabels([
            self.tr("STT"), self.tr("Tiêu chí"), self.tr("Nội dung / công việc"), self.tr("Phụ trách"),
            self.tr("Thời gian"), self.tr("Trạng thái"), self.tr("Tiến độ")])
        self.rows.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.rows.setWordWrap(True)
        self.rows.verticalHeader().hide()
        self.rows.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.rows.horizontalHeader().setSectionResizeMode(2, QHeaderView.Stretch)
        self.tabs.addTab(self.rows, self.tr("Kế hoạch"))
        self.dashboard = DashboardWidget() if DashboardWidget else None
        if self.dashboard:
            self.tabs.addTab(self.dashboard, self.tr("Tiến độ"))
        self.assessment = AssessmentPanel()
        self.tabs.addTab(self.assessment, self.tr("Tự đánh giá"))
        layout.addWidget(self.tabs, 1)
        self.plans.currentIndexChanged.connect(self.show_plan)
        self.show_plan()

    def _key_text(self, district_db, code: str) -> str:
        """The school's signing key as the office holds it: what the officer compares over the phone."""
        keys = school_keys(district_db, code)
        if not keys:
            return self.tr("Tệp của trường chưa có chữ ký (chương trình cũ); khóa sẽ được ghi nhận ở tệp có ký đầu tiên.")
        text = self.tr("Khóa ký tệp của trường: {0} (ghi nhận ngày {1})").format(keys[0].fingerprint,
                                                                               local_time(keys[0].since))
        if len(keys) > 1:
            text += " · " + self.tr("đã đổi khóa {0} lần").format(len(keys) - 1)
        return text

    def show_plan(self, *_args) -> None:
        plan_id = self.plans.currentData()
        rows = plans.list_rows(self.db, plan_id) if plan_id is not None else []
        self.rows.setRowCount(len(rows))
        for number, row in enumerate(rows):
            cells = (str(number + 1), row.criterion_code, row.content or row.tasks, row.lead,
                     row.timeframe.display(), self.tr(STATUSES.get(row.status, row.status)), f"{row.percent}%")
            for column, text in enumerate(cells):
                self.rows.setItem(number, column, QTableWidgetItem(text))
        self.rows.resizeRowsToContents()
        if self.dashboard is not None:
            self.dashboard.set_plan(self.db, plan_id)
        year = next((p.school_year for p in plans.list_plans(self.db) if p.id == plan_id), "")
        self.show_assessment(year)

    def show_assessment(self, plan_year: str = "") -> None:
        """The assessment of the plan's year, else of the year the office window looks at, else the newest."""
        year = next((y for y in (plan_year, self._year) if y in self.assessments), max(self.assessments, default=""))
        shown = self.assessments.get(year)
        self.assessment.show_assessment(shown, _titles(shown.framework_id) if shown else {})
        self.level.setText(self.tr("Tự đánh giá năm học {0}: {1} · hội đồng {2} thành viên · {3} minh chứng").format(
            year, self.assessment.level_text(shown.level), shown.council_members, shown.evidence_items)
            if shown else self.tr("Chưa có báo cáo tự đánh giá trong tệp trường gửi lên."))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.rows.resizeRowsToContents()   # once the text column has its real width

    def done(self, result: int) -> None:
        self.db.close()
        shutil.rmtree(self._folder, ignore_errors=True)
        super().done(result)


def _titles(framework_id: str) -> dict[str, tuple[str, bool]]:
    """Each criterion's title and whether it is mandatory, from the framework this office has installed."""
    from kehoach_desktop.catalogs import load_installed
    found = load_installed(only=framework_id)[0].get(framework_id)
    return {c.code: (c.title, c.mandatory) for c in found.criteria()} if found else {}
