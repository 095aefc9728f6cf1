"""The school's level at the top of the «Tự đánh giá» tab: the level, why, what is left, and a what-if.

«Mức đạt của nhà trường: Mức 2» is computed by ``domain.level_rule`` from the results the council
gave so far (khoản 3 Điều 5); the reasons (``Verdict.why``) follow on a second line and in the
tooltip, so a principal sees at once which criterion holds the school back. The what-if asks the
same rule with one criterion at another level («Nếu tiêu chí 3.3 đạt Mức 2: nhà trường đạt Mức 2»).
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout

from kehoach_desktop.domain.catalog import Framework
from kehoach_desktop.domain.level_rule import rule_for, what_if
from kehoach_desktop.domain.self_assessment import CriterionAssessment, SelfAssessment, unjudged, verdict

LEVEL_COLOURS = {2: "#2e7d32", 1: "#8a6d00", 0: "#b00020"}


def judged_fully(result: CriterionAssessment, level_max: int) -> bool:
    """Every level the council has to judge is judged (the domain's rule)."""
    return result.judged_to(level_max)


def waiting(assessment: SelfAssessment, framework: Framework) -> list[str]:
    """The criteria with a level still to judge, in the circular's order."""
    return unjudged(assessment, framework)


class LevelBanner(QFrame):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("level-banner")
        self.setFrameShape(QFrame.StyledPanel)
        self.assessment: SelfAssessment | None = None
        self.framework: Framework | None = None
        self.level_label = QLabel(self)
        self.level_label.setTextFormat(Qt.RichText)
        self.unjudged_label = QLabel(self)
        self.why_label = QLabel(self)
        self.why_label.setWordWrap(True)
        self.why_label.setStyleSheet("color: #555;")
        self.why_label.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)   # wraps, never widens the tab
        self.if_criterion = QComboBox(self)
        self.if_criterion.setToolTip(self.tr("Thử xem: tiêu chí này đạt mức khác thì nhà trường đạt mức nào"))
        self.if_level = QComboBox(self)
        self.if_result = QLabel(self)
        self.if_result.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        self.if_criterion.activated.connect(self._what_if)
        self.if_level.activated.connect(self._what_if)
        top = QHBoxLayout()
        top.addWidget(self.level_label)
        top.addStretch(1)
        top.addWidget(self.unjudged_label)
        trial = QHBoxLayout()
        trial.addWidget(QLabel(self.tr("Thử nếu tiêu chí"), self))
        trial.addWidget(self.if_criterion)
        trial.addWidget(QLabel(self.tr("đạt"), self))
        trial.addWidget(self.if_level)
        trial.addWidget(self.if_result, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(8, 4, 8, 4)
        column.setSpacing(2)
        column.addLayout(top)
        column.addWidget(self.why_label)
        column.addLayout(trial)

    def show_assessment(self, assessment: SelfAssessment | None, framework: Framework | None) -> None:
        """Redraw for the year's assessment (after every change of a finding)."""
        if framework is not self.framework:
            self._fill_choices(framework)
        fresh_year = assessment is not None and (self.assessment is None
                                                 or assessment.school_year != self.assessment.school_year)
        self.assessment, self.framework = assessment, framework
        if fresh_year:
            self._choose_trial()
        self.setVisible(assessment is not None and framework is not None)
        if assessment is None or framework is None:
            return
        found = verdict(assessment, framework)
        if found is None:
            self.level_label.setText(self.tr("<b>Khung {0} không có quy tắc xếp mức của nhà trường.</b>")
                                     .format(framework.short_circular()))
            self.why_label.clear()
        else:
            colour = LEVEL_COLOURS.get(found.level, "#000")
            level = self.tr("Mức {0}").format(found.level) if found.level else self.tr("Chưa đạt Mức 1")
            self.level_label.setText(self.tr("<b>Mức đạt của nhà trường: <span style='color:{0}'>{1}</span></b>")
                                     .format(colour, level))
            why = " ".join(found.why)
            self.why_label.setText(why)
            self.why_label.setToolTip(why)
            self.level_label.setToolTip("\n".join(found.why))
        left = waiting(assessment, framework)
        self.unjudged_label.setText(self.tr("Còn {0} tiêu chí chưa đánh giá xong").format(len(left)) if left
                                    else self.tr("Đã đánh giá đủ {0} tiêu chí").format(len(framework.criteria())))
        self.unjudged_label.setToolTip(", ".join(left))
        self.unjudged_label.setStyleSheet("color: #8a6d00;" if left else "color: #2e7d32;")
        self._what_if()

    def level_text(self) -> str:
        """The banner's first line as plain text («Mức đạt của nhà trường: Mức 2»)."""
        from PySide6.QtGui import QTextDocument
        document = QTextDocument()
        document.setHtml(self.level_label.text())
        return document.toPlainText()

    def _fill_choices(self, framework: Framework | None) -> None:
        self.if_criterion.clear()
        self.if_level.clear()
        if framework is None:
            return
        for criterion in framework.criteria():
            self.if_criterion.addItem(criterion.code + ("*" if criterion.mandatory else ""), criterion.code)
            self.if_criterion.setItemData(self.if_criterion.count() - 1, criterion.label(), Qt.ToolTipRole)
        self.if_level.addItem(self.tr("Chưa đạt Mức 1"), 0)
        for level in framework.levels():
            self.if_level.addItem(self.tr("Mức {0}").format(level), level)
        self.if_level.setCurrentIndex(self.if_level.count() - 1)

    def _choose_trial(self) -> None:
        """The what-if starts on the criterion that holds the school back most: a mandatory one short of the
        top level, else any such, at its next level."""
        a, fw = self.assessment, self.framework
        if a is None or fw is None:
            return
        reached = a.reached_levels()
        short = [c for c in fw.criteria() if reached.get(c.code, 0) < fw.level_max]
        first = next((c for c in short if c.mandatory), short[0] if short else None)
        if first is not None:
            self.if_criterion.setCurrentIndex(self.if_criterion.findData(first.code))
            self.if_level.setCurrentIndex(self.if_level.findData(reached.get(first.code, 0) + 1))

    def set_what_if(self, code: str, level: int) -> str:
        """Choose the what-if's criterion and level as a user would; the sentence it gives."""
        self.if_criterion.setCurrentIndex(self.if_criterion.findData(code))
        self.if_level.setCurrentIndex(self.if_level.findData(level))
        self._what_if()
        return self.if_result.text()

    def _what_if(self, *_args) -> None:
        a, fw = self.assessment, self.framework
        code, level = self.if_criterion.currentData(), self.if_level.currentData()
        rule = rule_for(fw.id) if fw is not None else None
        if a is None or fw is None or rule is None or code is None or level is None:
            self.if_result.clear()
            return
        found = what_if(rule, [c.code for c in fw.criteria()], [c.code for c in fw.mandatory_criteria()],
                        a.reached_levels(), {code: level})
        school = (self.tr("nhà trường đạt Mức {0}").format(found.level) if found.level
                  else self.tr("nhà trường chưa đạt Mức 1"))
        if level:
            self.if_result.setText(self.tr("Nếu tiêu chí {0} đạt Mức {1}: {2}").format(code, level, school))
        else:
            self.if_result.setText(self.tr("Nếu tiêu chí {0} không đạt Mức 1: {1}").format(code, school))
        self.if_result.setToolTip(" ".join(found.why))
