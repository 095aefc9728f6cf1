"""The window's menus and toolbar, with the shortcuts people know from Word and Excel."""
from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QToolBar

_tr = QCoreApplication.translate   # lupdate: -tr-function-alias translate+=_tr


def _action(window: QMainWindow, text: str, slot, *shortcuts) -> QAction:
    action = QAction(text, window)
    keys = [QKeySequence(s) if isinstance(s, str) else QKeySequence(s) for s in shortcuts]
    if keys:
        action.setShortcuts(keys)
        action.setToolTip(f"{text.replace('…', '')} ({keys[0].toString(QKeySequence.NativeText)})")
    action.triggered.connect(lambda _checked=False: slot())
    window.addAction(action)
    return action


def build_actions(window) -> SimpleNamespace:
    """Create every action, the menu bar and the toolbar of ``window`` (a MainWindow)."""
    files, rows = window.files, window
    a = SimpleNamespace()
    a.new = _action(window, _tr("Actions", "Tệp mới…"), files.new_file, QKeySequence.New)
    a.open = _action(window, _tr("Actions", "Mở…"), files.open_file, QKeySequence.Open)
    a.save_copy = _action(window, _tr("Actions", "Lưu bản sao…"), files.save_copy, "Ctrl+Shift+S")
    a.close = _action(window, _tr("Actions", "Đóng tệp"), files.close_file, QKeySequence.Close)
    a.demo = _action(window, _tr("Actions", "Mở trường mẫu"), files.open_demo)
    a.quit = _action(window, _tr("Actions", "Thoát"), window.close, QKeySequence.Quit)
    a.undo = window.undo.createUndoAction(window, _tr("Actions", "Hoàn tác"))
    a.undo.setShortcuts([QKeySequence.Undo])
    a.redo = window.undo.createRedoAction(window, _tr("Actions", "Làm lại"))
    a.redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence.Redo])
    window.addActions([a.undo, a.redo])
    a.add_row = _action(window, _tr("Actions", "Thêm dòng"), lambda: rows.row_ops.add(), "Ctrl+Ins", "Ctrl+Shift+Return")
    a.duplicate = _action(window, _tr("Actions", "Nhân bản dòng"), lambda: rows.row_ops.duplicate(), "Ctrl+D")
    a.delete_row = _action(window, _tr("Actions", "Xóa dòng…"), lambda: rows.row_ops.delete(), "Ctrl+Del")
    a.move_up = _action(window, _tr("Actions", "Chuyển dòng lên"), lambda: rows.row_ops.move(-1), "Alt+Up")
    a.move_down = _action(window, _tr("Actions", "Chuyển dòng xuống"), lambda: rows.row_ops.move(1), "Alt+Down")
    a.find = _action(window, _tr("Actions", "Tìm…"), window.find_bar.open, QKeySequence.Find)
    a.find_next = _action(window, _tr("Actions", "Tìm tiếp"), lambda: window.find_next(True), QKeySequence.FindNext)
    a.plan_info = _action(window, _tr("Actions", "Thông tin kế hoạch…"), window.edit_plan_header, "Ctrl+I")
    a.next_year = _action(window, _tr("Actions", "Kế hoạch năm sau…"), window.next_year_plan)
    a.new_plan = _action(window, _tr("Actions", "Kế hoạch mới…"), window.new_plan)
    a.school_info = _action(window, _tr("Actions", "Thông tin trường…"), window.edit_school)
    a.settings = _action(window, _tr("Actions", "Cài đặt…"), window.open_settings)

    bar = window.menuBar()
    menu = bar.addMenu(_tr("Actions", "&Tệp"))
    menu.addActions([a.new, a.open])
    a.recent_menu = menu.addMenu(_tr("Actions", "Mở gần đây"))
    a.recent_menu.aboutToShow.connect(files.fill_recent_menu)
    menu.addActions([a.demo, a.save_copy, a.close])
    menu.addSeparator()
    menu.addAction(a.settings)
    menu.addSeparator()
    menu.addAction(a.quit)
    menu = bar.addMenu(_tr("Actions", "&Sửa"))
    menu.addActions([a.undo, a.redo])
    menu.addSeparator()
    menu.addActions([a.add_row, a.duplicate, a.delete_row, a.move_up, a.move_down])
    menu.addSeparator()
    menu.addActions([a.find, a.find_next])
    menu = bar.addMenu(_tr("Actions", "&Kế hoạch"))
    menu.addActions([a.plan_info, a.new_plan, a.next_year])
    menu.addSeparator()
    menu.addAction(a.school_info)

    tools = QToolBar(_tr("Actions", "Thanh công cụ"), window)
    tools.setObjectName("main-toolbar")
    tools.setMovable(False)
    tools.addWidget(window.plan_label)
    tools.addWidget(window.plan_selector)
    tools.addSeparator()
    tools.addActions([a.add_row, a.duplicate, a.delete_row, a.move_up, a.move_down])
    tools.addSeparator()
    tools.addActions([a.undo, a.redo, a.find, a.plan_info])
    window.addToolBar(tools)
    a.plan_actions = [a.add_row, a.duplicate, a.delete_row, a.move_up, a.move_down, a.find, a.find_next,
                      a.plan_info, a.next_year]
    a.file_actions = [a.save_copy, a.close, a.school_info, a.new_plan]
    return a
