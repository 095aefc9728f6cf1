"""The About box: what version this is, what is bundled under which licence, which catalogs."""
from __future__ import annotations

from kehoach_desktop import __version__
from kehoach_desktop.catalogs import installed_catalogs
from kehoach_desktop.ui.about import AboutDialog, catalog_status


def _column(table, col):
    return [table.item(r, col).text() for r in range(table.rowCount())]


def test_a_principal_reads_the_version_and_the_qt_version(qtbot):
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert f"Phiên bản {__version__}" in dialog.version_label.text()
    assert "Qt 6." in dialog.version_label.text()


def test_every_bundled_library_and_the_fonts_are_listed_with_their_licence(qtbot):
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    names, licences = _column(dialog.licence_table, 0), _column(dialog.licence_table, 2)
    listed = dict(zip(names, licences))
    assert listed["PySide6 (Qt for Python)"] == "LGPL v3"
    assert listed["Qt 6"] == "LGPL v3"
    assert listed["ReportLab, rl_accel"] == "BSD"
    assert listed["sqlite-utils"] == "Apache 2.0"
    assert listed["Liberation Serif 2.x"] == "SIL Open Font License 1.1"
    versions = dict(zip(names, _column(dialog.licence_table, 1)))
    assert versions["Kế hoạch CLGD"] == __version__
    assert versions["ReportLab, rl_accel"][0].isdigit()
    assert versions["Python"][0] == "3"


def test_the_lgpl_terms_for_qt_are_spelled_out(qtbot):
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    note = dialog.lgpl_note.text()
    assert "LGPL" in note and "có thể thay" in note and "qt.io" in note


def test_the_font_licence_text_itself_is_shown(qtbot):
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert "SIL OPEN FONT LICENSE" in dialog.font_licence.toPlainText().upper()


def test_provisional_catalogs_say_so_and_official_ones_count_unverified_titles(qtbot):
    catalogs = installed_catalogs()
    dialog = AboutDialog(catalogs)
    qtbot.addWidget(dialog)
    rows = dict(zip(_column(dialog.catalog_table, 0), _column(dialog.catalog_table, 3)))
    assert set(rows) == set(catalogs)
    assert rows["tt57-pt"].startswith("Tạm thời")
    assert "TẠM THỜI" in _column(dialog.catalog_table, 1)[sorted(catalogs).index("tt57-pt")]
    assert rows["tt18"].startswith("Chính thức")
    unverified = sum(1 for c in catalogs["tt18"].criteria() if c.unverified)
    if unverified:
        assert f"{unverified} tiêu chí chưa đối chiếu" in catalog_status(catalogs["tt18"])


def test_a_maintainer_sees_the_unverified_amendment_and_the_standard_title_still_flagged(qtbot):
    catalogs = installed_catalogs()
    dialog = AboutDialog(catalogs)
    qtbot.addWidget(dialog)
    rows = dict(zip(_column(dialog.catalog_table, 0), _column(dialog.catalog_table, 3)))
    amended = "sửa đổi bởi Thông tư 22/2024/TT-BGDĐT (chưa xác minh ảnh hưởng đến tiêu chí)"
    for fid in ("tt17", "tt18", "tt19"):
        assert rows[fid].startswith("Chính thức") and amended in rows[fid]
        assert rows[fid] == catalog_status(catalogs[fid])
    assert "1 tên tiêu chuẩn chưa đối chiếu đủ nguồn" in rows["tt19"]      # TT19 standard 2
    assert "tiêu chí chưa đối chiếu" not in rows["tt18"]                 # its one flag was cleared
    assert "sửa đổi" not in rows["tt57-pt"]
