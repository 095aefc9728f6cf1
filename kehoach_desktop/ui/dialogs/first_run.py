"""The first-run wizard of a new, empty school file: the school, then its first plan (also "Kế hoạch mới…")."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWizard, QWizardPage

from kehoach_desktop.domain.catalog import Framework
from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.parse import parse_school_year
from kehoach_desktop.domain.plan import Plan, School
from kehoach_desktop.domain.plan_start import new_plan
from kehoach_desktop.domain.school_year import current_school_year
from kehoach_desktop.ui.dialogs.school_dialog import SchoolForm, fill_framework_combo
from kehoach_desktop.ui.errors import error_text
from kehoach_desktop.ui.screen_fit import fit_to_screen


def free_school_year(proposed: str, taken: frozenset[str]) -> str:
    """``proposed`` ("2026-2027"), or the first later school year the file has no plan for."""
    first = int(proposed[:4])
    while f"{first}-{first + 1}" in taken:
        first += 1
    return f"{first}-{first + 1}"


class _SchoolPage(QWizardPage):
    def __init__(self, school: School | None, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Thông tin trường"))
        if school is None:
            self.setSubTitle(self.tr("Tệp mới chưa có dữ liệu. Hãy nhập thông tin trường; có thể sửa lại sau."))
        else:
            self.setSubTitle(self.tr("Kiểm tra thông tin trường trước khi lập kế hoạch mới."))
        self.form = SchoolForm(school, self)
        layout = QFormLayout(self)
        layout.addRow(self.form)

    def validatePage(self) -> bool:
        try:
            self.form.school()
        except InputError as exc:
            self.form.show_error(exc)
            return False
        return True


class _PlanPage(QWizardPage):
    def __init__(self, catalogs: dict[str, Framework], taken: frozenset[str] = frozenset(), parent=None) -> None:
        super().__init__(parent)
        self.catalogs = catalogs
        self.taken = taken              # school years the file already has a plan for
        self.setTitle(self.tr("Kế hoạch đầu tiên"))
        self.setSubTitle(self.tr("Chọn năm học và khung tiêu chí mà kế hoạch áp dụng."))
        self.year = QLineEdit(free_school_year(current_school_year(), taken), self)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020;")
        self.framework = QComboBox(self)
        layout = QFormLayout(self)
        layout.addRow(self.tr("Năm học"), self.year)
        layout.addRow(self.tr("Khung tiêu chí"), self.framework)
        self.framework_note = QLabel(self, objectName="framework_note")
        self.framework_note.setStyleSheet("color: #505050;")
        layout.addRow("", self.framework_note)
        layout.addRow(self.error)
        self.year.textChanged.connect(self._refill)

    def initializePage(self) -> None:
        self._refill()

    def _refill(self, _text: str = "") -> None:
        """The framework in force when the typed school year starts comes first (and is chosen)."""
        try:
            year = parse_school_year(self.year.text())
        except InputError:
            self.framework_note.setText("")      # no note for a year that is not one (nor the last one's)
            return
        fill_framework_combo(self.framework, self.catalogs, self.wizard().school_page.form.level.currentData(), year)
        fw = self.catalogs.get(self.framework.currentData())
        self.framework_note.setText(self.tr("Kế hoạch năm học {0} theo Thông tư {1}.").format(year, fw.circular) if fw else "")

    def validatePage(self) -> bool:
        try:
            year = parse_school_year(self.year.text())
        except InputError as exc:
            self.error.setText(error_text(exc))
            return False
        if year in self.taken:          # refused here, so what was typed stays on the page
            self.error.setText(self.tr("Trường đã có kế hoạch năm học {0}; mỗi năm học chỉ có một kế hoạch. "
                                       "Hãy chọn năm học khác.").format(year))
            return False
        return True


class FirstRunWizard(QWizard):
    """A new file's set-up; with the school already known, the "Kế hoạch mới…" dialog."""

    def __init__(self, catalogs: dict[str, Framework], school: School | None = None, parent=None,
                 taken_years: frozenset[str] = frozenset()) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Thiết lập tệp trường mới") if school is None else self.tr("Kế hoạch mới"))
        self.school_page = _SchoolPage(school, self)
        self.plan_page = _PlanPage(catalogs, taken_years, self)
        self.addPage(self.school_page)
        self.addPage(self.plan_page)
        self.setButtonText(QWizard.NextButton, self.tr("Tiếp"))
        self.setButtonText(QWizard.BackButton, self.tr("Quay lại"))
        self.setButtonText(QWizard.FinishButton, self.tr("Xong"))
        self.setButtonText(QWizard.CancelButton, self.tr("Hủy"))
        fit_to_screen(self, (880, 520))

    def school(self) -> School:
        return self.school_page.form.school()

    def plan(self) -> Plan:
        """The new plan, its sections started with the form's text and the school's bodies of today."""
        framework = self.plan_page.catalogs[self.plan_page.framework.currentData()]
        return new_plan(self.school(), parse_school_year(self.plan_page.year.text()), framework)
