"""File names that survive every file system and USB stick: plain ASCII, no diacritics."""
from __future__ import annotations

import re
import unicodedata
from datetime import datetime


def ascii_slug(text: str, limit: int = 60) -> str:
    """"Trường THCS Hòa Bình" → "truong-thcs-hoa-binh"."""
    text = text.replace("đ", "d").replace("Đ", "D")
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")
    return slug[:limit].rstrip("-") or "truong"


def export_file_name(code: str, name: str, when: datetime) -> str:
    """The district copy's name says whose it is and when: kehoach-<code>-<school>-<yyyymmdd>.db."""
    return f"kehoach-{ascii_slug(code, 20)}-{ascii_slug(name)}-{when:%Y%m%d}.db"
