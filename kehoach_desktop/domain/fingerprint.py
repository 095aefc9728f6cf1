"""The fingerprint of a plan's issued content, and the short code printed on its pages.

The canonical form is what the signed paper says: the header, every section and
every row, in the order printed. A row holds exactly the fields whose registry
entry says ``fingerprint`` (see ``plan_fields``): the year's progress (status,
percent, spent) says it is not, as it changes every month without the plan
changing. A field added after the first plans were issued joins a row's
canonical form only once that row fills it, so no issued code changes. The
plan leaves out database ids, the draft/issued state and targets (tracked
apart, never printed on the plan); row ids and positions are not fields (the
order of the list already says them). Texts are NFC and the JSON has sorted keys and
no spaces, so the same plan always gives the same bytes on every machine.

The short code is "KH-" and the first 10 hex digits of the SHA-256 in UPPERCASE
(e.g. "KH-1A2B3C4D5E"): uppercase because it is read off paper and typed back,
where 0/O and 1/l are told apart more easily in capitals. Typing it back is
forgiving: case, the "KH-" prefix, spaces and dashes do not matter.
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, replace

from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.fields import plan_fields, value_of
from kehoach_desktop.domain.plan import Plan, PlanRow, School
from kehoach_desktop.domain.serialize import plan_to_dict, row_to_dict
from kehoach_desktop.domain.values import nfc

CODE_PREFIX = "KH-"
CODE_DIGITS = 10
DRAFT_MARK = "Bản dự thảo – chưa ban hành"

# Not part of the issued document (see the module docstring).
# governing_body: codes printed before it existed must still verify (the school's name is not fingerprinted either).
PLAN_LEFT_OUT = ("id", "status", "targets", "governing_body")


def _normalized(value):
    if isinstance(value, str):
        return nfc(value)
    if isinstance(value, dict):
        return {nfc(k): _normalized(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_normalized(v) for v in value]
    return value


def canonical_plan(plan: Plan) -> dict:
    """The plan as issued: a JSON-ready dict that ``serialize.plan_from_dict`` reads back."""
    # The header only: rows get their own canonical form below, and serialising them twice was
    # most of the stamp's cost on a long plan.
    data = plan_to_dict(replace(plan, rows=[], targets=[]))
    for key in PLAN_LEFT_OUT:
        data.pop(key, None)
    data["rows"] = [canonical_row(row) for row in plan.rows]
    return _normalized(data)


def canonical_row(row: PlanRow) -> dict:
    """The row's fingerprinted fields, as ``serialize`` writes them (extra fields under "extra")."""
    data = row_to_dict(row)
    canonical: dict = {}
    for f in plan_fields().fingerprint_fields():
        value = value_of(row, f) if f.is_extra else data[f.name]
        if not f.fingerprint_empty and value in (f.default, "", None):
            continue
        if f.is_extra:
            canonical.setdefault("extra", {})[f.name] = value
        else:
            canonical[f.name] = value
    return canonical


def canonical_json(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def fingerprint_of(canonical: dict) -> str:
    """The full SHA-256 (64 lowercase hex digits) of a canonical plan."""
    return hashlib.sha256(canonical_json(canonical).encode("utf-8")).hexdigest()


def plan_fingerprint(plan: Plan) -> str:
    return fingerprint_of(canonical_plan(plan))


def short_code(fingerprint: str) -> str:
    """"KH-1A2B3C4D5E": what is printed on every page and typed into `kehoach verify`."""
    return CODE_PREFIX + fingerprint[:CODE_DIGITS].upper()


def parse_code(text: str) -> str:
    """The hex digits of a code as typed (lowercase), or InputError saying what a code looks like."""
    cleaned = re.sub(r"[\s\-–_.]", "", nfc(text or "")).lower()
    if cleaned.startswith("kh"):
        cleaned = cleaned[2:]
    if len(cleaned) < CODE_DIGITS or len(cleaned) > 64 or not re.fullmatch(r"[0-9a-f]+", cleaned):
        raise InputError("«{text}» không phải mã xác thực kế hoạch: mã có dạng KH- và {digits} chữ số/chữ "
                         "cái A–F, ví dụ KH-1A2B3C4D5E (in ở chân mỗi trang).", field="code",
                         text=text, digits=CODE_DIGITS)
    return cleaned


@dataclass(frozen=True)
class PrintStamp:
    """What the footer of every printed page says about the content it carries."""

    fingerprint: str
    revision: int | None          # the issued revision printed; None for a draft or an edited plan
    school_code: str = ""
    school_year: str = ""
    draft: bool = True            # False only when the revisions were not looked up (number unknown)

    @property
    def code(self) -> str:
        return short_code(self.fingerprint)

    @property
    def label(self) -> str:
        if self.revision is not None:
            return f"Bản ban hành lần {self.revision} · Mã xác thực: {self.code}"
        if self.draft:
            return f"{DRAFT_MARK} · Mã nội dung: {self.code}"
        return f"Mã nội dung: {self.code}"

    @property
    def qr_text(self) -> str:
        """Short and ASCII-safe, so the QR code stays small: KEHOACH|school|year|r1|KH-…"""
        revision = f"r{self.revision}" if self.revision is not None else ("draft" if self.draft else "content")
        fields = (_field(self.school_code), _field(self.school_year), revision, self.code)
        return "KEHOACH|" + "|".join(fields)


def _field(text: str) -> str:
    return nfc(text).replace("|", "/").strip()


def content_stamp(plan: Plan, school: School | None) -> PrintStamp:
    """A stamp from the plan alone, when its revisions were not looked up.

    A draft says so; an issued plan may have been edited since, so without its
    revisions the page claims no revision — only the content's code, which
    `kehoach verify` resolves.
    """
    return PrintStamp(plan_fingerprint(plan), None, school.code if school else "", plan.school_year,
                      draft=plan.status != "issued")
