"""The officer compares a school's signing key over the phone: the school's plan view in the office
window shows the fingerprint of the key the office holds, the same one `kehoach school show` prints."""
from __future__ import annotations

from kehoach_desktop.store.database import open_school_file
from kehoach_desktop.store.signing_keys import school_fingerprint
from kehoach_desktop.ui.district.school_view import SchoolView
from kehoach_desktop.ui.district.window import DistrictWindow
from tests.store.exchange_helpers import exported_school, new_district


def test_the_school_view_shows_the_key_the_office_holds(qtbot, tmp_path):
    exported = exported_school(tmp_path / "a", rows=5)
    db = open_school_file(next((tmp_path / "a").glob("truong-*.db")), read_only=True)
    try:
        fingerprint = school_fingerprint(db)
    finally:
        db.close()
    window = DistrictWindow(new_district(tmp_path))
    qtbot.addWidget(window)
    window.import_paths([exported], show_report=False)
    window.table.selectRow(0)
    window.view_action.trigger()
    [view] = [w for w in window.findChildren(SchoolView)]
    qtbot.addWidget(view)
    assert f"Khóa ký tệp của trường: {fingerprint}" in view.key.text()
    view.close()
    window.close()
