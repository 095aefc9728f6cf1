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


def signed(data: dict, tmp_path, name: str) -> str:
    from kehoach_desktop.domain.office_reply import sign_reply
    from kehoach_desktop.domain.signing import new_key_pair
    path = tmp_path / name
    path.write_text(json.dumps(sign_reply(data, new_key_pair()[0]), ensure_ascii=False), encoding="utf-8")
    return str(path)


def test_a_reply_signed_by_a_new_office_key_is_taken_only_when_the_principal_says_so(
        qtbot, window, warnings, tmp_path, monkeypatch):
    window.session.load(TT57_PLAN)
    first = json.loads(open(a_reply(tmp_path, window), encoding="utf-8").read())
    later = {**first, "decision": "approved", "reasons": "", "comments": []}
    answers: list[bool] = []
    monkeypatch.setattr("kehoach_desktop.ui.reply_ops.ReplyOps.confirm_key", lambda self, exc: answers.pop(0))
    for path in (signed(first, tmp_path, "1.json"), signed(later, tmp_path, "2.json")):
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, p=path, **k: (p, ""))
        answers[:] = [False]                       # the second file's new key: the principal says no …
        window.menu_actions.import_reply.trigger()
    assert answers == [] and "Trả lại" in window.reply_banner.text()
    assert "Khóa ký của cơ quan quản lý đã đổi" in warnings[-1]
    answers.append(True)                           # … then phones the office and says yes
    window.menu_actions.import_reply.trigger()
    assert "Đã duyệt" in window.reply_banner.text()
