"""A year's self-assessment with everything its papers and screens need, read from the file once.

The report (Biểu 1), the evidence list, the council papers, the window's level banner and the
command line all start from an ``AssessmentContext``: the assessment, the school, its framework,
the year's evidence register, the places citing codes, the school's level with why, and the plan of
the same year (whose results the next report reviews).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kehoach_desktop.domain.catalog import Framework
from kehoach_desktop.domain.errors import InputError
from kehoach_desktop.domain.evidence_register import EvidenceItem, RegisterWarning, register_warnings
from kehoach_desktop.domain.level_rule import Verdict
from kehoach_desktop.domain.plan import Plan, School
from kehoach_desktop.domain.self_assessment import SelfAssessment, verdict
from kehoach_desktop.usecases.school_file import SchoolFile


@dataclass
class AssessmentContext:
    assessment: SelfAssessment
    school: School
    framework: Framework
    items: list[EvidenceItem]                 # the year's register, sorted by code
    places: dict[str, list[str]]              # «Tiêu chí 1.1» → the codes it cites (store.evidence_items)
    verdict: Verdict | None                   # None: the framework has no level rule (2018)
    plan: Plan | None = None                  # the plan of the same school year, if any

    def warnings(self, today: date | None = None) -> list[RegisterWarning]:
        return register_warnings(self.items, self.places, today or date.today(), self.framework.evidence_template)


def newest_year(file: SchoolFile) -> str | None:
    from kehoach_desktop.store.self_assessment import assessment_years
    years = file.read(assessment_years)
    return years[0] if years else None


def assessment_context(file: SchoolFile, school_year: str | None = None) -> AssessmentContext:
    """The assessment of ``school_year`` (default: the newest); an InputError when the file has none."""
    from kehoach_desktop.catalogs import framework as installed
    from kehoach_desktop.domain.parse import parse_school_year
    from kehoach_desktop.store import plans
    from kehoach_desktop.store.evidence_items import cited_places, list_items
    from kehoach_desktop.store.self_assessment import load_assessment
    year = parse_school_year(school_year) if school_year else newest_year(file)
    assessment = file.read(load_assessment, year) if year else None
    if assessment is None:
        raise InputError("Chưa có báo cáo tự đánh giá năm học {school_year}.", field="school_year",
                         school_year=year or "nào")
    school = file.read(plans.get_school)
    if school is None:
        raise InputError("Tệp chưa có thông tin trường; hãy nhập thông tin trường trước.", field="school")
    fw = installed(assessment.framework_id)
    items = file.read(list_items, assessment.school_year)
    places = file.read(cited_places, assessment.school_year, fw, assessment)
    plan = next((p for p in file.read(plans.list_plans) if p.school_year == assessment.school_year), None)
    return AssessmentContext(assessment, school, fw, items, places, verdict(assessment, fw), plan)
