"""Kế hoạch Desktop: a school's education quality improvement plan, kept in one SQLite file."""

__version__ = "0.1.0"
APP_NAME = "kehoach"
