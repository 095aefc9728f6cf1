"""The installed criteria catalogs: the bundled ones plus corrected files a district hands out.

An installed file is read with the same limits and checks at import and at every start
(``domain.catalog_loader``), and one that still fails to load — written into the folder by
hand, or installed by an older program — is set aside into the ``loi`` subfolder with a
message, so the program always starts on the bundled catalog.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

from kehoach_desktop.domain.catalog import (
    Framework, bundled_catalogs, check_replacement, check_same_version, load_catalogs, parse_catalog_bytes, read_catalog_bytes,
    read_catalog_file,
)
from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.paths import user_catalog_dir

#: where installed catalogs that failed to load are moved, inside the user catalog folder
SET_ASIDE_FOLDER = "loi"


def installed_catalogs() -> dict[str, Framework]:
    """The catalogs in use; a broken installed file is set aside with a warning on stderr."""
    catalogs, notices = load_installed()
    for notice in notices:
        print(f"Cảnh báo: {notice.message}", file=sys.stderr)
    return catalogs


def load_installed(only: str | None = None) -> tuple[dict[str, Framework], list[InputError]]:
    """The catalogs in use and one notice per installed file set aside (the window shows them);
    with ``only`` an id, just that framework where it can be found without reading the others."""
    notices: list[InputError] = []
    folder = user_catalog_dir()

    def set_aside(path: Path, reason: InputError) -> None:
        notices.append(_set_aside(folder, path, reason))

    catalogs = load_catalogs(extra_dirs=(folder,), on_refused=set_aside, only=only)
    return catalogs, notices


def _set_aside(folder: Path, path: Path, reason: InputError) -> InputError:
    target_dir = folder / SET_ASIDE_FOLDER
    try:
        target_dir.mkdir(parents=True, exist_ok=True)
        target = target_dir / path.name
        number = 1
        while target.exists():
            number += 1
            target = target_dir / f"{path.stem}-{number}{path.suffix}"
        os.replace(path, target)
    except OSError:   # a read-only folder: the file stays, the bundled catalog is used all the same
        return InputError("Không dùng được danh mục đã cài «{file}», chương trình dùng danh mục có sẵn: {reason}",
                          field="catalog", file=path.name, reason=reason)
    return InputError("Không dùng được danh mục đã cài «{file}»; tệp đã được chuyển sang thư mục «{folder}» và "
                      "chương trình dùng danh mục có sẵn: {reason}",
                      field="catalog", file=path.name, folder=str(target_dir), reason=reason)


def framework(framework_id: str) -> Framework:
    one, notices = load_installed(only=framework_id)
    for notice in notices:
        print(f"Cảnh báo: {notice.message}", file=sys.stderr)
    if framework_id in one:
        return one[framework_id]
    catalogs = installed_catalogs()
    if framework_id not in catalogs:
        known = ", ".join(sorted(catalogs))
        raise InputError("Không có khung tiêu chí «{framework_id}». Các khung đã cài: {known}.", field="framework",
                         framework_id=framework_id, known=known)
    return catalogs[framework_id]


def install_catalog(source: str | os.PathLike) -> Framework:
    """Validate a catalog file and install it; refuse one that would orphan any plan's criteria.

    The file passes the loader's own limits and checks (so what installs always loads). A
    replacement must keep every criterion code of the catalog it replaces (it may correct
    titles or add criteria), may not be older, and may not carry the same version with other
    content. The file's bytes are installed as they were read.
    """
    source = Path(source)
    raw = read_catalog_bytes(source)
    new = parse_catalog_bytes(raw, source.name)
    current = installed_catalogs().get(new.id)
    if current is not None:
        check_replacement(current, new)
        if new.version < current.version:
            raise InputError(
                "Danh mục «{id}» phiên bản {version} cũ hơn bản đang dùng ({version2}).",
                field="version", id=new.id, version=new.version, version2=current.version)
        check_same_version(current, new)
    target_dir = user_catalog_dir()
    target_dir.mkdir(parents=True, exist_ok=True)
    from kehoach_desktop.store.atomic_file import temp_path
    tmp = temp_path(target_dir)          # ours by name, with our pid: a killed import is cleaned later
    with open(tmp, "wb") as handle:
        handle.write(raw)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, target_dir / f"{new.id}.json")
    return new


def remove_catalog(framework_id: str) -> Framework | None:
    """Undo imports of ``framework_id``: its installed files go; the bundled catalog, if any, applies again.

    Returns the bundled catalog now in use, or None when the id was only installed.
    Refuses an id that has no installed file (a bundled catalog cannot be removed).
    """
    bundled = bundled_catalogs()
    folder = user_catalog_dir()
    files = sorted(folder.glob("*.json")) if folder.is_dir() else []
    removed = [path for path in files if path.is_file() and _catalog_id(path) == framework_id]
    if not removed:
        if framework_id in bundled:
            raise InputError("Danh mục «{id}» có sẵn trong chương trình, không gỡ được; chỉ gỡ được danh mục "
                             "đã cài thêm.", field="framework", id=framework_id)
        raise InputError("Không có danh mục đã cài thêm «{id}».", field="framework", id=framework_id)
    for path in removed:
        path.unlink()
    return bundled.get(framework_id)


def _catalog_id(path: Path) -> str | None:
    try:
        return read_catalog_file(path).id
    except InputError:
        return None
