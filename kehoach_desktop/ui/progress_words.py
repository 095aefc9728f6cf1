"""The domain's Vietnamese words for progress, as the window shows them in the user's language.

domain/ keeps "Học kỳ I", "Hoàn thành", "Cuối năm học" as data (they are what the
file stores and the printed plan says); the window translates them only when it
draws them. Each word is a literal here so lupdate sees it; a word the domain
adds later shows as it is until it is listed.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

_tr = QCoreApplication.translate   # lupdate: -tr-function-alias translate+=_tr


def period_name(period: str) -> str:
    """"Học kỳ I" / "Cả năm" in the user's language."""
    words = {"Học kỳ I": _tr("ProgressWords", "Học kỳ I"), "Cả năm": _tr("ProgressWords", "Cả năm")}
    return words.get(period, period)


def status_name(key: str) -> str:
    """A row status key (domain.plan.STATUSES) in the user's language."""
    words = {"not_started": _tr("ProgressWords", "Chưa thực hiện"),
             "in_progress": _tr("ProgressWords", "Đang thực hiện"),
             "done": _tr("ProgressWords", "Hoàn thành"),
             "paused": _tr("ProgressWords", "Tạm dừng")}
    return words.get(key, key)


def review_label(when: str) -> str:
    """A review point of the monitoring table (domain.monitoring.review_points) in the user's language."""
    words = {"Cuối học kỳ I": _tr("ProgressWords", "Cuối học kỳ I"),
             "Cuối năm học": _tr("ProgressWords", "Cuối năm học")}
    return words.get(when, when)


def verdict(met: bool) -> str:
    return _tr("ProgressWords", "Đạt") if met else _tr("ProgressWords", "Chưa đạt")
