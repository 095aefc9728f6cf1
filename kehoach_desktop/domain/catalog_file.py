"""Reading a catalog file: the strict checks every catalog passes, bundled or handed out.

Split from ``catalog.py`` (which keeps the types and re-exports these functions): a
district's corrected catalog is checked exactly like the bundled ones, and a
replacement may never drop a criterion that plans point at.
"""
from __future__ import annotations

from datetime import date
from types import MappingProxyType
from typing import Any, Mapping

from kehoach_desktop.domain.catalog_limits import MAX_AMENDMENTS, MAX_CRITERIA, MAX_STANDARDS, MAX_VERSION
from kehoach_desktop.domain.catalog_model import (
    _CODE, _ID, _LEVEL, AMENDMENTS_FORMAT, FORMAT, PLAN_FORMS, SCHOOL_LEVELS,
    Amendment, Criterion, Framework, Standard,
)
from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.evidence_code import EvidenceTemplate, TemplateError, compile_template, template_from_pattern
from kehoach_desktop.domain.values import nfc

# ---------------------------------------------------------------------------------------
# parsing a catalog dict (bundled or from a user's folder: both are checked the same way)

_FRAMEWORK_REQUIRED = (
    "id", "name", "circular", "date", "effective", "title", "school_levels", "level_min",
    "level_max", "evidence_code", "plan_form", "provisional", "provisional_note", "version",
    "source_note", "standards",
)
_FRAMEWORK_OPTIONAL = (
    "format", "status_note", "levels_note", "effective_unverified", "effective_note",
    "appendix", "replaces", "level_4", "school_level_rule", "forms", "amendments",
)
_EXTRA_KEYS = ("level_4", "school_level_rule", "forms")
_EVIDENCE_REQUIRED = ("example",)
_EVIDENCE_OPTIONAL = ("template", "pattern", "format", "note")   # "pattern": older files, safe shapes only
_STANDARD_REQUIRED = ("no", "title", "unverified", "criteria")
_STANDARD_OPTIONAL = ("note", "title_variants")
_AMENDMENT_REQUIRED = ("circular", "date", "verified")
_AMENDMENT_OPTIONAL = ("effective", "note")
_CRITERION_REQUIRED = ("code", "title", "unverified", "mandatory")
_CRITERION_OPTIONAL = (
    "note", "levels", "has_level", "indicators", "evidence_hints", "evidence_group",
    "title_variants", "sources_agree",
)

Where = str | InputError       # the place in the catalog a problem is at, itself a template when nested

# What a JSON value must be, said inside a refusal (templates themselves, so they are translated too).
_KINDS = {str: InputError("một chuỗi chữ", field="catalog"), int: InputError("một số nguyên", field="catalog"),
          bool: InputError("true hoặc false", field="catalog"), list: InputError("một danh sách", field="catalog"),
          dict: InputError("một đối tượng {…}", field="catalog")}


def _fail(where: Where, problem: str, **values: Any) -> InputError:
    """``problem`` is a template (its own message id) filled with ``values``, said after the place."""
    return InputError("{where}: {problem}", field="catalog", where=where,
                      problem=InputError(problem, field="catalog", **values))


def _keys(obj: Any, required: tuple, optional: tuple, where: Where) -> dict:
    if not isinstance(obj, dict):
        raise _fail(where, "phải là một đối tượng {…}")
    for key in required:
        if key not in obj:
            raise _fail(where, "thiếu trường “{key}”", key=key)
    for key in obj:
        if key not in required and key not in optional:
            raise _fail(where, "có trường lạ “{key}” (gõ nhầm tên trường?)", key=key)
    return obj


def _get(obj: dict, key: str, kind: type, where: Where, *, empty_ok: bool = False, default: Any = None):
    if key not in obj:
        return default
    value = obj[key]
    wrong = not isinstance(value, kind) or (kind is int and isinstance(value, bool))
    if wrong:
        raise _fail(where, "trường “{key}” phải là {kind}", key=key, kind=_KINDS[kind])
    if kind is str:
        value = nfc(value).strip()
        if not value and not empty_ok:
            raise _fail(where, "trường “{key}” đang để trống", key=key)
    return value


