"""A school name made to fool the terminal prints as one harmless line."""
from __future__ import annotations

from kehoach_desktop.cli import main
from kehoach_desktop.commands.text import shown
from kehoach_desktop.domain.plan import School
from kehoach_desktop.store import plans
from kehoach_desktop.store.database import open_school_file

HOSTILE = "Trường\x1b[2J THCS\x9b31m Hòa Bình\nTổng cộng: 0\r\x07"


def named(path, name: str):
    db = open_school_file(path)
    try:
        school = plans.get_school(db) or School(name="", code="79760101", level="thcs")
        school.name = name
        plans.save_school(db, school)
    finally:
        db.close()
    return path


def test_a_school_name_with_escapes_and_a_fake_total_is_printed_on_one_line(demo_file, capsys):
    named(demo_file, HOSTILE)

    assert main(["check", str(demo_file)]) == 0
    out = capsys.readouterr().out

    assert "\x1b" not in out and "\x9b" not in out and "\r" not in out and "\x07" not in out
    assert not any(line.startswith("Tổng cộng") for line in out.splitlines())
    school_line = next(line for line in out.splitlines() if line.startswith("Trường:"))
    assert "Hòa Bình Tổng cộng: 0" in school_line


def test_the_plan_heading_and_the_json_carry_the_name_harmlessly(demo_file, capsys):
    named(demo_file, HOSTILE)

    assert main(["plan", "show", str(demo_file)]) == 0
    heading = capsys.readouterr().out.splitlines()[0]
    assert heading.startswith("Trường THCS Hòa Bình Tổng cộng: 0") and "\x1b" not in heading

    assert main(["check", str(demo_file), "--json"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x9b" not in out and "\\u001b[2J" in out


def test_vietnamese_and_ordinary_punctuation_are_kept():
    text = "Trường Tiểu học Đồng Tháp — «Kế hoạch» 2025-2026 (45/KH-THCS) ½ ✓"
    assert shown(text) == text
    assert shown("a\tb\r\nc\x00d\x1b]0;title\x07e") == "a b cde"
