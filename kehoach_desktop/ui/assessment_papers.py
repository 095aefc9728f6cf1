"""The self-assessment's three papers from the window: Biểu 1, the evidence list, the council papers, and the
report's Word copy, each through the window's preview, worker thread and save dialog (ui.print_ops).

A part of ``AssessmentOps`` (its year, its open file and its messages), kept apart so each file holds one idea.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from kehoach_desktop.domain.council import council_problems, council_rule
from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.ui.errors import error_text

_tr = QCoreApplication.translate   # lupdate: -tr-function-alias translate+=_tr


class AssessmentPapers:
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
