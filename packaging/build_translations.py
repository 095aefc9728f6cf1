"""Compile translations/*.ts to .qm with Qt's lrelease when a .ts is newer than its .qm."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def lrelease() -> list[str] | None:
    exe = Path(sys.executable).parent / "pyside6-lrelease"
    if exe.exists():
        return [str(exe)]
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    return [found] if found else None


def main() -> int:
    sources = sorted((ROOT / "translations").glob("*.ts"))
    stale = [ts for ts in sources
             if not ts.with_suffix(".qm").exists() or ts.stat().st_mtime > ts.with_suffix(".qm").stat().st_mtime]
    if not stale:
        return 0
    tool = lrelease()
    if tool is None:
        print("pyside6-lrelease not found; translations not compiled", file=sys.stderr)
        return 1
    for ts in stale:
        subprocess.run(tool + ["-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
