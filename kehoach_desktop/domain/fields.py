"""Every field of a plan row described once: the registry the table, the row form, the printed and
exported plans, the Word importer, validation, the fingerprint and the store all derive from.

A field is known by its ``name``: the ``PlanRow`` attribute, or, for a field added to the
registry without a dataclass attribute, a key of ``PlanRow.extra`` (``value_of`` and
``with_value`` hide the difference). Each plan form that shows the field gives it an ``OnForm``:
its heading as printed on that form (Vietnamese source text, translated by the ui through one
lookup keyed by the heading), its place, its share of the window table and of the printed
table, and whether a row needs it. Everything else is said once per field: its kind (which
parser reads it, see ``field_parse``), the words the Word importer knows it by, its Excel
width, whether it is part of the issued plan's fingerprint and whether the district office
copies it.

The fingerprint flag is explicit per field on purpose: a field that is not part of the signed
paper (the year's progress) says so itself, instead of a list of exclusions that a new field
would silently join or leave.

The active registry is ``plan_fields()``; a test swaps in its own with ``using_fields``.
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace

from kehoach_desktop.domain.plan import FORM_TT18, FORM_TT57, PlanRow

TEXT, CRITERION, LEVEL, TIMEFRAME, BUDGET, STATUS = "text", "criterion", "level", "timeframe", "budget", "status"
PERCENT, MONEY, FLAG = "percent", "money", "flag"      # progress kept on the row, never typed into the plan


@dataclass(frozen=True)
class OnForm:
    """How one plan form shows a field."""

    order: int                          # place among the form's fields (the order principals know)
    heading: str                        # the column heading as the window and the form name it
    table: int | None = None            # share of the window table's width; None: edited in the row form only
    printed: float | None = None        # share of the printed table's width; None: no column of its own
    required: bool = False              # a row of this form cannot be saved without it
    label: str = ""                     # the row form's label when shorter than the heading
    print_heading: str = ""             # the printed heading when it differs from the window's

    @property
    def form_label(self) -> str:
        return self.label or self.heading

    @property
    def printed_heading(self) -> str:
        return self.print_heading or self.heading


@dataclass(frozen=True)
class Field:
    name: str                           # PlanRow attribute, or key of PlanRow.extra
    kind: str                           # TEXT, CRITERION, LEVEL, TIMEFRAME, BUDGET, STATUS, PERCENT, MONEY, FLAG
    label: str                          # short name in messages and Excel when no form shows it
    forms: dict[str, OnForm] = field(default_factory=dict)
    words: dict[str, tuple[str, ...]] = field(default_factory=dict)   # form → Word header words
    word_rank: int = 0                  # the importer tries lower ranks first (most specific words first)
    excel_width: float = 24             # Excel column width (characters)
    excel_always: bool = False          # Excel shows it on every form, not only where the form does
    excel_label: str = ""               # Excel heading when not the form's label
    excel_format: str | None = None     # Excel number format of its value
    fingerprint: bool = True            # part of the issued plan's canonical form (the signed paper)
    # Written into the canonical form even when empty. True only for the fields of the first issued
    # plans, whose codes must never change; a field added later joins the canonical form only once
    # a row fills it, so every plan issued before it keeps its code.
    fingerprint_empty: bool = False
    office: bool = True                 # the district office copies it
    default: object = ""

    def on(self, form: str) -> OnForm | None:
        return self.forms.get(form)

    @property
    def is_extra(self) -> bool:
        """A field with no PlanRow attribute: its value lives in ``PlanRow.extra``."""
        return self.name not in _ROW_ATTRIBUTES


_ROW_ATTRIBUTES = frozenset(PlanRow.__dataclass_fields__)


def value_of(row: PlanRow, f: Field):
    if f.is_extra:
        return dict(row.extra).get(f.name, f.default)
    return getattr(row, f.name)


def with_value(row: PlanRow, f: Field, value) -> PlanRow:
    """A new row with ``f`` set (``extra`` is immutable pairs: replaced, never changed in place)."""
    if f.is_extra:
        return replace(row, extra=tuple(sorted({**dict(row.extra), f.name: value}.items())))
    return replace(row, **{f.name: value})


class FieldRegistry:
    """The fields in their master order (the Excel order), with the views every consumer needs."""

    def __init__(self, fields: tuple[Field, ...]) -> None:
        self.fields = tuple(fields)
        self.by_name = {f.name: f for f in self.fields}
        if len(self.by_name) != len(self.fields):
            raise ValueError("two fields share a name")

    def __iter__(self) -> Iterator[Field]:
        return iter(self.fields)

    def __getitem__(self, name: str) -> Field:
        return self.by_name[name]

    def get(self, name: str) -> Field | None:
        return self.by_name.get(name)

    def on_form(self, form: str) -> list[Field]:
        """The fields ``form`` shows, in its order."""
        return sorted((f for f in self.fields if form in f.forms), key=lambda f: f.forms[form].order)

    def names(self, form: str) -> tuple[str, ...]:
        return tuple(f.name for f in self.on_form(form))

    def required(self, form: str) -> tuple[str, ...]:
        return tuple(f.name for f in self.on_form(form) if f.forms[form].required)

    def table_fields(self, form: str) -> list[Field]:
        return [f for f in self.on_form(form) if f.forms[form].table is not None]

    def printed_fields(self, form: str) -> list[Field]:
        return [f for f in self.on_form(form) if f.forms[form].printed is not None]

    def excel_fields(self, form: str) -> list[Field]:
        return [f for f in self.fields if form in f.forms or f.excel_always]

    def text_fields(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields if f.kind == TEXT)

    def import_words(self, form: str) -> list[tuple[str, tuple[str, ...]]]:
        """(field, header words) in the order the Word importer tries them."""
        listed = [f for f in self.fields if form in f.words]
        return [(f.name, f.words[form]) for f in sorted(listed, key=lambda f: f.word_rank)]

    def fingerprint_fields(self) -> list[Field]:
        return [f for f in self.fields if f.fingerprint]

    def office_fields(self) -> list[Field]:
        return [f for f in self.fields if f.office]

    def extra_fields(self) -> list[Field]:
        return [f for f in self.fields if f.is_extra]

    def with_field(self, new: Field) -> "FieldRegistry":
        return FieldRegistry(self.fields + (new,))


_active: list[FieldRegistry] = []


def plan_fields() -> FieldRegistry:
    """The registry in force (the program's own, unless a test swapped in another)."""
    if not _active:
        from kehoach_desktop.domain.plan_fields import PLAN_FIELDS
        _active.append(PLAN_FIELDS)
    return _active[-1]


@contextmanager
def using_fields(registry: FieldRegistry) -> Iterator[FieldRegistry]:
    """Every consumer reads ``registry`` while the block runs (tests of a new field)."""
    plan_fields()
    _active.append(registry)
    try:
        yield registry
    finally:
        _active.pop()


FORMS = (FORM_TT18, FORM_TT57)
