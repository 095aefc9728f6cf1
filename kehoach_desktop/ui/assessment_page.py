"""The «Tự đánh giá» tab: the year's report, the school's level, and the editor of what the tree selects.

At the top the year (a new year's report is made from the same list), then the level banner, then
the editor of the criterion or standard clicked in the tree. Nothing typed is lost: a statement is
written when its box is left, when another criterion is chosen, when the tab or the year changes,
when the file or the window closes, and 1.5 s after typing stops; each write is one level of one
criterion against what the file holds (``store.self_assessment.save_finding``), so another window's
judgements are not overwritten by what this one remembers. When another writer changed the file the
page follows it, except the statement being typed.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget,
)

from kehoach_desktop.domain.catalog import Framework
from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.evidence_register import EvidenceItem
from kehoach_desktop.domain.school_year import current_school_year
from kehoach_desktop.domain.self_assessment import SelfAssessment
from kehoach_desktop.store.evidence_items import list_items
from kehoach_desktop.store.guard import WriteFailed
from kehoach_desktop.store.self_assessment import (
    assessment_years, load_assessment, save_finding, save_review,
)
from kehoach_desktop.ui.assessment_editor import CriterionEditor, StandardEditor
from kehoach_desktop.ui.assessment_editor_new import (
    BLANK, FROM_LAST_YEAR, ask_start, framework_for_new, new_assessment, previous_school_year,
)
from kehoach_desktop.ui.assessment_editor_picker import EvidencePicker
from kehoach_desktop.ui.errors import error_text
from kehoach_desktop.ui.level_banner import LevelBanner
from kehoach_desktop.ui.screen_fit import scrollable
from kehoach_desktop.usecases.school_file import SchoolFile

IDLE_MS = 1500          # typing stopped this long: the statement is written
NEW = "+"               # the year list's «Tạo báo cáo …» item carries "+2026-2027"


class AssessmentPage(QWidget):
    findingChanged = Signal(str)       # a criterion's findings changed (the tree redraws that criterion)
    assessmentLoaded = Signal()        # another year, or the file's report reloaded: the tree redraws all

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.document = None
        self.loaded = False                        # read lazily, when the tab is first shown
        self.year: str | None = None
        self._years: list[str] = []
        self.assessment: SelfAssessment | None = None
        self.framework: Framework | None = None
        self.items: list[EvidenceItem] = []
        self.showing: tuple[str, object] | None = None      # ("criterion", "1.1") or ("standard", 1)
        self.picker: EvidencePicker | None = None
        self.year_box = QComboBox(self)
        self.year_box.setSizeAdjustPolicy(QComboBox.AdjustToContents)   # «Tạo báo cáo … năm học 2026-2027…» whole
        self.year_box.activated.connect(self._year_chosen)
        self.banner = LevelBanner(self)
        self.criterion_editor = CriterionEditor()
        self.standard_editor = StandardEditor()
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        self.create_button = QPushButton(self)
        self.create_button.clicked.connect(lambda: self.create_year(self._missing_year() or ""))
        hint_page = QWidget()
        hint_column = QVBoxLayout(hint_page)
        hint_column.addWidget(self.hint)
        hint_column.addWidget(self.create_button, 0, Qt.AlignLeft)
        hint_column.addStretch(1)
        self.stack = QStackedWidget(self)
        self.hint_page = hint_page
        self.stack.addWidget(hint_page)
        self.criterion_page = scrollable(self.criterion_editor)
        self.standard_page = scrollable(self.standard_editor)
        self.stack.addWidget(self.criterion_page)
        self.stack.addWidget(self.standard_page)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Báo cáo tự đánh giá:"), self))
        top.addWidget(self.year_box)
        top.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(4, 4, 4, 0)
        column.addLayout(top)
        column.addWidget(self.banner)
        column.addWidget(self.stack, 1)
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(IDLE_MS)
        self.idle.timeout.connect(self.save_typed)
        for editor in (self.criterion_editor, self.standard_editor):
            editor.edited.connect(self.idle.start)
            editor.left.connect(self.save_typed)
        self.criterion_editor.judged.connect(self.judge)
        self.criterion_editor.pickRequested.connect(self.pick)
        self.banner.hide()

    # -- the open file --------------------------------------------------------------------
    def set_document(self, document) -> None:
        """A file opened (or closed: None). What was typed for the last one is saved by the window first."""
        self.idle.stop()
        self.document = document
        self.loaded = False
        self.year, self.assessment, self.framework, self.items, self.showing = None, None, None, [], None
        self.stack.setCurrentWidget(self.hint_page)
        self.year_box.clear()
        self.banner.show_assessment(None, None)
        self.criterion_editor.code = ""
        if document is not None and self.isVisible():
            self.reload()

    def ensure_loaded(self) -> None:
        if self.document is not None and not self.loaded:
            self.reload()

    @property
    def read_only(self) -> bool:
        return self.document is None or self.document.read_only

    def _file(self) -> SchoolFile:
        return SchoolFile.of_document(self.document)

    def _plan_year(self) -> str:
        session = self.window.session
        return session.plan.school_year if session is not None and session.plan is not None else current_school_year()

    def _missing_year(self) -> str | None:
        """The current plan's school year when the file has no report of it (the year list offers to make one)."""
        if self.document is None or self.read_only:
            return None
        year = self._plan_year()
        return None if year in self._years else year

    def reload(self, year: str | None = None) -> None:
        """Read the report of ``year`` (default: the one on screen, the plan's year, the newest) afresh."""
        if self.document is None:
            return
        self.loaded = True
        try:
            self._years = self._file().read(assessment_years)
            wanted = year or self.year
            if wanted not in self._years:
                wanted = self._plan_year() if self._plan_year() in self._years else (self._years or [None])[0]
            self.year = wanted
            self.assessment = self._file().read(load_assessment, wanted) if wanted else None
            self.framework = self.document.framework(self.assessment.framework_id) if self.assessment else None
            self.items = self._file().read(list_items, wanted) if wanted else []
        except InputError as exc:         # the file vanished or its catalog is missing: say so, show nothing
            self._years = []
            self.year, self.assessment, self.framework, self.items = None, None, None, []
            self.window.statusBar().showMessage(error_text(exc), 15000)
        self._fill_years()
        self.window.assessment.set_year(self.year)     # the menu's council, register and papers follow this year
        self.banner.show_assessment(self.assessment, self.framework)
        self.criterion_editor.set_framework(self.framework)
        self.assessmentLoaded.emit()
        shown, self.showing = self.showing, None
        if shown is not None and self.assessment is not None:
            kind, key = shown
            if kind == "criterion" and self.framework.criterion(str(key)) is not None:
                self.show_criterion(str(key))
                return
            if kind == "standard" and self.framework.standard(int(key)) is not None:
                self.show_standard(int(key))
                return
        self._show_hint()

    def plan_changed(self) -> None:
        """Another plan on screen: its school year decides which new report the year list offers."""
        if self.document is not None and self.loaded:
            self._fill_years()
            if self.stack.currentWidget() is self.hint_page:
                self._show_hint()

    def _fill_years(self) -> None:
        box = self.year_box
        box.blockSignals(True)
        box.clear()
        for year in self._years:
            box.addItem(self.tr("Năm học {0}").format(year), year)
        missing = self._missing_year() if self.loaded else None
        if missing:
            box.addItem(self.tr("Tạo báo cáo tự đánh giá năm học {0}…").format(missing), NEW + missing)
        box.setCurrentIndex(max(0, box.findData(self.year)) if self.year else 0)
        box.setEnabled(box.count() > 0)
        box.blockSignals(False)

    def _show_hint(self) -> None:
        missing = self._missing_year()
        if self.assessment is None:
            self.hint.setText(self.tr(
                "Tệp chưa có báo cáo tự đánh giá năm học {0}.\n\nBáo cáo tự đánh giá (Biểu 1, Thông tư 57/2026): "
                "hội đồng viết hiện trạng của từng tiêu chí theo yêu cầu Mức 1, Mức 2, kèm mã minh chứng, và đánh "
                "giá Đạt hay Không đạt; chương trình tính mức đạt của nhà trường theo khoản 3 Điều 5.")
                .format(self._plan_year()) if self.document is not None else "")
        else:
            self.hint.setText(self.tr("Chọn một tiêu chí ở cây bên trái để viết hiện trạng và đánh giá từng mức; "
                                      "chọn một tiêu chuẩn để viết đánh giá chung của tiêu chuẩn."))
        self.create_button.setText(self.tr("Tạo báo cáo tự đánh giá năm học {0}…").format(missing or ""))
        self.create_button.setVisible(bool(missing) and self.assessment is None)
        self.stack.setCurrentWidget(self.hint_page)

    def _year_chosen(self, index: int) -> None:
        data = self.year_box.itemData(index) or ""
        if data.startswith(NEW):
            self.create_year(data[len(NEW):])
        elif data != self.year:
            self.save_typed()
            self.reload(data)

    def create_year(self, school_year: str) -> bool:
        """«Tạo báo cáo tự đánh giá năm học …»: blank, or (asked) from last year's report."""
        if not school_year or self.document is None:
            return False
        self.save_typed()
        start = BLANK
        previous = previous_school_year(school_year)
        if previous in self._years:
            start = self.ask_start(previous, school_year)
        framework = framework_for_new(self.document, school_year)
        if start is None or framework is None:
            self._fill_years()               # the list shows the year on screen again
            return False
        try:
            new_assessment(self.document, school_year, start, framework)   # None: another window made it just now
        except InputError as exc:
            self.window.show_write_problem(error_text(exc))
            self._fill_years()
            return False
        self.reload(school_year)
        self.window.statusBar().showMessage(
            self.tr("Đã tạo báo cáo tự đánh giá năm học {0}{1}.").format(
                school_year, self.tr(" từ báo cáo năm học {0}").format(previous) if start == FROM_LAST_YEAR else ""),
            8000)
        return True

    def ask_start(self, previous: str, school_year: str) -> str | None:
        return ask_start(self, previous, school_year)

    # -- what the tree selects ---------------------------------------------------------------
    def show_criterion(self, code: str) -> None:
        self.ensure_loaded()
        if self.assessment is None or self.framework is None or self.framework.criterion(code) is None:
            return
        if self.showing == ("criterion", code):
            self.stack.setCurrentWidget(self.criterion_page)
            return
        self.save_typed()
        self._read_register()
        self.criterion_editor.show_criterion(code, self.assessment.criterion(code), self.framework.evidence_template,
                                             self._register(), read_only=self.read_only)
        self.showing = ("criterion", code)
        self.stack.setCurrentWidget(self.criterion_page)
        self.criterion_page.verticalScrollBar().setValue(0)

    def show_standard(self, no: int) -> None:
        self.ensure_loaded()
        standard = self.framework.standard(no) if self.framework is not None else None
        if self.assessment is None or standard is None:
            return
        if self.showing != ("standard", no):
            self.save_typed()
            self.standard_editor.show_standard(no, standard.title, self.assessment.standard(no),
                                               read_only=self.read_only)
            self.showing = ("standard", no)
            self.standard_page.verticalScrollBar().setValue(0)
        self.stack.setCurrentWidget(self.standard_page)

    def _read_register(self) -> None:
        """The register again (the evidence dialog writes it through this window's connection)."""
        try:
            self.items = self._file().read(list_items, self.year) if self.year else []
        except InputError:
            pass          # the file vanished: the last register read stays, the next write says so

    def _register(self) -> dict[str, str]:
        return {item.code: item.name for item in self.items}

    # -- writing ---------------------------------------------------------------------------------
    def save_typed(self) -> bool:
        """Write every statement typed since the last write; False when one could not be written."""
        self.idle.stop()
        if self.assessment is None or self.read_only or self.showing is None:
            return True
        kind, key = self.showing
        ok = True
        if kind == "criterion":
            for level in self.criterion_editor.dirty_levels():
                box = self.criterion_editor.boxes[level]
                ok = self._write_finding(str(key), level, box.text(), "keep") is not None and ok
        else:
            typed = self.standard_editor.typed()
            if typed:
                try:
                    self.assessment = self.document.write(save_review, self.year, int(key), typed)
                    self.standard_editor.dirty.clear()
                except InputError as exc:
                    self.window.show_write_problem(error_text(exc))
                    ok = False
        return ok

    def judge(self, level: int, met) -> None:
        """A radio button clicked: the judgement, with the statement as it is typed."""
        code = self.criterion_editor.code
        box = self.criterion_editor.boxes[level]
        box.show_problem("")
        if self._write_finding(code, level, box.text() if box.dirty else None, met) is None:
            if box.dirty and not self.read_only:      # refused: her text is written all the same
                self._write_finding(code, level, box.text(), "keep")
            try:
                fresh = self._file().read(load_assessment, self.year)
            except InputError:
                fresh = None
            result = fresh.criterion(code) if fresh is not None else self.assessment.criterion(code)
            self.criterion_editor.show_result(result, keep_typing=True, read_only=self.read_only)

    def _write_finding(self, code: str, level: int, text: str | None, met):
        box = self.criterion_editor.boxes.get(level)
        before = self.assessment.criterion(code)
        try:
            updated = self.document.write(save_finding, self.year, code, level, text, met, self.framework)
        except WriteFailed as exc:        # the file is gone: the text stays on screen, still to be written
            self.window.show_write_problem(error_text(exc))
            return None
        except InputError as exc:         # refused (Mức 2 before Mức 1 as the file has it): said under the box
            if box is not None:
                box.show_problem(error_text(exc))
            self.window.statusBar().showMessage(error_text(exc), 8000)
            return None
        self.assessment.criteria[code] = updated
        if box is not None and text is not None and box.text() == text:
            box.dirty = False
        if code == self.criterion_editor.code:
            self.criterion_editor.show_result(updated, read_only=self.read_only)
        if updated != before:
            self.banner.show_assessment(self.assessment, self.framework)
            self.findingChanged.emit(code)
        return updated

    def pick(self, level: int) -> None:
        """«Chèn mã minh chứng…»: the register, the criterion's items first; the codes go in at the cursor."""
        self._read_register()
        box = self.criterion_editor.boxes[level]
        self.picker = EvidencePicker(self.items, self.criterion_editor.code, self.year or "", self)
        self.picker.accepted.connect(lambda picker=self.picker: box.insert_codes(picker.codes()))
        self.picker.open()

    # -- another writer --------------------------------------------------------------------------
    def written_here(self, school_year: str) -> None:
        """The window's dialogs wrote the report or register of ``school_year`` (council, evidence, next year's)."""
        if self.document is None or not self.loaded:
            return
        self.save_typed()
        self.reload(school_year or self.year)

    def file_changed(self) -> None:
        """Another window or the command line wrote the file: show what it holds, except what is being typed."""
        if self.document is None or not self.loaded:
            return
        try:
            years = self._file().read(assessment_years)
            fresh = self._file().read(load_assessment, self.year) if self.year else None
        except InputError:
            return
        if years != self._years or fresh is None or self.assessment is None \
                or fresh.framework_id != self.assessment.framework_id:
            # A report made or deleted elsewhere: what is typed goes in first (the same criterion comes back
            # with it, the cursor where it was), then the page is read again.
            self.save_typed()
            self.reload()
            return
        old, self.assessment = self.assessment, fresh
        self._read_register()
        if self.showing is not None:
            kind, key = self.showing
            if kind == "criterion":
                for box in self.criterion_editor.boxes.values():
                    box.set_register(self.framework.evidence_template, self._register())
                self.criterion_editor.show_result(fresh.criterion(str(key)), keep_typing=True,
                                                  read_only=self.read_only)
            else:
                standard = self.framework.standard(int(key))
                self.standard_editor.show_standard(int(key), standard.title, fresh.standard(int(key)),
                                                   keep_typing=True, read_only=self.read_only)
        self.banner.show_assessment(fresh, self.framework)
        for code in sorted(set(old.criteria) | set(fresh.criteria)):
            if old.criterion(code) != fresh.criterion(code):
                self.findingChanged.emit(code)
