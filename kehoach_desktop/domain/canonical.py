"""What the issued code covers: everything the signed plan prints, as a versioned canonical form.

Version 2 (issued from December 2026) is the paper itself, as data:

- the letterhead: the governing body the plan prints (its own, of its date) and the school's name;
- the header fields listed in ``HEADER_V2``, each by name; a header field added later joins only
  when it is listed here, in a new version;
- every row as its printed columns' words (``field_text``, the same words the PDF and the Word
  copy print), the progress column ("Mức độ thực hiện") left out because the signed plan prints
  it empty; a registry field joins a row's form only once it is filled, so adding an empty field
  changes no code;
- the criterion and standard titles as the installed catalog prints them, so a corrected title
  changes the code (the paper changed);
- the chỉ tiêu (name, value, unit, comparison; their actual figures are progress, not the plan).

Version 1 (``fingerprint.canonical_plan``) stays frozen for the revisions issued under it: each
revision records its version and is always checked under it. Texts are NFC; the JSON has
sorted keys and no spaces (``fingerprint.canonical_json``).
"""
from __future__ import annotations

from dataclasses import asdict

from kehoach_desktop.domain.administration import governing_body_of, school_of_plan
from kehoach_desktop.domain.catalog_model import Framework
from kehoach_desktop.domain.field_text import field_text
from kehoach_desktop.domain.fields import STATUS, plan_fields, value_of
from kehoach_desktop.domain.fingerprint import PrintStamp, canonical_plan, fingerprint_of
from kehoach_desktop.domain.list_items import basis_lines
from kehoach_desktop.domain.plan import Plan, PlanRow, School
from kehoach_desktop.domain.plan_table_text import table_lines
from kehoach_desktop.domain.row_order import criterion_of
from kehoach_desktop.domain.values import nfc

CURRENT_VERSION = 2
KNOWN_VERSIONS = (1, 2)

# Every header field the signed plan prints, by name; never "all fields minus a list".
HEADER_V2 = ("school_year", "framework_id", "number", "place", "issued_on", "title", "purposes", "bases",
             "general_info", "priority_problems", "organization", "monitoring", "reporting", "recipients",
             "signer_title", "signer_name",
             # what an imported Word plan prints as its document had it (empty on every other plan,
             # so no code issued before them changed): its section headings, closing, unmarked items
             "section_headings", "closing", "items_as_written")
# A row's words printed besides its columns' (domain.plan_table_text): an imported document's own
# criterion wording and its heading rows above the row ("MỨC 1, 2, 3"); left out while empty.
ROW_WORDS_V2 = ("criterion_wording", "rows_above")


# Plan fields the signed paper does not print as such (the letterhead, rows and chỉ tiêu have
# their own parts above). Every other Plan field must be in HEADER_V2: a test fails on a field in
# neither, so a new field is a decision, never an accident.
NOT_IN_HEADER = ("id", "status", "rows", "targets", "governing_body", "school_name")


def _empty(value) -> bool:
    return value is None or value == "" or value == [] or value == {} or value == ()


def _text(value):
    """NFC, trimmed (paper shows no trailing space), and every empty value left out at any depth:
    a field added with an empty default changes no code; filled, it prints, and the code follows."""
    if isinstance(value, str):
        return nfc(value).strip()
    if isinstance(value, dict):
        cleaned = {nfc(k): _text(v) for k, v in value.items()}
        return {k: v for k, v in cleaned.items() if not _empty(v)}
    if isinstance(value, (list, tuple)):
        return [_text(v) for v in value]
    return value


def _header_value(plan: Plan, name: str):
    value = getattr(plan, name)
    if name == "issued_on":
        return value.isoformat() if value else None
    if name == "items_as_written":
        return True if value else None              # False is the default: left out, as empties are
    if name == "bases":
        # as section II prints them (Nghị định 30's ";" and "." endings): a Word copy read back with
        # "…;" where the file had "…." is the same paper, so the same code
        return [line.text for line in basis_lines(value)]
    if name in ("organization",):
        return asdict(value)
    if name in ("priority_problems", "monitoring"):
        # the reviews' results are filled in through the year: the plan as signed has their rows' words
        return [asdict(item) for item in value]
    return value


