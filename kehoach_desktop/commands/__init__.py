"""Subcommands of `kehoach`, one module per group; each has ``register(subparsers)``.

Only the module of the command being run is imported: `kehoach print plan …` does not load the
Word, Excel, district or progress commands (a tenth of a print's whole run). `kehoach --help`,
an unknown command or no command imports them all. tests/cli/test_command_table.py checks that
COMMANDS names exactly what each module registers.
"""
from __future__ import annotations

import importlib
from types import ModuleType

# Top-level command → the module that registers it (`plan` brings its `issue`/`revisions` actions;
# `district` registers `office` and its old name `district`).
COMMANDS = {
    "demo": "core", "check": "core", "gui": "core", "catalog": "catalog", "plan": "plan",
    "progress": "progress", "target": "progress", "export": "exchange", "backup": "exchange",
    "district": "district", "office": "district", "print": "printing", "inspection": "inspection", "word": "office",
    "excel": "office", "verify": "revisions", "school": "school", "reply": "reply",
    "assess": "assess", "evidence": "evidence",
}
MODULE_ORDER = ("core", "school", "catalog", "plan", "progress", "exchange", "district", "printing",
                "inspection", "office", "revisions", "reply", "assess", "evidence")


def command_modules(command: str | None = None) -> list[ModuleType]:
    """The module registering ``command``, or every command module when it is not one of ours."""
    names = (COMMANDS[command],) if command in COMMANDS else MODULE_ORDER
    return [importlib.import_module(f"kehoach_desktop.commands.{name}") for name in names]
