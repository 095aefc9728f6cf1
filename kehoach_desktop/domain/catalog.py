"""The Ministry's accreditation frameworks: standards, criteria and level ranges, as data.

A *framework* is one criteria catalog (Thông tư 18/2018 for THCS/THPT, the provisional
Thông tư 57/2026 for general schools, …). Each ships as a JSON file in
``resources/criteria/`` and is chosen per plan, never hard-coded. A maintainer or a
district can drop a corrected file into a catalog folder; it replaces the bundled one
when its ``version`` is not lower and it keeps every criterion code plans may point at.

Pure Python: no Qt, no SQL. Every refusal is an :class:`InputError` in Vietnamese.
"""
from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any, Iterable, Mapping

from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.values import nfc

#: the catalog file layout this program reads; a file with a higher ``format`` is refused
FORMAT = 1

#: school types a framework can apply to, with how users read them
SCHOOL_LEVELS: Mapping[str, str] = MappingProxyType({
    "mam_non": "mầm non",
    "tieu_hoc": "tiểu học",
    "thcs": "trung học cơ sở",
    "thpt": "trung học phổ thông",
    "nhieu_cap": "trường phổ thông có nhiều cấp học",
    "gdtx": "giáo dục thường xuyên",
})

#: printed plan forms the reports know how to draw
PLAN_FORMS: Mapping[str, str] = MappingProxyType({
    "tt18-9col": "Kế hoạch cải tiến chất lượng 9 cột (Thông tư 17/18/19/2018)",
    "tt57-bieu2": "Biểu 2 Phụ lục V (Thông tư 57/2026)",
})

PROVISIONAL_MARK = " — TẠM THỜI"

#: largest catalog file read from a user folder (the bundled ones are under 100 kB)
MAX_FILE_BYTES = 5 * 1024 * 1024

_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,39}$")
_CODE = re.compile(r"^([1-9]\d*)\.([1-9]\d*)$")
_LEVEL = re.compile(r"^[1-9]\d*$")


def _frozen_map(items: Mapping | None = None) -> Mapping:
    return MappingProxyType(dict(items or {}))


@dataclass(frozen=True)
class Criterion:
    """One tiêu chí, e.g. ``1.9 Thực hiện quy chế dân chủ cơ sở``.

    ``unverified`` comes from the research notes (one source only) and stays visible to
    maintainers. ``levels`` maps a level (1, 2 …) to its requirement text where the
    catalog has it; ``has_level`` says which levels carry indicators of their own (2018).
    """

    code: str
    title: str
    standard_no: int
    mandatory: bool = False
    unverified: bool = False
    note: str = ""
    levels: Mapping[int, str] = field(default_factory=_frozen_map, hash=False)
    indicators: tuple[str, ...] = ()
    evidence_hints: str = ""
    evidence_group: str = ""
    title_variants: tuple[str, ...] = ()
    sources_agree: int | None = None
    has_level: Mapping[int, bool] = field(default_factory=_frozen_map, hash=False)

    def label(self) -> str:
        return f"Tiêu chí {self.code}: {self.title}"


@dataclass(frozen=True)
class Standard:
    """One tiêu chuẩn and its criteria, in the order of the circular."""

    no: int
    title: str
    unverified: bool
    criteria: tuple[Criterion, ...]
    note: str = ""
    title_variants: tuple[str, ...] = ()

    def label(self) -> str:
        return f"Tiêu chuẩn {self.no}: {self.title}"


