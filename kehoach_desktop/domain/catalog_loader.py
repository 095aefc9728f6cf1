"""Finding the installed catalogs: the bundled files plus override folders."""
from __future__ import annotations

import datetime
import os
import stat
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable, Mapping

from kehoach_desktop.domain.catalog_file import check_replacement, check_same_version, parse_framework
from kehoach_desktop.domain.catalog_limits import MAX_FILE_BYTES, parse_catalog_json, too_large
from kehoach_desktop.domain.catalog_model import SCHOOL_LEVELS, Framework
from kehoach_desktop.domain.errors import InputError

#: told about each catalog file that was refused while loading, with the reason
OnRefused = Callable[[Path, InputError], None]

# ---------------------------------------------------------------------------------------
# loading: bundled files, then overrides from user or district folders

def read_catalog_bytes(path: str | os.PathLike) -> bytes:
    """The bytes of a catalog file, its size checked before reading (never more than the limit)."""
    path = Path(path)
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise InputError("«{file}» là một thư mục, không phải tệp danh mục .json", field="catalog", file=path.name)
        if not stat.S_ISREG(info.st_mode):
            raise InputError("«{file}» không phải một tệp thông thường", field="catalog", file=path.name)
        if info.st_size > MAX_FILE_BYTES:
            raise too_large(path.name, info.st_size)
        with path.open("rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)       # the file may have grown since stat
    except FileNotFoundError:
        raise InputError("Không tìm thấy tệp danh mục «{file}»", field="catalog", file=path.name) from None
    except OSError as exc:
        raise InputError("Không đọc được tệp danh mục {file}: {error}",
                         field="catalog", file=path.name, error=exc.strerror or exc) from None
    if len(raw) > MAX_FILE_BYTES:
        raise too_large(path.name, len(raw))
    return raw


def read_catalog_file(path: str | os.PathLike) -> Framework:
    """Read and check one catalog file from disk (a user's or a district's copy)."""
    return parse_catalog_bytes(read_catalog_bytes(path), Path(path).name)


def parse_catalog_bytes(raw: bytes, name: str) -> Framework:
    """A catalog file's bytes checked within the limits and turned into a :class:`Framework`."""
    data = parse_catalog_json(raw, name)
    try:
        return parse_framework(data)
    except InputError as exc:
        raise InputError("Tệp {name}: {reason}", field=exc.field,
                         name=name, reason=exc) from None


def _sort_key(fw: Framework) -> tuple:
    return (fw.date, fw.id)


@lru_cache(maxsize=1)
def _bundled() -> tuple[Framework, ...]:
    frameworks = [_bundled_file(name) for name in _bundled_names()]
    ids = [f.id for f in frameworks]
    if len(set(ids)) != len(ids):  # a packaging mistake, not a user's
        raise RuntimeError(f"duplicate bundled catalog ids: {sorted(ids)}")
    return tuple(sorted(frameworks, key=_sort_key))


@lru_cache(maxsize=1)
def _bundled_names() -> tuple[str, ...]:
    from kehoach_desktop.resources_path import resource_dir
    return tuple(sorted(f.name for f in resource_dir("criteria").iterdir() if f.name.endswith(".json")))


@lru_cache(maxsize=None)
def _bundled_file(name: str) -> Framework:
    from kehoach_desktop.resources_path import resource_dir
    return parse_catalog_bytes((resource_dir("criteria") / name).read_bytes(), name)


def _bundled_one(framework_id: str) -> tuple[Framework, ...] | None:
    """Just the bundled catalog of ``framework_id`` when its file is named after it (each is):
    printing one plan parses one catalog, not six. None when no such file names that id."""
    name = f"{framework_id}.json"
    if name not in _bundled_names():
        return None
    fw = _bundled_file(name)
    return (fw,) if fw.id == framework_id else None


def bundled_catalogs() -> dict[str, Framework]:
    """The catalogs shipped with the program, by id (what applies when no file overrides them)."""
    return {fw.id: fw for fw in _bundled()}


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
    on_refused: OnRefused | None = None,
    only: str | None = None,
) -> dict[str, Framework]:
    """All frameworks by id: the bundled ones, overridden from ``extra_dirs``.

    Each ``*.json`` of each folder (in the order given, files by name; a path to a file
    is read as such; missing folders are skipped) may add a framework or replace one
    with the same id: it wins when its ``version`` is higher, or the same with the same
    content, and :func:`check_replacement` accepts it. A lower version is ignored
    silently. A broken or refused file raises InputError, or, when ``errors`` is a list
    or ``on_refused`` is given, is reported there and skipped so the program can still
    start and tell the user.
    With ``only`` an id, just that framework (and its overrides) is read, where its file can be
    found by name; the result may then hold that one framework.
    """
    bundled = (_bundled_one(only) if only is not None else None) or _bundled()
    catalogs = {fw.id: fw for fw in bundled}
    for path in _override_files(extra_dirs):
        try:
            fw = read_catalog_file(path)
            if only is not None and fw.id != only:
                continue
            current = catalogs.get(fw.id)
            if current is not None:
                if fw.version < current.version:
                    continue
                try:
                    check_same_version(current, fw)
                    check_replacement(current, fw)
                except InputError as exc:
                    raise InputError("Tệp {file}: {reason}", field=exc.field,
                                     file=path.name, reason=exc) from None
            catalogs[fw.id] = fw
        except InputError as exc:
            if errors is None and on_refused is None:
                raise
            if errors is not None:
                errors.append(exc)
            if on_refused is not None:
                on_refused(path, exc)
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
    school_level: str, catalogs: Mapping[str, Framework] | None = None, school_year: str = ""
) -> list[Framework]:
    """Frameworks proposed for a school type, the one a plan of ``school_year`` follows first.

    A plan follows the circular in force when its school year starts (1 September): Thông tư
    57/2026 (in force 07/7/2026) repealed the 2018 circulars, so a 2026-2027 plan proposes
    TT57 and a 2025-2026 plan its 2018 circular. That is read from each catalog's
    ``effective`` date and ``replaces`` list (circular numbers), never from its name. Without a school year the
    newest in force today comes first. The others follow, oldest first.
    """
    if school_level not in SCHOOL_LEVELS:
        raise InputError("Loại trường “{school_level}” không hợp lệ: chọn một trong {levels}", field="school_level",
                         school_level=school_level, levels=", ".join(SCHOOL_LEVELS.values()))
    catalogs = load_catalogs() if catalogs is None else catalogs
    found = sorted((fw for fw in catalogs.values() if school_level in fw.school_levels), key=_sort_key)
    starts = school_year_start(school_year) or datetime.date.today()
    in_force = [fw for fw in found if fw.effective <= starts]
    repealed = {old for fw in in_force for old in fw.replaces}
    current = [fw for fw in reversed(in_force) if fw.circular not in repealed]
    return current + [fw for fw in found if fw not in current]


def school_year_start(school_year: str) -> datetime.date | None:
    """1 September of the school year's first year: "2026-2027" → 2026-09-01."""
    head = (school_year or "").strip()[:4]
    return datetime.date(int(head), 9, 1) if head.isdigit() else None
