"""The self-assessment council (Hội đồng tự đánh giá) on screen: the decision and the members' table.

The principal fills the council over several days, so «Lưu» keeps an incomplete council; what keeps
it from signing (domain.council.council_problems: fewer than 05 members, an even number, no chair…)
stays written under the table while it is typed, and printing its papers is refused until it is gone.
"""
from __future__ import annotations


from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPushButton, QStyledItemDelegate, QTableWidget, QTableWidgetItem, QVBoxLayout,
)

from kehoach_desktop.domain.council import Council, CouncilMember, CouncilRule, council_problems
from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.parse import parse_date
from kehoach_desktop.domain.values import nfc
from kehoach_desktop.ui.dialogs.fields import ok_cancel
from kehoach_desktop.ui.errors import error_text
from kehoach_desktop.ui.screen_fit import fit_to_screen

NAME, POSITION, ROLE, GROUP, CRITERIA, TASK = range(6)
ATTRIBUTES = ("name", "position", "role", "group", "criteria", "task")


class RefusalLabel(QLabel):
    """A refusal in red under a form, taking no room until there is one."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet("color: #b00020;")
        self.hide()

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setVisible(bool(text))


def _codes(text: str) -> tuple[str, ...]:
    return tuple(c.strip() for c in nfc(text).replace(";", ",").split(",") if c.strip())


class RoleDelegate(QStyledItemDelegate):
    """«Vai trò» is picked from the rule's roles (Chủ tịch, Phó Chủ tịch, Thư ký, Ủy viên)."""

    def __init__(self, roles: tuple[str, ...], parent=None) -> None:
        super().__init__(parent)
        self.roles = roles

    def createEditor(self, parent, option, index):
        combo = QComboBox(parent)
        combo.addItems(list(self.roles))
        combo.activated.connect(lambda _i, box=combo: self.commitData.emit(box))
        return combo

    def setEditorData(self, editor, index) -> None:
        editor.setCurrentIndex(max(0, editor.findText(index.data() or "")))

    def setModelData(self, editor, model, index) -> None:
        model.setData(index, editor.currentText())


class CriteriaPicker(QDialog):
    """The criteria one member is assigned, ticked from the framework's list."""

    def __init__(self, framework, chosen: tuple[str, ...], name: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tiêu chí phụ trách: {0}").format(name) if name else self.tr("Tiêu chí phụ trách"))
        self.list = QListWidget(self)
        for criterion in framework.criteria():
            item = QListWidgetItem(f"{criterion.code}. {criterion.title}", self.list)
            item.setData(Qt.UserRole, criterion.code)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Checked if criterion.code in chosen else Qt.Unchecked)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(ok_cancel(self, self.tr("Chọn"), self.tr("Hủy")))
        fit_to_screen(self, (560, 520))

    def codes(self) -> tuple[str, ...]:
        return tuple(self.list.item(i).data(Qt.UserRole) for i in range(self.list.count())
                     if self.list.item(i).checkState() == Qt.Checked)