@dataclass(frozen=True)
class Framework:
    """One criteria catalog: a circular's standards and criteria for some school types."""

    id: str
    name: str
    circular: str
    date: date
    effective: date
    title: str
    school_levels: tuple[str, ...]
    level_min: int
    level_max: int
    evidence_pattern: str
    evidence_example: str
    plan_form: str
    provisional: bool
    provisional_note: str
    version: int
    standards: tuple[Standard, ...]
    source_note: str = ""
    status_note: str = ""
    levels_note: str = ""
    effective_unverified: bool = False
    effective_note: str = ""
    evidence_format: str = ""
    evidence_note: str = ""
    appendix: str = ""
    replaces: tuple[str, ...] = ()
    #: documented details the program does not model yet (level_4, school_level_rule, forms)
    extra: Mapping[str, Any] = field(default_factory=_frozen_map, hash=False)
    format: int = FORMAT

    # -- reading ------------------------------------------------------------------------
    def criteria(self) -> tuple[Criterion, ...]:
        """All criteria, standard by standard, in the circular's order."""
        return tuple(c for s in self.standards for c in s.criteria)

    def criterion(self, code: str) -> Criterion | None:
        code = nfc(code).strip()
        for c in self.criteria():
            if c.code == code:
                return c
        return None

    def standard(self, no: int) -> Standard | None:
        for s in self.standards:
            if s.no == no:
                return s
        return None

    def mandatory_criteria(self) -> tuple[Criterion, ...]:
        return tuple(c for c in self.criteria() if c.mandatory)

    def levels(self) -> range:
        return range(self.level_min, self.level_max + 1)

    def short_circular(self) -> str:
        """``"Thông tư 57/2026"`` from ``"57/2026/TT-BGDĐT"``."""
        return "Thông tư " + "/".join(self.circular.split("/")[:2])

    def display_name(self) -> str:
        """The name users see; a provisional catalog always carries the mark."""
        return self.name + PROVISIONAL_MARK if self.provisional else self.name

    # -- checking what users type --------------------------------------------------------
    def validate_level(self, level: int | str) -> int:
        """The level as an int if this framework has it, else an InputError."""
        lo, hi = self.level_min, self.level_max
        value: int | None = None
        if isinstance(level, int) and not isinstance(level, bool):
            value = level
        elif isinstance(level, str) and _LEVEL.match(level.strip()):
            value = int(level.strip())
        if value is None:
            raise InputError(
                f"Mức “{level}” không hợp lệ: hãy chọn một mức từ {lo} đến {hi}",
                field="target_level",
            )
        if not lo <= value <= hi:
            raise InputError(
                f"Mức {value} không hợp lệ: khung {self.short_circular()} chỉ có Mức {lo}–{hi}",
                field="target_level",
            )
        return value

    def validate_evidence_code(self, code: str) -> str:
        """The evidence code, trimmed, if it has this framework's form; else an InputError."""
        text = nfc(code if isinstance(code, str) else "").strip()
        shape = self.evidence_format or self.evidence_example
        if not text:
            raise InputError(
                f"Chưa nhập mã minh chứng: theo khung {self.short_circular()} mã có dạng "
                f"{shape}, ví dụ {self.evidence_example}",
                field="evidence",
            )
        if not re.fullmatch(self.evidence_pattern, text):
            raise InputError(
                f"Mã minh chứng “{text}” không đúng mẫu của khung {self.short_circular()}: "
                f"cần dạng {shape}, ví dụ {self.evidence_example}",
                field="evidence",
            )
        return text


# ---------------------------------------------------------------------------------------
# parsing a catalog dict (bundled or from a user's folder: both are checked the same way)

_FRAMEWORK_REQUIRED = (
    "id", "name", "circular", "date", "effective", "title", "school_levels", "level_min",
    "level_max", "evidence_code", "plan_form", "provisional", "provisional_note", "version",
    "source_note", "standards",
)
_FRAMEWORK_OPTIONAL = (
    "format", "status_note", "levels_note", "effective_unverified", "effective_note",
    "appendix", "replaces", "level_4", "school_level_rule", "forms",
)
_EXTRA_KEYS = ("level_4", "school_level_rule", "forms")
_EVIDENCE_REQUIRED = ("pattern", "example")
_EVIDENCE_OPTIONAL = ("format", "note")
_STANDARD_REQUIRED = ("no", "title", "unverified", "criteria")
_STANDARD_OPTIONAL = ("note", "title_variants")
_CRITERION_REQUIRED = ("code", "title", "unverified", "mandatory")
_CRITERION_OPTIONAL = (
    "note", "levels", "has_level", "indicators", "evidence_hints", "evidence_group",
    "title_variants", "sources_agree",
)

_KINDS = {str: "một chuỗi chữ", int: "một số nguyên", bool: "true hoặc false",
          list: "một danh sách", dict: "một đối tượng {…}"}


def _fail(where: str, message: str) -> InputError:
    return InputError(f"{where}: {message}", field="catalog")


def _keys(obj: Any, required: tuple, optional: tuple, where: str) -> dict:
    if not isinstance(obj, dict):
        raise _fail(where, "phải là một đối tượng {…}")
    for key in required:
        if key not in obj:
            raise _fail(where, f"thiếu trường “{key}”")
    for key in obj:
        if key not in required and key not in optional:
            raise _fail(where, f"có trường lạ “{key}” (gõ nhầm tên trường?)")
    return obj


