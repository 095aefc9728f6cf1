"""The installed criteria catalogs: the bundled ones plus corrected files a district hands out."""
from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from kehoach_desktop.domain.catalog import Framework, check_replacement, load_catalogs, parse_framework
from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.paths import user_catalog_dir


def installed_catalogs() -> dict[str, Framework]:
    return load_catalogs(extra_dirs=(user_catalog_dir(),))


def framework(framework_id: str) -> Framework:
    catalogs = installed_catalogs()
    if framework_id not in catalogs:
        known = ", ".join(sorted(catalogs))
        raise InputError("Không có khung tiêu chí «{framework_id}». Các khung đã cài: {known}.", field="framework",
                         framework_id=framework_id, known=known)
    return catalogs[framework_id]


def install_catalog(source: str | os.PathLike) -> Framework:
    """Validate a catalog file and install it; refuse one that would orphan any plan's criteria.

    A replacement must keep every criterion code of the catalog it replaces
    (it may correct titles or add criteria), so no plan in any school file can
    be left pointing at a criterion that no longer exists.
    """
    source = Path(source)
    try:
        data = json.loads(source.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise InputError("Không tìm thấy tệp «{file}».", field="file", file=source.name) from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError("Tệp «{file}» không phải tệp danh mục JSON hợp lệ.", field="file",
                         file=source.name) from exc
    new = parse_framework(data)
    current = installed_catalogs().get(new.id)
    if current is not None:
        check_replacement(current, new)
        if new.version < current.version:
            raise InputError(
                "Danh mục «{id}» phiên bản {version} cũ hơn bản đang dùng ({version2}).",
                field="version", id=new.id, version=new.version, version2=current.version)
    target_dir = user_catalog_dir()
    target_dir.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target_dir, suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(data, handle, ensure_ascii=False, indent=1)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, target_dir / f"{new.id}.json")
    return new
