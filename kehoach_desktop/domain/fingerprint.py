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

Version 1 of the canonical form is here, frozen for the revisions issued under it; version 2,
everything the signed plan prints, is ``domain.canonical``.

The printed code is "KH-" and the first 80 bits of the SHA-256 in Crockford's base 32, grouped by
four ("KH-7CD2-00FE-B880-18B3"); the QR code carries the whole SHA-256 ("KH:" and 52 characters).
Typing a code back is forgiving (``parse_code``), and the 10-hex-digit codes printed before
December 2026 are still accepted.
"""
from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, replace

from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.fields import plan_fields, value_of
from kehoach_desktop.domain.plan import Plan, PlanRow
from kehoach_desktop.domain.serialize import plan_to_dict, row_to_dict
from kehoach_desktop.domain.values import nfc

CODE_PREFIX = "KH-"
CODE_BITS = 80                 # 16 base-32 characters
LEGACY_DIGITS = 10             # hex digits of the code printed before December 2026
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
DRAFT_MARK = "Bản dự thảo – chưa ban hành"

# Version 1's header, frozen as it was (every Plan field of its day but the id, the status and the
# targets): a field added to Plan later never joins it, so no version-1 code ever changes.
V1_HEADER = ("school_year", "framework_id", "number", "place", "issued_on", "title", "purposes", "bases",
             "organization", "recipients", "signer_title", "signer_name", "general_info", "priority_problems",
             "monitoring", "reporting")


def _normalized(value):
    if isinstance(value, str):
        return nfc(value)
    if isinstance(value, dict):
        return {nfc(k): _normalized(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_normalized(v) for v in value]
    return value


def canonical_plan(plan: Plan) -> dict:
    """Version 1 (revisions issued before December 2026): the plan's data as issued, a JSON-ready
    dict that ``serialize.plan_from_dict`` reads back. Version 2 is ``domain.canonical``."""
    # The header only: rows get their own canonical form below, and serialising them twice was
    # most of the stamp's cost on a long plan.
    whole = plan_to_dict(replace(plan, rows=[], targets=[]))
    data = {key: whole[key] for key in V1_HEADER}
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
    """"KH-7CD2-00FE-B880-18B3": the first 80 bits of the SHA-256 in Crockford's base 32, in groups of
    four for reading aloud. Crockford's alphabet has no I, L, O or U, so what is read off paper
    and typed back is not misread; 80 bits put a forged twin out of reach (see ``parse_code``)."""
    value = int(fingerprint[:CODE_BITS // 4], 16)
    digits = "".join(_CROCKFORD[(value >> shift) & 31] for shift in range(CODE_BITS - 5, -1, -5))
    return CODE_PREFIX + "-".join(digits[i:i + 4] for i in range(0, len(digits), 4))


def legacy_code(fingerprint: str) -> str:
    """"KH-1A2B3C4D5E": the 40-bit code printed before December 2026 (still accepted by verify)."""
    return CODE_PREFIX + fingerprint[:LEGACY_DIGITS].upper()


def qr_code_text(fingerprint: str) -> str:
    """The QR code's text: "KH:" and the whole SHA-256 in base 32 (52 characters). Only capitals,
    digits and ":" so the QR code uses its compact alphanumeric mode and stays small enough to
    read from a 150 dpi scan."""
    value = int(fingerprint, 16)
    return "KH:" + "".join(_CROCKFORD[(value >> shift) & 31] for shift in range(255, -1, -5))


def parse_code(text: str) -> str:
    """The hex digits a typed or scanned code stands for (a prefix of the SHA-256, lowercase).

    Accepted: the printed code (16 base-32 characters, "KH-7CD2-00FE-B880-18B3"), the QR code's
    text ("KH:" and 52 characters), the whole SHA-256 (64 hex digits), and the 10-hex-digit code
    of papers printed before December 2026. Case, spaces and dashes do not matter; O reads as 0
    and I, L as 1, as Crockford's base 32 has it.

    Why 80 bits: a forger wants two plans (one to show, one to file) with the same code, a birthday
    search needing about 2^40 hashed candidates for 80 bits — against 2^20 for the old 40-bit code,
    found in 7 s on one core; 2^40 is a million times that, about 80 days on one core per attempt,
    and the QR code carries all 256 bits, which `kehoach verify` checks when given.
    """
    raw = nfc(text or "").strip()
    cleaned = re.sub(r"[\s\-–_.]", "", raw).upper()
    if cleaned.startswith("KH:"):
        return f"{_from_base32(cleaned[3:], 52, text):064x}"
    if cleaned.startswith("KH"):
        cleaned = cleaned[2:]
    if len(cleaned) == CODE_BITS // 5:
        return f"{_from_base32(cleaned, CODE_BITS // 5, text):0{CODE_BITS // 4}x}"
    if len(cleaned) in (LEGACY_DIGITS, 64) and re.fullmatch(r"[0-9A-F]+", cleaned):
        return cleaned.lower()
    raise _not_a_code(text)


def _from_base32(digits: str, count: int, text: str) -> int:
    digits = digits.translate(str.maketrans("OIL", "011"))
    if len(digits) != count or any(ch not in _CROCKFORD for ch in digits):
        raise _not_a_code(text)
    value = 0
    for ch in digits:
        value = (value << 5) | _CROCKFORD.index(ch)
    return value


def _not_a_code(text: str) -> InputError:
    return InputError("«{text}» không phải mã xác thực kế hoạch: mã có dạng KH- và 16 chữ số/chữ cái chia "
                      "4 nhóm, ví dụ KH-7CD2-00FE-B880-18B3 (in ở chân mỗi trang); mã in trước 12/2026 có "
                      "10 chữ số/chữ cái A–F.", field="code", text=text)


@dataclass(frozen=True)
class PrintStamp:
    """What the footer of every printed page says about the content it carries."""

    fingerprint: str
    revision: int | None          # the issued revision printed; None for a draft or an edited plan
    school_code: str = ""
    school_year: str = ""
    draft: bool = True            # False only when the revisions were not looked up (number unknown)
    legacy: bool = False          # a revision issued under version 1: its paper carries the 10-digit code

    @property
    def code(self) -> str:
        return legacy_code(self.fingerprint) if self.legacy else short_code(self.fingerprint)

    @property
    def label(self) -> str:
        if self.revision is not None:
            return f"Bản ban hành lần {self.revision} · Mã xác thực: {self.code}"
        if self.draft:
            return f"{DRAFT_MARK} · Mã nội dung: {self.code}"
        return f"Mã nội dung: {self.code}"

    @property
    def qr_text(self) -> str:
        """The whole fingerprint, compact (see ``qr_code_text``)."""
        return qr_code_text(self.fingerprint)
