"""A school file edited by hand reaches the paper cleaned: no direction override reverses a name."""
from __future__ import annotations

from pathlib import Path

from kehoach_desktop.store.database import open_school_file
from kehoach_desktop.usecases.assessment_context import assessment_context
from kehoach_desktop.usecases.assessment_documents import assessment_print, council_print
from kehoach_desktop.usecases.school_file import SchoolFile
from tests.assessment.factory import make_assessment
from tests.reports.pdftext import text


def test_a_direction_override_typed_into_the_file_never_reaches_the_pdf(tmp_path):
    path = make_assessment(tmp_path / "bidi.db", items_per_criterion=5)
    db = open_school_file(path)
    db.execute("UPDATE council_member SET name = 'Nguyễn \u202eVăn Minh' WHERE position = 0")
    db.execute("UPDATE school SET name = 'Trường \u202eTHCS Hòa Bình'")
    db.execute("UPDATE evidence_item SET name = 'Kế hoạch \u202enăm học' WHERE code = 'MC.1.1.01'")
    db.conn.commit()
    db.close()
    with SchoolFile.open(path) as file:
        ctx = assessment_context(file)
        for index, build in enumerate((assessment_print, council_print)):
            out = Path(tmp_path / f"{index}.pdf")
            build(file, ctx).write(out)
            printed = text(out)
            assert "\u202e" not in printed and "Nguyễn Văn Minh" in " ".join(printed.split())