def _get(obj: dict, key: str, kind: type, where: str, *, empty_ok: bool = False, default: Any = None):
    if key not in obj:
        return default
    value = obj[key]
    wrong = not isinstance(value, kind) or (kind is int and isinstance(value, bool))
    if wrong:
        raise _fail(where, f"trường “{key}” phải là {_KINDS[kind]}")
    if kind is str:
        value = nfc(value).strip()
        if not value and not empty_ok:
            raise _fail(where, f"trường “{key}” đang để trống")
    return value


def _str_list(obj: dict, key: str, where: str) -> tuple[str, ...]:
    items = _get(obj, key, list, where, default=[])
    out = []
    for item in items:
        if not isinstance(item, str) or not item.strip():
            raise _fail(where, f"trường “{key}” chỉ được chứa các chuỗi chữ không trống")
        out.append(nfc(item).strip())
    return tuple(out)


def _iso_date(obj: dict, key: str, where: str) -> date:
    text = _get(obj, key, str, where)
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise _fail(where, f"ngày “{text}” ở trường “{key}” không đúng dạng năm-tháng-ngày "
                           "(ví dụ 2018-08-22)") from None


def _level_map(obj: dict, key: str, kind: type, lo: int, hi: int, where: str) -> Mapping:
    raw = _get(obj, key, dict, where, default={})
    out: dict[int, Any] = {}
    for k, v in raw.items():
        if not _LEVEL.match(str(k)):
            raise _fail(where, f"trường “{key}” có mức “{k}” không phải số")
        level = int(k)
        if not lo <= level <= hi:
            raise _fail(where, f"trường “{key}” có Mức {level} nằm ngoài thang Mức {lo}–{hi}")
        if not isinstance(v, kind) or (kind is str and not v.strip()):
            raise _fail(where, f"trường “{key}”, Mức {level} phải là {_KINDS[kind]}"
                               + (" không trống" if kind is str else ""))
        out[level] = nfc(v).strip() if kind is str else v
    return MappingProxyType(dict(sorted(out.items())))


def _parse_criterion(raw: Any, std_no: int, lo: int, hi: int, where: str) -> Criterion:
    obj = _keys(raw, _CRITERION_REQUIRED, _CRITERION_OPTIONAL, where)
    code = _get(obj, "code", str, where)
    m = _CODE.match(code)
    if not m:
        raise _fail(where, f"mã tiêu chí “{code}” không đúng dạng N.M (ví dụ 1.1)")
    if int(m.group(1)) != std_no:
        raise _fail(where, f"tiêu chí {code} nằm dưới tiêu chuẩn {std_no}: "
                           f"mã phải bắt đầu bằng “{std_no}.”")
    where = f"{where}, tiêu chí {code}"
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


