"""An incoming file's self-assessment checked against its framework, as the school's editor checks it.

``incoming_values`` checks each cell on its own (a level is a small integer, a code is one line); this
checks what a cell means in its report: a finding's criterion and level belong to the report's framework,
a standard's number is one of its standards, a council member's role is one the council rule has, an
evidence code has the framework's shape, and a year's register is not larger than the program lets a
school make it. A report under a framework the office has not installed is left to the level's own
reading (store.district_assessment), which then gives no level.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Mapping
from typing import Any

from kehoach_desktop.domain.catalog_model import Framework
from kehoach_desktop.domain.council import council_rule
from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.evidence_register import MAX_ITEMS
from kehoach_desktop.domain.value_rules import _refused, _shown

Tables = Mapping[str, tuple[list[str], list[tuple]]]


def _rows(tables: Tables, table: str) -> tuple[dict[str, int], list[tuple]]:
    columns, rows = tables.get(table, ([], []))
    return {c: n for n, c in enumerate(columns)}, rows


def _problem(table: str, line: int, column: str, reason: InputError) -> InputError:
    from kehoach_desktop.domain.incoming_values import cell_problem
    return cell_problem(table, line, column, reason)


def assessment_problems(tables: Tables, frameworks: Mapping[str, Framework]) -> Iterator[InputError]:
    at, reports = _rows(tables, "self_assessment")
    if "id" not in at:
        return
    framework_of: dict[Any, Framework | None] = {r[at["id"]]: frameworks.get(r[at["framework_id"]]) for r in reports}
    year_framework = {r[at["school_year"]]: frameworks.get(r[at["framework_id"]]) for r in reports}

    at, findings = _rows(tables, "criterion_finding")
    for line, row in enumerate(findings, 1):
        fw = framework_of.get(row[at["assessment_id"]])
        if fw is None:
            continue
        code, level = row[at["criterion_code"]], row[at["level"]]
        if fw.criterion(str(code)) is None:
            yield _problem("criterion_finding", line, "criterion_code", _refused(
                "tiêu chí «{value}» không có trong khung của báo cáo.", value=_shown(code)))
        elif not isinstance(level, int) or not fw.level_min <= level <= fw.level_max:
            yield _problem("criterion_finding", line, "level", _refused(
                "mức «{value}» không có trong khung của báo cáo.", value=_shown(level)))

    at, reviews = _rows(tables, "standard_review")
    for line, row in enumerate(reviews, 1):
        fw = framework_of.get(row[at["assessment_id"]])
        if fw is not None and fw.standard(row[at["standard_no"]]) is None:
            yield _problem("standard_review", line, "standard_no", _refused(
                "tiêu chuẩn «{value}» không có trong khung của báo cáo.", value=_shown(row[at["standard_no"]])))

    at, members = _rows(tables, "council_member")
    for line, row in enumerate(members, 1):
        fw = framework_of.get(row[at["assessment_id"]])
        rule = council_rule(fw.id) if fw is not None else None
        if rule is not None and row[at["role"]] not in rule.roles:
            yield _problem("council_member", line, "role", _refused(
                "vai trò «{value}» không có trong hội đồng tự đánh giá.", value=_shown(row[at["role"]])))

    at, items = _rows(tables, "evidence_item")
    if "school_year" not in at:
        return
    per_year = Counter(row[at["school_year"]] for row in items)
    for year, count in per_year.items():
        if count > MAX_ITEMS:
            yield _problem("evidence_item", 1, "school_year", _refused(
                "danh mục minh chứng năm học {year} có {count} mục, nhiều hơn mức chương trình cho phép ({limit}).",
                year=_shown(year), count=count, limit=MAX_ITEMS))
    for line, row in enumerate(items, 1):
        fw = year_framework.get(row[at["school_year"]])
        if fw is not None and not fw.evidence_template.matches(str(row[at["code"]])):
            yield _problem("evidence_item", line, "code", _refused(
                "mã minh chứng «{value}» không đúng mẫu {shape}.", value=_shown(row[at["code"]]),
                shape=fw.evidence_format or fw.evidence_example))
