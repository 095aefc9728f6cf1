"""The school's one-line fields as stored and printed: cleaned, and no longer than a line can be.

Every way in — the school dialog, the first-run wizard, `kehoach school set`, a Word or office
import — goes through ``checked_school`` before the file is written (store.plans.save_school), so
a name of ten thousand characters or a right-to-left override pasted from a web page never reaches
a letterhead: control and format characters are dropped, and a value longer than its limit is
refused naming the field. The limits are generous (the longest real names are under 100 characters).
"""
from __future__ import annotations

from dataclasses import replace

from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.parse_text import clean_text
from kehoach_desktop.domain.plan import Plan, School
from kehoach_desktop.domain.printable import printable_line

# field → (label, most characters)
SCHOOL_LIMITS = {
    "name": ("Tên trường", 200), "code": ("Mã trường", 40), "governing_body": ("Cơ quan chủ quản", 200),
    "governing_body_sentence": ("Cơ quan chủ quản (trong câu)", 200), "receiving_office": ("Nơi nhận kế hoạch", 200),
    "place": ("Địa danh", 100), "commune": ("Xã, phường, đặc khu", 100), "province": ("Tỉnh, thành phố", 100),
    "principal": ("Hiệu trưởng", 100), "address": ("Địa chỉ", 300), "phone": ("Điện thoại", 50),
    "email": ("Thư điện tử", 100),
}
PLAN_LIMITS = {"governing_body": ("Cơ quan chủ quản", 200), "place": ("Địa danh", 100),
               "number": ("Số văn bản", 60), "title": ("Tên kế hoạch", 300), "signer_title": ("Chức vụ người ký", 100),
               "signer_name": ("Người ký", 100)}


def one_line(value: object) -> str:
    """``value`` on one line: terminal escapes, control and format characters (bidi overrides) dropped."""
    return clean_text(printable_line(value or ""))


def _checked(thing, limits: dict):
    values = {}
    for name, (label, limit) in limits.items():
        text = one_line(getattr(thing, name))
        if len(text) > limit:
            raise InputError("«{label}» dài {length} ký tự; tối đa {limit} ký tự (một dòng trên giấy).",
                             field=name, label=label, length=len(text), limit=limit)
        values[name] = text
    return replace(thing, **values)


def checked_school(school: School) -> School:
    """``school`` with its fields cleaned; InputError naming the first one that is too long."""
    return _checked(school, SCHOOL_LIMITS)


def checked_plan_header(plan: Plan) -> Plan:
    """The plan's one-line header fields cleaned; InputError naming the first one that is too long."""
    return _checked(plan, PLAN_LIMITS)