def _parse_standard(raw: Any, lo: int, hi: int, where: str) -> Standard:
    obj = _keys(raw, _STANDARD_REQUIRED, _STANDARD_OPTIONAL, where)
    no = _get(obj, "no", int, where)
    if no < 1:
        raise _fail(where, f"số tiêu chuẩn {no} không hợp lệ (phải từ 1 trở lên)")
    where = f"{where}, tiêu chuẩn {no}"
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
    where = f"Danh mục {fid}" if isinstance(fid, str) and fid.strip() else "Danh mục"
    fmt = _get(data, "format", int, where, default=FORMAT)
    if fmt > FORMAT:
        raise _fail(where, f"tệp dùng định dạng {fmt}, mới hơn định dạng chương trình đọc được "
                           f"({FORMAT}): hãy cập nhật chương trình")
    if fmt < 1:
        raise _fail(where, f"định dạng {fmt} không hợp lệ")
    _keys(data, _FRAMEWORK_REQUIRED, _FRAMEWORK_OPTIONAL, where)

    fid = _get(data, "id", str, where)
    if not _ID.match(fid):
        raise _fail(where, f"mã danh mục “{fid}” không hợp lệ: chỉ dùng chữ thường không dấu, "
                           "chữ số và dấu gạch ngang (ví dụ tt18)")

    school_levels = _str_list(data, "school_levels", where)
    if not school_levels:
        raise _fail(where, "chưa ghi danh mục áp dụng cho cấp học nào (school_levels)")
    for level in school_levels:
        if level not in SCHOOL_LEVELS:
            raise _fail(where, f"cấp học “{level}” không có trong danh sách: "
                               + ", ".join(SCHOOL_LEVELS))
    if len(set(school_levels)) != len(school_levels):
        raise _fail(where, "cấp học bị lặp trong school_levels")

    lo = _get(data, "level_min", int, where)
    hi = _get(data, "level_max", int, where)
    if not 1 <= lo <= hi <= 9:
        raise _fail(where, f"thang mức Mức {lo}–{hi} không hợp lệ (cần 1 ≤ mức thấp nhất ≤ "
                           "mức cao nhất ≤ 9)")

    evidence = _keys(data["evidence_code"], _EVIDENCE_REQUIRED, _EVIDENCE_OPTIONAL,
                     f"{where}, mục evidence_code")
    pattern = _get(evidence, "pattern", str, where)
    example = _get(evidence, "example", str, where)
    try:
        compiled = re.compile(pattern)
    except re.error as exc:
        raise _fail(where, f"mẫu mã minh chứng “{pattern}” không phải biểu thức chính quy "
                           f"hợp lệ ({exc})") from None
    if not compiled.fullmatch(example):
        raise _fail(where, f"ví dụ mã minh chứng “{example}” không khớp mẫu “{pattern}”")

    plan_form = _get(data, "plan_form", str, where)
    if plan_form not in PLAN_FORMS:
        raise _fail(where, f"mẫu kế hoạch “{plan_form}” chưa được chương trình hỗ trợ "
                           "(chỉ có: " + ", ".join(PLAN_FORMS) + ")")

    provisional = _get(data, "provisional", bool, where)
    provisional_note = _get(data, "provisional_note", str, where, empty_ok=True)
    if provisional and not provisional_note:
        raise _fail(where, "danh mục tạm thời phải có lời ghi chú cho người dùng "
                           "(provisional_note)")

    version = _get(data, "version", int, where)
    if version < 1:
        raise _fail(where, f"phiên bản {version} không hợp lệ (phải từ 1 trở lên)")

    raw_standards = _get(data, "standards", list, where)
    if not raw_standards:
        raise _fail(where, "không có tiêu chuẩn nào")
    standards = tuple(_parse_standard(s, lo, hi, where) for s in raw_standards)
    seen_no: set[int] = set()
    seen_code: set[str] = set()
    for s in standards:
        if s.no in seen_no:
            raise _fail(where, f"tiêu chuẩn {s.no} bị lặp")
        seen_no.add(s.no)
        for c in s.criteria:
            if c.code in seen_code:
                raise _fail(where, f"mã tiêu chí {c.code} bị lặp")
            seen_code.add(c.code)

    for key in _EXTRA_KEYS:
        if key in data and not isinstance(data[key], dict):
            raise _fail(where, f"trường “{key}” phải là {_KINDS[dict]}")

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
        evidence_pattern=pattern,
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
        extra=MappingProxyType({k: data[k] for k in _EXTRA_KEYS if k in data}),
        format=fmt,
    )


# ---------------------------------------------------------------------------------------
# replacing a catalog without orphaning plans

def check_replacement(old: Framework, new: Framework) -> None:
    """Refuse a catalog that would break plans written against ``old``.

    A replacement may fix titles, notes and requirement texts and may add criteria; it
    may not drop a criterion code (plans' rows point at it) nor change the level range
    or the plan form (targets and printed plans depend on them).
    """
    if new.id != old.id:
        raise InputError(f"Không thể thay danh mục {old.id} bằng danh mục {new.id}: "
                         "mã danh mục phải giống nhau", field="catalog")
    new_codes = {c.code for c in new.criteria()}
    dropped = [c.code for c in old.criteria() if c.code not in new_codes]
    if dropped:
        which = ", ".join(dropped)
        raise InputError(
            f"Danh mục mới của {old.display_name()} bỏ tiêu chí {which}: các kế hoạch đang gắn "
            "với tiêu chí này sẽ mất tham chiếu. Hãy giữ lại mã tiêu chí (có thể sửa tên).",
            field="catalog",
        )
    if (new.level_min, new.level_max) != (old.level_min, old.level_max):
        raise InputError(
            f"Danh mục mới của {old.display_name()} đổi thang mức từ Mức {old.level_min}–"
            f"{old.level_max} sang Mức {new.level_min}–{new.level_max}: mục tiêu đã đặt trong "
            "các kế hoạch sẽ không còn hợp lệ.",
            field="catalog",
        )
    if new.plan_form != old.plan_form:
        raise InputError(
            f"Danh mục mới của {old.display_name()} đổi mẫu kế hoạch từ “{old.plan_form}” sang "
            f"“{new.plan_form}”: các kế hoạch đã lập sẽ không in đúng mẫu.",
            field="catalog",
        )


# ---------------------------------------------------------------------------------------
# loading: bundled files, then overrides from user or district folders

