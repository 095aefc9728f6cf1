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
        plain = text.replace("…", "").replace("&&", "&")   # "&&" shows one "&" in menus, not a mnemonic
        action.setToolTip(f"{plain} ({keys[0].toString(QKeySequence.NativeText)})")
    action.triggered.connect(lambda _checked=False: slot())
    window.addAction(action)
    return action


def _undo_action(window, text: str, slot, can_changed, text_changed, *shortcuts) -> QAction:
    """Undo or redo with a fixed label (QUndoStack's own actions grow with each command's name
    and pushed «In kế hoạch» off the toolbar); what would be undone shows in the tooltip."""
    action = _action(window, text, slot, *shortcuts)
    action.setEnabled(False)
    can_changed.connect(action.setEnabled)
    key = action.shortcut().toString(QKeySequence.NativeText)
    text_changed.connect(lambda what: action.setToolTip(f"{text}: {what} ({key})" if what else f"{text} ({key})"))
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
    a.undo = _undo_action(window, _tr("Actions", "Hoàn tác"), window.undo.undo, window.undo.canUndoChanged,
                          window.undo.undoTextChanged, QKeySequence.Undo)
    a.redo = _undo_action(window, _tr("Actions", "Làm lại"), window.undo.redo, window.undo.canRedoChanged,
                          window.undo.redoTextChanged, "Ctrl+Y", QKeySequence.Redo)
    a.add_row = _action(window, _tr("Actions", "Thêm dòng"), lambda: rows.row_ops.add(), "Ctrl+Ins", "Ctrl+Shift+Return")
    a.duplicate = _action(window, _tr("Actions", "Nhân bản dòng"), lambda: rows.row_ops.duplicate(), "Ctrl+D")
    a.delete_row = _action(window, _tr("Actions", "Xóa dòng…"), lambda: rows.row_ops.delete(), "Ctrl+Del")
    a.move_up = _action(window, _tr("Actions", "Chuyển dòng lên"), lambda: rows.row_ops.move(-1), "Alt+Up")
    a.move_down = _action(window, _tr("Actions", "Chuyển dòng xuống"), lambda: rows.row_ops.move(1), "Alt+Down")
    a.find = _action(window, _tr("Actions", "Tìm…"), window.find_bar.open, QKeySequence.Find)
    a.find_next = _action(window, _tr("Actions", "Tìm tiếp"), lambda: window.find_next(True), QKeySequence.FindNext)
    a.plan_info = _action(window, _tr("Actions", "Thông tin kế hoạch…"), window.plans.edit_plan_header, "Ctrl+I")
    a.next_year = _action(window, _tr("Actions", "Kế hoạch năm sau…"), window.plans.next_year_plan)
    a.new_plan = _action(window, _tr("Actions", "Kế hoạch mới…"), window.plans.new_plan)
    a.school_info = _action(window, _tr("Actions", "Thông tin trường…"), window.plans.edit_school)
    a.settings = _action(window, _tr("Actions", "Cài đặt…"), window.open_settings)
    a.progress = _action(window, _tr("Actions", "Cập nhật tiến độ…"), window.record_progress, "Ctrl+U")
    a.inspection = _action(window, _tr("Actions", "Biên bản kiểm tra…"), window.printing.edit_inspection)
    a.issue = _action(window, _tr("Actions", "Ban hành kế hoạch…"), window.issue_plan)
    prints, ex = window.printing, window.exchange
    a.print_plan = _action(window, _tr("Actions", "In kế hoạch…"), prints.print_plan, QKeySequence.Print)
    a.print_inspection = _action(window, _tr("Actions", "In biên bản kiểm tra…"), prints.print_inspection)
    a.print_report = _action(window, _tr("Actions", "In báo cáo tiến độ…"), prints.print_report)
    a.import_word = _action(window, _tr("Actions", "Nhập kế hoạch từ Word…"), ex.import_word)
    a.import_reply = _action(window, _tr("Actions", "Nhập phản hồi của cơ quan quản lý…"), window.replies.import_reply)
    a.export_word = _action(window, _tr("Actions", "Xuất Word…"), ex.export_word)
    a.export_excel = _action(window, _tr("Actions", "Xuất Excel…"), ex.export_excel)
    a.inspection_word = _action(window, _tr("Actions", "Xuất biên bản kiểm tra ra Word…"), prints.inspection_to_word)
    a.export_district = _action(window, _tr("Actions", "Xuất file gửi cơ quan quản lý…"), ex.export_for_district,
                                "Ctrl+E")
    a.restore = _action(window, _tr("Actions", "Khôi phục bản sao lưu…"), ex.restore_backup)
    a.open_district = _action(window, _tr("Actions", "Mở tệp cơ quan quản lý…"), ex.open_district)
    a.new_district = _action(window, _tr("Actions", "Tạo tệp cơ quan quản lý mới…"), ex.new_district)
    asm = window.assessment
    a.council = _action(window, _tr("Actions", "Hội đồng tự đánh giá…"), asm.edit_council)
    a.evidence = _action(window, _tr("Actions", "Danh mục minh chứng…"), asm.edit_evidence)
    a.report_texts = _action(window, _tr("Actions", "Các nội dung khác của báo cáo…"), asm.edit_report_texts)
    a.propose_problems = _action(window, _tr("Actions", "Đề xuất vấn đề ưu tiên cho kế hoạch…"), asm.propose_problems)
    a.next_assessment = _action(window, _tr("Actions", "Báo cáo tự đánh giá năm sau…"), asm.next_year_assessment)
    a.delete_assessment = _action(window, _tr("Actions", "Xóa báo cáo tự đánh giá năm học này…"),
                                  asm.delete_assessment)
    a.print_assessment = _action(window, _tr("Actions", "In báo cáo tự đánh giá…"), asm.print_assessment)
    a.print_evidence = _action(window, _tr("Actions", "In danh mục minh chứng…"), asm.print_evidence)
    a.print_council = _action(window, _tr("Actions", "In danh sách hội đồng…"), asm.print_council)
    a.assessment_word = _action(window, _tr("Actions", "Xuất báo cáo tự đánh giá ra Word…"), asm.assessment_to_word)
    a.about = _action(window, _tr("Actions", "Giới thiệu"), window.show_about)
    a.show_tree = _action(window, _tr("Actions", "Cây tiêu chí"), lambda: window.tree.setVisible(a.show_tree.isChecked()),
                          "Ctrl+T")
    a.show_tree.setCheckable(True)    # hidden on a small screen, the plan gets the whole width
    a.show_tree.setChecked(True)

    bar = window.menuBar()
    menu = bar.addMenu(_tr("Actions", "&Tệp"))
    menu.addActions([a.new, a.open])
    a.recent_menu = menu.addMenu(_tr("Actions", "Mở gần đây"))
    a.recent_menu.aboutToShow.connect(files.fill_recent_menu)
    menu.addActions([a.demo, a.save_copy, a.close])
    menu.addSeparator()
    menu.addActions([a.import_word, a.import_reply, a.export_word, a.export_excel, a.inspection_word,
                     a.assessment_word])
    menu.addSeparator()
    menu.addActions([a.export_district, a.restore])
    district = menu.addMenu(_tr("Actions", "Cơ quan quản lý"))
    district.addActions([a.open_district, a.new_district])
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
    menu.addSeparator()
    menu.addAction(a.show_tree)
    menu = bar.addMenu(_tr("Actions", "&Kế hoạch"))
    menu.addActions([a.plan_info, a.new_plan, a.next_year])
    menu.addSeparator()
    menu.addAction(a.issue)
    menu.addSeparator()
    menu.addActions([a.progress, a.inspection])
    menu.addSeparator()
    menu.addAction(a.school_info)
    # The self-assessment (Biểu 1) comes before the plan it feeds; its papers are also under «In».
    menu = bar.addMenu(_tr("Actions", "Tự đá&nh giá"))
    menu.addActions([a.council, a.evidence, a.report_texts])
    menu.addSeparator()
    menu.addAction(a.propose_problems)
    menu.addSeparator()
    menu.addAction(a.next_assessment)
    menu.addAction(a.delete_assessment)
    menu.addSeparator()
    menu.addActions([a.print_assessment, a.print_evidence, a.print_council, a.assessment_word])
    menu = bar.addMenu(_tr("Actions", "&In"))
    menu.addActions([a.print_plan, a.print_inspection, a.print_report])
    menu.addSeparator()
    menu.addActions([a.print_assessment, a.print_evidence, a.print_council])
    menu = bar.addMenu(_tr("Actions", "Trợ &giúp"))
    menu.addAction(a.about)

    # Shorter words on the toolbar so everything fits at 1366 px; menus and tooltips keep the full text.
    a.duplicate.setIconText(_tr("Actions", "Nhân bản"))
    a.move_up.setIconText(_tr("Actions", "Lên"))
    a.move_down.setIconText(_tr("Actions", "Xuống"))
    a.print_plan.setIconText(_tr("Actions", "In kế hoạch"))
    tools = QToolBar(_tr("Actions", "Thanh công cụ"), window)
    tools.setObjectName("main-toolbar")
    tools.setMovable(False)
    tools.addWidget(window.plan_label)
    tools.addWidget(window.plan_selector)
    # What a principal comes for first stays at the left, never in the overflow at 1024 px or 125 %.
    tools.addActions([a.print_plan, a.progress])
    tools.addSeparator()
    tools.addActions([a.add_row, a.duplicate, a.delete_row, a.move_up, a.move_down])
    tools.addSeparator()
    tools.addActions([a.undo, a.redo, a.find, a.plan_info])
    window.addToolBar(tools)
    a.plan_actions = [a.add_row, a.duplicate, a.delete_row, a.move_up, a.move_down, a.find, a.find_next,
                      a.plan_info, a.next_year, a.issue, a.progress, a.inspection, a.print_plan, a.print_inspection,
                      a.print_report, a.export_word, a.export_excel, a.inspection_word, a.propose_problems]
    # A self-assessment needs an open file, not a plan.
    a.file_actions = [a.save_copy, a.close, a.school_info, a.new_plan, a.import_word, a.import_reply, a.export_district,
                      a.restore, a.council, a.evidence, a.report_texts, a.next_assessment, a.delete_assessment,
                      a.print_assessment,
                      a.print_evidence, a.print_council, a.assessment_word]
    return a
