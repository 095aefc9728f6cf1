"""The layers import downward only: domain ← store, reports ← usecases ← commands, ui.

domain/ is pure Python (no Qt, no SQL, no ReportLab); store/ is the only place that speaks SQL;
reports/ draws documents from values and never reads the store; only ui/ imports Qt. Imports
inside functions count too: a lazy import that crosses a layer is still a crossing.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "kehoach_desktop"
QT = ("PySide6", "shiboken6")
SQL = ("sqlite3", "sqlite_utils")
OURS = "kehoach_desktop"
# What each layer may not import: third-party families and our own layers.
FORBIDDEN = {
    "domain": QT + SQL + ("reportlab", "docx", "openpyxl") + tuple(f"{OURS}.{layer}" for layer in
                                                                  ("store", "reports", "ui", "commands", "usecases")),
    "store": QT + ("reportlab",) + tuple(f"{OURS}.{layer}" for layer in ("reports", "ui", "commands", "usecases")),
    "reports": QT + SQL + tuple(f"{OURS}.{layer}" for layer in ("store", "ui", "commands", "usecases")),
    "usecases": QT + ("argparse",) + tuple(f"{OURS}.{layer}" for layer in ("ui", "commands")),
    "ui": SQL + (f"{OURS}.commands",),
    # The command line opens the window for `kehoach gui` (its one way into ui/).
    "commands": QT,
}
ALLOWED = {("commands", f"{OURS}.ui.app")}


def imported_names(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_the_layer_imports_only_what_lies_below_it(layer):
    crossings = []
    for path in sorted((PACKAGE / layer).rglob("*.py")):
        for name in imported_names(path):
            bad = [f for f in FORBIDDEN[layer] if name == f or name.startswith(f + ".")]
            if bad and not any((layer, name) == allowed or (layer == allowed[0] and name.startswith(allowed[1]))
                               for allowed in ALLOWED):
                crossings.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert crossings == []
