"""Printing a 2,000-row plan: a bar that fills with the page being built, and «Hủy» that stops it.

The principal presses «In kế hoạch…» on a plan of ~550 pages: after 0.4 s a dialog shows how
far the build has got (the rows being measured, then "Đang dựng trang N"); «Hủy» stops the
build within a moment, no preview opens, the status bar says it was cancelled, no PDF is
left behind and the school file is as it was.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QProgressDialog, QPushButton

from kehoach_desktop.ui.main_window import MainWindow
from kehoach_desktop.ui.preview import PdfPreviewDialog
from tests.ui.window_helpers import digest, settings, warnings, window  # noqa: F401 (fixtures)

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from plan_2000 import write_plan_2000  # noqa: E402

CANCEL_WITHIN = 1.0    # seconds from the click on «Hủy» to the window being free again


@pytest.fixture
def previews(monkeypatch) -> list[PdfPreviewDialog]:
    opened: list[PdfPreviewDialog] = []
    monkeypatch.setattr(PdfPreviewDialog, "exec", lambda dialog: opened.append(dialog) or QDialog.Rejected)
    return opened


@pytest.fixture
def big_window(qtbot, tmp_path, settings, warnings) -> MainWindow:   # noqa: F811
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.open_document(write_plan_2000(tmp_path / "truong-2000.db"))
    win.show()
    qtbot.waitExposed(win)
    assert len(win.session.plan.rows) == 2000
    return win


class Watcher:
    """Looks at the progress dialog every few hundredths of a second while the build runs."""

    def __init__(self, win: MainWindow, cancel_at_page: int | None) -> None:
        self.win, self.cancel_at_page = win, cancel_at_page
        self.seen: list[tuple[str, int, int]] = []      # (label, value, maximum)
        self.clicked_at: float | None = None
        QTimer.singleShot(0, self.look)

    def dialog(self) -> QProgressDialog | None:
        shown = [d for d in self.win.findChildren(QProgressDialog) if d.isVisible()]
        return shown[0] if shown else None

    def look(self) -> None:
        dialog = self.dialog()
        if dialog is not None and self.clicked_at is None:
            self.seen.append((dialog.labelText(), dialog.value(), dialog.maximum()))
            page = self.page(dialog.labelText())
            if self.cancel_at_page is not None and page is not None and page >= self.cancel_at_page:
                button = dialog.findChild(QPushButton)
                assert button is not None and button.text() == "Hủy"
                self.clicked_at = time.perf_counter()
                button.click()
                return
        QTimer.singleShot(20, self.look)

    @staticmethod
    def page(label: str) -> int | None:
        if not label.startswith("Đang dựng trang "):
            return None
        return int(label.removeprefix("Đang dựng trang ").split()[0])


def test_hủy_stops_a_long_print_at_once_and_leaves_nothing(big_window, previews, tmp_path):
    win = big_window
    school_file = tmp_path / "truong-2000.db"
    before = digest(school_file)
    watcher = Watcher(win, cancel_at_page=40)
    win.menu_actions.print_plan.trigger()          # returns once the build has stopped
    back = time.perf_counter()

    assert watcher.clicked_at is not None, f"no page was ever shown: {watcher.seen[-3:]}"
    assert back - watcher.clicked_at < CANCEL_WITHIN
    labels = [label for label, _, _ in watcher.seen]
    assert any(label.startswith("Đang chuẩn bị bảng: dòng ") and label.endswith("/2005…") for label in labels)
    pages = [Watcher.page(label) for label in labels if Watcher.page(label) is not None]
    assert pages == sorted(pages) and pages[-1] >= 40
    estimate = int(labels[-1].split("(khoảng ")[1].split()[0])    # the length it will have (549), told in advance
    assert 500 < estimate < 600
    values = [value for _, value, _ in watcher.seen]
    assert all(maximum == 1000 for _, _, maximum in watcher.seen)  # determinate, not a busy bar
    assert values == sorted(values) and values[-1] > values[0] >= 0 and values[-1] < 1000

    assert previews == [] and win.printing.last_pdf is None
    assert win.statusBar().currentMessage().startswith("Đã hủy")
    assert watcher.dialog() is None
    assert [p for p in Path(win.printing._folder.name).rglob("*") if p.is_file()] == []   # no PDF, no temp file
    assert digest(school_file) == before


def test_after_hủy_the_next_print_runs_to_its_preview(window, previews, monkeypatch):   # noqa: F811
    """A slow render that reports its pages: cancelled once, then left to finish."""
    from kehoach_desktop.reports import plan as plan_report
    real = plan_report.print_plan

    def slow(plan, school, fw, out, stamp=None, progress=None):
        from kehoach_desktop.reports.build_progress import PAGES, Step
        for page in range(1, 41):          # 40 "pages" of 20 ms, then the real, short build
            time.sleep(0.02)
            progress(Step(PAGES, page, 40, page / 41))
        real(plan, school, fw, out, stamp)
    monkeypatch.setattr(plan_report, "print_plan", slow)

    watcher = Watcher(window, cancel_at_page=25)
    window.menu_actions.print_plan.trigger()
    assert watcher.clicked_at is not None and previews == []
    assert window.statusBar().currentMessage().startswith("Đã hủy")

    watcher = Watcher(window, cancel_at_page=None)
    window.menu_actions.print_plan.trigger()
    assert len(previews) == 1 and previews[0].page_count() > 2
    assert window.printing.last_pdf.is_file() and window.statusBar().currentMessage() == ""
    assert any(label.endswith(" (khoảng 40 trang)…") for label, _, _ in watcher.seen)


def test_esc_or_closing_the_bar_means_hủy_and_a_short_job_shows_no_dialog(qtbot, window):   # noqa: F811
    from PySide6.QtCore import Qt

    from kehoach_desktop.ui.busy import Cancelled, run_with_progress

    def job(report) -> str:
        for step in range(100):
            time.sleep(0.02)
            report(step)
        return "done"

    def describe(step: int) -> tuple[float, str]:
        return step / 100, f"bước {step}"

    assert run_with_progress(window, "…", lambda report: "quick", describe) == "quick"
    assert window.findChildren(QProgressDialog) == []         # quicker than 0.4 s: no dialog flashes

    for gesture in (lambda d: qtbot.keyClick(d, Qt.Key_Escape), lambda d: d.close()):
        def look(gesture=gesture) -> None:
            shown = [d for d in window.findChildren(QProgressDialog) if d.isVisible()]
            if shown and shown[0].value() > 0:
                gesture(shown[0])
                return
            QTimer.singleShot(20, look)
        QTimer.singleShot(0, look)
        started = time.perf_counter()
        with pytest.raises(Cancelled):
            run_with_progress(window, "…", job, describe)
        assert time.perf_counter() - started < 1.5                # 100 steps of 20 ms would be 2 s
