"""What the principal does, once: the window (ui/*_ops.py) and the command line (commands/) both call these.

One module per use case; each returns a small result saying what it did and what
changed (changes.Changes), so the window refreshes exactly that and the command
line prints it. No Qt, no argparse here. This package imports nothing on purpose:
each use case imports its heavy helpers (ReportLab, python-docx, openpyxl) inside
the function that needs them, so printing never pays for Word or Excel.
"""