def read_catalog_file(path: str | os.PathLike) -> Framework:
    """Read and check one catalog file from disk (a user's or a district's copy)."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputError(f"Tệp danh mục {path.name} quá lớn ({size // 1024} kB)",
                             field="catalog")
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError(f"Không đọc được tệp danh mục {path.name}: {exc.strerror or exc}",
                         field="catalog") from None
    return _parse_bytes(raw, path.name)


def _parse_bytes(raw: bytes, name: str) -> Framework:
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise InputError(f"Tệp danh mục {name} không phải văn bản UTF-8", field="catalog") from None
    except json.JSONDecodeError as exc:
        raise InputError(f"Tệp danh mục {name} không phải JSON hợp lệ (dòng {exc.lineno}, "
                         f"cột {exc.colno})", field="catalog") from None
    try:
        return parse_framework(data)
    except InputError as exc:
        raise InputError(f"Tệp {name}: {exc.message}", field=exc.field) from None


def _sort_key(fw: Framework) -> tuple:
    return (fw.date, fw.id)


@lru_cache(maxsize=1)
def _bundled() -> tuple[Framework, ...]:
    from kehoach_desktop.resources_path import resource_dir

    folder = resource_dir("criteria")
    files = sorted((f for f in folder.iterdir() if f.name.endswith(".json")), key=lambda f: f.name)
    frameworks = [_parse_bytes(f.read_bytes(), f.name) for f in files]
    ids = [f.id for f in frameworks]
    if len(set(ids)) != len(ids):  # a packaging mistake, not a user's
        raise RuntimeError(f"duplicate bundled catalog ids: {sorted(ids)}")
    return tuple(sorted(frameworks, key=_sort_key))


def _override_files(extra_dirs: Iterable[str | os.PathLike]) -> list[Path]:
    files: list[Path] = []
    for entry in extra_dirs:
        path = Path(entry)
        if path.is_file():
            files.append(path)
        elif path.is_dir():
            files.extend(sorted(p for p in path.iterdir() if p.suffix == ".json" and p.is_file()))
    return files


def load_catalogs(
    extra_dirs: Iterable[str | os.PathLike] = (),
    errors: list[InputError] | None = None,
) -> dict[str, Framework]:
    """All frameworks by id: the bundled ones, overridden from ``extra_dirs``.

    Each ``*.json`` of each folder (in the order given, files by name; a path to a file
    is read as such; missing folders are skipped) may add a framework or replace one
    with the same id: it wins when its ``version`` is not lower and
    :func:`check_replacement` accepts it. A lower version is ignored silently. A broken
    or refused file raises InputError, or, when ``errors`` is a list, is appended to it
    and skipped so the program can still start and tell the user.
    """
    catalogs = {fw.id: fw for fw in _bundled()}
    for path in _override_files(extra_dirs):
        try:
            fw = read_catalog_file(path)
            current = catalogs.get(fw.id)
            if current is not None:
                if fw.version < current.version:
                    continue
                try:
                    check_replacement(current, fw)
                except InputError as exc:
                    raise InputError(f"Tệp {path.name}: {exc.message}", field=exc.field) from None
            catalogs[fw.id] = fw
        except InputError as exc:
            if errors is None:
                raise
            errors.append(exc)
    return {fw.id: fw for fw in sorted(catalogs.values(), key=_sort_key)}


def get_framework(framework_id: str, catalogs: Mapping[str, Framework] | None = None) -> Framework:
    """The framework a plan names, or an InputError if this program does not know it."""
    catalogs = load_catalogs() if catalogs is None else catalogs
    fw = catalogs.get(framework_id)
    if fw is None:
        raise InputError(f"Không có khung tiêu chí “{framework_id}” trong chương trình: hãy cài "
                         "tệp danh mục tương ứng hoặc cập nhật chương trình", field="framework")
    return fw


def frameworks_for_level(
    school_level: str, catalogs: Mapping[str, Framework] | None = None
) -> list[Framework]:
    """Frameworks proposed for a school type, oldest circular first.

    During the transition to 31/12/2028 a school keeps its 2018 catalog for running
    plans, so the 2018 framework comes first and the provisional TT57 one after it.
    """
    if school_level not in SCHOOL_LEVELS:
        raise InputError(f"Loại trường “{school_level}” không hợp lệ: chọn một trong "
                         + ", ".join(SCHOOL_LEVELS.values()), field="school_level")
    catalogs = load_catalogs() if catalogs is None else catalogs
    found = [fw for fw in catalogs.values() if school_level in fw.school_levels]
    return sorted(found, key=_sort_key)
