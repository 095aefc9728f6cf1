"""The window's self-assessment actions: council, evidence register, report texts, priority problems,
next year's assessment, and the three papers (Biểu 1, Danh mục minh chứng, council papers).

Which year: the one the «Tự đánh giá» tab has chosen (``year``), else the plan's year when it has a
report, else the newest report in the file, else the plan's year (a first report starts there).

A dialog saves the whole report of its year, so it reads the report again from the file inside the
transaction that writes it and changes only what the dialog shows: the findings and texts the
editor beside the criteria tree wrote meanwhile stay as they are. ``changed`` then tells the tab.
"""
from __future__ import annotations

import copy
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from kehoach_desktop.domain import assessment_texts
from kehoach_desktop.domain.assessment_plan import assessment_for_next_year, proposed_problems
from kehoach_desktop.domain.catalog_loader import frameworks_for_level
from kehoach_desktop.domain.council import council_problems, council_rule
from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.fields import plan_fields, with_value
from kehoach_desktop.domain.plan import FORM_TT57, PlanRow
from kehoach_desktop.domain.row_order import insert_position
from kehoach_desktop.domain.school_year import current_school_year
from kehoach_desktop.domain.self_assessment import SelfAssessment
from kehoach_desktop.store.assessment_start import start_assessment
from kehoach_desktop.store.self_assessment import assessment_years, load_assessment, save_assessment
from kehoach_desktop.ui.errors import error_text
from kehoach_desktop.usecases.school_file import SchoolFile

_tr = QCoreApplication.translate   # lupdate: -tr-function-alias translate+=_tr


def _previous_year(school_year: str) -> str:
    first = int(school_year[:4]) - 1
    return f"{first}-{first + 1}"


def _save_whole(db, year: str, framework_id: str, update) -> SelfAssessment:
    """Read the year's report as the file has it, let ``update`` change its part, write it whole (one transaction)."""
    with db.atomic():
        assessment = load_assessment(db, year) or SelfAssessment(year, framework_id,
                                                                 texts=assessment_texts.default_texts())
        update(assessment)
        return save_assessment(db, assessment)