def _str_list(obj: dict, key: str, where: Where) -> tuple[str, ...]:
    items = _get(obj, key, list, where, default=[])
    out = []
    for item in items:
        if not isinstance(item, str) or not item.strip():
            raise _fail(where, "trường “{key}” chỉ được chứa các chuỗi chữ không trống", key=key)
        out.append(nfc(item).strip())
    return tuple(out)


def _iso_date(obj: dict, key: str, where: Where) -> date:
    text = _get(obj, key, str, where)
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise _fail(where, "ngày “{text}” ở trường “{key}” không đúng dạng năm-tháng-ngày (ví dụ 2018-08-22)", text=text, key=key) from None


def _level_map(obj: dict, key: str, kind: type, lo: int, hi: int, where: Where) -> Mapping:
    raw = _get(obj, key, dict, where, default={})
    out: dict[int, Any] = {}
    for k, v in raw.items():
        if not _LEVEL.match(str(k)):
            raise _fail(where, "trường “{key}” có mức “{k}” không phải số", key=key, k=k)
        level = int(k)
        if not lo <= level <= hi:
            raise _fail(where, "trường “{key}” có Mức {level} nằm ngoài thang Mức {lo}–{hi}",
                               key=key, level=level, lo=lo, hi=hi)
        if not isinstance(v, kind) or (isinstance(v, str) and not v.strip()):
            if kind is str:
                raise _fail(where, "trường “{key}”, Mức {level} phải là {kind} không trống",
                            key=key, level=level, kind=_KINDS[kind])
            raise _fail(where, "trường “{key}”, Mức {level} phải là {kind}", key=key, level=level, kind=_KINDS[kind])
        out[level] = nfc(v).strip() if isinstance(v, str) else v
    return MappingProxyType(dict(sorted(out.items())))


def _parse_criterion(raw: Any, std_no: int, lo: int, hi: int, where: Where) -> Criterion:
    obj = _keys(raw, _CRITERION_REQUIRED, _CRITERION_OPTIONAL, where)
    code = _get(obj, "code", str, where)
    m = _CODE.match(code)
    if not m:
        raise _fail(where, "mã tiêu chí “{code}” không đúng dạng N.M (ví dụ 1.1)", code=code)
    if int(m.group(1)) != std_no:
        raise _fail(where, "tiêu chí {code} nằm dưới tiêu chuẩn {std_no}: mã phải bắt đầu bằng “{std_no}.”", code=code, std_no=std_no)
    where = InputError("{where}, tiêu chí {code}", field="catalog", where=where, code=code)
    agree = _get(obj, "sources_agree", int, where)
    if agree is not None and agree < 0:
        raise _fail(where, "trường “sources_agree” không được âm")
    return Criterion(
        code=code,
        title=_get(obj, "title", str, where),
        standard_no=std_no,
        mandatory=_get(obj, "mandatory", bool, where),
        unverified=_get(obj, "unverified", bool, where),
        note=_get(obj, "note", str, where, empty_ok=True, default=""),
        levels=_level_map(obj, "levels", str, lo, hi, where),
        indicators=_str_list(obj, "indicators", where),
        evidence_hints=_get(obj, "evidence_hints", str, where, empty_ok=True, default=""),
        evidence_group=_get(obj, "evidence_group", str, where, empty_ok=True, default=""),
        title_variants=_str_list(obj, "title_variants", where),
        sources_agree=agree,
        has_level=_level_map(obj, "has_level", bool, lo, hi, where),
    )


def _parse_amendments(data: dict, fmt: int, where: Where) -> tuple[Amendment, ...]:
    """The circulars that amended this one. Each entry's fields are named in a refusal by their
    place (``amendments[2].date``), so the existing field messages say exactly what is wrong."""
    if "amendments" not in data:
        return ()
    if fmt < AMENDMENTS_FORMAT:      # not part of the older layout the file declares
        raise _fail(where, "có trường lạ “{key}” (gõ nhầm tên trường?)", key="amendments")
    entries = _get(data, "amendments", list, where)
    if len(entries) > MAX_AMENDMENTS:
        raise _fail(where, "có một danh sách {count} mục (tối đa {limit})", count=len(entries),
                    limit=MAX_AMENDMENTS)
    return tuple(_parse_amendment(raw, f"amendments[{n}]", where) for n, raw in enumerate(entries, 1))


