"""«Ban hành kế hoạch…» from the window: confirm, freeze the plan as revision N, show its code.

Issuing is a record, not an edit, so it is not on the undo stack: the
confirmation says what happens (the content is frozen as revision N, later
edits make N+1 and leave N readable) before anything is written. The steps
that do not need a window — what the dialogs say, and the issue itself — are
``confirm_text``, ``issued_text`` and ``issue_with``, tested without one.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox

from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.store.revisions import IssueState, Revision, check_issuable, rows_not_ready
from kehoach_desktop.ui.errors import error_text
from kehoach_desktop.usecases.issue_plan import issue_plan, issue_state
from kehoach_desktop.usecases.school_file import SchoolFile

_tr = QCoreApplication.translate   # lupdate: -tr-function-alias translate+=_tr


def confirm_text(school_year: str, state: IssueState) -> str | None:
    """The question asked before issuing, or None when there is nothing new to issue."""
    number = (state.latest.number if state.latest else 0) + 1
    if state.latest is not None and not state.edited_since:
        return None
    lines = [_tr("IssueOps", "Ban hành kế hoạch năm học {0} thành <b>lần ban hành {1}</b>?").format(school_year, number),
             _tr("IssueOps", "Nội dung hiện tại được lưu cố định cùng một mã xác thực; mã này và mã QR in ở chân "
                             "mỗi trang, ai cầm bản in cũng tra lại được.")]
    if state.latest is not None:
        lines.append(_tr("IssueOps", "Lần ban hành {0} ({1}) vẫn được giữ nguyên và xem lại được.").format(
            state.latest.number, state.latest.code))
    lines.append(_tr("IssueOps", "Sau khi ban hành vẫn sửa được kế hoạch; khi đó bản in ghi «Bản dự thảo» cho "
                                 "đến khi ban hành lần {0}.").format(number + 1))
    return "<p>" + "</p><p>".join(lines) + "</p>"


def issued_text(school_year: str, revision: Revision) -> str:
    return _tr("IssueOps", "Đã ban hành kế hoạch năm học {0}, lần {1}.<br>Mã xác thực: <b>{2}</b><br>"
                           "Mã này được in ở chân mỗi trang (kèm mã QR); tra lại bằng lệnh "
                           "<tt>kehoach verify</tt>.").format(school_year, revision.number, revision.code)


def issue_with(document, plan, confirm, inform) -> Revision | None:
    """Ask ``confirm(html) -> bool``, issue through the document's guard, then ``inform(html)``.

    A plan whose rows miss required fields is refused (InputError) before the
    question, so the principal is not asked to confirm what cannot be done.
    """
    file = SchoolFile.of_document(document)
    current = document.get_plan(plan.id)
    framework = document.framework(current.framework_id)
    check_issuable(current, framework)
    state = issue_state(file, plan.id)
    question = confirm_text(plan.school_year, state)
    if question is None:
        inform(_tr("IssueOps", "Kế hoạch không thay đổi từ lần ban hành {0}; mã xác thực vẫn là <b>{1}</b>.").format(
            state.latest.number, state.latest.code))
        return None
    if not confirm(question):
        return None
    revision = issue_plan(file, plan.id, framework).revision
    plan.status = "issued"   # the plan on screen follows the file
    inform(issued_text(plan.school_year, revision))
    return revision


def _box(window, icon, text: str) -> QMessageBox:
    box = QMessageBox(icon, _tr("IssueOps", "Ban hành kế hoạch"), text, QMessageBox.NoButton, window)
    box.setTextFormat(Qt.RichText)
    box.setTextInteractionFlags(Qt.TextSelectableByMouse)   # the code can be copied into an e-mail
    return box


def confirm_box(window, text: str) -> QMessageBox:
    box = _box(window, QMessageBox.Question, text)
    box.setDefaultButton(box.addButton(_tr("IssueOps", "Ban hành"), QMessageBox.AcceptRole))
    box.setEscapeButton(box.addButton(_tr("IssueOps", "Hủy"), QMessageBox.RejectRole))
    return box


def issue_current_plan(window) -> Revision | None:
    """The slot of the «Ban hành kế hoạch…» action: the plan on screen, with dialogs."""
    session = window.session
    if session is None or session.plan is None:
        window.statusBar().showMessage(_tr("IssueOps", "Chưa mở kế hoạch nào."), 8000)
        return None

    def confirm(text: str) -> bool:
        box = confirm_box(window, text)
        box.exec()
        return box.clickedButton() is box.defaultButton()

    def inform(text: str) -> None:
        box = _box(window, QMessageBox.Information, text)
        box.addButton(_tr("IssueOps", "Đóng"), QMessageBox.AcceptRole)
        box.exec()

    try:
        return issue_with(window.document, session.plan, confirm, inform)
    except InputError as exc:
        window.files.warn(error_text(exc))
        if exc.field == "rows":
            _select_first_not_ready(window)
        return None


def _select_first_not_ready(window) -> None:
    """After the refusal, the first row to complete is selected with its form open."""
    session = window.session
    not_ready = rows_not_ready(window.document.get_plan(session.plan.id), session.framework)
    if not_ready and window.row_ops is not None:
        window.row_ops.select_row(not_ready[0][1].id)
