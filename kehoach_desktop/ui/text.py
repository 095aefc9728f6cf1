"""Data shown where Qt reads "&" as a mnemonic marker (menus, buttons, tabs, labels with a buddy).

"Phòng GD&ĐT" put there as is shows as "Phòng GDĐT" with the Đ underlined; doubled, the "&"
shows. Only for text from data (names, paths); our own strings mark their mnemonics on purpose.
"""
from __future__ import annotations


def literal(text: str) -> str:
    """``text`` for a QAction/QPushButton/QCheckBox/tab/QMenu/buddied QLabel, every "&" shown as typed."""
    return text.replace("&", "&&")
