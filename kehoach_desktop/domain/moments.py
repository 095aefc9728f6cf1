"""Moments the program stores (ISO 8601 in UTC) as the person at this computer reads them."""
from __future__ import annotations

from datetime import datetime


def local_moment(iso: str | None) -> datetime | None:
    """"2025-06-01T03:04:05+00:00" → that moment in this computer's time zone, without the zone
    (a spreadsheet's cell holds none); a time stored without a zone is taken as local already.
    Nothing stored, or text that is no time → None (the caller keeps the text)."""
    if not iso:
        return None
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return None
    return moment.astimezone().replace(tzinfo=None) if moment.tzinfo is not None else moment
