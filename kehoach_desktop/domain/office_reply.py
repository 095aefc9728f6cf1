"""The office's reply to a school: its decision on the plan, a comment per row, its inspection records.

Since 01/7/2025 the commune's Phòng Văn hóa - Xã hội (or the Sở for a THPT school) receives a
school's plan, inspects it and answers: «Đã duyệt» (approved) or «Trả lại» (returned with
reasons), with the officer's comments on rows. The answer travels back on a USB stick as a small
JSON file ("phản hồi"), read here as hostile input: bounded size and nesting, every field checked
for type and length, every refusal in Vietnamese naming the file.

Format (``"format": "kehoach-phan-hoi"``, version 1)::

    {"format": "kehoach-phan-hoi", "version": 1,
     "school_code": "THCS-AP-017", "school_year": "2026-2027",
     "office": {"governing_body": "UBND XÃ HÒA BÌNH", "name": "Phòng Văn hóa - Xã hội",
                "signer": "Trần Văn B"},
     "plan_code": "KH-AQAM-RFTJ-Y8Z8-AR2F",
     "decision": "approved" | "returned", "reasons": "…", "decided_on": "2026-11-20",
     "comments": [{"row_id": 12, "comment": "…"}],
     "inspections": [ …domain.inspection.inspection_to_dict… ],
     "signature": {"public_key": "…", "value": "…"}}

The office signs the reply with its own key (domain.signing) over the canonical JSON of everything but
the signature; a signature that does not verify refuses the file, and the school keeps the office's key
from its first signed reply (store.replies) to notice a reply from anyone else.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date

from kehoach_desktop.domain.catalog_limits import load_bounded_json
from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.inspection import Inspection, inspection_from_dict
from kehoach_desktop.domain.parse_text import clean_text
from kehoach_desktop.domain.values import nfc

FORMAT = "kehoach-phan-hoi"
VERSION = 1
MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_COMMENTS = 2_000
MAX_COMMENT_CHARS = 5_000
MAX_INSPECTIONS = 20
MAX_LINE_CHARS = 300

DECISIONS = {"approved": "Đã duyệt", "returned": "Trả lại"}


@dataclass(frozen=True)
class RowComment:
    row_id: int
    comment: str


@dataclass
class OfficeReply:
    school_code: str
    school_year: str
    office_name: str
    governing_body: str = ""
    signer: str = ""
    plan_code: str = ""
    decision: str = "approved"          # a key of DECISIONS
    reasons: str = ""
    decided_on: date | None = None
    comments: list[RowComment] = field(default_factory=list)
    inspections: list[Inspection] = field(default_factory=list)
    public_key: str = ""                # the office key that signed the file ('' for an unsigned one)

    @property
    def decision_label(self) -> str:
        return DECISIONS[self.decision]


def _refusal_in(name: str, reason: InputError) -> InputError:
    return InputError("Tệp phản hồi «{name}» bị từ chối: {reason}. Chưa có gì thay đổi.", field="file",
                      name=name, reason=reason)


def _text(data: dict, key: str, *, limit: int = MAX_LINE_CHARS, required: bool = False, lines: bool = False) -> str:
    value = data.get(key, "")
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise InputError("mục «{key}» phải là chữ", field="file", key=key)
    text = nfc(value).strip() if lines else clean_text(value)
    if len(text) > limit:
        raise InputError("mục «{key}» dài {length} ký tự (tối đa {limit})", field="file", key=key,
                         length=len(text), limit=limit)
    if required and not text:
        raise InputError("thiếu mục «{key}»", field="file", key=key)
    return text


def parse_reply(raw: bytes, name: str) -> OfficeReply:
    """The reply in ``raw`` (a file's bytes), or InputError saying in Vietnamese why it is refused."""
    if len(raw) > MAX_FILE_BYTES:
        raise _refusal_in(name, InputError("tệp lớn {size} byte (tối đa {limit})", field="file",
                                        size=len(raw), limit=MAX_FILE_BYTES))
    try:
        data = load_bounded_json(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise _refusal_in(name, InputError("tệp không phải văn bản UTF-8", field="file")) from None
    except json.JSONDecodeError as exc:
        raise _refusal_in(name, InputError("tệp không phải JSON hợp lệ (dòng {lineno}, cột {colno})", field="file",
                                        lineno=exc.lineno, colno=exc.colno)) from None
    except InputError as exc:
        raise _refusal_in(name, exc) from None
    except (RecursionError, ValueError):
        raise _refusal_in(name, InputError("tệp lồng nhau quá sâu", field="file")) from None
    try:
        return _reply(data)
    except InputError as exc:
        raise _refusal_in(name, exc) from None


def _canonical(data: dict) -> bytes:
    """The bytes a reply's signature covers: every field but the signature, in one fixed spelling."""
    body = {k: v for k, v in data.items() if k != "signature"}
    return json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def sign_reply(data: dict, private_key: str) -> dict:
    """The reply's dict with the office's signature added."""
    from kehoach_desktop.domain.signing import document_message, public_of, sign
    value = sign(private_key, document_message("reply", _canonical(data)))
    return {**data, "signature": {"public_key": public_of(private_key), "value": value}}


def _signed_by(data: dict) -> str:
    """The office key that signed ``data`` ('' when unsigned); a signature that fails refuses the file."""
    from kehoach_desktop.domain.signing import document_message, is_public_key, verify
    signature = data.get("signature")
    if signature is None:
        return ""
    if not isinstance(signature, dict) or not is_public_key(signature.get("public_key")) \
            or not isinstance(signature.get("value"), str) \
            or not verify(signature["public_key"], document_message("reply", _canonical(data)), signature["value"]):
        raise InputError("chữ ký của tệp không khớp với nội dung: tệp đã bị sửa sau khi cơ quan ký, hoặc không do "
                         "cơ quan ký", field="file")
    return signature["public_key"]


def _reply(data) -> OfficeReply:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise InputError("đây không phải tệp phản hồi của cơ quan quản lý (thiếu «format»: «{format}»)",
                         field="file", format=FORMAT)
    if data.get("version") != VERSION:
        raise InputError("tệp phản hồi phiên bản {version}; chương trình này đọc phiên bản {known}. Hãy cập "
                         "nhật chương trình", field="file", version=str(data.get("version")), known=VERSION)
    office = data.get("office") or {}
    if not isinstance(office, dict):
        raise InputError("mục «office» phải là một đối tượng", field="file")
    decision = data.get("decision")
    if decision not in DECISIONS:
        raise InputError("mục «decision» phải là «approved» hoặc «returned»", field="file")
    reply = OfficeReply(
        school_code=_text(data, "school_code", limit=40, required=True),
        school_year=_text(data, "school_year", limit=9, required=True),
        office_name=_text(office, "name", required=True),
        governing_body=_text(office, "governing_body"),
        signer=_text(office, "signer"),
        plan_code=_text(data, "plan_code", limit=80),
        decision=decision,
        reasons=_text(data, "reasons", limit=MAX_COMMENT_CHARS, lines=True),
        decided_on=_date(data.get("decided_on")),
        comments=_comments(data.get("comments", [])),
        inspections=_inspections(data.get("inspections", [])),
        public_key=_signed_by(data),
    )
    if reply.decision == "returned" and not reply.reasons:
        raise InputError("kế hoạch bị trả lại nhưng tệp không ghi lý do («reasons»)", field="file")
    return reply


def _date(value) -> date | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str) or len(value) != 10:
        raise InputError("mục «decided_on» phải là ngày dạng YYYY-MM-DD", field="file")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InputError("mục «decided_on» phải là ngày dạng YYYY-MM-DD", field="file") from None


def _comments(items) -> list[RowComment]:
    if not isinstance(items, list) or len(items) > MAX_COMMENTS:
        raise InputError("mục «comments» phải là danh sách tối đa {limit} ý kiến", field="file", limit=MAX_COMMENTS)
    out = []
    for item in items:
        if not isinstance(item, dict) or type(item.get("row_id")) is not int or not 0 < item["row_id"] < 2 ** 53:
            raise InputError("mỗi ý kiến cần «row_id» (số dòng của kế hoạch) và «comment»", field="file")
        text = _text(item, "comment", limit=MAX_COMMENT_CHARS, required=True, lines=True)
        out.append(RowComment(item["row_id"], text))
    return out


def _inspections(items) -> list[Inspection]:
    if not isinstance(items, list) or len(items) > MAX_INSPECTIONS:
        raise InputError("mục «inspections» phải là danh sách tối đa {limit} biên bản", field="file",
                         limit=MAX_INSPECTIONS)
    return [inspection_from_dict(item) for item in items]


def reply_to_dict(reply: OfficeReply) -> dict:
    """The reply as its file holds it (what ``parse_reply`` reads back)."""
    from kehoach_desktop.domain.inspection import inspection_to_dict
    return {
        "format": FORMAT, "version": VERSION, "school_code": reply.school_code, "school_year": reply.school_year,
        "office": {"name": reply.office_name, "governing_body": reply.governing_body, "signer": reply.signer},
        "plan_code": reply.plan_code, "decision": reply.decision, "reasons": reply.reasons,
        "decided_on": reply.decided_on.isoformat() if reply.decided_on else None,
        "comments": [{"row_id": c.row_id, "comment": c.comment} for c in reply.comments],
        "inspections": [inspection_to_dict(record) for record in reply.inspections],
    }
