"""Finding the installed catalogs: the bundled files plus override folders."""
from __future__ import annotations

import json
import os
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Mapping

from kehoach_desktop.domain.catalog_model import MAX_FILE_BYTES, SCHOOL_LEVELS, Framework
from kehoach_desktop.domain.catalog_file import check_replacement, parse_framework
from kehoach_desktop.domain.errors import InputError

# ---------------------------------------------------------------------------------------
# loading: bundled files, then overrides from user or district folders

def read_catalog_file(path: str | os.PathLike) -> Framework:
    """Read and check one catalog file from disk (a user's or a district's copy)."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputError("Tệp danh mục {file} quá lớn ({size_kb} kB)",
                             field="catalog", file=path.name, size_kb=size // 1024)
        raw = path.read_bytes()
    except OSError as exc:
        raise InputError("Không đọc được tệp danh mục {file}: {error}",
                         field="catalog", file=path.name, error=exc.strerror or exc) from None
    return _parse_bytes(raw, path.name)


def _parse_bytes(raw: bytes, name: str) -> Framework:
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise InputError("Tệp danh mục {name} không phải văn bản UTF-8", field="catalog",
                         name=name) from None
    except json.JSONDecodeError as exc:
        raise InputError("Tệp danh mục {name} không phải JSON hợp lệ (dòng {lineno}, cột {colno})", field="catalog",
                         name=name, lineno=exc.lineno, colno=exc.colno) from None
    try:
        return parse_framework(data)
    except InputError as exc:
        raise InputError("Tệp {name}: {reason}", field=exc.field,
                         name=name, reason=exc) from None


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
                    raise InputError("Tệp {file}: {reason}", field=exc.field,
                                     file=path.name, reason=exc) from None
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
        raise InputError("Không có khung tiêu chí “{framework_id}” trong chương trình: hãy cài tệp danh mục tương "
                         "ứng hoặc cập nhật chương trình", field="framework",
                         framework_id=framework_id)
    return fw


def frameworks_for_level(
    school_level: str, catalogs: Mapping[str, Framework] | None = None
) -> list[Framework]:
    """Frameworks proposed for a school type, oldest circular first.

    During the transition to 31/12/2028 a school keeps its 2018 catalog for running
    plans, so the 2018 framework comes first and the provisional TT57 one after it.
    """
    if school_level not in SCHOOL_LEVELS:
        raise InputError("Loại trường “{school_level}” không hợp lệ: chọn một trong {levels}", field="school_level",
                         school_level=school_level, levels=", ".join(SCHOOL_LEVELS.values()))
    catalogs = load_catalogs() if catalogs is None else catalogs
    found = [fw for fw in catalogs.values() if school_level in fw.school_levels]
    return sorted(found, key=_sort_key)
