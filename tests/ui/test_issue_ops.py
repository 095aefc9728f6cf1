"""«Ban hành kế hoạch…»: the principal is told what issuing means, confirms, and is shown the code."""
from __future__ import annotations

from kehoach_desktop.store import plans
from kehoach_desktop.store.revisions import list_revisions
from kehoach_desktop.ui.document import SchoolDocument
from kehoach_desktop.store.revisions import print_stamp
from kehoach_desktop.ui.issue_ops import confirm_box, issue_with


def _open(draft_demo_file):
    document = SchoolDocument(draft_demo_file)
    plan = plans.find_plan(document.db, "2024-2025")
    return document, plan


def test_confirming_issues_revision_1_and_shows_its_code(draft_demo_file):
    document, plan = _open(draft_demo_file)
    asked, told = [], []
    try:
        revision = issue_with(document, plan, lambda text: asked.append(text) or True, told.append)
        assert revision.number == 1
        assert "lần ban hành 1" in asked[0] and "Bản dự thảo" in asked[0]
        assert revision.code in told[0]
        assert [r.code for r in list_revisions(document.db, plan.id)] == [revision.code]
        again = issue_with(document, plan, lambda text: asked.append(text) or True, told.append)
        assert again is None and len(asked) == 1 and "không thay đổi" in told[1]
    finally:
        document.close()


def test_cancelling_writes_nothing(draft_demo_file):
    document, plan = _open(draft_demo_file)
    try:
        assert issue_with(document, plan, lambda text: False, lambda text: None) is None
        assert list_revisions(document.db, plan.id) == []
    finally:
        document.close()


def test_the_confirmation_after_an_edit_names_the_next_revision_and_keeps_the_old(qtbot, draft_demo_file, tmp_path):
    document, plan = _open(draft_demo_file)
    asked = []
    try:
        first = issue_with(document, plan, lambda text: True, lambda text: None)
        row = plans.get_plan(document.db, plan.id).rows[0]
        row.tasks += " Thêm camera ở nhà xe."
        plans.update_row(document.db, row)
        issue_with(document, plan, lambda text: asked.append(text) or False, lambda text: None)
    finally:
        document.close()
    assert "lần ban hành 2" in asked[0] and first.code in asked[0]
    box = confirm_box(None, asked[0])
    qtbot.addWidget(box)
    box.show()
    assert {b.text() for b in box.buttons()} == {"Ban hành", "Hủy"}
    assert box.defaultButton().text() == "Ban hành"
    box.grab().save(str(tmp_path / "ban-hanh.png"))


def test_a_print_from_the_window_carries_the_issued_revision_then_the_draft_mark(draft_demo_file):
    document, plan = _open(draft_demo_file)
    try:
        revision = issue_with(document, plan, lambda text: True, lambda text: None)
        stamp = document.guard.read(print_stamp, document.db, plans.get_plan(document.db, plan.id), document.school)
        assert (stamp.revision, stamp.code) == (1, revision.code)
        row = plans.get_plan(document.db, plan.id).rows[0]
        row.notes = "Sửa sau khi ban hành"
        plans.update_row(document.db, row)
        stamp = document.guard.read(print_stamp, document.db, plans.get_plan(document.db, plan.id), document.school)
        assert stamp.revision is None and stamp.label.startswith("Bản dự thảo – chưa ban hành")
    finally:
        document.close()
