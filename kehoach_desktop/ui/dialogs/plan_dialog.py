"""The plan header: number, place and date, school year, framework, and the sections around the table.

The 2018 form has I Mục đích, yêu cầu, II Căn cứ, IV Tổ chức thực hiện; the
2026 form adds I Thông tin chung, IV the priority problems, VI monitoring and
VIII reporting. A plan's framework can be changed only while it has no rows:
afterwards it stays on the circular it was written under.
"""
from __future__ import annotations

import copy
from collections.abc import Collection

from PySide6.QtWidgets import (
    QComboBox, QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QTabWidget, QVBoxLayout, QWidget,
)

from kehoach_desktop.domain.administration import document_date, outdated_bodies
from kehoach_desktop.domain.catalog import Framework
from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.parse import format_vn_date, parse_date, parse_school_year
from kehoach_desktop.domain.plan import (
    FORM_TT57, MonitoringMember, MonitoringReview, Plan, PriorityProblem, School, WorkingGroup,
)
from kehoach_desktop.domain.values import nfc
from kehoach_desktop.ui.dialogs.fields import LinesEdit, RecordTable, ok_cancel
from kehoach_desktop.ui.dialogs.school_dialog import fill_framework_combo
from kehoach_desktop.ui.errors import error_text
from kehoach_desktop.ui.screen_fit import fit_to_screen, scrollable


