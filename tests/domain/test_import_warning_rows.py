"""Each import warning says which plan row it is about as a number, not in a sentence to parse back.

The preview dialog colours the rows a warning names; it reads ``ImportWarning.row``. Here every
fixture document is imported and each warning's row is checked against the row it describes.
"""
from __future__ import annotations

import pytest

from kehoach_desktop.catalogs import installed_catalogs
from kehoach_desktop.domain.docx_import import import_plan_docx
from kehoach_desktop.domain.errors import InputError
from tests.fixtures.docx.build_fixtures import build_all


@pytest.fixture(scope="module")
def imports(tmp_path_factory):
    catalogs = installed_catalogs()
    results = {}
    for name, path in build_all(tmp_path_factory.mktemp("docx")).items():
        try:
            results[name] = import_plan_docx(path, catalogs)
        except InputError:
            continue                          # the fixtures that test refusals have no warnings to check
    return results


def test_a_warning_about_a_plan_row_carries_its_number_and_the_others_none(imports):
    about_rows = [w for result in imports.values() for w in result.warnings if w.row is not None]
    assert len(about_rows) >= 5                               # the fixtures do warn about rows
    for result in imports.values():
        for warning in result.warnings:
            if warning.row is None:
                assert not warning.where.startswith("Dòng "), warning
            else:
                assert 1 <= warning.row <= len(result.plan.rows)
                assert warning.where.startswith(f"Dòng {warning.row} ("), warning


def test_the_row_with_a_bad_timeframe_and_budget_is_the_second(imports):
    result = imports["quan3-template-2018.docx"]
    second = [w.message for w in result.warnings if w.row == 2]
    assert any("Thời gian thực hiện không hợp lệ" in m for m in second)
