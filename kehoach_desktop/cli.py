"""The `kehoach` command line: the same services as the window, headless.

Exit codes: 0 done, 2 refused input (a Vietnamese message on stderr), 1 a bug
(the traceback goes to a log file, the user gets one sentence).
"""
from __future__ import annotations

import argparse
import os
import sys
import traceback

from kehoach_desktop import __version__
from kehoach_desktop.commands import command_modules
from kehoach_desktop.commands.text import shown
from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.store.leftovers import clean_at_start

EXIT_OK, EXIT_BUG, EXIT_REFUSED = 0, 1, 2


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser for ``command`` alone when it is one of ours (faster start), else for all of them."""
    parser = argparse.ArgumentParser(
        prog="kehoach",
        description="Kế hoạch cải tiến chất lượng giáo dục: lập, theo dõi và in kế hoạch của nhà trường.",
    )
    parser.add_argument("--version", action="version", version=f"kehoach {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="LỆNH")
    for module in command_modules(command):
        module.register(sub)
    return parser


def _configure_stdout() -> None:
    # A Windows console or a pipe may not default to UTF-8; Vietnamese must not crash a print.
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(encoding="utf-8", errors="replace")
        except (AttributeError, ValueError):
            pass


def main(argv: list[str] | None = None) -> int:
    _configure_stdout()
    clean_at_start()     # what a killed run (power cut) left: temp copies of the school, half-written files
    if argv is None and len(sys.argv) == 1:
        argv = ["gui"]   # a plain `kehoach` (a double-click) opens the window on the last file or the demo
    words = sys.argv[1:] if argv is None else argv
    parser = build_parser(next((w for w in words if not w.startswith("-")), None))
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return EXIT_OK
    try:
        code = args.handler(args) or EXIT_OK
        sys.stdout.flush()      # a reader that left (`| head`) is met here, not in Python's flush at exit
        return code
    except InputError as exc:
        print(f"Lỗi: {shown(exc.message)}", file=sys.stderr)
        return EXIT_REFUSED
    except KeyboardInterrupt:
        return EXIT_REFUSED
    except BrokenPipeError:
        # `kehoach plan show … | head -1`: the reader left; Python would complain when it flushes
        # stdout at exit, so point stdout at nothing (the Python docs' recipe for SIGPIPE)
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:
        from kehoach_desktop.store.failures import refusal_for
        refusal = refusal_for(exc)      # a locked file, a full disk, a read-only stick: not a bug
        if refusal is not None:
            print(f"Lỗi: {shown(refusal.message)}", file=sys.stderr)
            return EXIT_REFUSED
        # a bug: keep the details, show one sentence
        from kehoach_desktop.usecases.log_bug import log_bug
        log = log_bug(*sys.exc_info())
        if log is None:
            traceback.print_exc()
        where = f" Chi tiết đã ghi vào {log}." if log else ""
        print(f"Lỗi chương trình không mong đợi; dữ liệu đã lưu không bị ảnh hưởng.{where}", file=sys.stderr)
        return EXIT_BUG
