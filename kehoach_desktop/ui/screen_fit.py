"""Windows sized to the screen the principal has: 1024×768, 1366×768, often at 125 % scaling.

At 125 % a 1366×768 laptop screen is 1093×614 logical pixels, less the taskbar; a window that
asks for 1366×768 there opens half off the screen. Every top-level window and dialog asks for
its preferred size and gets at most the screen's available area.
"""
from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

PREFERRED_SIZE = (1366, 768)   # the main window's size where the screen allows it
FRAME_ALLOWANCE = (16, 40)     # px: borders and title bar before the window manager has said


def available_area(widget: QWidget):
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else None


def fit_to_screen(widget: QWidget, preferred: tuple[int, int]) -> None:
    """Resize ``widget`` to ``preferred`` or the screen's available area, whichever is smaller,
    and move it fully onto the screen. Maximise when the screen is smaller than preferred."""
    area = available_area(widget)
    if area is None:
        widget.resize(*preferred)
        return
    frame = widget.frameGeometry().size() - widget.geometry().size()   # title bar and borders
    if frame.isEmpty():    # not shown yet: the window manager's frame is unknown, allow Windows 10's
        frame = QSize(*FRAME_ALLOWANCE)
    width = min(preferred[0], area.width() - frame.width())
    height = min(preferred[1], area.height() - frame.height())
    widget.resize(max(width, 320), max(height, 240))
    left = max(area.left(), min(widget.x(), area.right() - widget.frameGeometry().width() + 1))
    top = max(area.top(), min(widget.y(), area.bottom() - widget.frameGeometry().height() + 1))
    widget.move(left, top)


def scrollable(page: QWidget) -> QScrollArea:
    """``page`` in a scroll area, so a tall form scrolls instead of making its dialog taller
    than a 125 % screen."""
    area = QScrollArea(page.parentWidget())
    area.setWidget(page)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.NoFrame)
    return area
