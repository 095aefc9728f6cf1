"""Set-ups for the two levels: a commune office with its schools, its bundle, a Sở."""
from __future__ import annotations

import json
import zipfile
from pathlib import Path

from kehoach_desktop.domain.office import new_identity
from kehoach_desktop.store.district import create_office, import_files, open_district
from kehoach_desktop.store.office_bundle_export import export_bundle
from tests.store.exchange_helpers import BASE_TIME


def new_commune(folder: Path, commune: str = "xã Vĩnh Hải") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return create_office(folder / "xa.db", new_identity("xa", commune=commune, province="thành phố Hải Phòng"))


def new_province(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return create_office(folder / "so.db", new_identity("so", province="thành phố Hải Phòng"))


def run_import(office: Path, *files, **options):
    db = open_district(office)
    try:
        return import_files(db, files, **options)
    finally:
        db.close()


def commune_bundle(office: Path, school_files: list[Path], out: Path, hours: int = 1) -> Path:
    """The commune imports ``school_files`` and exports its bundle into ``out``."""
    from datetime import timedelta
    run_import(office, *school_files)
    out.mkdir(parents=True, exist_ok=True)
    db = open_district(office)
    try:
        return export_bundle(db, out, now=BASE_TIME + timedelta(hours=hours)).path
    finally:
        db.close()


def office_private_key(office: Path) -> str:
    db = open_district(office)
    try:
        return db.execute("SELECT private_key FROM office_key").fetchone()[0]
    finally:
        db.close()


def rewritten(bundle: Path, out: Path, change, signed_by: Path | None = None) -> Path:
    """A copy of ``bundle`` whose entries ``change(entries)`` edits: {name: bytes}; the manifest as a dict
    under "manifest.json" (written back as JSON). ``signed_by``: an office file whose key signs the edited
    manifest again (a forger holding that office's key); without it the old signature stays, and fails."""
    from kehoach_desktop.store.office_bundle import sign_manifest
    with zipfile.ZipFile(bundle) as archive:
        entries = {i.filename: archive.read(i) for i in archive.infolist()}
    entries["manifest.json"] = json.loads(entries["manifest.json"])
    change(entries)
    if signed_by is not None and isinstance(entries.get("manifest.json"), dict):
        entries["manifest.json"] = sign_manifest(entries["manifest.json"], office_private_key(signed_by))
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            if isinstance(data, dict):
                data = json.dumps(data, ensure_ascii=False).encode()
            archive.writestr(name, data)
    return out
