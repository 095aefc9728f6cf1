"""«Gỡ trường khỏi danh sách…», «Trở lại bản nhập trước…» and «Hoàn tác» in the office window.

The same store functions as ``kehoach office remove|revert|undo`` (store.district_history): nothing is
deleted, every import stays in the history, and the last change can be undone. Each asks first, in
the officer's words, naming the school and what will happen.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox

from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.store.district_history import (
    REMOVE, last_change, previous_export, remove_school, revert_school, undo_last,
)
from kehoach_desktop.store.district_progress import local_time
from kehoach_desktop.ui.errors import error_text

if TYPE_CHECKING:
    from kehoach_desktop.ui.district.window import DistrictWindow


class HistoryOps(QObject):
    def __init__(self, window: DistrictWindow) -> None:
        super().__init__(window)
        self.remove_action = QAction(self.tr("Gỡ trường khỏi danh sách…"), window)
        self.remove_action.setToolTip(self.tr("Bỏ trường đang chọn khỏi bảng; các lần nhập vẫn được giữ trong "
                                              "lịch sử, có thể hoàn tác"))
        self.remove_action.triggered.connect(lambda: self.remove_selected())
        self.revert_action = QAction(self.tr("Trở lại bản nhập trước…"), window)
        self.revert_action.setToolTip(self.tr("Dùng lại bản nhập trước của trường đang chọn; bản mới vẫn được giữ "
                                              "trong lịch sử, có thể hoàn tác"))
        self.revert_action.triggered.connect(lambda: self.revert_selected())
        self.undo_action = QAction(self.tr("Hoàn tác"), window)
        self.undo_action.setShortcut(QKeySequence.Undo)
        self.undo_action.triggered.connect(lambda: self.undo())
        self.actions = (self.remove_action, self.revert_action, self.undo_action)

    @property
    def window(self) -> DistrictWindow:
        """The office window (our Qt parent; not kept in an attribute, so closing it frees it)."""
        return self.parent()     # type: ignore[return-value]

    def _ask(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self.window, title, text, QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
        return answer == QMessageBox.Yes

    def _selected(self):
        school = self.window.selected_school()
        if school is None:
            self.window.statusBar().showMessage(self.tr("Hãy chọn một trường trong bảng."), 6000)
        return school

    def _done(self, message: str) -> None:
        self.window.fill_years(self.window.school_year())
        self.window.refresh()
        self.window.statusBar().showMessage(message, 12000)

    def _show_refusal(self, exc: InputError) -> None:
        QMessageBox.warning(self.window, self.tr("Không thực hiện được"), error_text(exc))

    def remove_selected(self) -> bool:
        school = self._selected()
        if school is None or not self._ask(
                self.tr("Gỡ trường khỏi danh sách"),
                self.tr("Gỡ {0} (mã {1}) khỏi danh sách của cơ quan?\n\nCác lần nhập của trường vẫn được giữ trong "
                        "lịch sử; nhập lại tệp của trường thì trường trở lại danh sách. Có thể hoàn tác "
                        "(«Hoàn tác»).").format(school.name, school.code)):
            return False
        try:
            remove_school(self.window.db, school.code)
        except InputError as exc:
            self._show_refusal(exc)
            return False
        self._done(self.tr("Đã gỡ {0} khỏi danh sách. Bấm «Hoàn tác» để đưa trở lại.").format(school.name))
        return True

    def revert_selected(self) -> bool:
        school = self._selected()
        if school is None:
            return False
        exported = previous_export(self.window.db, school.code)
        if exported is None:
            QMessageBox.information(self.window, self.tr("Trở lại bản nhập trước"),
                                    self.tr("{0} mới được nhập một lần; không có bản nhập trước để trở lại.").format(
                                        school.name))
            return False
        if not self._ask(self.tr("Trở lại bản nhập trước"),
                         self.tr("Dùng lại bản trước của {0} (mã {1}), bản xuất lúc {2}?\n\nBản đang dùng (xuất lúc "
                                 "{3}) vẫn được giữ trong lịch sử. Có thể hoàn tác («Hoàn tác»).").format(
                             school.name, school.code, local_time(exported), local_time(school.exported_at))):
            return False
        try:
            revert_school(self.window.db, school.code)
        except InputError as exc:
            self._show_refusal(exc)
            return False
        self._done(self.tr("{0}: đã trở lại bản xuất lúc {1}.").format(school.name, local_time(exported)))
        return True

    def undo(self) -> bool:
        change = last_change(self.window.db)
        if change is None:
            self.window.statusBar().showMessage(self.tr("Không có gì để hoàn tác."), 6000)
            return False
        what = (self.tr("đưa {0} (mã {1}) trở lại danh sách") if change.action == REMOVE else
                self.tr("dùng lại bản nhập của {0} (mã {1}) trước lần «Trở lại bản nhập trước»")).format(
            change.school_name, change.school_code)
        if not self._ask(self.tr("Hoàn tác"), self.tr("Hoàn tác: {0}?").format(what)):
            return False
        try:
            undo_last(self.window.db)
        except InputError as exc:
            self._show_refusal(exc)
            return False
        self._done(self.tr("Đã hoàn tác: {0}.").format(what))
        return True
