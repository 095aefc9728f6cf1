"""A principal issues the demo plan, prints it, edits it, issues it again; a reader verifies the paper's code."""
from __future__ import annotations

import re

from kehoach_desktop.cli import main
from kehoach_desktop.store import plans
from kehoach_desktop.store.database import open_school_file
from tests.reports.pdftext import pages_text

CODE = re.compile(r"KH-(?:[0-9A-Z]{4}-){3}[0-9A-Z]{4}")


def _issue(demo_file, capsys) -> str:
    assert main(["plan", "issue", str(demo_file), "--year", "2024-2025"]) == 0
    out = capsys.readouterr().out
    assert "lần ban hành" in out
    return CODE.search(out).group()


def _print(demo_file, out) -> list[str]:
    assert main(["print", "plan", str(demo_file), "--year", "2024-2025", "-o", str(out)]) == 0
    return pages_text(out)


def _edit_a_row(demo_file) -> None:
    db = open_school_file(demo_file)
    try:
        row = plans.find_plan(db, "2024-2025").rows[0]
        row.lead += ", Đoàn thanh niên"
        plans.update_row(db, row)
    finally:
        db.close()


def test_issue_print_edit_reissue_and_verify(draft_demo_file, tmp_path, capsys):
    demo_file = draft_demo_file
    first = _issue(demo_file, capsys)
    pages = _print(demo_file, tmp_path / "lan-1.pdf")
    assert len(pages) > 3 and all(first in page and "Bản ban hành lần 1" in page for page in pages)

    _edit_a_row(demo_file)
    assert main(["plan", "revisions", str(demo_file), "--year", "2024-2025"]) == 0
    assert "Đã sửa sau lần ban hành 1" in capsys.readouterr().out
    pages = _print(demo_file, tmp_path / "du-thao.pdf")
    assert all("Bản dự thảo – chưa ban hành" in page and first not in page for page in pages)
    capsys.readouterr()

    second = _issue(demo_file, capsys)
    assert second != first
    assert main(["plan", "revisions", str(demo_file), "--year", "2024-2025"]) == 0
    listing = capsys.readouterr().out
    assert f"Lần 1: {first}" in listing and f"Lần 2: {second}" in listing

    assert main(["verify", str(demo_file), first]) == 0
    said = capsys.readouterr().out
    assert "năm học 2024-2025, lần ban hành 1" in said and "KHÔNG phải bản hiện hành" in said
    assert main(["verify", str(demo_file), second.lower().replace("kh-", "")]) == 0
    said = capsys.readouterr().out
    assert "lần ban hành 2" in said and "Đây là bản hiện hành" in said


def test_verify_refuses_an_unknown_or_malformed_code_with_exit_2(demo_file, capsys):
    assert main(["verify", str(demo_file), "KH-0123456789"]) == 2
    assert "không khớp với kế hoạch nào" in capsys.readouterr().err
    assert main(["verify", str(demo_file), "xin chào"]) == 2
    assert "không phải mã xác thực" in capsys.readouterr().err


def test_issuing_an_unchanged_plan_again_is_refused(draft_demo_file, capsys):
    demo_file = draft_demo_file
    _issue(demo_file, capsys)
    assert main(["plan", "issue", str(demo_file), "--year", "2024-2025"]) == 2
    assert "không thay đổi từ lần ban hành 1" in capsys.readouterr().err
