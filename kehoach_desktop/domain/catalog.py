"""The Ministry's accreditation frameworks (criteria catalogs): one import for callers.

The types live in ``catalog_model``, the strict file checks in ``catalog_file`` and
finding the installed catalogs in ``catalog_loader``; callers import from here.
"""
from kehoach_desktop.domain.catalog_file import check_replacement, check_same_version, parse_framework
from kehoach_desktop.domain.catalog_loader import (
    bundled_catalogs, frameworks_for_level, get_framework, load_catalogs, parse_catalog_bytes, read_catalog_bytes,
    read_catalog_file,
)
from kehoach_desktop.domain.catalog_limits import MAX_FILE_BYTES
from kehoach_desktop.domain.catalog_model import (
    FORMAT, PLAN_FORMS, PROVISIONAL_MARK, SCHOOL_LEVELS, Criterion, Framework, Standard,
)

__all__ = [
    "Criterion", "Standard", "Framework", "FORMAT", "MAX_FILE_BYTES", "SCHOOL_LEVELS", "PLAN_FORMS",
    "PROVISIONAL_MARK", "check_replacement", "check_same_version", "parse_framework", "read_catalog_file",
    "read_catalog_bytes", "parse_catalog_bytes", "bundled_catalogs",
    "frameworks_for_level", "get_framework", "load_catalogs",
]
