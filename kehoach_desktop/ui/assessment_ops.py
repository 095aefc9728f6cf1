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
from kehoach_desktop.domain.self_assessment import SelfAssessment, unjudged
from kehoach_desktop.store.assessment_start import start_assessment
from kehoach_desktop.store.self_assessment import assessment_years, delete_assessment, load_assessment, save_assessment
from kehoach_desktop.ui.assessment_papers import AssessmentPapers
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


class AssessmentOps(AssessmentPapers, QObject):
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

    def ask(self, title: str, text: str, yes: str) -> bool:
        """A yes/no question whose safe answer (No) is the default: a report is not made or removed by Enter."""
        import html

        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox
        # As rich text the box wraps its lines (plain text made it 1,340 px wide, past a 1024 px screen).
        box = QMessageBox(QMessageBox.Question, title, html.escape(text).replace("\n", "<br>"),
                          QMessageBox.Yes | QMessageBox.No, self.window)
        box.setTextFormat(Qt.RichText)
        box.button(QMessageBox.Yes).setText(yes)
        box.button(QMessageBox.No).setText(_tr("AssessmentOps", "Không"))
        box.setDefaultButton(QMessageBox.No)
        box.setEscapeButton(QMessageBox.No)
        return box.exec() == QMessageBox.Yes

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
    def _existing_report(self, missing: str):
        """(year, its report) of the year on screen, or None after saying ``missing`` (formatted with the year)."""
        found = self._year_and_report()
        if found is None:
            return None
        year, assessment, _framework = found
        if assessment is None:
            self.window.files.warn(missing.format(year))
            return None
        return year, assessment

    def next_year_assessment(self):
        found = self._existing_report(
            _tr("AssessmentOps", "Chưa có báo cáo tự đánh giá năm học {0} để lập báo cáo năm sau."))
        if found is None:
            return None
        year, assessment = found
        win = self.window
        file = self._file()
        plan = next((p for p in win.document.list_plans() if p.school_year == year), None)
        fresh = assessment_for_next_year(assessment, win.document.get_plan(plan.id) if plan is not None else None)
        if fresh.school_year not in file.read(assessment_years):
            framework = self.window.document.framework(assessment.framework_id)
            waiting = len(unjudged(assessment, framework)) if framework is not None else 0
            text = _tr("AssessmentOps", "Lập báo cáo tự đánh giá năm học {0} từ báo cáo năm học {1}? Nội dung và hội đồng "
                                        "được giữ để rà soát, các tiêu chí được đánh giá lại, danh mục minh chứng được "
                                        "chép sang (giữ nguyên mã).").format(fresh.school_year, year)
            if waiting:
                text += "\n\n" + _tr("AssessmentOps", "Lưu ý: báo cáo năm học {0} còn {1} tiêu chí chưa đánh giá xong.") \
                    .format(year, waiting)
            if not self.ask(_tr("AssessmentOps", "Báo cáo tự đánh giá năm sau"), text,
                            _tr("AssessmentOps", "Lập báo cáo năm học {0}").format(fresh.school_year)):
                return None
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

    def delete_assessment(self):
        """Remove the year's report made by mistake (its evidence register stays: other years may cite it)."""
        found = self._existing_report(_tr("AssessmentOps", "Chưa có báo cáo tự đánh giá năm học {0}."))
        if found is None:
            return None
        year, assessment = found
        win = self.window
        if not self.ask(_tr("AssessmentOps", "Xóa báo cáo tự đánh giá"),
                        _tr("AssessmentOps", "Xóa báo cáo tự đánh giá năm học {0} (nội dung {1} tiêu chí và hội đồng)? "
                                             "Danh mục minh chứng của năm học đó được giữ. Bản sao lưu hằng ngày của "
                                             "tệp vẫn còn nếu cần lấy lại.").format(year, len(assessment.criteria)),
                        _tr("AssessmentOps", "Xóa báo cáo năm học {0}").format(year)):
            return None
        try:
            win.document.write(delete_assessment, year)
        except InputError as exc:
            win.files.warn(error_text(exc))
            return None
        self.changed.emit("")
        win.statusBar().showMessage(_tr("AssessmentOps", "Đã xóa báo cáo tự đánh giá năm học {0}.").format(year), 10000)
        return year
