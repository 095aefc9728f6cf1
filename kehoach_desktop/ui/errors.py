"""How the window says a refusal: in the interface's language.

An ``InputError`` carries a Vietnamese template and its values (domain/errors.py); the command
line prints the Vietnamese, the window asks for the text in the language installed with
``ui.language.install_language``. Every place in ui/ that shows a refusal goes through here.
"""
from __future__ import annotations

from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.ui.language import interface_language


def error_text(exc: InputError) -> str:
    """The refusal as the user reads it in this window."""
    return exc.in_language(interface_language())
