"""The question asked when a school file is already open in another window of this program."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

_tr = QCoreApplication.translate   # lupdate: -tr-function-alias translate+=_tr


READ_ONLY, SWITCH, CANCEL = "read-only", "switch", "cancel"


def ask_second_window(parent: QWidget, path: Path) -> str:
    """READ_ONLY: open the file read-only here; SWITCH: bring the window that has it to the front;
    CANCEL: nothing (this window keeps what it had open)."""
    box = QMessageBox(QMessageBox.Question, _tr("SecondWindow", "Tệp đang mở ở cửa sổ khác"),
                      _tr("SecondWindow", "Tệp «{0}» đang được mở trong một cửa sổ Kế hoạch khác. Hai cửa sổ cùng "
                                          "sửa một tệp dễ gây nhầm lẫn.\nChuyển sang cửa sổ đó, mở tệp ở cửa sổ này "
                                          "chỉ để xem (không sửa được), hay hủy?").format(path.name), QMessageBox.NoButton, parent)
    box.setObjectName("secondWindowQuestion")
    view = box.addButton(_tr("SecondWindow", "Mở chỉ để xem"), QMessageBox.AcceptRole)
    view.setObjectName("readOnlyButton")
    switch = box.addButton(_tr("SecondWindow", "Chuyển sang cửa sổ đó"), QMessageBox.YesRole)
    switch.setObjectName("switchButton")
    cancel = box.addButton(_tr("SecondWindow", "Hủy"), QMessageBox.RejectRole)
    cancel.setObjectName("cancelButton")
    box.setDefaultButton(switch)
    box.exec()
    return {view: READ_ONLY, switch: SWITCH}.get(box.clickedButton(), CANCEL)
