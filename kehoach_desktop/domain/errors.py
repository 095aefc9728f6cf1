"""The one error type the program raises for bad input.

Every refusal a user can meet (a wrong date, a budget the parser cannot read,
a foreign file) is an ``InputError`` with a Vietnamese message that names the
field, so the window and the command line can show it as it is, never as a
traceback.
"""
from __future__ import annotations


class InputError(ValueError):
    """Bad input from a user or a file; ``message`` is Vietnamese and shown as is."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field

    def __str__(self) -> str:
        return self.message