class CouncilDialog(QDialog):
    def __init__(self, council: Council, rule: CouncilRule, framework, school_year: str, parent=None) -> None:
        super().__init__(parent)
        self.rule, self.framework = rule, framework
        rule = self.rule
        self.result_council: Council | None = None
        self.setWindowTitle(self.tr("Hội đồng tự đánh giá năm học {0}").format(school_year))
        self.number = QLineEdit(council.decision_number, self)
        self.number.setPlaceholderText("15/QĐ-THCS")
        day = council.decision_date
        self.date = QLineEdit(f"{day.day:02d}/{day.month:02d}/{day.year}" if day else "", self)
        self.date.setPlaceholderText(self.tr("ví dụ: 10/01/2026"))
        self.number.setMaximumWidth(240)
        self.date.setMaximumWidth(140)
        decision = QHBoxLayout()
        decision.addWidget(self.number)
        decision.addWidget(QLabel(self.tr("ngày"), self))
        decision.addWidget(self.date)
        decision.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Quyết định thành lập số"), decision)

        self.table = QTableWidget(0, len(ATTRIBUTES), self)
        self.table.setHorizontalHeaderLabels([
            self.tr("Họ và tên"), self.tr("Chức vụ"), self.tr("Vai trò"), self.tr("Nhóm công tác"),
            self.tr("Tiêu chí phụ trách"), self.tr("Nhiệm vụ cụ thể")])
        self.table.setItemDelegateForColumn(ROLE, RoleDelegate(rule.roles, self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        for column, width in ((NAME, 165), (POSITION, 145), (ROLE, 105), (GROUP, 125), (CRITERIA, 110)):
            header.setSectionResizeMode(column, QHeaderView.Interactive)
            # never narrower than its heading («Tiêu chí phụ trách» was cut at both ends)
            self.table.setColumnWidth(column, max(width, header.sectionSizeHint(column)))
        header.setSectionResizeMode(TASK, QHeaderView.Stretch)
        self.table.setMinimumHeight(150)
        for member in council.members:
            self._append(member)
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())   # «Nhiệm vụ» wraps anew
        self.table.itemChanged.connect(lambda item: self._edited(item.row()))
        self.table.cellDoubleClicked.connect(lambda row, column: column == CRITERIA and self.pick_criteria(row))
        self.table.itemSelectionChanged.connect(self._enable)

        self.add_button = QPushButton(self.tr("Thêm thành viên"), self)
        self.remove_button = QPushButton(self.tr("Xóa thành viên"), self)
        self.up_button = QPushButton(self.tr("Lên"), self)
        self.down_button = QPushButton(self.tr("Xuống"), self)
        self.criteria_button = QPushButton(self.tr("Chọn tiêu chí phụ trách…"), self)
        self.add_button.clicked.connect(lambda: self.add_member())
        self.remove_button.clicked.connect(lambda: self.remove_member())
        self.up_button.clicked.connect(lambda: self.move_member(-1))
        self.down_button.clicked.connect(lambda: self.move_member(1))
        self.criteria_button.clicked.connect(lambda: self.pick_criteria(self.table.currentRow()))
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button, self.criteria_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.problems = QLabel(self, objectName="problems")
        self.problems.setWordWrap(True)
        self.problems.setTextInteractionFlags(Qt.TextSelectableByMouse)
        exactly = "; ".join(self.tr("đúng một {0}").format(role) for role in rule.exactly_one)
        if exactly and rule.exactly_one_basis:    # the rule's own flag: no source of the circular's text for it
            exactly += self.tr(" (chưa đối chiếu được với văn bản)")
        basis = QLabel(self.tr("Căn cứ: {0} — ít nhất {1:02d} thành viên{2}; {3}.").format(
            rule.basis, rule.min_members, self.tr(", số lẻ") if rule.odd_members else "", exactly), self)
        basis.setWordWrap(True)
        basis.setStyleSheet("color: #505050;")
        self.error = RefusalLabel(self)
        hint = QLabel(self.tr("Có thể lưu hội đồng chưa đủ để nhập tiếp sau; danh sách hội đồng chỉ in được khi "
                              "không còn cảnh báo nào."), self)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #505050;")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.problems)
        layout.addWidget(basis)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(ok_cancel(self, self.tr("Lưu"), self.tr("Hủy")))
        self._check()
        self._enable()
        fit_to_screen(self, (980, 600))

    # -- the members' table ---------------------------------------------------------------
    def _append(self, member: CouncilMember, row: int | None = None) -> int:
        row = self.table.rowCount() if row is None else row
        self.table.blockSignals(True)
        self.table.insertRow(row)
        for column, name in enumerate(ATTRIBUTES):
            value = getattr(member, name)
            item = QTableWidgetItem(", ".join(value) if column == CRITERIA else value)
            if column == CRITERIA:    # picked from the framework (double-click), not typed
                item.setFlags(item.flags() & ~Qt.ItemIsEditable)
                item.setToolTip(self.tr("Nhấn đúp để chọn tiêu chí"))
            self.table.setItem(row, column, item)
        self.table.blockSignals(False)
        return row

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return nfc(item.text()).strip() if item is not None else ""

    def members(self) -> list[CouncilMember]:
        """The members as typed; a row left wholly blank is no member."""
        found = []
        for row in range(self.table.rowCount()):
            values = {name: self._text(row, column) for column, name in enumerate(ATTRIBUTES)}
            if not any(values.values()):
                continue
            criteria = _codes(values.pop("criteria"))
            found.append(CouncilMember(criteria=criteria, **values))
        return found

    def add_member(self) -> int:
        role = self.rule.roles[-1] if self.rule.roles else ""
        row = self._append(CouncilMember("", role=role))
        self.table.setCurrentCell(row, NAME)
        self.table.editItem(self.table.item(row, NAME))
        self._check()
        return row

    def remove_member(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        self.table.removeRow(row)
        if self.table.rowCount():
            self.table.selectRow(min(row, self.table.rowCount() - 1))
        self._check()

    def move_member(self, step: int) -> None:
        row = self.table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        self.table.blockSignals(True)
        taken = [self.table.takeItem(row, column) for column in range(self.table.columnCount())]
        self.table.removeRow(row)
        self.table.insertRow(target)
        for column, item in enumerate(taken):
            self.table.setItem(target, column, item)
        self.table.blockSignals(False)
        self.table.selectRow(target)
        self._check()

    def pick_criteria(self, row: int) -> None:
        if not 0 <= row < self.table.rowCount():
            return
        picker = CriteriaPicker(self.framework, _codes(self._text(row, CRITERIA)), self._text(row, NAME), self)
        if self.run_picker(picker):
            self.table.item(row, CRITERIA).setText(", ".join(picker.codes()))

    def run_picker(self, picker: CriteriaPicker) -> bool:
        return bool(picker.exec())

    def _enable(self) -> None:
        row = self.table.currentRow()
        chosen = row >= 0 and bool(self.table.selectedItems())
        for button in (self.remove_button, self.criteria_button):
            button.setEnabled(chosen)
        self.up_button.setEnabled(chosen and row > 0)
        self.down_button.setEnabled(chosen and row < self.table.rowCount() - 1)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.table.resizeRowsToContents()     # now that the columns have their width

    def _edited(self, row: int) -> None:
        self.table.resizeRowToContents(row)
        self._check()

    # -- what keeps the council from signing ----------------------------------------------
    def problem_texts(self) -> list[str]:
        members = self.members()
        found = [error_text(p) for p in council_problems(Council(members=members), self.rule)]
        known = {c.code for c in self.framework.criteria()}
        for member in members:
            unknown = [c for c in member.criteria if c not in known]
            if unknown:
                found.append(self.tr("Tiêu chí {0} của {1} không có trong khung {2}.").format(
                    ", ".join(unknown), member.name or self.tr("(chưa có tên)"), self.framework.short_circular()))
        return found

    def _check(self) -> None:
        problems = self.problem_texts()
        if problems:
            self.problems.setText("\n".join("⚠ " + p for p in problems))
            self.problems.setStyleSheet("color: #8a5300;")
        else:
            self.problems.setText(self.tr("✓ Hội đồng có {0} thành viên, đủ điều kiện để in danh sách và ký báo cáo.")
                                  .format(len(self.members())))
            self.problems.setStyleSheet("color: #2e7d32;")
        assigned = {c for m in self.members() for c in m.criteria}
        free = [c.code for c in self.framework.criteria() if c.code not in assigned]
        if free and self.members():
            self.problems.setText(self.problems.text() + "\n" + self.tr("Chưa phân công tiêu chí: {0}.")
                                  .format(", ".join(free)))
        self._enable()

    # -- saving ---------------------------------------------------------------------------
    def build_council(self) -> Council:
        """The council as typed; an InputError for a date that is not one."""
        text = self.date.text().strip()
        return Council(nfc(self.number.text()).strip(), parse_date(text) if text else None, self.members())

    def accept(self) -> None:
        try:
            council = self.build_council()
        except InputError as exc:
            self.error.setText(error_text(exc))
            self.date.setFocus()
            return
        self.result_council = council
        super().accept()
