"""Subcommands of `kehoach`, one module per group; each has ``register(subparsers)``.

Modules import their heavy dependencies (Qt, ReportLab) inside the handlers so
that `kehoach --help` and `kehoach check` start fast.
"""
from kehoach_desktop.commands import (
    catalog, core, district, exchange, inspection, office, plan, printing, progress, revisions,
)

COMMAND_MODULES = [core, catalog, plan, progress, exchange, district, printing, inspection, office, revisions]
