"""A new year's self-assessment from the «Tự đánh giá» tab: blank, or started from last year's.

A blank report takes the framework of the school's newest Thông tư 57 plan (or, without one, the
Thông tư 57 catalog of its school type) and the form's pre-printed texts. Started from last year's,
it keeps the texts and findings to be judged again, the council without its decision, drafts «Kết
quả rà soát việc thực hiện kế hoạch cải tiến năm học trước» from last year's plan
(``domain.assessment_plan.assessment_for_next_year``) and carries the evidence register with its
codes, so the statements' citations stay valid.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from kehoach_desktop.domain.assessment_plan import assessment_for_next_year
from kehoach_desktop.domain.assessment_texts import default_texts
from kehoach_desktop.domain.catalog import Framework, frameworks_for_level
from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.level_rule import rule_for
from kehoach_desktop.domain.self_assessment import SelfAssessment
from kehoach_desktop.store.assessment_start import start_assessment
from kehoach_desktop.store.self_assessment import load_assessment
from kehoach_desktop.usecases.school_file import SchoolFile

_tr = QCoreApplication.translate   # lupdate: -tr-function-alias translate+=_tr

FROM_LAST_YEAR, BLANK = "last-year", "blank"


def previous_school_year(school_year: str) -> str:
    first = int(school_year[:4])
    return f"{first - 1}-{first}"


def framework_for_new(document, school_year: str) -> Framework | None:
    """The framework a new report of ``school_year`` follows: the newest TT57 plan's, else the school type's."""
    for plan in sorted(document.list_plans(), key=lambda p: p.school_year, reverse=True):
        if rule_for(plan.framework_id) is not None and plan.framework_id in document.catalogs:
            return document.catalogs[plan.framework_id]
    if document.school is not None:
        try:
            for fw in frameworks_for_level(document.school.level, document.catalogs, school_year):
                if rule_for(fw.id) is not None:
                    return fw
        except InputError:        # a school type the catalogs do not know: the primary-school catalog below
            pass
    return document.catalogs.get("tt57-pt")


def ask_start(parent, previous: str, school_year: str) -> str | None:
    """FROM_LAST_YEAR, BLANK or None (cancelled)."""
    box = QMessageBox(QMessageBox.Question, _tr("AssessmentPage", "Tạo báo cáo tự đánh giá"),
                      _tr("AssessmentPage", "Tệp đã có báo cáo tự đánh giá năm học {0}. Bắt đầu báo cáo năm học {1} "
                          "từ báo cáo đó? Nội dung, minh chứng và hội đồng được giữ để rà soát; các tiêu chí được "
                          "đánh giá lại; phần «Kết quả rà soát việc thực hiện kế hoạch cải tiến năm học trước» được "
                          "soạn sẵn từ kế hoạch năm học {0}.").format(previous, school_year),
                      QMessageBox.NoButton, parent)
    last = box.addButton(_tr("AssessmentPage", "Bắt đầu từ năm học {0}").format(previous), QMessageBox.AcceptRole)
    blank = box.addButton(_tr("AssessmentPage", "Báo cáo trống"), QMessageBox.ActionRole)
    box.addButton(_tr("AssessmentPage", "Hủy"), QMessageBox.RejectRole)
    box.setDefaultButton(last)
    box.exec()
    return {id(last): FROM_LAST_YEAR, id(blank): BLANK}.get(id(box.clickedButton()))


def new_assessment(document, school_year: str, start: str, framework: Framework) -> SelfAssessment | None:
    """Write the new report of ``school_year``; the saved assessment (None: the year had one already)."""
    previous = previous_school_year(school_year)
    if start == FROM_LAST_YEAR:
        last = SchoolFile.of_document(document).read(load_assessment, previous)
        plan = next((document.get_plan(p.id) for p in document.list_plans() if p.school_year == previous), None)
        fresh = assessment_for_next_year(last, plan)
        fresh.school_year = school_year
    else:
        fresh = SelfAssessment(school_year, framework.id, texts=default_texts())
    copied = document.write(start_assessment, fresh, previous if start == FROM_LAST_YEAR else None)
    return None if copied is None else fresh
