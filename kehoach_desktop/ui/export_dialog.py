"""«Xuất file gửi cơ quan quản lý» from the window: choose a folder (a USB stick), export, say what happened.

usecases/office_export.py does the work, as for `kehoach export` (snapshot, temporary name,
fsync, rename, read back); this only asks where and shows the result or the Vietnamese refusal.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.ui.errors import error_text
from kehoach_desktop.usecases.office_export import export_for_office


_tr = QCoreApplication.translate   # lupdate: -tr-function-alias translate+=_tr


def export_with_dialog(parent: QWidget | None, school_file: str | Path, folder: str | None = None):
    """The store.exchange.ExportResult of the export, or None when cancelled or refused (then said)."""
    if folder is None:
        folder = QFileDialog.getExistingDirectory(parent, _tr("ExportDialog", "Chọn nơi lưu tệp gửi cơ quan quản lý (ví dụ ổ USB)"))
        if not folder:
            return None
    QApplication.setOverrideCursor(Qt.WaitCursor)
    try:
        result = export_for_office(school_file, folder).result
    except InputError as exc:
        QApplication.restoreOverrideCursor()
        QMessageBox.warning(parent, _tr("ExportDialog", "Xuất tệp không thành công"), error_text(exc))
        return None
    QApplication.restoreOverrideCursor()
    QMessageBox.information(
        parent, _tr("ExportDialog", "Đã xuất tệp"),
        _tr("ExportDialog", "Đã lưu tệp gửi cơ quan quản lý:\n{0}\n\nTệp đã được đọc lại và kiểm tra; có thể rút ổ USB an toàn "
            "sau khi hệ điều hành báo xong.").format(result.path))
    return result
