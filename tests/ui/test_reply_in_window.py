"""The principal brings the office's reply back on a USB stick and opens it from the menu."""
from __future__ import annotations

import json

from PySide6.QtWidgets import QFileDialog

from tests.ui.window_helpers import TT57_PLAN, settings, warnings, window  # noqa: F401 (fixtures)


def a_reply(tmp_path, window) -> str:
    rows = window.session.model.rows
    data = {"format": "kehoach-phan-hoi", "version": 1, "school_code": "THCS-AP-017", "school_year": "2026-2027",
            "office": {"name": "Phòng Văn hóa - Xã hội", "governing_body": "UBND XÃ HÒA BÌNH"},
            "decision": "returned", "reasons": "Bổ sung chỉ số đánh giá.", "decided_on": "2026-11-20",
            "comments": [{"row_id": rows[1].id, "comment": "Ghi rõ cách đo."}]}
    path = tmp_path / "phan-hoi.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return str(path)


def test_the_reply_opened_from_the_menu_shows_the_decision_and_the_comment_above_the_plan(
        qtbot, window, warnings, tmp_path, monkeypatch):
    window.session.load(TT57_PLAN)
    path = a_reply(tmp_path, window)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (path, ""))
    assert not window.reply_banner.isVisible()
    window.menu_actions.import_reply.trigger()
    banner = window.reply_banner.text()
    assert window.reply_banner.isVisible() and "Trả lại (2026-11-20)" in banner
    assert "Lý do: Bổ sung chỉ số đánh giá." in banner and "Dòng 2: Ghi rõ cách đo." in banner
    window.menu_actions.import_reply.trigger()                 # the same file again: refused, nothing changes
    assert "đã được nhập" in warnings[-1] and window.reply_banner.text() == banner
