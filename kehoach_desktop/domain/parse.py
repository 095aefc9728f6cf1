"""What principals type → values: budgets, timeframes, criterion references, levels, dates.

Every parser first turns its input into Unicode NFC (``nfc``) and collapses runs of
whitespace (line breaks from flattened Word tables included) into one space. Matching is
done on a case-folded copy; whatever is kept as ``text`` is the NFC, collapsed form of what
was typed, because plans print budgets and timeframes the way principals wrote them.

Every refusal is an ``InputError`` whose Vietnamese message names the field and shows what
was typed, and whose ``field`` is one of ``budget``, ``timeframe``, ``criterion``, ``level``,
``date``, ``school_year``.

Pure Python: no Qt, no SQL.
"""
from .parse_budget import format_amount, parse_budget
from .parse_dates import format_vn_date, parse_date
from .parse_refs import parse_criterion_ref, parse_level, parse_level_pair, parse_standard_heading
from .parse_timeframe import parse_school_year, parse_timeframe

__all__ = [
    "format_amount",
    "format_vn_date",
    "parse_budget",
    "parse_criterion_ref",
    "parse_date",
    "parse_level",
    "parse_level_pair",
    "parse_school_year",
    "parse_standard_heading",
    "parse_timeframe",
]
