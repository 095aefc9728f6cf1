"""After an import: the files held for the officer's confirmation, each with why and a «Xác nhận» box.

A held file was not imported (store.district_trust): its school's signing key changed, the school's
name changed, it is stamped more than a day ahead, or its code looks like a known school's. The
officer confirms each one (after phoning the school, as the reason says); the confirmed ones are
imported again with exactly those confirmations (``Confirmations.of``), per school code, as
``kehoach office import --accept-key/--accept-rename/--accept-future/--accept-code CODE`` does.
"""
from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget,
)

from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.store.district import ImportReport
from kehoach_desktop.store.district_trust import FUTURE, KEY_CHANGE, LOOK_ALIKE, RENAME, Confirmations
from kehoach_desktop.ui.errors import error_text
from kehoach_desktop.ui.screen_fit import fit_to_screen

CONFIRMATION_OF = {KEY_CHANGE: "key_change", RENAME: "rename", FUTURE: "future", LOOK_ALIKE: "look_alike"}


class HeldFilesDialog(QDialog):
    def __init__(self, held: list[ImportReport], parent=None) -> None:
        super().__init__(parent)
        self.held = held
        self.setWindowTitle(self.tr("Tệp chờ xác nhận"))
        fit_to_screen(self, (820, 360))
        kinds = {KEY_CHANGE: self.tr("Khóa ký tệp đã đổi"), RENAME: self.tr("Trường đổi tên"),
                 FUTURE: self.tr("Thời điểm xuất ở tương lai"), LOOK_ALIKE: self.tr("Mã giống mã trường đã có")}
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Các tệp sau chưa được nhập. Hãy đọc lý do (nên gọi điện cho trường để đối "
                                        "chiếu), đánh dấu «Xác nhận» tệp nào đúng rồi bấm «Nhập các tệp đã xác "
                                        "nhận». Tệp không đánh dấu vẫn chưa được nhập."), wordWrap=True))
        grid_owner = QWidget()
        grid = QGridLayout(grid_owner)
        grid.setColumnStretch(2, 1)
        self.boxes: list[QCheckBox] = []
        for row, report in enumerate(held):
            reason = report.refusal.values.get("reason") if report.refusal is not None else None
            detail = error_text(reason) if isinstance(reason, InputError) else (
                error_text(report.refusal) if report.refusal is not None else report.message)
            title = QLabel(f"<b>{_escaped(report.file.name)}</b><br>{kinds.get(report.hold, report.hold)}")
            text = QLabel(detail[:1].upper() + detail[1:], wordWrap=True)
            box = QCheckBox(self.tr("Xác nhận"))
            box.setToolTip(self.tr("Nhập tệp {0} dù có điều trên").format(report.file.name))
            self.boxes.append(box)
            grid.addWidget(title, row, 0)
            grid.addWidget(box, row, 1)
            grid.addWidget(text, row, 2)
        grid.setRowStretch(len(held), 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_owner)
        layout.addWidget(scroll, 1)
        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(self.tr("Nhập các tệp đã xác nhận"), QDialogButtonBox.AcceptRole)
        self.later_button = self.buttons.addButton(self.tr("Để sau"), QDialogButtonBox.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def confirmed(self) -> list[ImportReport]:
        return [report for report, box in zip(self.held, self.boxes) if box.isChecked()]

    def confirmations(self) -> Confirmations:
        """Per school code, what the officer confirmed (``kehoach office import --accept-… CODE``)."""
        codes: dict[str, list[str]] = {name: [] for name in CONFIRMATION_OF.values()}
        for report in self.confirmed():
            if report.hold in CONFIRMATION_OF:
                codes[CONFIRMATION_OF[report.hold]].append(report.school_code)
        return Confirmations.of(**codes)


def _escaped(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
