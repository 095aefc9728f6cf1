"""The editor of the criterion (or standard) selected in the tree, in the «Tự đánh giá» tab.

A criterion: its title, then per level the catalog's requirement, the council's statement with its
citations checked against the register and the judgement (ui/assessment_editor_level.py); Mức 2 is
judged only once Mức 1 is Đạt, as ``domain.self_assessment.set_finding`` insists too; last the
criterion's result. A standard: «Đánh giá chung» in its three parts. The editors only show and
report; ui/assessment_page.py writes what they report to the file.
"""
from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from kehoach_desktop.domain.catalog import Framework
from kehoach_desktop.domain.self_assessment import CriterionAssessment, StandardReview
from kehoach_desktop.ui.assessment_editor_level import LevelBox, StatementEdit
from kehoach_desktop.ui.level_banner import judged_fully

#: the three parts of «Đánh giá chung về Tiêu chuẩn N» (Biểu 1), in the order printed
REVIEW_PARTS = ("strengths", "weaknesses", "direction")


def _wrapped(parent: QWidget, bold: bool = False) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextSelectableByMouse)
    label.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
    if bold:
        font = label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        label.setFont(font)
    return label


class CriterionEditor(QWidget):
    edited = Signal()                      # something was typed: the page's idle timer starts again
    left = Signal()                        # the user left a statement: the page saves
    judged = Signal(int, object)           # (level, met)
    pickRequested = Signal(int)            # (level)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.code = ""
        self.framework: Framework | None = None
        self.title = _wrapped(self, bold=True)
        self.boxes: dict[int, LevelBox] = {}
        self.result = _wrapped(self, bold=True)
        self.column = QVBoxLayout(self)
        self.column.addWidget(self.title)
        self.column.addWidget(self.result)       # the result first: seen without scrolling on a 125 % screen
        self.column.addStretch(1)

    def set_framework(self, framework: Framework | None) -> None:
        """One box per level of the framework (Mức 1, Mức 2 for Thông tư 57)."""
        if framework is self.framework:
            return
        self.framework = framework
        for box in self.boxes.values():
            box.deleteLater()
        self.boxes = {}
        if framework is None:
            return
        for n, level in enumerate(framework.levels()):
            box = LevelBox(level, self)
            box.edited.connect(lambda _level: self.edited.emit())
            box.left.connect(lambda _level: self.left.emit())
            box.judged.connect(self.judged)
            box.pickRequested.connect(self.pickRequested)
            self.column.insertWidget(2 + n, box)
            self.boxes[level] = box

    def show_criterion(self, code: str, result: CriterionAssessment, template, register: Mapping[str, str],
                       read_only: bool = False) -> None:
        """Put the criterion on screen as the file has it (what was typed for the last one is saved by now)."""
        self.code = code
        criterion = self.framework.criterion(code) if self.framework else None
        if criterion is None:
            return
        self.title.setText(self.tr("Tiêu chí {0}: {1}").format(code, criterion.title)
                           + (self.tr(" (tiêu chí bắt buộc)") if criterion.mandatory else ""))
        for level, box in self.boxes.items():
            box.set_requirement(criterion.levels.get(level, ""))
            box.set_register(template, register)
            box.show_problem("")
            box.load(result.finding(level))
            box.set_read_only(read_only)
        self.show_result(result, read_only=read_only)

    def show_result(self, result: CriterionAssessment, *, keep_typing: bool = False, read_only: bool = False) -> None:
        """The judgements and the criterion's result; with ``keep_typing`` a statement being typed stays."""
        for level, box in self.boxes.items():
            if keep_typing:
                box.load(result.finding(level), keep_typing=True)
            else:
                box.show_judgement(result.finding(level).met)
            below = result.finding(level - 1).met is True if level > 1 else True
            box.set_judgeable(below and not read_only, self.tr("Chỉ đánh giá Mức {0} khi tiêu chí đã đạt Mức {1}.")
                              .format(level, level - 1))
        if not judged_fully(result, self.framework.level_max if self.framework else 2):
            text = (self.tr("Tự đánh giá: Tiêu chí đạt Mức {0}; Mức {1} chưa đánh giá").format(
                result.reached, result.reached + 1) if result.reached else self.tr("Tự đánh giá: chưa đánh giá"))
            colour = "#8a6d00"
        elif result.reached:
            text, colour = self.tr("Tự đánh giá: Tiêu chí đạt Mức {0}").format(result.reached), "#2e7d32"
        else:
            text, colour = self.tr("Tự đánh giá: Tiêu chí không đạt Mức 1"), "#b00020"
        self.result.setText(text)
        self.result.setStyleSheet(f"color: {colour};")

    def dirty_levels(self) -> list[int]:
        return [level for level, box in self.boxes.items() if box.dirty]


class StandardEditor(QWidget):
    """«Đánh giá chung về Tiêu chuẩn N»: strengths, key weaknesses with their causes, direction of improvement."""

    edited = Signal()
    left = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.no = 0
        self.title = _wrapped(self, bold=True)
        self.fields: dict[str, StatementEdit] = {}
        self.dirty: set[str] = set()
        self._loading = False
        column = QVBoxLayout(self)
        column.addWidget(self.title)
        for key, label in zip(REVIEW_PARTS, (self.tr("1. Điểm mạnh nổi bật"),
                                             self.tr("2. Điểm hạn chế trọng tâm và nguyên nhân cốt lõi"),
                                             self.tr("3. Định hướng cải tiến chất lượng"))):
            caption = QLabel(label, self)
            edit = StatementEdit(self)
            caption.setBuddy(edit)
            edit.textChanged.connect(lambda key=key: self._changed(key))
            edit.left.connect(self.left)
            column.addWidget(caption)
            column.addWidget(edit)
            self.fields[key] = edit
        column.addStretch(1)

    def show_standard(self, no: int, title: str, review: StandardReview, *, keep_typing: bool = False,
                      read_only: bool = False) -> None:
        self.no = no
        self.title.setText(self.tr("Đánh giá chung về Tiêu chuẩn {0}: {1}").format(no, title))
        self._loading = True
        for key, edit in self.fields.items():
            if keep_typing and key in self.dirty:
                continue
            text = getattr(review, key)
            if edit.toPlainText() != text:
                edit.setPlainText(text)
            edit.setReadOnly(read_only)
        self._loading = False
        if not keep_typing:
            self.dirty.clear()

    def typed(self) -> dict[str, str]:
        """The parts typed since the last save, by field name."""
        return {key: self.fields[key].toPlainText() for key in self.dirty}

    def _changed(self, key: str) -> None:
        if not self._loading:
            self.dirty.add(key)
            self.edited.emit()
