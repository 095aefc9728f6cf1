"""`kehoach` imports only the module of the command being run; the table saying which is exact."""
from __future__ import annotations

import argparse
import subprocess
import sys

from kehoach_desktop.cli import build_parser
from kehoach_desktop.commands import COMMANDS, MODULE_ORDER


def _commands(parser: argparse.ArgumentParser) -> set[str]:
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return {name for name, p in sub.choices.items() if p.prog.endswith(" " + name)}


def test_every_command_is_in_the_table_and_registered_by_the_module_it_names():
    assert _commands(build_parser()) == set(COMMANDS)
    for command in COMMANDS:
        assert command in _commands(build_parser(command)), command
    assert set(COMMANDS.values()) == set(MODULE_ORDER)


def test_printing_a_plan_does_not_load_the_other_commands():
    probe = ("import sys; from kehoach_desktop.cli import build_parser; build_parser('print'); "
             "print(sorted(m for m in sys.modules if m.startswith('kehoach_desktop.commands.')))")
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert "kehoach_desktop.commands.printing" in loaded
    for other in ("office", "district", "progress", "inspection", "catalog"):
        assert f"kehoach_desktop.commands.{other}'" not in loaded, other
