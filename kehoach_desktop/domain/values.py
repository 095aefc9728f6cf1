"""Small value types shared by the plan and its parsers: months, timeframes, budgets."""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date


def nfc(text: str | None) -> str:
    """Text is stored and drawn in Unicode NFC whatever form it was typed or pasted in."""
    return unicodedata.normalize("NFC", text or "")


@dataclass(frozen=True, order=True)
class Month:
    """A calendar month: plans are scheduled by month ("Tháng 9/2023")."""

    year: int
    month: int

    def __post_init__(self) -> None:
        if not 1 <= self.month <= 12:
            raise ValueError(f"month out of range: {self.month}")

    @classmethod
    def from_iso(cls, text: str) -> "Month":
        year, month = text.split("-")[:2]
        return cls(int(year), int(month))

    @classmethod
    def of(cls, day: date) -> "Month":
        return cls(day.year, day.month)

    def iso(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    def __str__(self) -> str:  # how principals write it
        return f"{self.month}/{self.year}"

    def plus(self, months: int) -> "Month":
        index = self.year * 12 + (self.month - 1) + months
        return Month(index // 12, index % 12 + 1)


@dataclass(frozen=True)
class Timeframe:
    """When a row's work runs; ``text`` keeps what the principal wrote."""

    start: Month | None
    end: Month | None
    text: str = ""

    def display(self) -> str:
        if self.text:
            return self.text
        if self.start and self.end:
            return f"Tháng {self.start} - tháng {self.end}"
        return ""


@dataclass(frozen=True)
class Budget:
    """A budget as principals write it: an amount in đồng when one is stated, and the words kept."""

    amount: int | None
    text: str = ""

    def display(self) -> str:
        return self.text or (f"{self.amount:,}".replace(",", ".") + " đ" if self.amount else "")
