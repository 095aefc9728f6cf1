"""«Phòng GD&ĐT Quận 3» keeps its "&" wherever Qt would read it as a mnemonic marker.

Menus, buttons and labels with a buddy show "&X" as an underlined X; data with a "&" must
reach them as "&&". What is on screen is read the way Qt draws it (:func:`shown`).
"""
from __future__ import annotations

import re
import shutil

from PySide6.QtCore import QPoint, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QToolBar

from kehoach_desktop.ui.text import literal
from tests.ui.window_helpers import settings, type_text, warnings, window  # noqa: F401 (fixtures)

OFFICE = "Phòng GD&ĐT Quận 3"


def shown(text: str) -> str:
    """What Qt draws for a menu, button or buddied label text: "&x" is x underlined, "&&" is "&"."""
    return re.sub(r"&(.)", r"\1", text.split("\t")[0])


def test_literal_doubles_every_ampersand_and_reads_back_as_typed():
    assert literal(OFFICE) == "Phòng GD&&ĐT Quận 3"
    assert shown(literal(OFFICE)) == OFFICE and shown(literal("A && B")) == "A && B"
    assert literal("Trường THCS Hòa Bình") == "Trường THCS Hòa Bình"


def test_a_new_office_file_names_its_office_with_the_ampersand(qtbot, window, tmp_path, monkeypatch):
    from kehoach_desktop.ui.district.office_dialog import OfficeDialog
    target = tmp_path / "so.db"
    monkeypatch.setattr("kehoach_desktop.ui.exchange_ops.QFileDialog.getSaveFileName",
                        lambda *args, **kwargs: (str(target), ""))
    labels: list[str] = []

    def answer():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, OfficeDialog):
            QTimer.singleShot(20, answer)
            return
        labels.extend(shown(label.text()) for label in dialog.findChildren(QLabel) if label.buddy() is not None)
        dialog.kind.setCurrentIndex(dialog.kind.findData("province"))
        type_text(dialog.province, "thành phố Hải Phòng")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.Ok).click()

    QTimer.singleShot(0, answer)
    window.menu_actions.new_district.trigger()
    assert "Loại cơ quan" in labels and all("&" not in text for text in labels)
    district = window.exchange.district_windows[-1]
    qtbot.addWidget(district)
    assert district.title.text() == "Sở GD&ĐT Hải Phòng"      # a plain QLabel: no buddy, no mnemonic
    assert "Sở GD&ĐT Hải Phòng" in district.windowTitle()
    toolbar_entry = district.findChild(QToolBar).toggleViewAction()
    assert shown(toolbar_entry.text()) == "Cơ quan quản lý"
    menu = district.createPopupMenu()               # right-click on the toolbar area
    assert "Cơ quan quản lý" in [shown(action.text()) for action in menu.actions()]


def test_a_recent_file_in_a_folder_with_an_ampersand_is_listed_as_it_is_named(qtbot, window, demo_file, tmp_path):
    folder = tmp_path / OFFICE
    folder.mkdir()
    school = shutil.copyfile(demo_file, folder / "truong.db")
    window.settings.add_recent(school)
    menu = window.menu_actions.recent_menu
    menu.popup(window.mapToGlobal(QPoint(10, 10)))   # opening the menu fills it
    entry = menu.actions()[0]
    assert shown(entry.text()) == f"1 {school.resolve()}"
    menu.close()
    entry.trigger()
    assert window.document.path.resolve() == school.resolve()
