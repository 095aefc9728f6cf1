"""Headless: a principal prints from the command line, and the district records an inspection from JSON."""
from __future__ import annotations

import json

from kehoach_desktop.cli import main
from kehoach_desktop.commands.inspection import example_record
from tests.reports.pdftext import page_sizes, text


def test_print_plan_writes_the_newest_plan_or_the_year_asked(demo_file, tmp_path, capsys):
    newest, older = tmp_path / "moi.pdf", tmp_path / "cu.pdf"
    assert main(["print", "plan", str(demo_file), "-o", str(newest)]) == 0
    assert main(["print", "plan", str(demo_file), "--year", "2024 - 2025", "-o", str(older)]) == 0
    assert "Năm học 2026 - 2027" in text(newest) and "Năm học 2024 - 2025" in text(older)
    assert newest.read_bytes()[:5] == b"%PDF-" and page_sizes(older)[0] == (595, 842)
    assert "Đã in kế hoạch năm học 2024-2025 (16 dòng)" in capsys.readouterr().out


def test_print_progress_as_of_a_month(demo_file, tmp_path):
    out = tmp_path / "bao-cao.pdf"
    assert main(["print", "progress", str(demo_file), "--year", "2024-2025", "--as-of", "2025-06", "-o", str(out)]) == 0
    assert "(tính đến tháng 6/2025)" in " ".join(text(out).split())
    # without --as-of: this month, kept within the plan's school year (an old plan shows its end)
    assert main(["print", "report", str(demo_file), "--year", "2024-2025", "-o", str(tmp_path / "r.pdf")]) == 0
    from datetime import date
    expected = "8/2025" if date.today() >= date(2025, 8, 1) else None
    if expected:
        assert f"(tính đến tháng {expected})" in " ".join(text(tmp_path / "r.pdf").split())


def test_an_inspection_recorded_from_json_prints_with_every_name(demo_file, tmp_path, capsys):
    source = tmp_path / "bien-ban.json"
    source.write_text(json.dumps(example_record(), ensure_ascii=False), encoding="utf-8")
    assert main(["inspection", "add", str(demo_file), str(source), "--year", "2024-2025"]) == 0
    assert main(["inspection", "show", str(demo_file), "--year", "2024-2025", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out.split("\n", 1)[1])
    assert len(shown) == 2 and shown[0]["started_at"] == "2026-11-20T08:00"   # latest first: the demo one is 16/4/2025
    out = tmp_path / "bb.pdf"
    assert main(["print", "inspection", str(demo_file), "--year", "2024-2025", "--id", str(shown[0]["id"]),
                 "-o", str(out)]) == 0
    flat = " ".join(text(out).split())
    assert "Cao Văn Hải" in flat and "Nguyễn Thị Hương" in flat and "Đã công khai đầy đủ." in flat


def test_print_inspection_without_a_record_gives_the_blank_template(demo_file, tmp_path, capsys):
    out = tmp_path / "mau.pdf"
    assert main(["print", "inspection", str(demo_file), "-o", str(out)]) == 0
    assert "mẫu biên bản" in capsys.readouterr().out
    assert "Vào lúc …… giờ" in " ".join(text(out).split())


def test_bad_requests_are_refused_in_vietnamese_and_leave_no_file(demo_file, tmp_path, capsys):
    assert main(["print", "plan", str(demo_file), "-o", str(tmp_path / "khong-co" / "x.pdf")]) == 2
    assert "không tồn tại" in capsys.readouterr().err
    assert main(["print", "plan", str(demo_file), "-o", str(tmp_path / "x.docx")]) == 2
    assert main(["print", "plan", str(demo_file), "--year", "2030-2031", "-o", str(tmp_path / "x.pdf")]) == 2
    assert main(["print", "inspection", str(demo_file), "--id", "99", "-o", str(tmp_path / "x.pdf")]) == 2
    broken = tmp_path / "hong.json"
    broken.write_text("{ không phải json", encoding="utf-8")
    assert main(["inspection", "add", str(demo_file), str(broken)]) == 2
    assert "JSON" in capsys.readouterr().err
    assert not list(tmp_path.glob("*.pdf")) and not list(tmp_path.glob(".~kehoach-*"))