def _parse_amendment(raw: Any, place: str, where: Where) -> Amendment:
    if not isinstance(raw, dict):
        raise _fail(where, "trường “{key}” phải là {kind}", key=place, kind=_KINDS[dict])
    obj = _keys({f"{place}.{k}": v for k, v in raw.items()},
                tuple(f"{place}.{k}" for k in _AMENDMENT_REQUIRED),
                tuple(f"{place}.{k}" for k in _AMENDMENT_OPTIONAL), where)
    return Amendment(
        circular=_get(obj, f"{place}.circular", str, where),
        date=_iso_date(obj, f"{place}.date", where),
        effective=_iso_date(obj, f"{place}.effective", where) if f"{place}.effective" in obj else None,
        verified=_get(obj, f"{place}.verified", bool, where),
        note=_get(obj, f"{place}.note", str, where, empty_ok=True, default=""),
    )


def _parse_standard(raw: Any, lo: int, hi: int, where: Where) -> Standard:
    obj = _keys(raw, _STANDARD_REQUIRED, _STANDARD_OPTIONAL, where)
    no = _get(obj, "no", int, where)
    if no < 1:
        raise _fail(where, "số tiêu chuẩn {no} không hợp lệ (phải từ 1 trở lên)", no=no)
    where = InputError("{where}, tiêu chuẩn {no}", field="catalog", where=where, no=no)
    raw_criteria = _get(obj, "criteria", list, where)
    if not raw_criteria:
        raise _fail(where, "không có tiêu chí nào")
    criteria = tuple(_parse_criterion(c, no, lo, hi, where) for c in raw_criteria)
    return Standard(
        no=no,
        title=_get(obj, "title", str, where),
        unverified=_get(obj, "unverified", bool, where),
        criteria=criteria,
        note=_get(obj, "note", str, where, empty_ok=True, default=""),
        title_variants=_str_list(obj, "title_variants", where),
    )