class AssessmentOps(QObject):
    changed = Signal(str)      # the report or register of this school year was written here

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self._year: tuple[object, str] | None = None    # (the document, the year the «Tự đánh giá» tab chose)

    # -- what is open ---------------------------------------------------------------------
    def _document(self):
        doc = self.window.document
        if doc is None:
            self.window.statusBar().showMessage(_tr("AssessmentOps", "Chưa mở tệp nào."), 8000)
            return None
        page = getattr(self.window, "assessment_page", None)
        if hasattr(page, "save_typed"):   # a statement typed a moment ago beside the tree is in the file first
            page.save_typed()
        return doc

    def _file(self) -> SchoolFile:
        return SchoolFile.of_document(self.window.document)

    def set_year(self, school_year: str | None) -> None:
        """The «Tự đánh giá» tab's year: the actions work on it while this file stays open."""
        self._year = (self.window.document, school_year) if school_year else None

    def current_year(self) -> str | None:
        doc = self.window.document
        if doc is None:
            return None
        if self._year is not None and self._year[0] is doc:
            return self._year[1]
        years = self._file().read(assessment_years)
        session = self.window.session
        plan_year = session.plan.school_year if session is not None and session.plan is not None else None
        if plan_year in years:
            return plan_year
        return years[0] if years else plan_year or current_school_year()

    def framework_for(self, assessment: SelfAssessment | None):
        """The report's framework; for a first report, the 2026 one of the school's type (the only one
        with a Biểu 1, a council rule and a level rule)."""
        doc = self.window.document
        if assessment is not None:
            return doc.framework(assessment.framework_id)
        level = doc.school.level if doc.school is not None else None
        candidates = frameworks_for_level(level, doc.catalogs) if level else list(doc.catalogs.values())
        return next((fw for fw in candidates if council_rule(fw.id) is not None), None)

    def _year_and_report(self):
        """(year, its report or None, its framework), or None with a message."""
        if self._document() is None:
            return None
        year = self.current_year()
        try:
            assessment = self._file().read(load_assessment, year)
            framework = self.framework_for(assessment)
        except InputError as exc:
            self.window.files.warn(error_text(exc))
            return None
        if framework is None:
            self.window.files.warn(_tr("AssessmentOps", "Chưa có khung tiêu chí theo Thông tư 57/2026 cho loại trường "
                                                        "này; chưa lập được báo cáo tự đánh giá."))
            return None
        return year, assessment, framework

    def _save(self, year: str, framework, update) -> SelfAssessment | None:
        try:
            saved = self.window.document.write(_save_whole, year, framework.id, update)
        except InputError as exc:
            self.window.files.warn(error_text(exc))
            return None
        self.changed.emit(year)
        return saved

    def run_dialog(self, dialog) -> bool:
        return bool(dialog.exec())

    # -- the council ----------------------------------------------------------------------
    def edit_council(self):
        from kehoach_desktop.ui.dialogs.council_dialog import CouncilDialog
        found = self._year_and_report()
        if found is None:
            return None
        year, assessment, framework = found
        rule = council_rule(framework.id)
        council = assessment.council if assessment is not None else SelfAssessment(year, framework.id).council
        dialog = CouncilDialog(council, rule, framework, year, self.window)
        if not self.run_dialog(dialog) or dialog.result_council is None:
            return None

        def put(a: SelfAssessment) -> None:
            a.council = dialog.result_council
        saved = self._save(year, framework, put)
        if saved is not None:
            problems = council_problems(saved.council, rule)
            text = _tr("AssessmentOps", "Đã lưu hội đồng tự đánh giá năm học {0} ({1} thành viên).").format(
                year, len(saved.council.members))
            if problems:
                text += " " + _tr("AssessmentOps", "Còn {0} điều cần sửa trước khi in danh sách hội đồng.").format(
                    len(problems))
            self.window.statusBar().showMessage(text, 10000)
        return saved

    # -- the evidence register ------------------------------------------------------------
    def edit_evidence(self):
        from kehoach_desktop.ui.dialogs.evidence_dialog import EvidenceDialog
        found = self._year_and_report()
        if found is None:
            return None
        year, _assessment, framework = found
        try:
            dialog = EvidenceDialog(self.window.document, year, framework, self.window)   # reads the register
        except InputError as exc:
            self.window.files.warn(error_text(exc))
            return None
        dialog.written.connect(lambda: self.changed.emit(year))
        self.run_dialog(dialog)
        return dialog

    # -- the report's other texts ---------------------------------------------------------
    def edit_report_texts(self):
        from kehoach_desktop.ui.dialogs.report_texts_dialog import ReportTextsDialog, report_due
        found = self._year_and_report()
        if found is None:
            return None
        year, assessment, framework = found
        shown = assessment or SelfAssessment(year, framework.id, texts=assessment_texts.default_texts())
        dialog = ReportTextsDialog(shown, report_due(framework.id, year), self.window)
        if not self.run_dialog(dialog) or dialog.result_texts is None:
            return None
        rows = {r.key for r in assessment_texts.data_rows()}

        def put(a: SelfAssessment) -> None:
            a.texts.update(dialog.result_texts)
            a.data = {**{k: v for k, v in a.data.items() if k not in rows}, **dialog.result_data}
            a.approved_on = dialog.result_approved
        saved = self._save(year, framework, put)
        if saved is not None:
            self.window.statusBar().showMessage(
                _tr("AssessmentOps", "Đã lưu các nội dung khác của báo cáo tự đánh giá năm học {0}.").format(year), 8000)
        return saved

    # -- from the report to the plan ------------------------------------------------------
    def problem_candidates(self, plan):
        """(candidates for ``plan``'s section IV, the report's year), or None with a message. The report
        is last year's (the plan follows it), or the plan's own year's when that is the one there is."""
        win = self.window
        if self._document() is None or plan is None:
            return None
        fw = win.document.catalogs.get(plan.framework_id)
        if fw is None or fw.plan_form != FORM_TT57:
            win.files.warn(_tr("AssessmentOps", "Kế hoạch năm học {0} theo mẫu cũ, không có mục IV «Vấn đề ưu tiên»; "
                                                "chỉ kế hoạch theo Biểu 2 (Thông tư 57/2026) mới có.")
                           .format(plan.school_year))
            return None
        file = self._file()
        for year in (_previous_year(plan.school_year), plan.school_year):
            assessment = file.read(load_assessment, year)
            if assessment is not None:
                return proposed_problems(assessment, win.document.framework(assessment.framework_id)), year
        win.files.warn(_tr("AssessmentOps", "Chưa có báo cáo tự đánh giá năm học {0} hoặc {1} để đề xuất vấn đề ưu "
                                            "tiên.").format(_previous_year(plan.school_year), plan.school_year))
        return None

    def propose_problems(self):
        """Ticked candidates appended to section IV (one undoable step), and if asked one plan row each,
        citing its problem's number (one more undoable step)."""
        from kehoach_desktop.ui.commands import AddRowCommand, EditHeaderCommand
        from kehoach_desktop.ui.dialogs.problems_dialog import ProblemsDialog, first_criterion
        win = self.window
        session = win.session
        plan = session.plan if session is not None else None
        found = self.problem_candidates(plan)
        if found is None:
            return None
        candidates, source = found
        dialog = ProblemsDialog(candidates, plan.priority_problems, source, True, win)
        if not self.run_dialog(dialog) or not dialog.chosen:
            return None
        updated = copy.deepcopy(plan)
        first_number = len(updated.priority_problems) + 1
        updated.priority_problems = list(updated.priority_problems) + dialog.chosen
        before = win.undo.index()
        win.undo.push(EditHeaderCommand(session, plan, updated))
        added = []
        if win.undo.index() != before + 1:       # the command went obsolete: not written, the window said why
            return None
        if dialog.make_rows.isChecked():
            problem_field = plan_fields()["problem"]
            win.undo.beginMacro(_tr("AssessmentOps", "Dòng kế hoạch cho {0} vấn đề ưu tiên").format(len(dialog.chosen)))
            for number, problem in enumerate(dialog.chosen, first_number):
                code = first_criterion(problem)
                row = with_value(PlanRow(criterion_code=code, content=problem.weakness), problem_field, str(number))
                rows = session.model.rows
                command = AddRowCommand(session, session.plan.id, row,
                                        insert_position(rows, code) if code else len(rows),
                                        _tr("AssessmentOps", "Dòng cho vấn đề ưu tiên {0}").format(number))
                win.undo.push(command)
                try:
                    added.append(command.row_id)
                except RuntimeError:      # not written (the file is gone): Qt has dropped the command
                    break
            win.undo.endMacro()
            if added and win.row_ops is not None:
                win.row_ops.select_row(added[0])
        win.statusBar().showMessage(_tr("AssessmentOps", "Đã thêm {0} vấn đề ưu tiên vào mục IV ({1} dòng kế hoạch mới; "
                                                         "Ctrl+Z để hoàn tác).").format(len(dialog.chosen), len(added)),
                                    10000)
        return dialog.chosen

    # -- next year ------------------------------------------------------------------------
    def next_year_assessment(self):
        found = self._year_and_report()
        if found is None:
            return None
        year, assessment, _framework = found
        win = self.window
        if assessment is None:
            win.files.warn(_tr("AssessmentOps", "Chưa có báo cáo tự đánh giá năm học {0} để lập báo cáo năm sau.")
                           .format(year))
            return None
        file = self._file()
        plan = next((p for p in win.document.list_plans() if p.school_year == year), None)
        fresh = assessment_for_next_year(assessment, win.document.get_plan(plan.id) if plan is not None else None)
        try:
            copied = None if fresh.school_year in file.read(assessment_years) else \
                win.document.write(start_assessment, fresh, year)
        except InputError as exc:
            win.files.warn(error_text(exc))
            return None
        if copied is None:
            win.files.warn(_tr("AssessmentOps", "Đã có báo cáo tự đánh giá năm học {0}; không lập lại để khỏi ghi đè.")
                           .format(fresh.school_year))
            return None
        self.set_year(fresh.school_year)
        self.changed.emit(fresh.school_year)
        win.statusBar().showMessage(_tr("AssessmentOps", "Đã lập báo cáo tự đánh giá năm học {0} từ năm học {1} và chép "
                                                         "{2} minh chứng (giữ nguyên mã).")
                                    .format(fresh.school_year, year, copied), 10000)
        return fresh

    # -- the papers -----------------------------------------------------------------------
    def _context(self):
        """(the open file, the year's AssessmentContext), or None with a message."""
        from kehoach_desktop.usecases.assessment_context import assessment_context
        if self._document() is None:
            return None
        if self.window.document.school is None:
            self.window.files.warn(_tr("AssessmentOps", "Tệp chưa có thông tin trường; hãy nhập thông tin trường "
                                                        "trước khi in."))
            return None
        file = self._file()
        try:
            return file, assessment_context(file, self.current_year())
        except InputError as exc:
            self.window.files.warn(error_text(exc))
            return None

    def _paper(self, stem: str, make, title: str, ready=None) -> Path | None:
        """The year's paper ``make(file, context)`` built and previewed as the plan's are (ui/print_ops.py);
        ``ready(context)`` may refuse first, saying why."""
        found = self._context()
        if found is None or (ready is not None and not ready(found[1])):
            return None
        year = found[1].assessment.school_year
        return self.window.printing._build_and_show(f"{stem}-{year}", lambda: make(*found),
                                                    lambda _document: title.format(year))

    def print_assessment(self) -> Path | None:
        from kehoach_desktop.usecases.assessment_documents import assessment_print
        return self._paper("bao-cao-tu-danh-gia", assessment_print,
                           _tr("AssessmentOps", "Báo cáo tự đánh giá năm học {0}"))

    def print_evidence(self) -> Path | None:
        from kehoach_desktop.usecases.assessment_documents import evidence_print
        return self._paper("danh-muc-minh-chung", evidence_print, _tr("AssessmentOps", "Danh mục minh chứng năm học {0}"))

    def print_council(self) -> Path | None:
        from kehoach_desktop.usecases.assessment_documents import council_print
        return self._paper("hoi-dong-tu-danh-gia", council_print, _tr("AssessmentOps", "Hội đồng tự đánh giá năm học {0}"),
                           ready=self._council_ready)

    def _council_ready(self, context) -> bool:
        """A council that cannot sign its report is not printed: what to fix is said instead."""
        rule = council_rule(context.framework.id)
        problems = council_problems(context.assessment.council, rule) if rule is not None else []
        if problems:
            self.window.files.warn(_tr("AssessmentOps", "Chưa in được danh sách hội đồng tự đánh giá năm học {0}:")
                                   .format(context.assessment.school_year) + "\n"
                                   + "\n".join("• " + error_text(p) for p in problems) + "\n"
                                   + _tr("AssessmentOps", "Hãy sửa trong «Tự đánh giá ▸ Hội đồng tự đánh giá…»."))
        return not problems

    def assessment_to_word(self, target: str | Path | None = None) -> Path | None:
        found = self._context()
        if found is None:
            return None
        year = found[1].assessment.school_year
        exchange = self.window.exchange
        target = Path(target) if target else exchange.ask_target(
            _tr("AssessmentOps", "Xuất báo cáo tự đánh giá ra Word"), f"bao-cao-tu-danh-gia-{year}.docx",
            _tr("AssessmentOps", "Tệp Word (*.docx)"), ".docx")
        if target is None:
            return None
        from kehoach_desktop.usecases.assessment_word import assessment_word
        try:
            document = assessment_word(*found)
        except InputError as exc:
            self.window.files.warn(error_text(exc))
            return None
        return exchange.save(document, target, _tr("AssessmentOps", "Xuất tệp Word"),
                             _tr("AssessmentOps", "Đã xuất báo cáo tự đánh giá ra tệp Word {0}"))
