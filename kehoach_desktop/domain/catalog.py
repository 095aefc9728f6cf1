"""The Ministry's accreditation frameworks (criteria catalogs): one import for callers.

The types live in ``catalog_model``, the strict file checks in ``catalog_file`` and
finding the installed catalogs in ``catalog_loader``; callers import from here.
"""
from kehoach_desktop.domain.catalog_file import check_replacement, parse_framework
from kehoach_desktop.domain.catalog_loader import (
    frameworks_for_level, get_framework, load_catalogs, read_catalog_file,
)
from kehoach_desktop.domain.catalog_model import (
    FORMAT, MAX_FILE_BYTES, PLAN_FORMS, PROVISIONAL_MARK, SCHOOL_LEVELS, Criterion, Framework, Standard,
)

__all__ = [
    "Criterion", "Standard", "Framework", "FORMAT", "MAX_FILE_BYTES", "SCHOOL_LEVELS", "PLAN_FORMS",
    "PROVISIONAL_MARK", "check_replacement", "parse_framework", "read_catalog_file",
    "frameworks_for_level", "get_framework", "load_catalogs",
]