def parse_framework(data: dict) -> Framework:
    """Check a catalog dict strictly and turn it into a :class:`Framework`.

    Refuses (InputError, field ``"catalog"``) missing or unknown keys, wrong types, a
    newer file format, bad dates, unknown school levels or plan forms, a level range
    that is not 1 ≤ min ≤ max ≤ 9, an evidence regex that does not compile or does not
    match its own example, duplicate standards or criterion codes, and codes not of the
    form ``N.M`` under standard N.
    """
    if not isinstance(data, dict):
        raise InputError("Tệp danh mục không đúng định dạng: cần một đối tượng JSON {…}",
                         field="catalog")
    fid = data.get("id")
    where: Where = (InputError("Danh mục {id}", field="catalog", id=fid) if isinstance(fid, str) and fid.strip()
                    else InputError("Danh mục", field="catalog"))
    fmt = _get(data, "format", int, where, default=FORMAT)
    if fmt > FORMAT:
        raise _fail(where, "tệp dùng định dạng {fmt}, mới hơn định dạng chương trình đọc được ({FORMAT}): hãy cập "
                           "nhật chương trình", fmt=fmt, FORMAT=FORMAT)
    if fmt < 1:
        raise _fail(where, "định dạng {fmt} không hợp lệ", fmt=fmt)
    _keys(data, _FRAMEWORK_REQUIRED, _FRAMEWORK_OPTIONAL, where)

    fid = _get(data, "id", str, where)
    if not _ID.match(fid):
        raise _fail(where, "mã danh mục “{fid}” không hợp lệ: chỉ dùng chữ thường không dấu, chữ số và dấu gạch "
                           "ngang (ví dụ tt18)", fid=fid)

    school_levels = _str_list(data, "school_levels", where)
    if not school_levels:
        raise _fail(where, "chưa ghi danh mục áp dụng cho cấp học nào (school_levels)")
    for level in school_levels:
        if level not in SCHOOL_LEVELS:
            raise _fail(where, "cấp học “{level}” không có trong danh sách: {levels}",
                        level=level, levels=", ".join(SCHOOL_LEVELS))
    if len(set(school_levels)) != len(school_levels):
        raise _fail(where, "cấp học bị lặp trong school_levels")

    lo = _get(data, "level_min", int, where)
    hi = _get(data, "level_max", int, where)
    if not 1 <= lo <= hi <= 9:
        raise _fail(where, "thang mức Mức {lo}–{hi} không hợp lệ (cần 1 ≤ mức thấp nhất ≤ mức cao nhất ≤ 9)",
                    lo=lo, hi=hi)

    evidence = _keys(data["evidence_code"], _EVIDENCE_REQUIRED, _EVIDENCE_OPTIONAL,
                     InputError("{where}, mục evidence_code", field="catalog", where=where))
    template = _evidence_template(evidence, where)
    example = _get(evidence, "example", str, where)
    if not template.matches(example):
        raise _fail(where, "ví dụ mã minh chứng “{example}” không khớp mẫu “{template}”",
                           example=example, template=template.template)

    plan_form = _get(data, "plan_form", str, where)
    if plan_form not in PLAN_FORMS:
        raise _fail(where, "mẫu kế hoạch “{plan_form}” chưa được chương trình hỗ trợ (chỉ có: {forms})",
                    plan_form=plan_form, forms=", ".join(PLAN_FORMS))

    provisional = _get(data, "provisional", bool, where)
    provisional_note = _get(data, "provisional_note", str, where, empty_ok=True)
    if provisional and not provisional_note:
        raise _fail(where, "danh mục tạm thời phải có lời ghi chú cho người dùng "
                           "(provisional_note)")

    version = _get(data, "version", int, where)
    if not 1 <= version <= MAX_VERSION:
        raise _fail(where, "phiên bản {version} không hợp lệ (phải từ 1 đến {limit})",
                           version=version, limit=MAX_VERSION)

    raw_standards = _get(data, "standards", list, where)
    if not raw_standards:
        raise _fail(where, "không có tiêu chuẩn nào")
    if len(raw_standards) > MAX_STANDARDS:
        raise _fail(where, "có {count} tiêu chuẩn, nhiều hơn giới hạn {limit}", count=len(raw_standards),
                    limit=MAX_STANDARDS)
    standards = tuple(_parse_standard(s, lo, hi, where) for s in raw_standards)
    count = sum(len(s.criteria) for s in standards)
    if count > MAX_CRITERIA:
        raise _fail(where, "có {count} tiêu chí, nhiều hơn giới hạn {limit}", count=count, limit=MAX_CRITERIA)
    seen_no: set[int] = set()
    seen_code: set[str] = set()
    for s in standards:
        if s.no in seen_no:
            raise _fail(where, "tiêu chuẩn {no} bị lặp", no=s.no)
        seen_no.add(s.no)
        for c in s.criteria:
            if c.code in seen_code:
                raise _fail(where, "mã tiêu chí {code} bị lặp", code=c.code)
            seen_code.add(c.code)

    amendments = _parse_amendments(data, fmt, where)
    for key in _EXTRA_KEYS:
        if key in data and not isinstance(data[key], dict):
            raise _fail(where, "trường “{key}” phải là {kind}",
                               key=key, kind=_KINDS[dict])

    return Framework(
        id=fid,
        name=_get(data, "name", str, where),
        circular=_get(data, "circular", str, where),
        date=_iso_date(data, "date", where),
        effective=_iso_date(data, "effective", where),
        title=_get(data, "title", str, where),
        school_levels=school_levels,
        level_min=lo,
        level_max=hi,
        evidence_template=template,
        evidence_example=example,
        plan_form=plan_form,
        provisional=provisional,
        provisional_note=provisional_note,
        version=version,
        standards=standards,
        source_note=_get(data, "source_note", str, where, empty_ok=True),
        status_note=_get(data, "status_note", str, where, empty_ok=True, default=""),
        levels_note=_get(data, "levels_note", str, where, empty_ok=True, default=""),
        effective_unverified=_get(data, "effective_unverified", bool, where, default=False),
        effective_note=_get(data, "effective_note", str, where, empty_ok=True, default=""),
        evidence_format=_get(evidence, "format", str, where, empty_ok=True, default=""),
        evidence_note=_get(evidence, "note", str, where, empty_ok=True, default=""),
        appendix=_get(data, "appendix", str, where, empty_ok=True, default=""),
        replaces=_str_list(data, "replaces", where),
        amendments=amendments,
        extra=MappingProxyType({k: data[k] for k in _EXTRA_KEYS if k in data}),
        format=fmt,
    )


