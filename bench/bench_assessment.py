"""Printing the demo-size self-assessment report (Biểu 1): 15 criteria, 150 evidence items, a council of 7.

Timed as the running program does it (fonts registered once per process): read the year's
assessment from the school file (usecases.assessment_context) and build the PDF in memory
(usecases.assessment_documents.assessment_print → bytes). Median of 5 runs, with the best, beside a
plain baseline timed in the same run: ReportLab laying out the same number of portrait A4 pages of
plain justified paragraphs in the same fonts, with nothing else (no tables, no links, no contents).
The demo school's report (its hand-written 2025-2026 assessment, 151 items), the standalone evidence list and
the council papers are timed the same way.

Target: the report in ≤ 1 s (issue #18).

Run: .venv/bin/python bench/bench_assessment.py
"""
from __future__ import annotations

import io
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))     # tests.assessment.factory

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate  # noqa: E402

from kehoach_desktop.reports.fonts import REGULAR, register_fonts  # noqa: E402
from kehoach_desktop.store.demo import write_demo  # noqa: E402
from kehoach_desktop.usecases.assessment_context import assessment_context  # noqa: E402
from kehoach_desktop.usecases.assessment_documents import (  # noqa: E402
    assessment_print, council_print, evidence_print,
)
from kehoach_desktop.usecases.school_file import SchoolFile  # noqa: E402
from bench.bench_print import pages as pages_of, timings  # noqa: E402
from tests.assessment.factory import make_assessment  # noqa: E402

RUNS = 5
TARGET_S = 1.0
SENTENCE = ("Nhà trường xây dựng kế hoạch năm học phù hợp với điều kiện thực tế của địa phương, phân công rõ "
            "người, rõ việc và tổ chức rà soát định kỳ; kết quả được công khai và lưu trong hồ sơ. ")




def plain_pages(paragraphs: int) -> bytes:
    """The baseline: ``paragraphs`` paragraphs of plain text, 13 pt justified, on portrait A4."""
    style = ParagraphStyle("body", fontName=REGULAR, fontSize=13, leading=17, alignment=4, firstLineIndent=10 * mm,
                           spaceAfter=6)
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4, leftMargin=30 * mm, rightMargin=15 * mm, topMargin=20 * mm,
                      bottomMargin=25 * mm).build([Paragraph(SENTENCE * 3, style) for _ in range(paragraphs)])
    return out.getvalue()


def baseline_for(pages: int) -> int:
    """How many baseline paragraphs fill ``pages`` pages."""
    per_page = pages_of(plain_pages(40)) and 40 / pages_of(plain_pages(40))
    count = max(1, round(pages * per_page))
    while pages_of(plain_pages(count)) < pages:
        count += 1
    while count > 1 and pages_of(plain_pages(count - 1)) >= pages:
        count -= 1
    return count


def main() -> int:
    start = time.perf_counter()
    register_fonts()
    print(f"Registering the 4 bundled fonts (once per process): {time.perf_counter() - start:.3f} s")
    with tempfile.TemporaryDirectory() as folder:
        path = make_assessment(Path(folder) / "truong.db")
        file = SchoolFile.open(path)
        ctx = assessment_context(file)
        print(f"Factory school: {len(ctx.framework.criteria())} criteria, {len(ctx.items)} evidence items, "
              f"council of {len(ctx.assessment.council.members)}")

        def report() -> bytes:
            return assessment_print(file, assessment_context(file)).to_bytes()

        data = report()                                  # warm: catalogs, styles, imports
        pages = pages_of(data)
        median, best = timings(report, RUNS)
        paragraphs = baseline_for(pages)
        plain = plain_pages(paragraphs)
        base_median, base_best = timings(lambda: plain_pages(paragraphs), RUNS)
        ok = median <= TARGET_S
        print(f"Report (Biểu 1): {pages} pages, {len(data) // 1024} KiB; context + build median {median:.3f} s, "
              f"best {best:.3f} s (target ≤ {TARGET_S} s) {'OK' if ok else 'SLOW'}")
        print(f"Baseline: ReportLab, {pages_of(plain)} pages of plain paragraphs ({paragraphs}), median "
              f"{base_median:.3f} s, best {base_best:.3f} s → ratio {median / base_median:.1f}× median, "
              f"{best / base_best:.1f}× best")
        demo = write_demo(Path(folder) / "truong-mau.db")
        demo_file = SchoolFile.open(demo)
        demo_data = assessment_print(demo_file, assessment_context(demo_file)).to_bytes()
        demo_median, demo_best = timings(lambda: assessment_print(demo_file, assessment_context(demo_file)).to_bytes(), RUNS)
        ok = ok and demo_median <= TARGET_S
        print(f"Demo school's report: {pages_of(demo_data)} pages; median {demo_median:.3f} s, best {demo_best:.3f} s "
              f"(target ≤ {TARGET_S} s) {'OK' if demo_median <= TARGET_S else 'SLOW'}")
        demo_file.close()
        for name, make in (("Evidence list", evidence_print), ("Council papers", council_print)):
            paper = make(file, ctx).to_bytes()
            median_, best_ = timings(lambda make=make: make(file, assessment_context(file)).to_bytes(), RUNS)
            print(f"{name}: {pages_of(paper)} pages; median {median_:.3f} s, best {best_:.3f} s")
        file.close()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
