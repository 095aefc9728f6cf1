"""The office's reply in the school's window: «Nhập phản hồi của cơ quan quản lý…» and what it said.

Importing goes through usecases.import_reply (checked whole, backed up, all or nothing); the plan
page then shows the office's latest decision and its comments by row in a banner above the table.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QFileDialog, QLabel

from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.office_reply import DECISIONS
from kehoach_desktop.ui.errors import error_text

MAX_SHOWN = 5      # comments named in the banner; the rest are counted


class ReplyBanner(QLabel):
    """One paragraph above the plan table: «Cơ quan quản lý: Trả lại (20/11/2026) — lý do …»."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent, objectName="reply_banner")
        self.setWordWrap(True)
        self.setStyleSheet("background: #fff4d6; border: 1px solid #e0c070; padding: 4px;")
        self.hide()

    def show_reply(self, latest, comments: dict[int, list[str]], rows) -> None:
        if latest is None:
            self.hide()
            return
        decision = self.tr("Đã duyệt") if latest.decision == "approved" else self.tr("Trả lại")
        when = f" ({latest.decided_on})" if latest.decided_on else ""
        lines = [self.tr("{0}: {1}{2}").format(latest.office, decision, when)]
        if latest.reasons:
            lines.append(self.tr("Lý do: {0}").format(latest.reasons))
        named = [(number, text) for number, row in enumerate(rows, 1) for text in comments.get(row.id, [])]
        lines += [self.tr("Dòng {0}: {1}").format(number, text) for number, text in named[:MAX_SHOWN]]
        if len(named) > MAX_SHOWN:
            lines.append(self.tr("… và {0} ý kiến khác (lệnh: kehoach reply show).").format(len(named) - MAX_SHOWN))
        self.setText("\n".join(lines))
        self.show()


class ReplyOps(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window

    def refresh(self) -> None:
        """The banner for the plan on screen, from the file."""
        from kehoach_desktop.store.replies import latest_reply, row_comments
        win = self.window
        session = win.session
        if session is None or session.plan is None or session.plan.id is None:
            win.reply_banner.hide()
            return
        plan_id = session.plan.id
        latest = win.document.guard.read(latest_reply, win.document.db, plan_id)
        comments = win.document.guard.read(row_comments, win.document.db, plan_id) if latest else {}
        win.reply_banner.show_reply(latest, comments, session.model.rows)

    def confirm_key(self, exc: InputError) -> bool:
        """Có/Không: take a reply signed by a new office key (the message says both keys' fingerprints)."""
        box = QMessageBox(QMessageBox.Warning, self.tr("Khóa ký của cơ quan đã đổi"),
                          error_text(exc) + "\n\n" + self.tr("Đã gọi điện đối chiếu mã khóa với cơ quan quản lý và "
                                                          "muốn nhận phản hồi này?"), QMessageBox.NoButton, self.window)
        yes = box.addButton(self.tr("Nhận phản hồi"), QMessageBox.AcceptRole)
        box.addButton(self.tr("Không nhận"), QMessageBox.RejectRole)
        box.exec()
        return box.clickedButton() is yes

    def import_reply(self, path: str | Path | None = None) -> bool:
        """Ask for the reply file (unless given), import it into the open file, show what it said."""
        from kehoach_desktop.usecases.import_reply import import_reply
        from kehoach_desktop.usecases.school_file import SchoolFile
        win = self.window
        if win.session is None or win.document is None:
            return False
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(win, self.tr("Nhập phản hồi của cơ quan quản lý"), "",
                                                    self.tr("Tệp phản hồi (*.json)"))
            if not chosen:
                return False
            path = chosen
        try:
            done = import_reply(path, win.document.path, file=SchoolFile.of_document(win.document))
        except InputError as exc:
            if exc.field != "office_key" or not self.confirm_key(exc):
                win.files.warn(error_text(exc))
                return False
            try:     # the principal phoned the office and confirmed its new key
                done = import_reply(path, win.document.path, file=SchoolFile.of_document(win.document), accept_key=True)
            except InputError as again:
                win.files.warn(error_text(again))
                return False
        reply = done.reply
        win.statusBar().showMessage(self.tr("Đã nhập phản hồi: {0} — {1}.").format(
            reply.office_name, DECISIONS[reply.decision]), 15000)
        if done.plan_id is not None and (win.session.plan is None or win.session.plan.id != done.plan_id):
            win.session.load(done.plan_id)
        self.refresh()
        return True
