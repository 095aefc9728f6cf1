"""The limits every catalog file obeys, and bounded JSON parsing of an untrusted catalog.

One set of limits in one place: ``kehoach catalog import`` and the loader read a file through
:func:`parse_catalog_json`, so a file the import accepts is always one the loader accepts
(a 6 MB file used to install and then stop every command from starting). The bundled
catalogs are far inside them (about 60 kB, nesting depth 6, strings under 1,000 characters).

Parsing is bounded before Python's json module sees the text: the nesting depth is counted
in one pass (json would raise RecursionError deep inside), numbers longer than a few digits
are refused as they are read (Python refuses to convert over 4,300 digits with a ValueError,
and a 4,000-digit version is no version), and NaN/Infinity are not JSON.
"""
from __future__ import annotations

import json
import re
from typing import Any

from kehoach_desktop.domain.errors import InputError

#: largest catalog file read (the bundled ones are under 100 kB)
MAX_FILE_BYTES = 2 * 1024 * 1024
#: deepest nesting of lists and objects (the bundled catalogs: 6)
MAX_DEPTH = 16
#: longest string, in characters (the bundled catalogs: under 1,000)
MAX_STRING_CHARS = 20_000
#: most items in one list or object
MAX_ITEMS = 1_000
#: longest number as written (digits, sign, point, exponent)
MAX_NUMBER_CHARS = 12
#: standards in one catalog, criteria in one catalog
MAX_STANDARDS = 50
MAX_CRITERIA = 500
#: circulars listed as amending one catalog (the 2018 ones have had one)
MAX_AMENDMENTS = 20
#: a catalog's version is a small integer
MAX_VERSION = 10_000

# a JSON string with its escapes: linear, no nested quantifier can backtrack
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")


def _too_deep(text: str) -> bool:
    """True when lists and objects nest deeper than MAX_DEPTH (brackets inside strings ignored)."""
    brackets = _NOT_BRACKET.sub("", _STRING.sub("", text))
    depth = 0
    for ch in brackets:
        if ch in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return True
        else:
            depth -= 1
    return False


def _number(kind: type):
    def parse(text: str):
        if len(text) > MAX_NUMBER_CHARS:
            raise InputError("có một số dài {digits} ký tự (tối đa {limit})", field="catalog",
                             digits=len(text), limit=MAX_NUMBER_CHARS)
        return kind(text)
    return parse


def _not_json(text: str):
    raise InputError("có giá trị “{text}” không phải số JSON hợp lệ", field="catalog", text=text)


def _check_sizes(data: Any) -> None:
    """Every string and every list or object within the limits (depth already bounded)."""
    stack = [data]
    while stack:
        value = stack.pop()
        if isinstance(value, str):
            if len(value) > MAX_STRING_CHARS:
                raise InputError("có một chuỗi dài {length} ký tự (tối đa {limit})", field="catalog",
                                 length=len(value), limit=MAX_STRING_CHARS)
        elif isinstance(value, (list, dict)):
            if len(value) > MAX_ITEMS:
                raise InputError("có một danh sách {count} mục (tối đa {limit})", field="catalog",
                                 count=len(value), limit=MAX_ITEMS)
            if isinstance(value, dict):
                stack.extend(value.keys())
                stack.extend(value.values())
            else:
                stack.extend(value)


def load_bounded_json(text: str) -> Any:
    """``text`` parsed within this module's limits (depth, number length, string and list sizes):
    the same bounded reading for any small JSON file from outside (a catalog, an office's reply).
    Raises InputError over a limit and json.JSONDecodeError for text that is not JSON."""
    if _too_deep(text):
        raise InputError("các mục lồng nhau quá {limit} tầng", field="file", limit=MAX_DEPTH)
    data = json.loads(text, parse_int=_number(int), parse_float=_number(float), parse_constant=_not_json)
    _check_sizes(data)
    return data


def parse_catalog_json(raw: bytes, name: str) -> Any:
    """The JSON value of a catalog file's bytes, or an InputError naming the file and the limit."""
    if len(raw) > MAX_FILE_BYTES:
        raise too_large(name, len(raw))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError("Tệp danh mục {name} không phải văn bản UTF-8", field="catalog",
                         name=name) from None
    try:
        if _too_deep(text):
            raise InputError("các mục lồng nhau quá {limit} tầng", field="catalog", limit=MAX_DEPTH)
        data = json.loads(text, parse_int=_number(int), parse_float=_number(float), parse_constant=_not_json)
        _check_sizes(data)
    except json.JSONDecodeError as exc:
        raise InputError("Tệp danh mục {name} không phải JSON hợp lệ (dòng {lineno}, cột {colno})", field="catalog",
                         name=name, lineno=exc.lineno, colno=exc.colno) from None
    except InputError as exc:
        raise _over_limit(name, exc) from None
    except RecursionError:
        raise _over_limit(name, InputError("các mục lồng nhau quá {limit} tầng", field="catalog",
                                           limit=MAX_DEPTH)) from None
    except ValueError:      # int() past 4,300 digits, should a number ever reach it
        raise _over_limit(name, InputError("có một số quá dài", field="catalog")) from None
    return data


def _over_limit(name: str, reason: InputError) -> InputError:
    return InputError("Tệp danh mục {name} vượt giới hạn của chương trình: {reason}", field="catalog",
                      name=name, reason=reason)


def too_large(name: str, size: int) -> InputError:
    return InputError("Tệp danh mục {name} quá lớn ({size_kb} kB, tối đa {limit_kb} kB)", field="catalog",
                      name=name, size_kb=size // 1024, limit_kb=MAX_FILE_BYTES // 1024)
