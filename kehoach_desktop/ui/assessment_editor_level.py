"""One level of one criterion in the self-assessment editor: the requirement, the statement, the judgement.

The catalog's requirement text stands above the box the council writes in («Hiện trạng, kết quả đạt
được (kèm mã minh chứng)»); under it every code the statement cites, checked against the year's
evidence register as it is typed (an unknown code in red), the picker's button and a line to type
codes; then Đạt / Không đạt / Chưa đánh giá. The box only says what the user did (``edited``,
``left``, ``judged``); the page writes it (ui/assessment_page.py), so nothing here touches the file.
"""
from __future__ import annotations

import html
from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup, QFrame, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QRadioButton,
    QSizePolicy, QVBoxLayout,
)

from kehoach_desktop.domain.citations import citation_text, citations
from kehoach_desktop.domain.evidence_code import EvidenceTemplate
from kehoach_desktop.domain.self_assessment import LevelFinding

MET, NOT_MET, NOT_JUDGED = 1, 2, 3     # the radio buttons' ids (-1 would mean «pick one» to QButtonGroup)
MET_OF_ID = {MET: True, NOT_MET: False, NOT_JUDGED: None}
RED = "#b00020"


class StatementEdit(QPlainTextEdit):
    """A statement's text box that says when the user leaves it (the page saves then)."""

    left = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)           # Tab goes on to the judgement, as in the row form
        self.setLineWrapMode(QPlainTextEdit.WidgetWidth)
        lines = self.fontMetrics().lineSpacing()
        self.setMinimumHeight(lines * 4 + 12)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Preferred)
        self._preferred = lines * 6 + 12

    def sizeHint(self):
        hint = super().sizeHint()
        hint.setHeight(self._preferred)
        return hint

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.left.emit()


def insert_citation(edit: QPlainTextEdit, codes: list[str], template: EvidenceTemplate | None = None) -> str:
    """Put «(MC.1.1.01)» at the cursor, before the sentence's full stop when the cursor is just after it,
    or into the bracket of codes the sentence already ends with. Returns what was inserted."""
    bracket = citation_text(codes)
    if not bracket:
        return ""
    text = edit.toPlainText()
    position = edit.textCursor().position()
    before = text[:position].rstrip(" ")
    if before.endswith("."):
        position = len(before) - 1            # «… theo quy định.|» → «… theo quy định (MC.1.1.01).»
    head = text[:position].rstrip(" ")
    cursor = edit.textCursor()
    if template is not None and head.endswith(")") and "(" in head:
        inside = [part.strip() for part in head[head.rindex("(") + 1:-1].split(",")]
        if all(template.matches(part) for part in inside):
            # «(MC.1.1.01).» gains «, MC.1.1.02» in its bracket rather than a second bracket
            inserted = "".join(f", {c}" for c in codes if c not in inside)
            cursor.setPosition(len(head) - 1)
            cursor.insertText(inserted)
            edit.setTextCursor(cursor)
            return inserted
    inserted = bracket
    if position and not text[position - 1].isspace() and text[position - 1] != "(":
        inserted = " " + inserted
    after = text[position:position + 1]
    if after and (after.isalnum() or after == "("):
        inserted += " "
    cursor.setPosition(position)
    cursor.insertText(inserted)
    edit.setTextCursor(cursor)
    return inserted