def printed_row(row: PlanRow, plan_form: str, framework: Framework | None) -> dict:
    """The row's printed words per column, the progress column left out (printed empty)."""
    data: dict = {}
    # Without its catalog the plan's form is unknown: every field any form prints then counts, so
    # no word of a row is left out of the code.
    fields = (plan_fields().printed_fields(plan_form) if plan_form else
              [f for f in plan_fields() if any(on.printed is not None for on in f.forms.values())])
    for f in fields:
        if f.kind == STATUS:
            continue
        value = value_of(row, f)
        if not f.fingerprint_empty and (value in (f.default, "", None) or value == () or value == []):
            continue                      # an empty field joins no code (a new field changes none)
        data[f.name] = field_text(row, f)
    for name in ROW_WORDS_V2:
        if getattr(row, name):
            data[name] = getattr(row, name)
    criterion = criterion_of(row.criterion_code, framework)
    if criterion is not None:
        data["criterion_title"] = criterion.title
    return data


def _table(plan: Plan, framework: Framework | None) -> list:
    """Each printed line of the plan table; a row's cells by field name, so an empty column added
    later (left out as empty) changes no code."""
    if framework is None:
        return []
    names = [f.name for f in plan_fields().printed_fields(framework.plan_form)]
    return [{"kind": line.kind, "number": line.number, "text": line.text,
             "cells": dict(zip(names, line.cells))} for line in table_lines(plan, framework)]


def printed_content(plan: Plan, school: School | None, framework: Framework | None) -> dict:
    """Version 2: everything the signed plan prints (see the module docstring)."""
    form = framework.plan_form if framework is not None else ""
    standards = {}
    for row in plan.rows:
        criterion = criterion_of(row.criterion_code, framework)
        if criterion is not None and framework is not None:
            standard = framework.standard(criterion.standard_no)
            if standard is not None:
                standards[str(standard.no)] = standard.title
    data = {
        "v": 2,
        "letterhead": {
            "governing_body": nfc(governing_body_of(plan, school) if school else plan.governing_body).upper(),
            "school": nfc(school_of_plan(plan, school).name if school else plan.school_name).upper(),
        },
        "circular": framework.circular if framework is not None else "",
        "header": {name: _header_value(plan, name) for name in HEADER_V2},
        "standards": standards,
        "rows": [printed_row(row, form, framework) for row in plan.rows],
        # the plan table line by line as printed: its "Tiêu chuẩn" and "MỨC" lines, each cell's words
        # (the level notes "(Mức 2 → Mức 3)" and criterion wording included)
        "table": _table(plan, framework),
        "targets": [{"name": t.name, "value": t.value, "unit": t.unit, "comparison": t.comparison}
                    for t in plan.targets],
    }
    return _text(data)


def canonical_for(version: int, plan: Plan, school: School | None, framework: Framework | None) -> dict:
    """The canonical form of ``version`` (a revision is always checked under its own)."""
    if version == 1:
        return canonical_plan(plan)
    if version == 2:
        return printed_content(plan, school, framework)
    raise ValueError(f"unknown canonical version {version}")


def fingerprint_for(version: int, plan: Plan, school: School | None, framework: Framework | None) -> str:
    return fingerprint_of(canonical_for(version, plan, school, framework))


def content_stamp(plan: Plan, school: School | None, framework: Framework | None) -> PrintStamp:
    """The footer of a print whose revisions were not looked up: the content's code, and the draft
    mark (only a frozen revision may claim to be issued; `kehoach verify` resolves the code)."""
    return PrintStamp(fingerprint_for(CURRENT_VERSION, plan, school, framework), None,
                      school.code if school else "", plan.school_year, draft=True)
