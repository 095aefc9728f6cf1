"""What every part of the self-assessment's Word copy shares: the values it is made of, the headings
it has written so far (the table of contents gathers them), and the writers of its kinds of text.

The words and their order are the printed report's (``reports/assessment*.py``), so the principal's
Word copy and the paper say the same. A statement's evidence codes become links to the evidence
list's rows: only codes the register holds (a code the register lacks stays plain text, and the
window already warns about it).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from docx.document import Document as WordDocument
from docx.shared import Mm, Pt

from kehoach_desktop.domain.assessment_paper import PART_I, PART_II, PART_III, PART_IV  # noqa: F401  (the parts' modules)
from kehoach_desktop.domain.assessment_texts import BY_KEY
from kehoach_desktop.domain.catalog import Framework
from kehoach_desktop.domain.citations import cited_codes, citations
from kehoach_desktop.domain.evidence_register import EvidenceItem, code_sort_key, primary_criterion
from kehoach_desktop.domain.level_rule import Verdict
from kehoach_desktop.domain.plan import Plan, School
from kehoach_desktop.domain.self_assessment import SelfAssessment
from kehoach_desktop.reports import docx_style as s
from kehoach_desktop.reports.docx_assessment_fields import Bookmarks, bookmark_names, clean, heading, linked_text

BLANK = "…" * 30            # a text not written yet: a dotted line to write over in Word
SHORT_BLANK = "……"          # the same after a label on its line
TABLE_SIZE = 12             # the report's tables; the plan's small tables use 11


@dataclass
class Paper:
    """One report being written: its values, and where its headings and links stand."""

    doc: WordDocument
    assessment: SelfAssessment
    school: School
    framework: Framework
    items: list[EvidenceItem]               # sorted by code
    verdict: Verdict | None
    plan: Plan | None = None
    governing_body: str = ""
    anchors: dict[str, str] = field(default_factory=dict)       # evidence code → its row's bookmark
    bookmarks: Bookmarks = field(default_factory=Bookmarks)
    toc: list[tuple[int, str]] = field(default_factory=list)    # (level, heading) in the order written
    citing: dict[str, list[str]] = field(default_factory=dict)  # evidence code → the criteria citing it
    styles: dict = field(default_factory=dict)                   # heading and contents styles by name

    @classmethod
    def of(cls, doc, assessment, school, framework, items, verdict, plan=None, governing_body="") -> "Paper":
        ordered = sorted(items, key=lambda i: code_sort_key(i.code))
        paper = cls(doc, assessment, school, framework, ordered, verdict, plan, governing_body)
        paper.anchors = bookmark_names(i.code for i in ordered)
        for criterion in framework.criteria():
            for code in cited_codes(assessment.criterion(criterion.code).texts(), framework.evidence_template):
                paper.citing.setdefault(code, []).append(criterion.code)
        return paper

    def shared_with(self, item: EvidenceItem) -> list[str]:
        """The criteria other than its own that cite ``item`` under its one code."""
        return [c for c in self.citing.get(item.code, []) if c != primary_criterion(item.code)]

    # -- writers --------------------------------------------------------------------------
    def heading(self, text: str, level: int):
        made = heading(self.doc, text, self.styles[f"Heading {level}"])
        self.toc.append((level, clean(text).replace("\n", " ")))
        return made

    def subheading(self, text: str) -> None:
        """A lettered part («a) Thuận lợi»): bold italic, not in the table of contents."""
        p = s.paragraph(self.doc, clean(text), bold=True, italic=True, align=s.JUSTIFY, indent=True, after=3)
        p.paragraph_format.space_before = Pt(6)
        p.paragraph_format.keep_with_next = True

    def segments(self, line: str) -> list[tuple[str, str | None]]:
        """``line`` cut at its citations: (text, bookmark of the cited row or None)."""
        parts: list[tuple[str, str | None]] = []
        at = 0
        for cited in citations(line, self.framework.evidence_template):
            anchor = self.anchors.get(cited.code)
            if anchor is None:
                continue
            parts.append((line[at:cited.start], None))
            parts.append((cited.code, anchor))
            at = cited.end
        parts.append((line[at:], None))
        return parts

    def statement(self, container, text: str, *, size: float | None = None, indent: bool = True,
                  blank: str = BLANK) -> None:
        """A written text, one justified paragraph a line, its citations links; ``blank`` when empty."""
        lines = [line.strip() for line in clean(text).split("\n") if line.strip()] or ([blank] if blank else [])
        first = True
        for line in lines:
            if first and container is not self.doc and not container.paragraphs[0].text:
                p = container.paragraphs[0]         # a table cell's own first paragraph
            else:
                p = container.add_paragraph()
            first = False
            p.alignment = s.JUSTIFY
            if indent:
                p.paragraph_format.first_line_indent = Mm(12.7)
            if container is not self.doc:
                p.paragraph_format.space_after, p.paragraph_format.line_spacing = Pt(2), 1.0
            linked_text(p, self.segments(line), size=size)

    def text_of(self, key: str) -> str:
        """A report text: the assessment's, or the form's pre-printed words while it has none."""
        return self.assessment.texts.get(key, "") or BY_KEY[key].default

    def labelled(self, label: str, value: str) -> None:
        """«a) Tên cơ sở giáo dục: Trường THCS …» — the label italic, the value as written (or dotted)."""
        p = s.paragraph(self.doc, align=s.LEFT, indent=True, after=3)
        p.add_run(clean(label) + ": ").italic = True
        p.add_run(clean(value).replace("\n", " ").strip() or SHORT_BLANK)

    def registry_text(self, key: str, blank: str = BLANK) -> None:
        """A text of ``assessment_texts`` under its own heading: a numbered one in the contents, a lettered
        one bold; a one-line text on its heading's line."""
        entry = BY_KEY[key]
        if entry.kind == "line":
            self.labelled(entry.heading, self.text_of(key))
            return
        if entry.heading[:1].isdigit():
            self.heading(entry.heading, 2)
        else:
            self.subheading(entry.heading)
        self.statement(self.doc, self.text_of(key), blank=blank)


def percent(count: int, total: int) -> str:
    """«86,7»: one decimal, a Vietnamese decimal comma (as the printed report)."""
    return f"{100 * count / total:.1f}".replace(".", ",") if total else "0"


def three_years(school_year: str) -> list[str]:
    """The data table's three school years, oldest first, the report's own last."""
    try:
        start = int(school_year[:4])
    except ValueError:
        return ["", "", school_year]
    return [f"{start - 2}-{start - 1}", f"{start - 1}-{start}", school_year]
