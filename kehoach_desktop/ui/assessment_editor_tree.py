"""Which framework the criteria tree shows, and with what: the plan's rows or the self-assessment's levels.

Beside «Kế hoạch» and «Tiến độ» the tree is the plan's framework with each criterion's rows; beside
«Tự đánh giá» it is the report's framework (a school whose plan is still on the 2018 circular assesses
under Thông tư 57) with each criterion's assessed level. A criterion is redrawn when its findings
change, the whole tree when another year or framework comes on screen.
"""
from __future__ import annotations


def sync_tree(window, force: bool = False) -> None:
    """Put the tree in line with the tab on screen (``force``: the report was read again, redraw its levels)."""
    page, session, tree = window.assessment_page, window.session, window.tree
    assessing = window.tabs.currentWidget() is page and page.framework is not None
    framework = page.framework if assessing else (session.framework if session else None)
    rebuilt = framework is not tree.framework
    tree.set_framework(framework)
    tree.set_assessment_mode(assessing)
    if session is not None and (rebuilt or force or not assessing) and framework is session.framework:
        tree.update_counts(session.model.rows)
    if (rebuilt or force) and page.framework is not None and framework is page.framework:
        tree.show_assessment(page.assessment)


def show_finding(window, code: str) -> None:
    """One criterion's findings changed: its level in the tree, if the tree shows the report's framework."""
    page = window.assessment_page
    if page.assessment is not None and window.tree.framework is page.framework:
        window.tree.show_result(code, page.assessment.criterion(code))