class LevelBox(QFrame):
    """Mức ``level`` of the criterion on screen."""

    edited = Signal(int)                 # the user typed (level)
    left = Signal(int)                   # the user left the statement (level)
    judged = Signal(int, object)         # the user chose Đạt (True) / Không đạt (False) / Chưa đánh giá (None)
    pickRequested = Signal(int)          # «Chèn mã minh chứng…»

    def __init__(self, level: int, parent=None) -> None:
        super().__init__(parent)
        self.level = level
        self.setFrameShape(QFrame.StyledPanel)
        self.template: EvidenceTemplate | None = None
        self.register: Mapping[str, str] = {}          # code → name, the year's evidence register
        self.dirty = False                             # typed since the last save
        self.unknown_codes: list[str] = []
        self._loading = False
        heading = QLabel(self.tr("<b>Mức {0}</b>").format(level), self)
        self.radios = QButtonGroup(self)
        radio_row = QHBoxLayout()
        radio_row.addWidget(heading)
        radio_row.addStretch(1)
        for ident, label in ((MET, self.tr("Đạt")), (NOT_MET, self.tr("Không đạt")),
                             (NOT_JUDGED, self.tr("Chưa đánh giá"))):
            button = QRadioButton(label, self)
            self.radios.addButton(button, ident)
            radio_row.addWidget(button)
        self.requirement = QLabel(self)
        self.requirement.setWordWrap(True)
        self.requirement.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.requirement.setStyleSheet("color: #444;")
        self.requirement.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        caption = QLabel(self.tr("Hiện trạng, kết quả đạt được (kèm mã minh chứng):"), self)
        self.edit = StatementEdit(self)
        self.edit.setPlaceholderText(self.tr("Ví dụ: Nhà trường đã ban hành kế hoạch năm học theo quy định "
                                             "(MC.1.1.01)."))
        caption.setBuddy(self.edit)
        self.cited = QLabel(self)
        self.cited.setWordWrap(True)
        self.cited.setTextFormat(Qt.RichText)
        self.cited.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        self.pick_button = QPushButton(self.tr("Chèn mã minh chứng…"), self)
        self.pick_button.setToolTip(self.tr("Chọn trong danh mục minh chứng của năm học; mã được chèn vào chỗ con trỏ"))
        self.codes_edit = QLineEdit(self)
        self.codes_edit.setPlaceholderText(self.tr("hoặc gõ mã, ví dụ MC.1.1.01, rồi nhấn Enter"))
        self.codes_edit.setClearButtonEnabled(True)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {RED};")
        self.problem.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        self.problem.hide()
        tools = QHBoxLayout()
        tools.addWidget(self.pick_button)
        tools.addWidget(self.codes_edit, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(8, 6, 8, 6)
        column.addLayout(radio_row)
        column.addWidget(self.requirement)
        column.addWidget(caption)
        column.addWidget(self.edit)
        column.addWidget(self.cited)
        column.addLayout(tools)
        column.addWidget(self.problem)
        self.edit.textChanged.connect(self._text_changed)
        self.edit.left.connect(lambda: self.left.emit(self.level))
        self.radios.idClicked.connect(lambda ident: self.judged.emit(self.level, MET_OF_ID[ident]))
        self.pick_button.clicked.connect(lambda: self.pickRequested.emit(self.level))
        self.codes_edit.returnPressed.connect(self._typed_codes)

    # -- what the page puts on screen ---------------------------------------------------
    def set_requirement(self, text: str) -> None:
        self.requirement.setText(self.tr("Yêu cầu: {0}").format(text) if text else self.tr("(Danh mục không có yêu cầu "
                                                                                             "của mức này.)"))

    def load(self, finding: LevelFinding, *, keep_typing: bool = False) -> None:
        """Show ``finding``; with ``keep_typing`` a text being typed (not saved yet) stays as it is."""
        if not (keep_typing and self.dirty) and self.edit.toPlainText() != finding.text:
            self._loading = True
            position = self.edit.textCursor().position()
            self.edit.setPlainText(finding.text)
            if self.edit.hasFocus():           # another writer changed it while she is in the box: keep her place
                cursor = self.edit.textCursor()
                cursor.setPosition(min(position, len(finding.text)))
                self.edit.setTextCursor(cursor)
            self._loading = False
            self.dirty = False
        elif not keep_typing:
            self.dirty = False
        self.show_judgement(finding.met)
        self._check_citations()

    def show_judgement(self, met: bool | None) -> None:
        ident = NOT_JUDGED if met is None else (MET if met else NOT_MET)
        self.radios.button(ident).setChecked(True)

    def set_judgeable(self, on: bool, why: str = "") -> None:
        """Mức 2 is judged only once Mức 1 is Đạt: its buttons wait until then (the text does not)."""
        for button in self.radios.buttons():
            button.setEnabled(on)
            button.setToolTip("" if on else why)

    def set_register(self, template: EvidenceTemplate, register: Mapping[str, str]) -> None:
        self.template, self.register = template, register
        self._check_citations()

    def set_read_only(self, on: bool) -> None:
        self.edit.setReadOnly(on)
        self.pick_button.setEnabled(not on)
        self.codes_edit.setEnabled(not on)
        if on:
            self.set_judgeable(False)

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    # -- what the user does -------------------------------------------------------------
    def text(self) -> str:
        return self.edit.toPlainText()

    def insert_codes(self, codes: list[str]) -> str:
        inserted = insert_citation(self.edit, codes, self.template)
        self.edit.setFocus()
        return inserted

    def _typed_codes(self) -> None:
        typed = self.codes_edit.text()
        codes = [c.code for c in citations(typed, self.template)] if self.template else []
        if not codes:
            self.show_problem(self.tr("Không thấy mã minh chứng nào dạng {0} trong «{1}».")
                              .format(self.template.template if self.template else "MC.1.1.01", typed.strip()))
            return
        self.show_problem("")
        self.codes_edit.clear()
        self.insert_codes(list(dict.fromkeys(codes)))

    def _text_changed(self) -> None:
        self._check_citations()
        if not self._loading:
            self.dirty = True
            self.edited.emit(self.level)

    def _check_citations(self) -> None:
        if self.template is None:
            self.cited.clear()
            return
        codes = list(dict.fromkeys(c.code for c in citations(self.edit.toPlainText(), self.template)))
        self.unknown_codes = [c for c in codes if c not in self.register]
        known = [c for c in codes if c in self.register]
        parts = []
        if known:
            parts.append(self.tr("Minh chứng trích dẫn: {0}").format(", ".join(
                f"<span title='{html.escape(self.register[c], quote=True)}'>{c}</span>" for c in known)))
        parts += [f"<span style='color:{RED}'>" + html.escape(self.tr("{0} không có trong danh mục minh chứng")
                                                              .format(c)) + "</span>" for c in self.unknown_codes]
        if not codes:
            parts.append("<span style='color:#8a6d00'>" + html.escape(self.tr("Chưa trích dẫn mã minh chứng nào."))
                         + "</span>")
        self.cited.setText("<br>".join(parts))
        self.cited.setToolTip("\n".join(f"{c}: {self.register[c]}" for c in known))