def _evidence_template(evidence: dict, where: Where) -> EvidenceTemplate:
    """The declared template, or one read from an older file's regex when it has a known safe shape."""
    template = _get(evidence, "template", str, where)
    pattern = _get(evidence, "pattern", str, where)
    if (template is None) == (pattern is None):
        raise _fail(where, "mục evidence_code cần đúng một trong hai trường “template” hoặc “pattern”")
    if pattern is not None:
        try:
            template = template_from_pattern(pattern)
        except TemplateError:
            raise _fail(where, "mẫu mã minh chứng “{pattern}” là biểu thức chính quy không thuộc các dạng an toàn "
                               "chương trình nhận; hãy ghi trường “template”, ví dụ [H{{n}}-{{n}}.{{n}}-{{nn}}]",
                        pattern=pattern) from None
    try:
        return compile_template(template)
    except TemplateError:
        raise _fail(where, "mẫu mã minh chứng “{template}” không hợp lệ: chỉ dùng chữ, chữ số, các dấu [ ] ( ) . - _ / : "
                           "# và chỗ số {{n}} (một hoặc nhiều chữ số) hoặc {{nn}}, {{nnn}} … (đúng số chữ số)",
                    template=template) from None


# ---------------------------------------------------------------------------------------
# replacing a catalog without orphaning plans

def check_replacement(old: Framework, new: Framework) -> None:
    """Refuse a catalog that would break plans written against ``old``.

    A replacement may fix titles, notes and requirement texts and may add criteria; it
    may not drop a criterion code (plans' rows point at it) nor change the level range
    or the plan form (targets and printed plans depend on them).
    """
    if new.id != old.id:
        raise InputError("Không thể thay danh mục {id} bằng danh mục {id2}: mã danh mục phải giống nhau", field="catalog", id=old.id, id2=new.id)
    new_codes = {c.code for c in new.criteria()}
    dropped = [c.code for c in old.criteria() if c.code not in new_codes]
    if dropped:
        which = ", ".join(dropped)
        raise InputError(
            "Danh mục mới của {display_name} bỏ tiêu chí {which}: các kế hoạch đang gắn với tiêu chí "
            "này sẽ mất tham chiếu. Hãy giữ lại mã tiêu chí (có thể sửa tên).",
            field="catalog", display_name=old.display_name(), which=which,
        )
    if (new.level_min, new.level_max) != (old.level_min, old.level_max):
        raise InputError(
            "Danh mục mới của {display_name} đổi thang mức từ Mức {level_min}–{level_max} sang Mức "
            "{level_min2}–{level_max2}: mục tiêu đã đặt trong các kế hoạch sẽ không còn hợp lệ.",
            field="catalog",
            display_name=old.display_name(), level_min=old.level_min, level_max=old.level_max, level_min2=new.level_min, level_max2=new.level_max,
        )
    if new.plan_form != old.plan_form:
        raise InputError(
            "Danh mục mới của {display_name} đổi mẫu kế hoạch từ “{plan_form}” sang “{plan_form2}”: "
            "các kế hoạch đã lập sẽ không in đúng mẫu.",
            field="catalog",
            display_name=old.display_name(), plan_form=old.plan_form, plan_form2=new.plan_form,
        )




def check_same_version(old: Framework, new: Framework) -> None:
    """Refuse a catalog with the version of ``old`` but other content: it would silently replace titles."""
    if new.version == old.version and new != old:
        raise InputError("Đã có danh mục {id} phiên bản {version} với nội dung khác; hãy tăng số phiên bản.",
                         field="version", id=old.id, version=old.version)