class PlanDialog(QDialog):
    def __init__(self, plan: Plan, catalogs: dict[str, Framework], school_level: str | None,
                 has_rows: bool, parent=None, *, taken_years: Collection[str] = (),
                 school: School | None = None) -> None:
        super().__init__(parent)
        self.plan = copy.deepcopy(plan)
        self.school = school            # its bodies of today: what a warning suggests instead of a district
        self.result_plan: Plan | None = None
        # The other plans' years: one plan per school year, so moving this one onto them is refused here.
        self.taken_years = frozenset(taken_years) - {plan.school_year}
        self.setWindowTitle(self.tr("Thông tin kế hoạch năm học {0}").format(plan.school_year))
        tt57 = catalogs.get(plan.framework_id) is not None and catalogs[plan.framework_id].plan_form == FORM_TT57
        self.tabs = QTabWidget(self)
        self.tabs.addTab(scrollable(self._general(catalogs, school_level, has_rows)), self.tr("Chung"))
        if tt57:
            self.general_info = LinesEdit([plan.general_info] if plan.general_info else [], self)
            self.tabs.addTab(self.general_info, self.tr("I. Thông tin chung"))
        self.purposes = LinesEdit(plan.purposes, self)
        self.tabs.addTab(self.purposes, self.tr("III. Mục đích, yêu cầu") if tt57 else self.tr("I. Mục đích, yêu cầu"))
        self.bases = LinesEdit(plan.bases, self)
        self.tabs.addTab(self.bases, self.tr("II. Căn cứ"))
        if tt57:
            self.problems = RecordTable(PriorityProblem, [
                self.tr("Tiêu chuẩn"), self.tr("Tiêu chí liên quan"), self.tr("Đánh giá hiện trạng"),
                self.tr("Điểm hạn chế"), self.tr("Nguyên nhân")], self.tr("Thêm"), self.tr("Xóa"), parent=self)
            self.problems.set_records(plan.priority_problems)
            self.tabs.addTab(self._problems_page(), self.tr("IV. Vấn đề ưu tiên"))
        self.tabs.addTab(scrollable(self._organization()), self.tr("VII. Tổ chức thực hiện") if tt57 else self.tr("IV. Tổ chức thực hiện"))
        if tt57:
            self.monitoring = RecordTable(MonitoringReview, [
                self.tr("Thời điểm"), self.tr("Nội dung theo dõi"), self.tr("Kết quả"), self.tr("Điều chỉnh"),
                self.tr("Người đánh giá")], self.tr("Thêm"), self.tr("Xóa"), parent=self)
            self.monitoring.set_records(plan.monitoring)
            self.tabs.addTab(self.monitoring, self.tr("VI. Theo dõi"))
            self.reporting = LinesEdit(plan.reporting, self)
            self.tabs.addTab(self.reporting, self.tr("VIII. Đánh giá, báo cáo"))
        self.recipients = LinesEdit(plan.recipients, self)
        self.tabs.addTab(self.recipients, self.tr("Nơi nhận"))
        if tt57:     # the form's order: II before III, VI before VII
            self.tabs.tabBar().moveTab(self.tabs.indexOf(self.bases), self.tabs.indexOf(self.purposes))
            self.tabs.tabBar().moveTab(self.tabs.indexOf(self.monitoring), self.tabs.indexOf(self.monitoring) - 1)
        self.tt57 = tt57
        self.recipients.textChanged.connect(self._show_outdated)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        hint = QLabel(self.tr("Trong các ô nhiều dòng, mỗi dòng là một mục."), self)
        hint.setStyleSheet("color: #505050;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.outdated)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(ok_cancel(self, self.tr("Lưu"), self.tr("Hủy")))
        self._show_outdated()
        fit_to_screen(self, (900, 660))

    def _general(self, catalogs, school_level, has_rows) -> QWidget:
        page = QWidget(self)
        plan = self.plan
        self.number = QLineEdit(plan.number, page)
        self.number.setPlaceholderText("68/KH-THCS")
        self.place = QLineEdit(plan.place, page)
        self.governing_body = QLineEdit(plan.governing_body, page, objectName="governing_body")
        self.governing_body.setToolTip(self.tr("Dòng đầu của tiêu đề, như ngày ban hành kế hoạch: sửa thông tin "
                                               "trường sau này không đổi dòng này của kế hoạch đã lập."))
        self.outdated = QLabel(self, objectName="outdated")
        self.outdated.setWordWrap(True)
        self.outdated.setStyleSheet("color: #8a5300;")
        for edit in (self.place, self.governing_body):
            edit.textChanged.connect(self._show_outdated)
        self.issued = QLineEdit(plan.issued_on.strftime("%d/%m/%Y") if plan.issued_on else "", page)
        self.issued.setPlaceholderText(self.tr("ví dụ: 06/9/2024"))
        self.issued_preview = QLabel(page)
        self.issued.textChanged.connect(self._preview_date)
        self.issued.textChanged.connect(self._show_outdated)
        self.year = QLineEdit(plan.school_year, page)
        self.year.textChanged.connect(self._show_outdated)
        self.title = QLineEdit(plan.title, page)
        self.framework = QComboBox(page)
        fill_framework_combo(self.framework, catalogs, school_level, plan.school_year)
        self.framework.setCurrentIndex(max(0, self.framework.findData(plan.framework_id)))
        if has_rows:
            self.framework.setEnabled(False)
            self.framework.setToolTip(self.tr("Kế hoạch đã có dòng nên giữ khung tiêu chí đã lập."))
        # Read-only: only «Ban hành kế hoạch» makes a plan issued, with the revision that proves it.
        labels = {"draft": self.tr("Dự thảo"), "issued": self.tr("Đã ban hành")}
        self.status = QLabel(labels.get(plan.status, plan.status), page, objectName="status")
        self.status.setToolTip(self.tr("Dùng «Ban hành kế hoạch» để khóa bản ký và in mã xác thực."))
        self.signer_title = QLineEdit(plan.signer_title, page)
        self.signer_name = QLineEdit(plan.signer_name, page)
        form = QFormLayout(page)
        form.addRow(self.tr("Cơ quan chủ quản"), self.governing_body)
        form.addRow(self.tr("Số văn bản"), self.number)
        form.addRow(self.tr("Địa danh"), self.place)
        form.addRow(self.tr("Ngày ban hành"), self.issued)
        form.addRow("", self.issued_preview)
        form.addRow(self.tr("Năm học"), self.year)
        form.addRow(self.tr("Tên kế hoạch"), self.title)
        form.addRow(self.tr("Khung tiêu chí"), self.framework)
        form.addRow(self.tr("Trạng thái"), self.status)
        form.addRow(self.tr("Chức vụ người ký"), self.signer_title)
        form.addRow(self.tr("Người ký"), self.signer_name)
        self._preview_date(self.issued.text())
        return page

    def _problems_page(self) -> QWidget:
        """Section IV's table, and a way to fill it from the self-assessment (ui/assessment_ops.py)."""
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.problems, 1)
        self.propose = QPushButton(self.tr("Đề xuất từ báo cáo tự đánh giá…"), page)
        self.propose.setToolTip(self.tr("Chọn vấn đề ưu tiên từ điểm hạn chế và các tiêu chí chưa đạt mức trong báo "
                                        "cáo tự đánh giá; thêm vào bảng này khi nhấn «Lưu»."))
        self.propose.clicked.connect(lambda: self.propose_problems())
        self.propose.setVisible(getattr(self.parent(), "assessment", None) is not None)
        row = QHBoxLayout()
        row.addWidget(self.propose)
        row.addStretch(1)
        layout.addLayout(row)
        return page

    def propose_problems(self) -> list[PriorityProblem]:
        """The candidates of the report the plan follows; the ticked ones join the table (saved with «Lưu»)."""
        from kehoach_desktop.ui.dialogs.problems_dialog import ProblemsDialog
        ops = getattr(self.parent(), "assessment", None)
        found = ops.problem_candidates(self.plan) if ops is not None else None
        if found is None:
            return []
        candidates, source_year = found
        dialog = ProblemsDialog(candidates, self.problems.records(), source_year, offer_rows=False, parent=self)
        if not ops.run_dialog(dialog) or not dialog.chosen:
            return []
        self.problems.set_records(self.problems.records() + dialog.chosen)
        return dialog.chosen

    def _organization(self) -> QWidget:
        page = QWidget(self)
        org = self.plan.organization
        self.council_chair = QLineEdit(org.council_chair, page)
        self.chair_duties = LinesEdit(org.chair_duties, page)
        self.groups = RecordTable(WorkingGroup, [self.tr("Nhóm"), self.tr("Tiêu chuẩn"), self.tr("Nhiệm vụ"),
                                                 self.tr("Thành viên")], self.tr("Thêm nhóm"), self.tr("Xóa nhóm"),
                                  int_lists=("standards",), parent=page)
        self.groups.set_records(org.working_groups)
        self.team = RecordTable(MonitoringMember, [self.tr("Họ tên"), self.tr("Chức vụ"), self.tr("Giám sát")],
                                self.tr("Thêm người"), self.tr("Xóa người"), parent=page)
        self.team.set_records(org.monitoring_team)
        self.monitoring_duties = LinesEdit(org.monitoring_duties, page)
        self.staff_duties = LinesEdit(org.staff_duties, page)
        for box in (self.chair_duties, self.monitoring_duties, self.staff_duties):
            box.setMaximumHeight(70)
        form = QFormLayout(page)
        form.addRow(self.tr("Chủ tịch Hội đồng tự đánh giá"), self.council_chair)
        form.addRow(self.tr("Nhiệm vụ của Chủ tịch"), self.chair_duties)
        form.addRow(self.tr("Các nhóm công tác"), self.groups)
        form.addRow(self.tr("Tổ giám sát"), self.team)
        form.addRow(self.tr("Nhiệm vụ tổ giám sát"), self.monitoring_duties)
        form.addRow(self.tr("Nhiệm vụ cán bộ, giáo viên"), self.staff_duties)
        return page

    def _show_outdated(self, *_args) -> None:
        """A visible warning, not a refusal: a plan dated from 01/7/2025 still naming a district or a
        Phòng GD&ĐT, with what the school's details of today suggest instead."""
        try:
            issued = parse_date(self.issued.text()) if self.issued.text().strip() else None
        except InputError:
            issued = None
        warnings = outdated_bodies(document_date(issued, self.year.text()), self.governing_body.text(),
                                   self.place.text(), self.recipients.lines(), self.school)
        self.outdated.setText("\n".join("⚠ " + error_text(w) for w in warnings))
        self.outdated.setVisible(bool(warnings))

    def _preview_date(self, text: str) -> None:
        if not text.strip():
            self.issued_preview.setText(self.tr("(chưa có ngày)"))
            return
        try:
            self.issued_preview.setText(format_vn_date(parse_date(text), self.place.text()))
            self.issued.setStyleSheet("")
        except InputError as exc:
            self.issued_preview.setText(error_text(exc))
            self.issued.setStyleSheet("background-color: #f8c4c4;")

    def build_plan(self) -> Plan:
        """The header as typed; InputError for a bad school year or date."""
        plan = copy.deepcopy(self.plan)
        plan.rows = []
        plan.school_year = parse_school_year(self.year.text())
        plan.issued_on = parse_date(self.issued.text()) if self.issued.text().strip() else None
        plan.number = nfc(self.number.text()).strip()
        plan.place = nfc(self.place.text()).strip()
        plan.governing_body = nfc(self.governing_body.text()).strip()
        plan.title = nfc(self.title.text()).strip()
        plan.framework_id = self.framework.currentData()
        plan.signer_title = nfc(self.signer_title.text()).strip()
        plan.signer_name = nfc(self.signer_name.text()).strip()
        plan.purposes, plan.bases, plan.recipients = self.purposes.lines(), self.bases.lines(), self.recipients.lines()
        org = plan.organization
        org.council_chair = nfc(self.council_chair.text()).strip()
        org.chair_duties = self.chair_duties.lines()
        org.working_groups = self.groups.records()
        org.monitoring_team = self.team.records()
        org.monitoring_duties = self.monitoring_duties.lines()
        org.staff_duties = self.staff_duties.lines()
        if self.tt57:
            plan.general_info = "\n".join(self.general_info.lines())
            plan.priority_problems = self.problems.records()
            plan.monitoring = self.monitoring.records()
            plan.reporting = self.reporting.lines()
        return plan

    def accept(self) -> None:
        try:
            plan = self.build_plan()
            if plan.school_year in self.taken_years:
                raise InputError("Trường đã có kế hoạch năm học {school_year}; mỗi năm học chỉ có một kế hoạch. "
                                 "Hãy chọn năm học khác.", field="school_year", school_year=plan.school_year)
        except InputError as exc:
            self.error.setText(error_text(exc))
            self.tabs.setCurrentIndex(0)
            if exc.field == "school_year":
                self.year.setFocus()
            return
        self.result_plan = plan
        super().accept()
