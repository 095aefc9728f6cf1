"""The one error type the program raises for bad input, as data.

Every refusal a user can meet (a wrong date, a budget the parser cannot read, a foreign file) is
an ``InputError``. It carries its message as a Vietnamese *template* — also its message id, the
way gettext uses the source text — with the values that fill it, the field it is about and, when
there is one, the plan row. ``message`` is the Vietnamese text (the command line prints it); the
window asks ``in_language(lang)`` and gets the English text from ``domain.messages_en`` when the
interface is English. So nothing downstream has to parse a row number or a field back out of a
sentence.
"""
from __future__ import annotations

from typing import Any


class InputError(ValueError):
    """Bad input from a user or a file.

    ``InputError("Năm học {year} đã có kế hoạch.", field="school_year", year="2024-2025")``: the
    template is formatted with the keyword values. A message given already formatted (no values)
    is shown as it is. A value may itself be an ``InputError`` (the reason a wider refusal gives),
    or a tuple of them and plain values (a list of problems, see :func:`joined`): it is shown in the
    language asked for.
    """

    def __init__(self, message: str, field: str | None = None, *, row: int | None = None,
                 **values: Any) -> None:
        self.template = message
        self.values = values
        self.field = field
        self.row = row                       # 1-based plan row the refusal is about, if any
        self.message = message.format(**_shown(values, "vi")) if values else message
        super().__init__(self.message)

    def in_language(self, language: str) -> str:
        """The message in ``language`` ("vi" or "en"); Vietnamese when no translation exists."""
        if language.startswith("vi"):
            return self.message
        from kehoach_desktop.domain.messages_en import ENGLISH
        english = ENGLISH.get(self.template)
        if english is None:
            return self.message
        return english.format(**_shown(self.values, language)) if self.values else english

    def __str__(self) -> str:
        return self.message


def joined(parts: list, separator: str = "") -> tuple:
    """``parts`` with ``separator`` between them, as one value of a template (each part translated)."""
    out: list = []
    for part in parts:
        if out and separator:
            out.append(separator)
        out.append(part)
    return tuple(out)


def _shown(values: dict[str, Any], language: str) -> dict[str, Any]:
    """The values as the text of ``language``: nested refusals and tuples of parts rendered."""
    def shown(value: Any) -> Any:
        if isinstance(value, InputError):
            return value.in_language(language)
        if isinstance(value, tuple):
            return "".join(str(shown(part)) for part in value)
        return value
    return {name: shown(value) for name, value in values.items()}
