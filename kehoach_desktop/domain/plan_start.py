"""A new plan as the principal first sees it: the school's bodies of today and the form's own text.

A plan on the 2026 form (Biểu 2) starts with the form's fixed wording for sections I, II, III,
VII and VIII; one on the 2018 form with the wording filed plans share. The wording is data
(``resources/forms/<form>.json``, each file naming its source and what is unverified); every
line stays editable. The plan takes the school's governing body, place and receiving office as
they are now and keeps them: editing the school later changes only plans made after.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache

from kehoach_desktop.domain.administration import after_reform, document_date
from kehoach_desktop.domain.catalog_model import Framework
from kehoach_desktop.domain.plan import SCHOOL_LEVELS, MonitoringReview, Organization, Plan, School
from kehoach_desktop.domain.values import nfc


@dataclass(frozen=True)
class FormText:
    """The starting text of one plan form."""

    form: str
    source: str
    unverified: str
    general_info: tuple[str, ...]
    bases: tuple[str, ...]
    purposes: tuple[str, ...]
    problems_note: str
    monitoring: tuple[str, ...]
    organization_headings: tuple[str, ...]
    chair_duties: tuple[str, ...]
    monitoring_duties: tuple[str, ...]
    staff_duties: tuple[str, ...]
    reporting_heading: str
    reporting: tuple[str, ...]
    recipients: tuple[str, ...]


@lru_cache(maxsize=None)
def form_text(form: str) -> FormText:
    """The bundled starting text of plan form ``form`` ("tt18-9col", "tt57-bieu2")."""
    from kehoach_desktop.resources_path import resource_dir
    data = json.loads((resource_dir("forms") / f"{form}.json").read_text(encoding="utf-8"))
    org = data.get("organization", {})
    return FormText(
        form=data["form"], source=data.get("source", ""), unverified=data.get("unverified", ""),
        general_info=tuple(data.get("general_info", ())), bases=tuple(data.get("bases", ())),
        purposes=tuple(data.get("purposes", ())), problems_note=data.get("problems_note", ""),
        monitoring=tuple(data.get("monitoring", ())), organization_headings=tuple(org.get("headings", ())),
        chair_duties=tuple(org.get("chair_duties", ())), monitoring_duties=tuple(org.get("monitoring_duties", ())),
        staff_duties=tuple(org.get("staff_duties", ())), reporting_heading=data.get("reporting_heading", ""),
        reporting=tuple(data.get("reporting", ())), recipients=tuple(data.get("recipients", ())),
    )


def _previous_year(school_year: str) -> str:
    try:
        first = int(school_year[:4])
    except ValueError:
        return "trước"
    return f"{first - 1}-{first}"


class _Blank(dict):
    """str.format_map that leaves a dotted blank for a value the school has not given."""

    def __missing__(self, key: str) -> str:
        return "……"


def _filled(lines, values: dict) -> list[str]:
    out = []
    for line in lines:
        text = line.format_map(_Blank({k: v for k, v in values.items() if v}))
        out.append(nfc(text))
    return out


def receiving_office_for(school: School, school_year: str) -> str:
    """Where a plan of ``school_year`` is sent: the school's receiving office of today, or the
    Phòng GD&ĐT for a year that started before the reform (what plans of that time were sent to)."""
    if after_reform(document_date(None, school_year)):
        return nfc(school.receiving_office)
    return "Phòng GD&ĐT"


def new_plan(school: School, school_year: str, framework: Framework) -> Plan:
    """A plan for ``school_year`` under ``framework``, its sections started with the form's text."""
    text = form_text(framework.plan_form)
    year = nfc(school_year).strip()
    values = {
        "school_name": nfc(school.name), "school_type": SCHOOL_LEVELS.get(school.level, ""),
        "address": nfc(school.address), "previous_year": _previous_year(year),
        "school_year_words": year.replace("-", " - "), "circular": framework.circular,
        "circular_date": framework.date.strftime("%d/%m/%Y"), "circular_title": _lower_first(framework.title),
        "receiving_office": receiving_office_for(school, year),
    }
    org = Organization(
        council_chair="",
        chair_duties=_filled(text.chair_duties, values),
        monitoring_duties=_filled(text.monitoring_duties, values),
        staff_duties=_filled(text.staff_duties, values),
    )
    return Plan(
        school_year=year,
        framework_id=framework.id,
        place=nfc(school.place),
        governing_body=nfc(school.governing_body),
        school_name=nfc(school.name),
        general_info="\n".join(_filled(text.general_info, values)),
        bases=_filled(text.bases, values),
        purposes=_filled(text.purposes, values),
        organization=org,
        monitoring=[MonitoringReview(when=when) for when in text.monitoring],
        reporting=_filled(text.reporting, values),
        recipients=[r for r in _filled(text.recipients, values) if not r.startswith("……")],
        signer_name=nfc(school.principal),
    )


def _lower_first(title: str) -> str:
    text = nfc(title).strip()
    return text[:1].lower() + text[1:] if text else ""
