"""An incoming export's values, each checked as typed input is (domain.incoming_values), before the office keeps any.

The rows arrive already read, typed and matched against the export's content hash (store.incoming); a
file holding any value the school's program would never have stored is refused here, naming its first
few values («bảng plan_row, dòng 12, cột start_month: tháng 13/2026 không có»). Criteria and levels are
checked against the catalogs this office has installed, read once and read again only when the
catalog folder changes (an office imports thousands of files in one go).
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Callable

from kehoach_desktop.domain.catalog import Framework
from kehoach_desktop.domain.errors import InputError, joined
from kehoach_desktop.domain.incoming_values import MAX_REASONS, Tables, file_problems

_catalogs: dict[tuple, dict[str, Framework]] = {}


def installed_frameworks() -> dict[str, Framework]:
    """The office's installed catalogs, kept while the user catalog folder is unchanged."""
    from kehoach_desktop.catalogs import installed_catalogs
    from kehoach_desktop.paths import user_catalog_dir
    folder = user_catalog_dir()
    try:
        stamp = tuple(sorted((e.name, e.stat().st_mtime_ns, e.stat().st_size) for e in os.scandir(folder)))
    except OSError:
        stamp = ()
    key = (str(folder), stamp)
    if key not in _catalogs:
        _catalogs.clear()
        _catalogs[key] = installed_catalogs()
    return _catalogs[key]


def check_values(path: Path, tables: Tables, refusal: Callable[..., InputError]) -> None:
    """Refuse the file at ``path`` when any of its values is not one the school side could have stored."""
    problems = file_problems(tables, installed_frameworks())
    if not problems:
        return
    shown = problems[:MAX_REASONS]
    if len(problems) > MAX_REASONS:
        raise refusal(path, "tệp có giá trị mà chương trình của trường không bao giờ lưu (tệp bị sửa hoặc hỏng): "
                            "{reasons} Còn những chỗ khác nữa. Hãy xin trường xuất lại tệp.",
                      reasons=joined(shown, "; "))
    raise refusal(path, "tệp có giá trị mà chương trình của trường không bao giờ lưu (tệp bị sửa hoặc hỏng): "
                        "{reasons} Hãy xin trường xuất lại tệp.", reasons=joined(shown, "; "))
