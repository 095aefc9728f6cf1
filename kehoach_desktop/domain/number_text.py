"""Numbers as every view writes them: Vietnamese decimals, "%" against the number.

One format for the window, the command line and every printed page, so that a report never
shows "≤ 3 %" beside "74,4%": a percent is written "74,4%" (as Vietnamese official reports
write it), any other unit follows the number after a space ("20 học sinh").
"""
from __future__ import annotations

PERCENT = "%"


def format_number(value: float | None) -> str:
    """Vietnamese decimals: 99.96 → "99,96", 95.0 → "95"."""
    if value is None:
        return ""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


def format_quantity(value: float | None, unit: str = "") -> str:
    """63.5 and "%" → "63,5%"; 17 and "học sinh" → "17 học sinh"; no value → ""."""
    if value is None:
        return ""
    unit = unit.strip()
    number = format_number(value)
    if unit == PERCENT:
        return number + PERCENT
    return f"{number} {unit}".strip()


def format_percent(value: float | None) -> str:
    """74.4 → "74,4%"."""
    return format_quantity(value, PERCENT)
