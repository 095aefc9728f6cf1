"""The frozen window program: `KeHoachCLGD.exe [FILE.db]` is `kehoach gui [FILE.db]`.

A separate no-console executable so that a Start-menu click on Windows opens only
the window, and a school file dropped on the icon (or double-clicked) opens in it.
"""
import sys

from kehoach_desktop.cli import main

raise SystemExit(main(["gui", *sys.argv[1:]]))
